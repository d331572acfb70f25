"""The legend: which kinds this board uses, in which colours, and how many of each."""

from __future__ import annotations

from collections import Counter
from operator import attrgetter

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ...app.edit import ChangeSet
from ...app.session import BoardSession
from ...domain.notation import KINDS, KINDS_BY_ID
from .palette import kind_name

_kind = attrgetter("kind")


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor(0, 0, 0, 120))
    painter.setBrush(QColor(colour))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def kinds_in_use(session: BoardSession) -> list[tuple[str, str, int]]:
    """(kind id, colour, count) for each kind on the board, in notation order."""
    counts = Counter(s.kind for s in session.board.stickies.values())
    return _rows(session, counts)


def _rows(session: BoardSession, counts: Counter[str]) -> list[tuple[str, str, int]]:
    legend = session.board.info.legend
    # a kind in the board's own legend shows before its first sticky (templates fill it)
    return [(k.id, legend.get(k.id, k.color), counts[k.id]) for k in KINDS
            if counts[k.id] > 0 or k.id in legend]


class LegendPanel(QTreeWidget):
    """Updates itself from the session's change sets (coalesced: one refresh per event loop)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendPanel")
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        # reachable by Tab (a screen reader reads it), never grabbing the focus on a click
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self._session: BoardSession | None = None
        self._subscription = None
        # kind of every sticky, kept in step from change sets: a drag step costs O(moved), not
        # a recount of the board (7 ms at 20,000 stickies)
        self._kinds: dict[str, str] = {}
        self._counts: Counter[str] = Counter()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [
                QCoreApplication.translate("LegendPanel", "Kind"),
                QCoreApplication.translate("LegendPanel", "Count"),
            ]
        )
        self.setAccessibleName(QCoreApplication.translate("LegendPanel", "Legend"))
        self.refresh()

    def set_session(self, session: BoardSession | None) -> None:
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None
        self._session = session
        self._recount()
        if session is not None:
            self._subscription = session.subscribe(self._changed)
        self.refresh()

    def _recount(self) -> None:
        stickies = self._session.board.stickies if self._session is not None else {}
        kinds = list(map(_kind, stickies.values()))  # in C: the undo of a delete-all recounts
        self._kinds = dict(zip(stickies, kinds, strict=True))
        self._counts = Counter(kinds)

    def _changed(self, changes: ChangeSet) -> None:
        if self._session is None:
            return
        stickies = self._session.board.stickies
        before = +self._counts
        named = changes.ids("stickies")
        if len(named) * 2 > len(self._kinds) + len(stickies):  # most of the wall: count anew
            self._recount()
            named = frozenset()
        kinds, counts = self._kinds, self._counts
        for sid in named:
            sticky = stickies.get(sid)
            new = None if sticky is None else sticky.kind
            old = kinds.get(sid)
            if old == new:
                continue  # moved, retyped, recoloured: counted as it was
            if old is not None:
                counts[old] -= 1
                del kinds[sid]
            if new is not None:
                kinds[sid] = new
                counts[new] += 1
        if +self._counts != before or changes.touches("info"):
            self._timer.start()

    def rows(self) -> list[tuple[str, str, int]]:
        """What the panel shows: (kind id, colour, count)."""
        return [
            (
                self.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole),
                self.topLevelItem(i).data(1, Qt.ItemDataRole.UserRole),
                self.topLevelItem(i).data(1, Qt.ItemDataRole.UserRole + 1),
            )
            for i in range(self.topLevelItemCount())
        ]

    def refresh(self) -> None:
        self._timer.stop()
        self.clear()
        if self._session is None:
            return
        for kind_id, colour, count in _rows(self._session, self._counts):
            item = QTreeWidgetItem([kind_name(KINDS_BY_ID[kind_id]), QLocale().toString(count)])
            item.setIcon(0, swatch(colour))
            item.setData(0, Qt.ItemDataRole.UserRole, kind_id)
            item.setData(1, Qt.ItemDataRole.UserRole, colour)
            item.setData(1, Qt.ItemDataRole.UserRole + 1, count)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            # one sentence per row for a screen reader: the kind, how many, what it means
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, QCoreApplication.translate(
                "LegendPanel", "%1: %2 on the wall. %3").replace(
                "%3", QCoreApplication.translate("KindMeanings", KINDS_BY_ID[kind_id].meaning))
                .replace("%2", QLocale().toString(count))
                .replace("%1", kind_name(KINDS_BY_ID[kind_id])))
            item.setToolTip(
                0, QCoreApplication.translate("KindMeanings", KINDS_BY_ID[kind_id].meaning)
            )
            self.addTopLevelItem(item)
