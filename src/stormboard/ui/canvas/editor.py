"""Editing a sticky's text in place: a plain-text QGraphicsTextItem over the sticky."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneDragDropEvent,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...domain.text import MAX_STICKY_TEXT, clean_text
from ..fonts import board_font
from . import style
from .sticky_item import StickyItem

COUNTER_PX = 13
COUNTER_OK = QColor("#37474F")
COUNTER_OVER = QColor("#B71C1C")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StickyEditor", text)


def _number(n: int) -> str:
    """n in the UI's digits with thousands grouped ("1,950"; "۱٬۹۵۰" in Persian)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # the C locale groups nothing
        return f"{n:,}"
    return locale.toString(n)


class LengthCounter(QGraphicsSimpleTextItem):
    """"1,950 / 2,000" under the sticky being edited; red with a reason when text was refused
    for its length (ADR 0173)."""

    def __init__(self, limit: int, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.limit = limit
        self.over = False
        self.setFont(board_font(COUNTER_PX))

    def show_count(self, length: int) -> None:
        self.over = False
        text = _tr(QT_TRANSLATE_NOOP("StickyEditor", "%1 / %2"))
        self.setText(text.replace("%1", _number(length)).replace("%2", _number(self.limit)))
        self.setBrush(QBrush(COUNTER_OK))

    def show_over(self, length: int) -> None:
        self.over = True
        text = _tr(QT_TRANSLATE_NOOP("StickyEditor", "%1 / %2: too long, not added"))
        self.setText(text.replace("%1", _number(length)).replace("%2", _number(self.limit)))
        self.setBrush(QBrush(COUNTER_OVER))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        # a light chip, so the count reads over whatever lies below the sticky
        painter.setPen(QPen(COUNTER_OVER if self.over else QColor("#B0BEC5"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(self.boundingRect().adjusted(-4, -2, 4, 2), 4, 4)
        super().paint(painter, option, widget)


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
        on_refused: Callable[[str], None] | None = None,
        limit: int = MAX_STICKY_TEXT,
    ) -> None:
        super().__init__(item)
        self._on_text = on_text
        self._on_done = on_done
        self._on_refused = on_refused
        self.limit = limit
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
        # the length against the limit, under the sticky, while typing
        self.counter = LengthCounter(limit, self)
        self.counter.setPos(-box.left() + 2, s.height - box.top() + 6)
        self.counter.show_count(len(clean_text(s.text)))

    def text(self) -> str:
        return self.toPlainText()

    def _changed(self) -> None:
        text = self.toPlainText()
        if text == self._accepted:
            return
        if not self._on_text(text):
            length = len(clean_text(text))
            self._revert()
            if length > self.limit:
                self.counter.show_over(length)
            return
        self._accepted = text
        self.counter.show_count(len(clean_text(text)))

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
                self.insert_checked(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasText():
            self.insert_checked(mime.text())
            event.acceptProposedAction()
        else:
            event.ignore()

    def insert_checked(self, text: str) -> bool:
        """Insert at the cursor, or refuse the whole insertion (never a silent cut) when the
        sticky would go past its limit."""
        cursor = self.textCursor()
        current = len(clean_text(self.toPlainText()))
        selected = len(clean_text(cursor.selectedText().replace("\u2029", "\n")))
        length = current - selected + len(clean_text(text))
        if length > self.limit:
            self.counter.show_over(length)
            if self._on_refused is not None:
                self._on_refused(
                    _tr(QT_TRANSLATE_NOOP(
                        "StickyEditor",
                        "Nothing was pasted: the sticky would hold %1 characters; "
                        "the limit is %2.",
                    ))
                    .replace("%1", _number(length)).replace("%2", _number(self.limit))
                )
            return False
        cursor.insertText(text)
        return True

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the context menu keeps editing
            self.finish()

    def finish(self) -> None:
        if not self._closing:
            self._closing = True
            self._on_done()
