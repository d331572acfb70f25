"""A one-line editor laid over the wall for a label (lane, milestone, link)."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

from ...domain.text import MAX_LABEL_TEXT


class InlineEditor(QLineEdit):
    """Return or leaving the field commits, Escape cancels; either way it closes itself."""

    def __init__(self, view: QGraphicsView, scene_rect: QRectF, text: str,
                 on_commit: Callable[[str], None], min_px: float = 34.0) -> None:
        super().__init__(text, view.viewport())
        self.setObjectName("timelineInlineEditor")
        self.setMaxLength(MAX_LABEL_TEXT)
        self._on_commit = on_commit
        self._done = False
        rect = view.mapFromScene(scene_rect).boundingRect()
        height = max(int(min_px), min(rect.height(), 64))
        width = max(rect.width(), 240)
        font = self.font()
        font.setPixelSize(max(14, int(height * 0.5)))
        self.setFont(font)
        self.setGeometry(rect.left(), rect.top(), width, height)
        self.selectAll()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def closed(self) -> bool:
        return self._done

    def commit(self) -> None:
        if self._done:
            return
        self._done = True
        text = self.text()
        self._close()
        self._on_commit(text)

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self._close()

    def _close(self) -> None:
        self.hide()
        parent = self.parentWidget()
        if parent is not None and parent.parentWidget() is not None:
            parent.parentWidget().setFocus(Qt.FocusReason.OtherFocusReason)  # back to the view
        # deleted once the key or focus handler that closed it has returned
        QTimer.singleShot(0, lambda: shiboken6.isValid(self) and self.deleteLater())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()
