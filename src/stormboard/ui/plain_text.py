"""Text the user or a board file supplies is shown exactly as written, never as rich text.

Qt guesses: a QLabel, a QMessageBox or a tooltip whose text looks like markup ("<b>…", "<img …")
is rendered as HTML. Board files come from other people, so every label here is plain text, and
tooltips carrying board text are escaped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

#: marks a message box built by error_box, so tests can tell errors from questions
ERROR_BOX = "stormboard_error_box"


class PlainLabel(QLabel):
    """A QLabel that never interprets its text as rich text."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)


def escaped_tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally (Qt renders tooltips as HTML when they look like it)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def error_box(parent: QWidget | None, title: str, sentence: str) -> QMessageBox:
    """A warning box whose sentence (often naming a file) is shown as plain text."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, sentence, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setProperty(ERROR_BOX, True)
    return box
