"""The board as a list (View ▸ Board as a List): every sticky in reading order with its kind,
text, lane and chapter, for a screen reader or a keyboard (issue 10, accessibility; ADR 0194).
Choosing a row selects that sticky on the wall and brings it into view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from ...app.edit import ChangeSet
from ...app.session import BoardSession
from ...domain import notation, timeline

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BoardListPanel(QTreeWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("boardList")
        self.setColumnCount(4)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        self._session: BoardSession | None = None
        self._subscription = None
        self.view = None  # the wall's BoardView, set by the window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # one rebuild per burst of edits
        self._timer.timeout.connect(self.refresh)
        self.itemActivated.connect(self._show)
        self.currentItemChanged.connect(lambda item, _old: item is not None and self._show(item))
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([
            QCoreApplication.translate("BoardList", "Kind"),
            QCoreApplication.translate("BoardList", "Text"),
            QCoreApplication.translate("BoardList", "Lane"),
            QCoreApplication.translate("BoardList", "Chapter"),
        ])
        self.setAccessibleName(QCoreApplication.translate("BoardList", "The board as a list"))
        self.refresh()

    def set_session(self, session: BoardSession | None, view=None) -> None:
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None
        self._session, self.view = session, view
        if session is not None:
            self._subscription = session.subscribe(self._changed)
        self.refresh()

    def _changed(self, changes: ChangeSet) -> None:
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fill()

    def refresh(self) -> None:
        """Fill the rows now if the list is shown, else when it next shows: a hidden list costs
        nothing before the first frame (~0.25 s at 20,000 stickies otherwise; ADR 0235)."""
        if self.isVisible():
            self._fill()

    def _fill(self) -> None:
        self.clear()
        session = self._session
        if session is None:
            return
        board = session.board
        lanes = timeline.lane_membership(board)
        chapters = timeline.chapter_of(board)
        names = {c.index: c.name.splitlines()[0] if c.name else "" for c in
                 timeline.chapters(board)}
        self.blockSignals(True)
        try:
            for s in timeline.reading_order(board.stickies.values()):
                kind = notation.KINDS_BY_ID.get(s.kind)
                kind_text = QCoreApplication.translate("Kinds", kind.name) if kind else s.kind
                lane = board.lanes.get(lanes.get(s.id) or "")
                chapter = names.get(chapters.get(s.id, -1), "")
                item = QTreeWidgetItem([kind_text, " ".join(s.text.split()),
                                        lane.label if lane else "", chapter])
                item.setData(0, ID_ROLE, s.id)
                item.setData(1, Qt.ItemDataRole.AccessibleTextRole,
                             f"{kind_text}: {' '.join(s.text.split())}")
                self.addTopLevelItem(item)
        finally:
            self.blockSignals(False)

    def _show(self, item: QTreeWidgetItem) -> None:
        view = self.view
        sid = item.data(0, ID_ROLE)
        if view is None or not sid:
            return
        from ..canvas import keyboard_nav

        sticky = view.board_scene.board.stickies.get(sid)
        if sticky is not None:
            keyboard_nav.select(view, sticky)
