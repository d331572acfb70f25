"""The sticky items a removal took off the wall, kept for the undo that brings them back.

Building 20,000 ``StickyItem``s on an undo of delete-all was the largest part of it, and
letting 20,000 removed items go at once made the delete itself wait for Python and Qt to
destroy them (issue 12, ADR 0222). So the scene keeps the items of its latest removal here,
keyed by sticky id; an added sticky whose id is kept takes its item back.

A bulk removal only hides its items (Qt's ``removeItem`` costs a few microseconds per item on a
full wall, re-adding and re-indexing them more): they leave the scene a chunk per turn of the
event loop, unless an undo shows them again first. The next removal retires the kept items:
they are let go a chunk per turn too, never inside an edit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...domain.entities import BoardInfo
from .decor import LinkItem
from .sticky_item import StickyItem

#: items taken off the scene, or let go, per turn of the event loop (a few ms)
CHUNK = 500


class KeptItems(QObject):
    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self._scene = scene
        #: sticky id -> its item, hidden on the wall or off it (the latest removal's)
        self.items: dict[str, StickyItem] = {}
        #: link id -> its arrow, likewise (the latest removal of links)
        self.links: dict[str, LinkItem] = {}
        #: the legend the kept items were drawn with (another one: they sync on reuse)
        self.info: BoardInfo | None = None
        # kept, hidden, still in the scene: (the dict it is kept in, its key, the item)
        self._hidden: list[tuple[dict, str, QGraphicsItem]] = []
        self._retired: list[QGraphicsItem] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tidy)

    def hidden(self, kept: dict, keys: list[str]) -> None:
        """These kept items (``kept[key]``) are only hidden: take them off the scene, a chunk
        at a time."""
        self._hidden.extend((kept, key, kept[key]) for key in keys)
        self._timer.start()

    def retire(self) -> None:
        """A new removal of stickies: the stickies kept so far are let go, a chunk at a time."""
        if self.items:
            self._retired.extend(self.items.values())
            self.items = {}
            self._timer.start()

    def retire_links(self) -> None:
        """A new removal of links: the arrows kept so far are let go."""
        if self.links:
            self._retired.extend(self.links.values())
            self.links = {}
            self._timer.start()

    def clear(self) -> None:
        """Let everything go now (the wall is closing)."""
        self._timer.stop()
        self.items = {}
        self.links = {}
        self._hidden = []
        self._retired = []

    @property
    def retiring(self) -> int:
        return len(self._retired)

    @property
    def hiding(self) -> int:
        """Kept items still hidden in the scene."""
        return len(self._hidden)

    def _tidy(self) -> None:
        scene = self._scene
        if self._hidden:
            chunk = self._hidden[-CHUNK:]
            del self._hidden[-CHUNK:]
            for kept, key, item in chunk:  # not if an undo took it back meanwhile
                if kept.get(key) is item and item.scene() is scene:
                    scene.removeItem(item)
        elif self._retired:
            chunk = self._retired[-CHUNK:]
            del self._retired[-CHUNK:]
            for item in chunk:
                if item.scene() is scene and not item.isVisible():
                    scene.removeItem(item)
        if not self._hidden and not self._retired:
            self._timer.stop()
