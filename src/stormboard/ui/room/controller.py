"""The Room menu: *Open the Room…* starts a room on the chosen address and shows the join screen;
*Close the Room* stops it. Nothing listens before; switching boards or closing the window closes
the room too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from ...room.background import BackgroundRoom, local_addresses
from ..bidi import isolate
from .dispatch import GuiDispatcher
from .join_screen import JoinScreen

if TYPE_CHECKING:
    from ..window.main_window import MainWindow


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
        self.close_action = QAction(self)
        self.close_action.setObjectName("roomClose")
        self.close_action.triggered.connect(self.close_room)
        self.menu.addActions([self.open_action, self.show_action, self.close_action])
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
        self.close_action.setText(self.tr("&Close the Room"))
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
    def open_room(self, address: str | None = None, port: int | None = None) -> bool:
        """Open the room (asking for the address and port unless both are given)."""
        session = self.window.session
        if self.room is not None or session is None:
            return False
        if session.read_only:
            QMessageBox.information(self.window, self.tr("Open the Room"),
                                    self.tr("A room needs a board that can be edited."))
            return False
        if address is None or port is None:
            dialog = OpenRoomDialog(local_addresses(), self.port, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            address, port = dialog.address.currentText(), dialog.port.value()
        room = BackgroundRoom(session, self.dispatcher.submit, bind=address, port=port)
        try:
            room.start()
        except OSError as error:
            QMessageBox.warning(
                self.window, self.tr("Open the Room"),
                self.tr("The room could not listen on %1 (%2).")
                .replace("%1", isolate(f"{address}:{port}"))
                .replace("%2", isolate(error.strerror or str(error))))
            return False
        self.room = room
        if port:
            self.port = port
        self._poll.start()
        self._update_actions()
        self.show_join_screen()
        return True

    def close_room(self) -> None:
        room, self.room = self.room, None
        self._poll.stop()
        if room is not None:
            room.stop()
        if self.join_screen is not None:
            self.join_screen.close()
            self.join_screen.deleteLater()
            self.join_screen = None
        self._update_actions()

    def show_join_screen(self) -> None:
        if self.room is None:
            return
        if self.join_screen is None:
            self.join_screen = JoinScreen(self.room.server.join_url, self.room.server.code,
                                          self.window)
        self.join_screen.show()
        self.join_screen.raise_()

    def _refresh_count(self) -> None:
        if self.room is not None and self.join_screen is not None:
            self.join_screen.set_connections(self.room.server.connections)

    def _update_actions(self) -> None:
        is_open = self.room is not None
        self.open_action.setEnabled(not is_open)
        self.show_action.setEnabled(is_open)
        self.close_action.setEnabled(is_open)
