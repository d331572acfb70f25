"""What an import will add, shown before it is added: counts by kind and the first texts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app.importing import ImportResult
from ...domain.bidi import is_rtl
from ...domain.notation import KINDS
from ..bidi import isolate
from ..plain_text import PlainLabel

# how many sticky texts the preview lists
SHOWN_TEXTS = 12


class ImportPreviewDialog(QDialog):
    """Counts by kind, lanes and links, what was skipped, and a few texts; Add or Cancel."""

    def __init__(self, file_name: str, result: ImportResult,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # imported here: ui.window installs this package, so a module-level import is circular
        from ..window.palette import kind_name

        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.heading = PlainLabel(
            self.tr("Add to this board from %1:").replace("%1", isolate(file_name)))
        layout.addWidget(self.heading)
        stickies = _added_stickies(result)
        counts: dict[str, int] = {}
        for s in stickies:
            counts[s.kind] = counts.get(s.kind, 0) + 1
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("importKinds")
        for kind in KINDS:
            if counts.get(kind.id):
                item = QListWidgetItem(f"{counts[kind.id]}  {kind_name(kind)}")
                item.setData(Qt.ItemDataRole.DecorationRole, QColor(kind.color))
                item.setData(Qt.ItemDataRole.UserRole, kind.id)
                self.kinds.addItem(item)
        layout.addWidget(self.kinds)
        self.summary = PlainLabel(self.tr("%1 stickies, %2 new lanes, %3 links")
                                  .replace("%1", str(len(stickies)))
                                  .replace("%2", str(result.lanes_added))
                                  .replace("%3", str(result.links_added)))
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary)
        skipped = ", ".join(f"{n} {what}" for what, n in sorted(result.skipped.items()))
        self.skipped = PlainLabel(self.tr("Not imported: %1").replace("%1", skipped))
        self.skipped.setWordWrap(True)
        self.skipped.setVisible(bool(skipped))
        layout.addWidget(self.skipped)
        self.texts = QListWidget(self)
        self.texts.setObjectName("importTexts")
        for s in stickies[:SHOWN_TEXTS]:
            item = QListWidgetItem(_isolated(" ".join(s.text.split()) or "—"))
            item.setBackground(QBrush(QColor(s.color or _color(s.kind))))
            item.setForeground(QBrush(QColor("#000000")))
            self.texts.addItem(item)
        layout.addWidget(self.texts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(self.tr("Add to board"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(bool(result.edit.puts))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _isolated(text: str) -> str:
    """The text with its own direction, whatever the dialog's ("Paid twice?" stays so in
    Persian): a left-to-right or right-to-left mark before it and after it."""
    mark = "\u200f" if is_rtl(text) else "\u200e"
    return mark + text + mark


def _added_stickies(result: ImportResult) -> list:
    return [p.after for p in result.edit.puts if p.collection == "stickies"]


def _color(kind_id: str) -> str:
    return next((k.color for k in KINDS if k.id == kind_id), "#FFFFFF")
