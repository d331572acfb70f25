"""The canvas: the wall of stickies as a QGraphicsScene that mirrors a BoardSession."""

from .minimap import Minimap
from .scene import BoardScene
from .sticky_item import StickyItem
from .view import KIND_MIME, BoardView

__all__ = ["KIND_MIME", "BoardScene", "BoardView", "Minimap", "StickyItem"]
