"""The sticky items a removal took off the wall, kept for the undo that brings them back.

Building 20,000 ``StickyItem``s on an undo of delete-all was the largest part of it, and
letting 20,000 removed items go at once made the delete itself wait for Python and Qt to
destroy them (issue 12, ADR 0222). So the scene keeps the items of its latest removal here,
keyed by sticky id; an added sticky whose id is kept takes its item back. The next removal
retires the kept items: they are let go a chunk per turn of the event loop, never all in one
edit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ...domain.entities import BoardInfo
from .sticky_item import StickyItem

#: retired items let go per turn of the event loop (~5 ms of destruction)
CHUNK = 500


class KeptItems(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: sticky id -> its item, off the wall (the latest removal's)
        self.items: dict[str, StickyItem] = {}
        #: the legend the kept items were drawn with (another one: they sync on reuse)
        self.info: BoardInfo | None = None
        self._retired: list[StickyItem] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._let_go)

    def retire(self) -> None:
        """A new removal: the items kept so far are let go, a chunk at a time."""
        if self.items:
            self._retired.extend(self.items.values())
            self.items = {}
            self._timer.start()

    def clear(self) -> None:
        """Let everything go now (the wall is closing)."""
        self._timer.stop()
        self.items = {}
        self._retired = []

    @property
    def retiring(self) -> int:
        return len(self._retired)

    def _let_go(self) -> None:
        del self._retired[-CHUNK:]
        if not self._retired:
            self._timer.stop()
