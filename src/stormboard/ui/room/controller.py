"""The Room menu: *Open the Room…* starts a room on the chosen address and shows the join screen;
*Close the Room* stops it. Nothing listens before; switching boards or closing the window closes
the room too."""

from __future__ import annotations

import time
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from ...domain.board import Board
from ...error_codes import os_problem
from ...storage import create_board_file
from ..bidi import isolate
from ..error_text import sentence
from .dispatch import GuiDispatcher

if TYPE_CHECKING:
    # the room's server, bridge and QR code load when a room is first opened or joined, not
    # at start-up: ~0.3 s of imports the first frame does not need (issue 12, ADR 0203)
    from ...room.background import BackgroundRoom
    from ...room.remote import RemoteRoom
    from ..window.main_window import MainWindow
    from .join_screen import JoinScreen


class OpenRoomDialog(QDialog):
    """Which address (network interface) and port the room listens on."""

    def __init__(self, addresses: list[str], port: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openRoomDialog")
        self.setWindowTitle(self.tr("Open the Room"))
        form = QFormLayout(self)
        self.address = QComboBox(self)
        self.address.addItems(addresses)
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setValue(port)
        self.port.setSpecialValueText(self.tr("Any free port"))
        form.addRow(self.tr("Network address:"), self.address)
        form.addRow(self.tr("Port:"), self.port)
        self.self_join = QCheckBox(self.tr("People who join may add their own name"), self)
        form.addRow(self.self_join)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open the Room"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class RoomController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.room: BackgroundRoom | None = None
        self.remote: RemoteRoom | None = None
        self.join_screen: JoinScreen | None = None
        self.dispatcher = GuiDispatcher(self)
        self.port = 8765
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("roomMenu")
        help_action = window.help_menu.menuAction()
        window.menuBar().insertMenu(help_action, self.menu)
        self.open_action = QAction(self)
        self.open_action.setObjectName("roomOpen")
        self.open_action.triggered.connect(lambda: self.open_room())
        self.show_action = QAction(self)
        self.show_action.setObjectName("roomShow")
        self.show_action.triggered.connect(self.show_join_screen)
        self.copy_action = QAction(self)
        self.copy_action.setObjectName("roomCopyCofacilitatorLink")
        self.copy_action.triggered.connect(self.copy_cofacilitator_link)
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("roomLock")
        self.lock_action.setCheckable(True)
        self.lock_action.toggled.connect(self._lock)
        self.join_action = QAction(self)
        self.join_action.setObjectName("roomJoin")
        self.join_action.triggered.connect(lambda: self.join_room())
        self.close_action = QAction(self)
        self.close_action.setObjectName("roomClose")
        self.close_action.triggered.connect(self.close_room)
        self.menu.addActions([self.open_action, self.show_action, self.copy_action,
                              self.lock_action])
        self.menu.addSeparator()
        self.menu.addAction(self.join_action)
        self.menu.addSeparator()
        self.menu.addAction(self.close_action)
        self._poll = QTimer(self)
        self._poll.setInterval(1000)
        self._poll.timeout.connect(self._refresh_count)
        window.session_changed.connect(lambda _session: self.close_room())
        window.installEventFilter(self)
        self.retranslate()
        self._update_actions()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Room"))
        self.open_action.setText(self.tr("&Open the Room…"))
        self.show_action.setText(self.tr("Show the &Join Screen"))
        self.copy_action.setText(self.tr("Copy the Co-facilitator &Link"))
        self.join_action.setText(self.tr("&Join a Room as Co-facilitator…"))
        self.lock_action.setText(self.tr("Lock Phone &Stickies"))
        self.lock_action.setToolTip(
            self.tr("Participants can still add stickies but no longer change or delete theirs"))
        self.close_action.setText(
            self.tr("&Leave the Room") if self.remote is not None else self.tr("&Close the Room"))
        if self.join_screen is not None:
            self.join_screen.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Close:
                QTimer.singleShot(0, self._close_if_window_closed)
        return False

    def _close_if_window_closed(self) -> None:
        if not self.window.isVisible():
            self.close_room()

    # -- open and close -----------------------------------------------------------------------
    def open_room(self, address: str | None = None, port: int | None = None,
                  self_join: bool = False) -> bool:
        """Open the room (asking for the address and port unless both are given)."""
        session = self.window.session
        if self.room is not None or self.remote is not None or session is None:
            return False
        if session.read_only:
            QMessageBox.information(self.window, self.tr("Open the Room"),
                                    self.tr("A room needs a board that can be edited."))
            return False
        from ...room.background import BackgroundRoom
        from ...room.bridge import Limits

        if address is None or port is None:
            dialog = OpenRoomDialog(local_addresses(), self.port, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            address, port = dialog.address.currentText(), dialog.port.value()
            self_join = dialog.self_join.isChecked()
        room = BackgroundRoom(session, self.dispatcher.submit, bind=address, port=port,
                              limits=Limits(self_join=self_join))
        try:
            room.start()
        except OSError as error:
            QMessageBox.warning(
                self.window, self.tr("Open the Room"),
                self.tr("The room could not listen on %1 (%2).")
                .replace("%1", isolate(f"{address}:{port}"))
                .replace("%2", isolate(sentence(os_problem(error)))))
            return False
        self.room = room
        if port:
            self.port = port
        self._poll.start()
        self._update_actions()
        self.show_join_screen()
        return True

    def close_room(self) -> None:
        remote, self.remote = self.remote, None
        if remote is not None:
            remote.stop()
        room, self.room = self.room, None
        self._poll.stop()
        if room is not None:
            room.stop()
        if self.join_screen is not None:
            self.join_screen.close()
            self.join_screen.deleteLater()
            self.join_screen = None
        self._update_actions()
        self.retranslate()

    def _lock(self, locked: bool) -> None:
        if self.room is not None:
            self.room.server.set_locked(locked)

    # -- co-facilitators ------------------------------------------------------------------------
    def copy_cofacilitator_link(self) -> None:
        """The link a second Stormboard desktop joins with (full editing): only for someone you
        would hand your keyboard to."""
        if self.room is None:
            return
        server = self.room.server
        assert server.address is not None
        link = server.address.http(f"/?t={server.cofacilitator_token}")
        QApplication.clipboard().setText(link)
        self.window.status.showMessage(
            self.tr("Co-facilitator link copied: it allows full editing, share it with care."),
            8000)

    def join_room(self, link: str | None = None) -> bool:
        """Join another desktop's room as co-facilitator; this window then edits a local copy
        that follows the room."""
        if self.room is not None or self.remote is not None:
            return False
        if link is None:
            link, ok = QInputDialog.getText(
                self.window, self.tr("Join a Room as Co-facilitator"),
                self.tr("Co-facilitator link (Room ▸ Copy the Co-facilitator Link on the "
                        "host):"), QLineEdit.EchoMode.Normal, "")
            if not ok or not link.strip():
                return False
        from ...room.remote import JoinError, RemoteRoom

        try:
            remote = RemoteRoom(link)
            board = _wait_responsive(remote.begin(), 20.0)
        except JoinError as error:
            QMessageBox.warning(self.window, self.tr("Join a Room as Co-facilitator"),
                                isolate(sentence(error)))
            return False
        path = _free_path(self.window.boards_dir, board.info.title)
        from ...app.session import BoardSession

        session = BoardSession(board, create_board_file(path, board))
        self.window.set_session(session)  # closes whatever room this window had
        self.remote = remote
        remote.attach(session, self.dispatcher.submit)
        self._poll.start()
        self._update_actions()
        self.retranslate()
        return True

    def show_join_screen(self) -> None:
        if self.room is None:
            return
        if self.join_screen is None:
            from .join_screen import JoinScreen

            self.join_screen = JoinScreen(self.room.server.join_url, self.room.server.code,
                                          self.window)
        self.join_screen.show()
        self.join_screen.raise_()

    def _refresh_count(self) -> None:
        if self.remote is not None and self.remote.closed.is_set():
            self.close_room()
            self.window.status.showMessage(self.tr("The room was closed by its host."), 8000)
            return
        if self.room is not None and self.join_screen is not None:
            self.join_screen.set_connections(self.room.server.connections)

    def _update_actions(self) -> None:
        hosting, joined = self.room is not None, self.remote is not None
        self.open_action.setEnabled(not hosting and not joined)
        self.join_action.setEnabled(not hosting and not joined)
        self.show_action.setEnabled(hosting)
        self.copy_action.setEnabled(hosting)
        self.lock_action.setEnabled(hosting)
        if not hosting:
            self.lock_action.setChecked(False)
        self.close_action.setEnabled(hosting or joined)


def local_addresses() -> list[str]:
    """The addresses a room may listen on (loads the room's server module on first use)."""
    from ...room.background import local_addresses as addresses

    return addresses()


def _wait_responsive(future: Future[Board], timeout: float) -> Board:
    """The future's result, processing events meanwhile (this window may host the room too,
    or be painting); raises JoinError on time-out."""
    from ...room.remote import JoinError

    deadline = time.monotonic() + timeout
    while not future.done():
        if time.monotonic() > deadline:
            raise JoinError(QCoreApplication.translate("RoomController",
                                                       "The room did not answer."))
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return future.result()


def _free_path(folder: Path, title: str) -> Path:
    """A new file for a co-facilitator's copy of the room's board, never overwriting one."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = "".join(c for c in title if c.isalnum() or c in " -_") .strip() or "Room"
    for n in range(1, 1000):
        path = folder / (f"{stem} (room copy).storm" if n == 1 else
                         f"{stem} (room copy {n}).storm")
        if not path.exists():
            return path
    raise OSError("no free file name")
