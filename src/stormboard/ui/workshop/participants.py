"""Participants: the list the facilitator edits at kick-off, and the row of big coloured
buttons that makes one of them the active participant (author of new stickies, voter)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QColorDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.board import Board
from ...domain.entities import Participant
from ..input_guard import keep_focus_off
from .common import finger_px, finger_sized, readable_on

#: colours handed out to new participants in turn: distinct, and none is a sticky colour
PARTICIPANT_COLORS = (
    "#1E88E5", "#E53935", "#43A047", "#8E24AA", "#FB8C00", "#00897B",
    "#6D4C41", "#3949AB", "#C0CA33", "#D81B60", "#546E7A", "#00ACC1",
)


def ordered(board: Board) -> list[Participant]:
    """Participants by name (then id), the same order on every machine and after a reload."""
    return sorted(board.participants.values(), key=lambda p: (p.name.casefold(), p.id))


def next_color(board: Board) -> str:
    used = {p.color.upper() for p in board.participants.values()}
    for color in PARTICIPANT_COLORS:
        if color not in used:
            return color
    return PARTICIPANT_COLORS[len(board.participants) % len(PARTICIPANT_COLORS)]


def button_text(name: str) -> str:
    return name.replace("&", "&&")  # a lone & would become a keyboard mnemonic


def color_style(color: str, checked_border: str = "#212121") -> str:
    text = readable_on(QColor(color)).name()
    return (
        f"QPushButton {{ background-color: {color}; color: {text}; border: 2px solid {color};"
        " border-radius: 6px; padding: 4px 10px; font-weight: bold; }"
        f" QPushButton:checked {{ border: 4px solid {checked_border}; }}"
    )


class ParticipantBar(QWidget):
    """One big coloured button per participant, plus "Nobody"; exactly one is checked."""

    #: a participant id, or None for nobody
    chosen = Signal(object)

    def __init__(self, columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str | None, QPushButton] = {}
        self._key: tuple | None = None

    def refresh(self, board: Board, active: str | None) -> None:
        people = ordered(board)
        key = tuple((p.id, p.name, p.color) for p in people)
        if key != self._key:
            self._rebuild(people)
            self._key = key
        button = self.buttons.get(active) or self.buttons[None]
        button.setChecked(True)

    def _rebuild(self, people: list[Participant]) -> None:
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        entries: list[tuple[str | None, str, str]] = [
            (p.id, button_text(p.name), p.color) for p in people
        ]
        entries.append((None, self.tr("Nobody"), "#ECEFF1"))
        for i, (pid, text, color) in enumerate(entries):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setObjectName("participant_" + (pid or "nobody"))
            button.setStyleSheet(color_style(color))
            finger_sized(button)
            keep_focus_off(button)  # a tap leaves the keyboard with the wall (ADR 0170)
            button.setMinimumHeight(int(finger_px(button) * 1.3))
            button.clicked.connect(lambda _=False, p=pid: self.chosen.emit(p))
            self._group.addButton(button)
            self._grid.addWidget(button, i // self.columns, i % self.columns)
            button.show()  # now, not when the layout gets round to it
            self.buttons[pid] = button

    def button_for(self, participant_id: str | None) -> QPushButton:
        return self.buttons[participant_id]


class ParticipantEditor(QWidget):
    """Name, role and colour of each participant; add, rename, recolour, remove."""

    COLUMNS = 3  # name, role, colour

    def __init__(
        self,
        add: Callable[[str, str, str], bool],
        update: Callable[..., bool],
        remove: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._add, self._update, self._remove = add, update, remove
        self._loading = False
        self._ids: list[str] = []
        self._next_color = PARTICIPANT_COLORS[0]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("participantTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(finger_px(self) + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, int(finger_px(self) * 1.6))
        self.table.setMinimumHeight(finger_px(self) * 4)
        self.table.itemChanged.connect(self._item_changed)
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("newParticipantName")
        self.role_edit = QLineEdit(self)
        self.role_edit.setObjectName("newParticipantRole")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addParticipant")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeParticipant")
        for edit in (self.name_edit, self.role_edit):
            edit.setMinimumHeight(finger_px(self))
        finger_sized(self.add_button, self.remove_button)
        self.name_edit.returnPressed.connect(self._add_clicked)
        self.role_edit.returnPressed.connect(self._add_clicked)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        row.addWidget(self.name_edit, 2)
        row.addWidget(self.role_edit, 2)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        layout.addWidget(self.remove_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Colour")]
        )
        self.name_edit.setPlaceholderText(self.tr("Name"))
        self.role_edit.setPlaceholderText(self.tr("Role (optional)"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove selected participant"))

    def refresh(self, board: Board) -> None:
        people = ordered(board)
        self._next_color = next_color(board)
        selected = self.selected_id()
        self._loading = True
        try:
            self.table.setRowCount(len(people))
            self._ids = [p.id for p in people]
            for row, p in enumerate(people):
                for col, text in ((0, p.name), (1, p.role)):
                    item = self.table.item(row, col)
                    if item is None:
                        item = QTableWidgetItem()
                        self.table.setItem(row, col, item)
                    if item.text() != text:
                        item.setText(text)
                    item.setData(Qt.ItemDataRole.UserRole, text)
                swatch = self.table.cellWidget(row, 2)
                if not isinstance(swatch, QPushButton):
                    swatch = QPushButton(self.table)
                    swatch.setToolTip(self.tr("Change colour"))
                    finger_sized(swatch)
                    swatch.clicked.connect(lambda _=False, b=swatch: self._pick_color(
                        str(b.property("participant"))))
                    self.table.setCellWidget(row, 2, swatch)
                swatch.setStyleSheet(color_style(p.color))
                swatch.setProperty("participant", p.id)
        finally:
            self._loading = False
        if selected in self._ids:
            self.table.selectRow(self._ids.index(selected))
        self.remove_button.setEnabled(bool(people))

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _add_clicked(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return
        self._add(name, self.role_edit.text().strip(), self._next_color)
        self.name_edit.clear()
        self.role_edit.clear()
        self.name_edit.setFocus()

    def _remove_clicked(self) -> None:
        pid = self.selected_id()
        if pid is not None:
            self._remove(pid)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or not 0 <= item.row() < len(self._ids):
            return
        pid = self._ids[item.row()]
        field = "name" if item.column() == 0 else "role"
        if not self._update(pid, **{field: item.text()}):
            # refused (the sentence went to the facilitator): show the stored value again
            self._loading = True
            try:
                item.setText(str(item.data(Qt.ItemDataRole.UserRole) or ""))
            finally:
                self._loading = False

    def _pick_color(self, participant_id: str) -> None:
        color = QColorDialog.getColor(parent=self, title=self.tr("Participant colour"))
        if color.isValid():
            self._update(participant_id, color=color.name().upper())
