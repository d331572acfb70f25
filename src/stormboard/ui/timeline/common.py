"""Shared bits of the timeline tools: the pointer context, hit helpers and label drawing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView

from ...app.text_layout import TextLayout
from ..canvas.decor import LinkItem
from ..canvas.input import Pointer, zoom_of  # noqa: F401 - the route's, re-exported
from ..canvas.scene import BoardScene
from ..canvas.sticky_item import StickyItem
from ..canvas.text_render import renderer

#: what the placing tool places
LANE = "lane"
MILESTONE = "milestone"


def sticky_at(view: QGraphicsView, pos: QPoint) -> StickyItem | None:
    """The visible sticky under a viewport point (what a press there would grab)."""
    for item in view.items(pos):
        if isinstance(item, StickyItem) and item.isVisible():
            return item
    return None


def link_item(scene: BoardScene, link_id: str) -> LinkItem | None:
    """The canvas's arrow for a link, or None."""
    return scene.link_item(link_id)


def visible_rect(view: QGraphicsView) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def label_layout(text: str, size: float) -> tuple[TextLayout, float]:
    """A one-line label at a fixed size (board font, bidi-aware), and its width."""
    r = renderer()
    rtl = r.layout(text or " ", 10_000, size * 2, 0.0).rtl
    return TextLayout(size, (text,), rtl, False), r.measure(text, size) + 2


def draw_label(painter: QPainter, text: str, x: float, y: float, size: float) -> float:
    """Draw a one-line label with its top-left at (x, y); return its width."""
    layout, width = label_layout(text, size)
    renderer().draw(painter, layout, QRectF(x, y, width, size * 1.3), 0.0)
    return width
