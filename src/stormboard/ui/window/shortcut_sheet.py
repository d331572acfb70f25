"""Help ▸ Keyboard Shortcuts: a searchable sheet of the window's real actions.

Rows follow the one table (ui/shortcuts.py); the keys shown are those of the live QAction
found by its object name, so the sheet cannot list a key that does not work.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import shortcuts

# each key sequence is isolated: "F11" stays left to right, a Persian "کنترل+N" reads right to
# left, and neither reorders the commas between them
FSI, PDI = "\u2068", "\u2069"
#: media and vendor keys (Qt::Key_Back and up: "New", "Zoom In", "Copy" keys) some platforms add
#: to the standard bindings; they still work, but would only clutter the sheet
_FIRST_MEDIA_KEY = Qt.Key.Key_Back.value


def keys_text(keys: list[QKeySequence]) -> str:
    shown = [k for k in keys if k.count() and k[0].key().value < _FIRST_MEDIA_KEY] or keys
    return ", ".join(
        FSI + k.toString(QKeySequence.SequenceFormat.NativeText) + PDI for k in shown
    )


class ShortcutSheet(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutSheet")
        self._window = window
        self.resize(560, 520)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("shortcutTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self._retranslate()
        self.refresh()

    def _live_actions(self) -> dict[str, QAction]:
        found: dict[str, QAction] = {}
        for action in self._window.findChildren(QAction):
            name = action.objectName().removeprefix("action_")
            if name in shortcuts.BY_ID and action.shortcuts():
                found.setdefault(name, action)
        return found

    def rows(self) -> list[tuple[str, str, str]]:
        """(command, keys, group) for each entry with a live action, in table order."""
        live = self._live_actions()
        out = []
        for entry in shortcuts.SHORTCUTS:
            action = live.get(entry.id)
            if action is not None:
                out.append(
                    (shortcuts.label(entry), keys_text(action.shortcuts()), shortcuts.group(entry))
                )
        return out

    def refresh(self) -> None:
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._apply_filter(self.filter.text())

    def visible_rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
            if not self.table.isRowHidden(r)
        ]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for r in range(self.table.rowCount()):
            hay = " ".join(self.table.item(r, c).text() for c in range(3)).casefold()
            self.table.setRowHidden(r, bool(needle) and needle not in hay)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter.setPlaceholderText(self.tr("Search commands and keys"))
        self.filter.setAccessibleName(self.filter.placeholderText())
        self.table.setAccessibleName(self.windowTitle())
        self.table.setHorizontalHeaderLabels(
            [self.tr("Command"), self.tr("Keys"), self.tr("Group")]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Escape closes; Return in the filter must not close the sheet
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
