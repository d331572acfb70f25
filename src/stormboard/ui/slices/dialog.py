"""File ▸ Time Slices…: the board's slices, oldest first, with open / rename / delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app.slices import SliceBook
from ...storage import StormFileError
from ..error_text import sentence
from ..plain_text import error_box

if TYPE_CHECKING:
    from . import SlicesUi

CONTEXT = "TimeSlices"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SlicesDialog(QDialog):
    def __init__(self, ui: SlicesUi, book: SliceBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from . import local_time

        self._local_time = local_time
        self.setObjectName("slicesDialog")
        self.ui = ui
        self.book = book
        # tests replace these: (old name) -> new name or None; (name) -> True to delete
        self.ask_new_name = self._ask_new_name
        self.confirm_delete = self._confirm_delete
        self.setWindowTitle(_tr(QT_TRANSLATE_NOOP("TimeSlices", "Time Slices")))
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("slicesTable")
        self.table.setHorizontalHeaderLabels([
            _tr(QT_TRANSLATE_NOOP("TimeSlices", "Name")),
            _tr(QT_TRANSLATE_NOOP("TimeSlices", "Taken")),
            _tr(QT_TRANSLATE_NOOP("TimeSlices", "Stickies")),
        ])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # one slice: open, rename, delete, compare with now; two: compare them
        self.table.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton(_tr(QT_TRANSLATE_NOOP("TimeSlices", "&Open Read-Only")))
        self.rename_button = QPushButton(_tr(QT_TRANSLATE_NOOP("TimeSlices", "&Rename…")))
        self.delete_button = QPushButton(_tr(QT_TRANSLATE_NOOP("TimeSlices", "&Delete")))
        self.compare_button = QPushButton(_tr(QT_TRANSLATE_NOOP("TimeSlices", "&Compare")))
        self.compare_button.setToolTip(_tr(QT_TRANSLATE_NOOP(
            "TimeSlices", "One slice: what changed since then. Two slices: what changed "
            "between them.")))
        self.take_button = QPushButton(_tr(QT_TRANSLATE_NOOP("TimeSlices", "&Take Slice Now…")))
        for button in (self.open_button, self.rename_button, self.delete_button,
                       self.compare_button, self.take_button):
            button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.compare_button.clicked.connect(lambda: self.compare_selected())
        self.take_button.clicked.connect(lambda: self.take())
        self.take_button.setEnabled(self.ui.take_action.isEnabled())
        row = QHBoxLayout()
        for button in (self.open_button, self.rename_button, self.delete_button,
                       self.compare_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.take_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(520, 360)
        self.refresh()

    # -- contents -------------------------------------------------------------------------
    def names(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    def refresh(self, select: str | None = None) -> None:
        try:
            slices = self.book.slices()
        except StormFileError as error:
            self._error(sentence(error))
            slices = []
        self.table.setRowCount(len(slices))
        for r, s in enumerate(slices):
            count = QTableWidgetItem(str(s.stickies))
            count.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing)
            self.table.setItem(r, 0, QTableWidgetItem(s.name))
            self.table.setItem(r, 1, QTableWidgetItem(self._local_time(s.taken_at)))
            self.table.setItem(r, 2, count)
            if s.name == select:
                self.table.selectRow(r)
        if select is None and slices:
            self.table.selectRow(len(slices) - 1)
        self._update_buttons()

    def selected_names(self) -> list[str]:
        """The selected slices, oldest first."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.table.item(r, 0).text() for r in rows]

    def selected(self) -> str | None:
        names = self.selected_names()
        return names[0] if len(names) == 1 else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        writable = self.ui.take_action.isEnabled()
        self.open_button.setEnabled(has)
        self.rename_button.setEnabled(has and writable)
        self.delete_button.setEnabled(has and writable)
        self.compare_button.setEnabled(len(self.selected_names()) in (1, 2))

    # -- actions --------------------------------------------------------------------------
    def open_selected(self) -> QWidget | None:
        name = self.selected()
        if name is None:
            return None
        try:
            board = self.book.board_of_slice(name)
        except StormFileError as error:
            self._error(sentence(error))
            return None
        return self.ui.open_read_only(name, board)

    def compare_selected(self) -> QWidget | None:
        names = self.selected_names()
        if len(names) == 1:
            return self.ui.compare(self.book, names[0])
        if len(names) == 2:
            return self.ui.compare(self.book, names[0], names[1])
        return None

    def rename_selected(self) -> None:
        name = self.selected()
        if name is None:
            return
        new = self.ask_new_name(name)
        if not new or new == name:
            return
        try:
            self.book.rename_slice(name, new)
        except StormFileError as error:
            self._error(sentence(error))
            return
        self.refresh(select=" ".join(new.split()))

    def delete_selected(self) -> None:
        name = self.selected()
        if name is None or not self.confirm_delete(name):
            return
        try:
            self.book.delete_slice(name)
        except StormFileError as error:
            self._error(sentence(error))
        self.refresh()

    def take(self) -> None:
        record = self.ui.ask_and_take()
        if record is not None:
            self.refresh(select=record.name)

    # -- questions ------------------------------------------------------------------------
    def _ask_new_name(self, old: str) -> str | None:
        name, ok = QInputDialog.getText(
            self, _tr(QT_TRANSLATE_NOOP("TimeSlices", "Rename Time Slice")),
            _tr(QT_TRANSLATE_NOOP("TimeSlices", "New name:")), QLineEdit.EchoMode.Normal, old)
        return name if ok else None

    def _confirm_delete(self, name: str) -> bool:
        question = _tr(QT_TRANSLATE_NOOP(
            "TimeSlices", "Delete the slice “%1”? The board and its history stay as they are."))
        box = QMessageBox(QMessageBox.Icon.Question,
                          _tr(QT_TRANSLATE_NOOP("TimeSlices", "Delete Time Slice")),
                          question.replace("%1", name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _error(self, sentence: str) -> None:
        error_box(self, _tr(QT_TRANSLATE_NOOP("TimeSlices", "Time Slices")), sentence).exec()
