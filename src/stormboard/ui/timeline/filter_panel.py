"""The filter panel: tick kinds, lanes, authors or chapters; stickies that do not match are
dimmed on the wall (``domain.search.StickyFilter``). Within a list the ticks are alternatives,
between lists they all apply. Clear shows everything again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...app.edit import ChangeSet
from ...app.session import Subscription
from ...domain import notation
from ...domain.search import NO_AUTHOR, NO_LANE, StickyFilter
from ...domain.timeline import lane_order
from ..plain_text import PlainLabel
from .decorations import chapter_name
from .tools import TimelineTools

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_PX = 36  # list rows a finger can hit


class FilterPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.tools: TimelineTools | None = None
        self._subscription: Subscription | None = None
        self._filling = False
        layout = QVBoxLayout(self)
        self.summary = PlainLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.boxes: dict[str, QGroupBox] = {}
        self._lists: dict[str, QListWidget] = {}
        #: the board changed (or another came) while hidden with nothing ticked: the lists
        #: are refilled when shown or first read, not at start-up (~30 ms at 20k, ADR 0239)
        self._stale = False
        for name in ("kinds", "lanes", "authors", "chapters"):
            box = QGroupBox(self)
            inner = QVBoxLayout(box)
            lst = QListWidget(box)
            lst.setObjectName(f"filter_{name}")
            lst.itemChanged.connect(self._ticked)
            inner.addWidget(lst)
            layout.addWidget(box, 1)
            self.boxes[name], self._lists[name] = box, lst
        self.clear_button = QPushButton(self)
        self.clear_button.setMinimumHeight(ROW_PX)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        # several changes in one event-loop turn (an arrange, an undo) refill the lists once
        self._refill_timer = QTimer(self)
        self._refill_timer.setSingleShot(True)
        self._refill_timer.setInterval(0)
        self._refill_timer.timeout.connect(self.refill)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {"kinds": self.tr("Kind"), "lanes": self.tr("Lane"),
                  "authors": self.tr("Author"), "chapters": self.tr("Chapter")}
        for name, box in self.boxes.items():
            box.setTitle(titles[name])
        self.clear_button.setText(self.tr("Clear filter"))
        self.refill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- following a board -------------------------------------------------------------------
    def set_tools(self, tools: TimelineTools | None) -> None:
        self.tools = tools
        if self._subscription is not None:  # follow the new board only, never a closed one
            self._subscription.close()
        self._subscription = tools.scene.session.subscribe(self._changed) if tools else None
        self.refill()
        self.apply()

    def _changed(self, changes: ChangeSet) -> None:
        if not self.isVisible():
            return  # refilled when shown: a hidden panel costs nothing per edit
        if changes.touches("lanes") or changes.touches("participants") or changes.touches(
                "stickies"):
            self._refill_timer.start()

    def showEvent(self, event) -> None:
        self._fill()
        super().showEvent(event)

    @property
    def lists(self) -> dict[str, QListWidget]:
        """The four lists, filled from the board (a stale fill is done first)."""
        if self._stale:
            self._fill()
        return self._lists

    def refill(self) -> None:
        """Rebuild the choices from the board, keeping what was ticked. Hidden and with nothing
        ticked (so the filter is empty whatever the lists hold) the rebuild waits until the
        panel shows or its lists are read."""
        if not self.isVisible() and not any(self._ticked_in(lst) for lst in self._lists.values()):
            self._stale = True
            self._show_summary()
            return
        self._fill()

    def _fill(self) -> None:
        self._stale = False
        ticked = self.ticked()
        self._filling = True
        try:
            for name, rows in self._choices().items():
                lst = self._lists[name]
                lst.clear()
                for key, text in rows:
                    item = QListWidgetItem(text, lst)
                    item.setData(KEY_ROLE, key)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if key in ticked[name]
                                       else Qt.CheckState.Unchecked)
                    item.setSizeHint(QSize(0, ROW_PX))
        finally:
            self._filling = False
        self._show_summary()

    def _choices(self) -> dict[str, list[tuple[object, str]]]:
        out: dict[str, list[tuple[object, str]]] = {
            "kinds": [(k.id, QCoreApplication.translate("Kinds", k.name))
                      for k in notation.KINDS],
            "lanes": [], "authors": [], "chapters": [],
        }
        if self.tools is None:
            return out
        from ...domain.timeline import chapters

        board = self.tools.scene.board
        out["lanes"] = [(lane.id, lane.label or self.tr("(unnamed lane)"))
                        for lane in lane_order(board.lanes.values())]
        out["lanes"].append((NO_LANE, self.tr("Outside every lane")))
        people = sorted(board.participants.values(), key=lambda p: p.name.casefold())
        out["authors"] = [(p.id, p.name) for p in people]
        out["authors"].append((NO_AUTHOR, self.tr("No author")))
        out["chapters"] = [
            (ch.index, chapter_name(ch.index, ch.name, ch.name_sticky_id is not None))
            for ch in chapters(board)
        ]
        return out

    def ticked(self) -> dict[str, set]:
        # read as the lists stand: a stale fill keeps exactly these ticks (and there are none)
        return {name: self._ticked_in(lst) for name, lst in self._lists.items()}

    @staticmethod
    def _ticked_in(lst: QListWidget) -> set:
        return {lst.item(i).data(KEY_ROLE) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked}

    def set_ticked(self, name: str, keys) -> None:
        """Tick exactly these choices of one list (for keyboard users and tests)."""
        wanted = set(keys)
        lst = self.lists[name]
        self._filling = True
        try:
            for i in range(lst.count()):
                item = lst.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in wanted
                                   else Qt.CheckState.Unchecked)
        finally:
            self._filling = False
        self.apply()

    # -- filtering ---------------------------------------------------------------------------
    def _ticked(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self.apply()

    def current_filter(self) -> StickyFilter:
        t = self.ticked()
        return StickyFilter.of(kinds=t["kinds"], lanes=t["lanes"], authors=t["authors"],
                               chapters=t["chapters"])

    def apply(self) -> None:
        if self.tools is not None:
            self.tools.decorations.set_filter(self.current_filter())
        self._show_summary()

    def clear(self) -> None:
        self._filling = True
        try:
            for lst in self.lists.values():
                for i in range(lst.count()):
                    lst.item(i).setCheckState(Qt.CheckState.Unchecked)
        finally:
            self._filling = False
        self.apply()

    def _show_summary(self) -> None:
        if self.tools is None:
            self.summary.setText("")
            return
        result = self.tools.decorations.filter_result
        total = len(self.tools.scene.board.stickies)
        if result is None:
            self.summary.setText(self.tr("Showing every sticky."))
        else:
            loc = QLocale()
            self.summary.setText(
                self.tr("Showing %1 of %2 stickies; the rest are dimmed.")
                .replace("%1", loc.toString(len(result.matching)))
                .replace("%2", loc.toString(total))
            )
