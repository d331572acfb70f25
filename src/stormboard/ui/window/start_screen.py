"""What the window shows when no board is open: the start screen (issue 10, defect 8).

Nothing is created behind the user's back: a board file appears only when they choose New board
(which asks a title and a place), a template, or the sample workshop (ADR 0178).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..bidi import isolate
from ..templates import EMPTY, TEMPLATES, TEMPLATES_BY_ID
from ..templates import tr as template_tr
from .documents import unique_board_path

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate


def safe_stem(title: str) -> str:
    """A file name from a board title: the title, minus characters file systems refuse."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]', " ", title).strip(" .")
    return re.sub(r"\s+", " ", stem)[:80] or translate("StartScreen", "Untitled board")


def _plain_label(parent: QWidget, text: str = "") -> QLabel:
    """A label that never renders markup (file names and titles may come from anyone)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


@dataclass(frozen=True, slots=True)
class NewBoardChoice:
    title: str
    path: Path
    template: str  # a templates.TEMPLATES id, or templates.EMPTY


class NewBoardDialog(QDialog):
    """Title, folder and template of a new board; shows the file it will create."""

    def __init__(self, folder: Path, template: str = EMPTY, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("newBoardDialog")
        self.setWindowTitle(translate("StartScreen", "New Board"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("newBoardTitle")
        self.title_edit.setPlaceholderText(translate("StartScreen", "What is this workshop about?"))
        self.title_edit.setAccessibleName(translate("StartScreen", "Board title"))
        self.folder_edit = QLineEdit(str(folder), self)
        self.folder_edit.setObjectName("newBoardFolder")
        self.folder_edit.setAccessibleName(translate("StartScreen", "Folder"))
        browse = QPushButton(translate("StartScreen", "Choose…"), self)
        browse.setObjectName("newBoardBrowse")
        browse.clicked.connect(self._browse)
        place = QHBoxLayout()
        place.addWidget(self.folder_edit, 1)
        place.addWidget(browse)
        self.template_box = QComboBox(self)
        self.template_box.setObjectName("newBoardTemplate")
        self.template_box.setAccessibleName(translate("StartScreen", "Template"))
        self.template_box.addItem(translate("StartScreen", "Empty board"), EMPTY)
        for t in TEMPLATES:
            self.template_box.addItem(template_tr(t.name), t.id)
        self.template_box.setCurrentIndex(max(self.template_box.findData(template), 0))
        self.file_label = _plain_label(self)
        self.file_label.setObjectName("newBoardFile")
        self.file_label.setWordWrap(True)
        form = QFormLayout()
        rows = ((translate("StartScreen", "Title:"), self.title_edit),
                (translate("StartScreen", "Folder:"), place),
                (translate("StartScreen", "Template:"), self.template_box))
        for text, field in rows:
            form.addRow(_plain_label(self, text), field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("StartScreen", "Create Board"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.file_label)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._changed)
        self.folder_edit.textChanged.connect(self._changed)
        self._changed()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("StartScreen", "Folder for the New Board"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def path(self) -> Path | None:
        title, folder = self.title_edit.text().strip(), self.folder_edit.text().strip()
        if not title or not folder:
            return None
        return unique_board_path(Path(folder).expanduser(), safe_stem(title))

    def _changed(self) -> None:
        path = self.path()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(path is not None)
        self.file_label.setText(
            translate("StartScreen", "The board will be saved as %1").replace(
                "%1", isolate(str(path)))
            if path is not None else translate("StartScreen", "Give the board a title."))

    def choice(self) -> NewBoardChoice | None:
        path = self.path()
        if path is None:
            return None
        return NewBoardChoice(self.title_edit.text().strip(), path,
                              self.template_box.currentData() or EMPTY)


class StartScreen(QScrollArea):
    """Recent boards, New board, Open, the sample workshop and the templates."""

    new_requested = Signal(str)  # a template id, or EMPTY
    open_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(48, 36, 48, 36)
        outer.setSpacing(14)
        self.heading = _plain_label(body)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.heading.setFont(font)
        outer.addWidget(self.heading)
        self.intro = _plain_label(body)
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)

        row = QHBoxLayout()
        self.new_button = self._button("startNew", lambda: self.new_requested.emit(EMPTY))
        self.open_button = self._button("startOpen", self.open_requested.emit)
        self.sample_button = self._button("startSample", self.sample_requested.emit)
        for b in (self.new_button, self.open_button, self.sample_button):
            row.addWidget(b)
        row.addStretch(1)
        outer.addLayout(row)

        self.templates_label = _plain_label(body)
        self.templates_label.setFont(self._bold())
        outer.addWidget(self.templates_label)
        grid = QGridLayout()
        self.template_buttons: dict[str, QPushButton] = {}
        self.template_notes: dict[str, QLabel] = {}
        for i, t in enumerate(TEMPLATES):
            button = self._button(f"template_{t.id}",
                                  lambda _c=False, tid=t.id: self.new_requested.emit(tid))
            note = _plain_label(body)
            note.setWordWrap(True)
            grid.addWidget(button, i, 0)
            grid.addWidget(note, i, 1)
            self.template_buttons[t.id] = button
            self.template_notes[t.id] = note
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)

        self.recent_label = _plain_label(body)
        self.recent_label.setFont(self._bold())
        outer.addWidget(self.recent_label)
        self.recent_list = QListWidget(body)
        self.recent_list.setObjectName("recentBoards")
        self.recent_list.itemActivated.connect(self._recent_activated)
        outer.addWidget(self.recent_list, 1)
        self.no_recent = _plain_label(body)
        outer.addWidget(self.no_recent)
        self.setWidget(body)
        self._recent: list[Path] = []
        self.retranslate()

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setMinimumHeight(40)  # a touch target on a projector's touchscreen too
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.heading.setText(translate("StartScreen", "Start a board"))
        self.intro.setText(translate(
            "StartScreen", "Every change is saved as you go, in the board's own file."))
        self.new_button.setText(translate("StartScreen", "New Board…"))
        self.open_button.setText(translate("StartScreen", "Open…"))
        self.sample_button.setText(translate("StartScreen", "Open the Sample Workshop"))
        self.templates_label.setText(translate("StartScreen", "Start from a template"))
        for tid, button in self.template_buttons.items():
            t = TEMPLATES_BY_ID[tid]
            button.setText(template_tr(t.name))
            self.template_notes[tid].setText(template_tr(t.summary))
        self.recent_label.setText(translate("StartScreen", "Recent boards"))
        self.no_recent.setText(translate("StartScreen", "No recent boards yet."))
        for b in (self.new_button, self.open_button, self.sample_button,
                  *self.template_buttons.values()):
            b.setAccessibleName(b.text().replace("…", ""))
        self.recent_list.setAccessibleName(self.recent_label.text())

    def set_recent(self, paths: list[Path]) -> None:
        """The recent boards that still exist, most recent first."""
        self._recent = [p for p in paths if p.is_file()]
        self.recent_list.clear()
        for path in self._recent:
            item = QListWidgetItem(f"{path.stem}  —  {isolate(str(path.parent))}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(self._recent))
        self.no_recent.setVisible(not self._recent)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(item.data(PATH_ROLE)))
