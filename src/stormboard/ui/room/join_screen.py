"""The join screen for the projector: a large QR code, the address, how many are connected."""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


def qr_pixmap(text: str, size: int) -> QPixmap:
    """The QR code of ``text`` as a pixmap about ``size`` pixels wide (whole modules)."""
    code = segno.make(text, error="m")
    modules = code.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, size // modules), border=4, dark="black",
              light="white")
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class JoinScreen(QDialog):
    """Shown while the room is open; closing it leaves the room open (the Room menu closes)."""

    def __init__(self, join_url: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomJoinScreen")
        self.join_url = join_url
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QLabel(self)
        self.qr.setObjectName("roomQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        screen = QGuiApplication.primaryScreen()
        side = int(min(screen.availableGeometry().height() * 0.6, 720)) if screen else 480
        self.qr.setPixmap(qr_pixmap(join_url, side))
        self.url = QLabel(self)
        self.url.setObjectName("roomUrl")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.url.setWordWrap(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() * 1.3)
        self.url.setFont(mono)
        self.url.setText(join_url)
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address reads LTR
        self.code = QLabel(self)
        self.code.setObjectName("roomCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        big = QFont(mono)
        big.setPointSizeF(self.font().pointSizeF() * 3)
        big.setBold(True)
        self.code.setFont(big)
        self.code.setText(code)
        self.code_caption = QLabel(self)
        self.code_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.people = QLabel(self)
        self.people.setObjectName("roomPeople")
        self.people.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.hide)
        for widget in (self.heading, self.qr, self.url, self.code, self.code_caption,
                       self.people, self.close_button):
            layout.addWidget(widget)
        self.set_connections(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join the room"))
        self.heading.setText(self.tr("Scan to join the wall"))
        self.close_button.setText(self.tr("Hide this screen"))
        self.code_caption.setText(self.tr("Room code: every phone shows it at the top"))
        self.url.setToolTip(self.tr("Type this address in a browser on the same network"))

    def set_connections(self, count: int) -> None:
        self.people.setText(self.tr("%Ln device(s) connected", "", count))
        self._count = count
