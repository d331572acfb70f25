"""Editing a sticky's text in place: a plain-text QGraphicsTextItem over the sticky."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneDragDropEvent, QGraphicsTextItem

from ..fonts import board_font
from . import style
from .sticky_item import StickyItem


class StickyEditor(QGraphicsTextItem):
    """Shows and edits plain text only: what is read back is ``toPlainText()``, never HTML.

    ``on_text(text) -> bool`` applies each change (False refuses it, and the editor goes back
    to the last accepted text); ``on_done()`` ends the edit.
    """

    def __init__(
        self,
        item: StickyItem,
        on_text: Callable[[str], bool],
        on_done: Callable[[], None],
        font_px: int = 18,
    ) -> None:
        super().__init__(item)
        self._on_text = on_text
        self._on_done = on_done
        self._accepted = item.sticky.text
        self._closing = False
        s = item.sticky
        box, padding = style.text_box(style.kind_shape(s.kind), s.width, s.height)
        self.setFont(board_font(font_px))
        self.setDefaultTextColor(style.TEXT_COLOR)
        doc = self.document()
        doc.setDocumentMargin(max(padding - 2, 2))
        option = doc.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        self.setPlainText(s.text)
        self.setTextWidth(box.width())
        self.setPos(box.topLeft())
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setZValue(10)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)
        doc.contentsChanged.connect(self._changed)

    def text(self) -> str:
        return self.toPlainText()

    def _changed(self) -> None:
        text = self.toPlainText()
        if text == self._accepted:
            return
        if not self._on_text(text):
            self._revert()
            return
        self._accepted = text

    def _revert(self) -> None:
        doc = self.document()
        doc.blockSignals(True)
        self.setPlainText(self._accepted)
        doc.blockSignals(False)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Escape or (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl):
            event.accept()
            self.finish()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            # insert the clipboard's plain text: pasted HTML must not bring formatting along
            text = QGuiApplication.clipboard().text()
            if text:
                self.textCursor().insertText(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasText():
            cursor = self.textCursor()
            cursor.insertText(mime.text())
            event.acceptProposedAction()
        else:
            event.ignore()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the context menu keeps editing
            self.finish()

    def finish(self) -> None:
        if not self._closing:
            self._closing = True
            self._on_done()
