"""Opening, creating and saving board files for the main window, and what it says when that fails.

Every edit is already on disk when it returns, so there is no "Save": New and Open pick the file
a board lives in, and Save As moves the board to another file (the way out after a failed write).
Texts use the "MainWindow" context explicitly: Qt looks translations up by the object's class.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...app.session import BoardSession
from ...storage import (
    BoardInUseError,
    BoardProblemsError,
    OpenedBoard,
    SqliteBoardStore,
    StormFileError,
    create_board_file,
    open_board_file,
    save_board_as,
)
from ..bidi import isolate
from ..error_text import sentence
from ..plain_text import error_box
from ..templates import EMPTY, template_board
from .documents import SUFFIX, is_blank, unique_board_path, with_suffix
from .start_screen import NewBoardChoice, NewBoardDialog, safe_stem

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate
#: the sample workshop under resources/samples (also what `make run` opens)


class BoardFilesMixin:
    """File commands of :class:`MainWindow` (kept apart so the window class stays readable)."""

    def _close_session(self: MainWindow, session: BoardSession) -> None:
        path = session.path
        blank = self._created_blank is not None and path == self._created_blank
        blank = blank and is_blank(session.board) and not session.history.can_undo
        with contextlib.suppress(Exception):
            session.close()
        if blank and path is not None:
            # an untitled board nobody touched: do not leave empty files behind
            with contextlib.suppress(OSError):
                path.unlink()
            self.prefs.remove_recent(path)
        if path == self._created_blank:
            self._created_blank = None

    def open_path(self: MainWindow, path: Path, read_only: bool = False) -> bool:
        """Open a .storm file in this window. Problems are explained in a dialog."""
        path = Path(path)
        current = self.session.path if self.session is not None else None
        if current is not None and path.exists() and path.resolve() == current.resolve():
            return True  # already here (our own lock would call it "in use")
        return self._open(path, read_only, repair=False)

    def _open(self: MainWindow, path: Path, read_only: bool, repair: bool) -> bool:
        try:
            opened = open_board_file(path, read_only=read_only, repair=repair)
        except BoardInUseError as error:
            if not read_only and self.ask_open_read_only(sentence(error)):
                return self._open(path, True, repair)
            return False
        except BoardProblemsError as error:
            # the records are readable but do not fit together: offer to mend (ADR 0163)
            if not repair and self.ask_repair(sentence(error.detail), read_only):
                return self._open(path, read_only, True)
            return False
        except (StormFileError, OSError) as error:
            self._cannot_open(path, error)
            return False
        self._show_opened(opened)
        return True

    def _cannot_open(self: MainWindow, path: Path, error: Exception) -> None:
        self.show_error(translate("MainWindow", "Cannot Open Board"), sentence(error))
        if not path.exists():
            self.prefs.remove_recent(path)  # a moved or deleted board leaves the list

    def _show_opened(self: MainWindow, opened: OpenedBoard) -> None:
        session = BoardSession(
            opened.board, opened.store, read_only_reason=opened.read_only_reason or ""
        )
        self.set_session(session)
        if opened.migrated_from is not None:
            message = translate("MainWindow", "This board was upgraded from an older format.")
            if opened.backup_path is not None:
                message += " " + translate("MainWindow", "The original is kept at %1.").replace(
                    "%1", isolate(str(opened.backup_path))
                )
            self.status.showMessage(message, 15000)

    def ask_repair(self: MainWindow, sentence: str, read_only: bool) -> bool:
        """Offer to mend a board whose records do not fit together; True to repair."""
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("MainWindow", "Board Needs Repair"))
        box.setText(sentence)
        if read_only:
            info = translate("MainWindow", "Stormboard can show it repaired: records that point "
                             "to missing stickies are left out and impossible values corrected. "
                             "The file is not changed.")
        else:
            info = translate("MainWindow", "Stormboard can repair it: records that point to "
                             "missing stickies are removed and impossible values corrected. "
                             "The repair is saved in the file.")
        box.setInformativeText(info)
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText(translate("MainWindow", "Repair"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Ok

    def new_board(self: MainWindow, path: Path | None = None, template: str = EMPTY) -> bool:
        """Create a board in a file right away (every edit goes to disk). Without a path the
        New Board dialog asks a title, a folder and a template."""
        if path is None:
            choice = self.ask_new_board(template)
            if choice is None:
                return False
            return self._create(with_suffix(choice.path), choice.title, choice.template)
        return self._create(with_suffix(Path(path)))

    def start(self: MainWindow, path: Path | None = None) -> None:
        """First thing after launch: the board asked for, else the start screen. Nothing is
        created here: a refused or cancelled open leaves the start screen (ADR 0178)."""
        if path is not None and self.open_path(Path(path)):
            return
        if self.session is None:
            self.show_start_screen()

    def open_sample(self: MainWindow) -> bool:
        """A fresh copy of the sample workshop in the boards folder, opened."""
        from ...export.json_format import read_json_with_slices
        from ...shipped import sample_workshop

        try:
            board, slices = read_json_with_slices(sample_workshop())
            path = unique_board_path(self.boards_dir, safe_stem(board.info.title))
            path.parent.mkdir(parents=True, exist_ok=True)
            store = create_board_file(path, board, slices)
        except (StormFileError, OSError, ValueError) as error:
            self.show_error(translate("MainWindow", "Cannot Open Board"), sentence(error))
            return False
        self.set_session(BoardSession(board, store))
        return True

    def new_untitled(self: MainWindow) -> bool:
        """A fresh board in the default folder, without asking (first start)."""
        path = unique_board_path(self.boards_dir, translate("MainWindow", "Untitled board"))
        if self._create(path):
            self._created_blank = path
            return True
        return False

    def _create(self: MainWindow, path: Path, title: str | None = None,
                template: str = EMPTY) -> bool:
        board = template_board(template, title or path.stem)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():  # the user confirmed overwriting in the dialog
                store = save_board_as(board, path, overwrite=True)
            else:
                store = create_board_file(path, board)
        except (StormFileError, OSError) as error:
            self.show_error(translate("MainWindow", "Cannot Create Board"), sentence(error))
            return False
        self.set_session(BoardSession(board, store))
        return True

    def open_dialog(self: MainWindow) -> bool:
        path = self.ask_open_path()
        return self.open_path(path) if path is not None else False

    def save_as(self: MainWindow, path: Path | None = None) -> bool:
        """Write the whole board to another file and keep working there. After a failed write,
        this is how nothing gets lost; on a read-only board it makes an editable copy."""
        session = self.session
        if session is None:
            return False
        if not isinstance(path, Path | str):  # called from a signal with a bool
            path = None
        if path is None:
            current = session.path
            stem = current.stem if current is not None else session.board.info.title
            folder = current.parent if current is not None else self.boards_dir
            path = self.ask_save_path(
                translate("MainWindow", "Save Board As"), folder / f"{stem} copy{SUFFIX}"
            )
            if path is None:
                return False
        path = with_suffix(Path(path))
        current = session.path
        if current is not None and path.resolve() == current.resolve():
            if session.store_error is None and not session.read_only:
                return True  # it is already there, every edit included
            self.show_error(
                translate("MainWindow", "Cannot Save Board"),
                translate("MainWindow", "Choose another file: this one cannot be written."),
            )
            return False
        try:
            # the edit log and slices go along (ADR 0150)
            history = session.store if isinstance(session.store, SqliteBoardStore) else None
            store = save_board_as(session.board, path, overwrite=True, history=history)
        except (StormFileError, OSError) as error:
            self.show_error(translate("MainWindow", "Cannot Save Board"), sentence(error))
            return False
        session.replace_store(store)
        self.error_bar.hide()
        if current == self._created_blank:
            self._created_blank = None
        self.prefs.add_recent(path)
        self._update_all()
        self.status.showMessage(
            translate("MainWindow", "Saved as %1").replace("%1", isolate(str(path))), 8000
        )
        return True

    # ------------------------------------------------------------------------------------------
    # dialogs (separate methods so tests and other front ends can replace them)
    def ask_open_path(self: MainWindow) -> Path | None:
        folder = self.session.path.parent if self.session and self.session.path else self.boards_dir
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open Board"),
            str(folder),
            translate("MainWindow", "Stormboard boards (*.storm)"),
        )
        return Path(name) if name else None

    def ask_save_path(self: MainWindow, title: str, suggested: Path) -> Path | None:
        with contextlib.suppress(OSError):
            suggested.parent.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(
            self, title, str(suggested), translate("MainWindow", "Stormboard boards (*.storm)")
        )
        return Path(name) if name else None

    def ask_new_board(self: MainWindow, template: str = EMPTY) -> NewBoardChoice | None:
        folder = self.session.path.parent if self.session and self.session.path else self.boards_dir
        dialog = NewBoardDialog(folder, template, self)
        try:
            return dialog.choice() if dialog.exec() == NewBoardDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def show_error(self: MainWindow, title: str, sentence: str) -> None:
        error_box(self, title, sentence).exec()  # plain text: sentences name untrusted files

    def ask_open_read_only(self: MainWindow, sentence: str) -> bool:
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("MainWindow", "Board in Use"))
        box.setText(sentence)
        box.setInformativeText(translate("MainWindow", "You can look at it without changing it."))
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Open).setText(
            translate("MainWindow", "Open Read-Only")
        )
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        return box.exec() == QMessageBox.StandardButton.Open

    # ------------------------------------------------------------------------------------------
    # dropping .storm files
    @staticmethod
    def board_files_in(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [
            Path(url.toLocalFile())
            for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX)
        ]

    def dragEnterEvent(self: MainWindow, event: QDragEnterEvent) -> None:
        if self.board_files_in(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self: MainWindow, event: QDragMoveEvent) -> None:
        if self.board_files_in(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self: MainWindow, event: QDropEvent) -> None:
        files = self.board_files_in(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        # open after the drop returns: a modal error box inside a drop handler blocks the source
        QTimer.singleShot(0, lambda: self.open_path(files[0]))

    def _confirm_discard(self: MainWindow) -> bool:
        """The last writes failed: offer Save As before the window goes away."""
        answer = QMessageBox.warning(
            self,
            translate("MainWindow", "Changes Not Saved"),
            translate(
                "MainWindow",
                "Some changes could not be written to the file. Save the board elsewhere "
                "before closing?",
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_as()
        return answer == QMessageBox.StandardButton.Discard
