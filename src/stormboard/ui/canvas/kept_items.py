"""The sticky items a removal took off the wall, kept for the undo that brings them back.

Building 20,000 ``StickyItem``s on an undo of delete-all was the largest part of it, and
letting 20,000 removed items go at once made the delete itself wait for Python and Qt to
destroy them (issue 12, ADR 0222). So the scene keeps the items of its latest removal here,
keyed by sticky id, in the order they were added to the wall; an added sticky whose id is kept
takes its item back.

A bulk removal only hides its items (Qt's ``removeItem`` costs a few microseconds per item on a
full wall, re-adding and re-indexing them more): once the wall has been idle for ``DELAY`` ms
they leave the scene a chunk per turn of the event loop, unless an undo shows them again first
(ADR 0233: the frame after the delete and an undo right after it come first). The next removal
retires the kept items: they are let go a chunk per turn too, never inside an edit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...domain.entities import BoardInfo
from .decor import LinkItem
from .sticky_item import StickyItem

#: items taken off the scene, or let go, per turn of the event loop (a few ms)
CHUNK = 500
#: ms of quiet after a bulk removal before its hidden items start leaving the scene (ADR 0233)
DELAY = 300


class KeptItems(QObject):
    #: the last hidden kept item left the scene (the wall may shrink its scene rectangle now)
    settled = Signal()

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self._scene = scene
        #: sticky id -> its item, hidden on the wall or off it (the latest removal's), in the
        #: order the items were added to the wall
        self.items: dict[str, StickyItem] = {}
        #: link id -> its arrow, likewise (the latest removal of links)
        self.links: dict[str, LinkItem] = {}
        #: the kept items the tidy took off the scene (the others are still on it, hidden, or
        #: were removed by the scene itself: it asks those)
        self.off: set[QGraphicsItem] = set()
        #: the legend the kept items were drawn with (another one: they sync on reuse)
        self.info: BoardInfo | None = None
        # kept, hidden, still in the scene: runs of (the dict they are kept in, their keys)
        self._hidden: list[tuple[dict, list[str]]] = []
        self._retired: list[QGraphicsItem] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tidy)

    def hidden(self, kept: dict, keys: list[str]) -> None:
        """These kept items (``kept[key]``) are only hidden: take them off the scene, a chunk
        at a time, once the wall has been quiet for ``DELAY`` ms."""
        if keys:
            self._hidden.append((kept, keys))
            self._start(DELAY)

    def retire(self) -> None:
        """A new removal of stickies: the stickies kept so far are let go, a chunk at a time."""
        if self.items:
            self._retire(self.items)
            self.items = {}

    def retire_links(self) -> None:
        """A new removal of links: the arrows kept so far are let go."""
        if self.links:
            self._retire(self.links)
            self.links = {}

    def _retire(self, kept: dict) -> None:
        items = kept.values()
        self.off.difference_update(items)
        self._retired.extend(items)
        self._start(0 if not self._hidden else DELAY)

    def _start(self, interval: int) -> None:
        if not self._timer.isActive() or interval > self._timer.interval():
            self._timer.setInterval(interval)
            self._timer.start()

    def clear(self) -> None:
        """Let everything go now (the wall is closing)."""
        self._timer.stop()
        self.items = {}
        self.links = {}
        self.off = set()
        self._hidden = []
        self._retired = []

    @property
    def retiring(self) -> int:
        return len(self._retired)

    @property
    def hiding(self) -> int:
        """Kept items still hidden in the scene (some may have been taken back meanwhile)."""
        return sum(len(keys) for _kept, keys in self._hidden)

    def _tidy(self) -> None:
        scene = self._scene
        self._timer.setInterval(0)  # the wall is quiet: the rest goes a chunk per turn
        if self._hidden:
            kept, keys = self._hidden[-1]
            chunk = keys[-CHUNK:]
            del keys[-CHUNK:]
            if not keys:
                self._hidden.pop()
            # an item of a run retired meanwhile is only let go: it is kept no more
            off = self.off if kept is self.items or kept is self.links else set()
            for key in chunk:  # not if an undo took it back meanwhile
                item = kept.get(key)
                if item is not None and item.scene() is scene and not item.isVisible():
                    scene.removeItem(item)
                    off.add(item)
            if not self._hidden:
                self.settled.emit()
        elif self._retired:
            chunk = self._retired[-CHUNK:]
            del self._retired[-CHUNK:]
            for item in chunk:
                if item.scene() is scene and not item.isVisible():
                    scene.removeItem(item)
        if not self._hidden and not self._retired:
            self._timer.stop()
