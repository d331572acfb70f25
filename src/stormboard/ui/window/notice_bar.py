"""A coloured bar above the wall that says something important and offers one action."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ..plain_text import PlainLabel


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"


_STYLE = {
    # dark text on a light fill reads in every theme, high contrast included
    Severity.INFO: "background:#DCEBFF; color:#0B2A4A; border-bottom:2px solid #1F6FEB;",
    Severity.WARNING: "background:#FFE3B3; color:#4A2600; border-bottom:2px solid #D9822B;",
}


class NoticeBar(QFrame):
    """Hidden until :meth:`show_notice`; ``action_triggered`` when its button is pressed."""

    action_triggered = Signal()

    def __init__(self, severity: Severity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.severity = severity
        self.setObjectName(f"notice_{severity.value}")
        # the frame and its label get the same explicit colours: readable in every theme
        self.setStyleSheet(f"QFrame#{self.objectName()} {{{_STYLE[severity]}}}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.label = PlainLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(_STYLE[severity].split("border")[0])
        self.button = QPushButton(self)
        self.button.clicked.connect(self.action_triggered)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_notice(self, text: str, action_text: str = "") -> None:
        self.label.setText(text)
        self.button.setText(action_text)
        self.button.setVisible(bool(action_text))
        self.show()

    def text(self) -> str:
        return self.label.text()
