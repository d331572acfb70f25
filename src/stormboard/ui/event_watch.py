"""One small event filter for "call me back when this widget gets that event"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class EventWatch(QObject):
    """Calls ``callback`` when ``target`` receives an event of ``kind``; never consumes it.

    ``once``: the watch removes itself after the first such event. ``later``: the callback runs
    in the next event-loop turn (after a paint, so the frame is on screen first)."""

    def __init__(self, target: QObject, kind: QEvent.Type, callback: Callable[[], None], *,
                 once: bool = False, later: bool = False) -> None:
        super().__init__(target)
        self.kind, self.callback, self.once, self.later = kind, callback, once, later
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self.kind:
            if self.once:
                watched.removeEventFilter(self)
            if self.later:
                QTimer.singleShot(0, self.callback)
            else:
                self.callback()
        return False
