"""Far-out drawing of the whole wall in one item: every unselected sticky as a coloured block.

Qt's chip example paints 40,000 items in C++; from Python each item's paint() call costs tens
of microseconds, which alone would exceed a frame. So below ``BLOCK_ZOOM`` the sticky items
stop painting (ItemHasNoContents: still selectable, still hit-tested) and this layer draws
them with one drawRects() call per colour, from lists rebuilt only when the board or the
selection changes. Selected stickies keep painting themselves, so a drag far out still shows.
Links stop painting too: their lines are two drawLines() calls (solid, dashed) and their heads
one cached path (ADR 0202).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from . import style
from .decor import LinkItem
from .sticky_item import StickyItem

#: below this zoom a standard sticky is under 12 px: the wall draws as blocks
BLOCK_ZOOM = 0.075
BLOCK_Z = 0.0  # above lanes (-100) and lines (-50), below links (50) and painting stickies


class BlockLayer(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(BLOCK_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, False)
        self._rect = QRectF()
        self._groups: list[tuple[QColor, list[QRectF]]] = []
        self._dirty = True
        self._source: Iterable[StickyItem] = ()
        self._link_source: Iterable[LinkItem] = ()
        self._solid: list = []
        self._dashed: list = []
        self._heads = QPainterPath()
        self.active = False

    def set_links(self, items: Iterable[LinkItem]) -> None:
        """Link items to draw while active (re-read lazily at the next paint)."""
        self._link_source = items
        self.invalidate()

    def set_source(self, items: Iterable[StickyItem], extent: QRectF) -> None:
        """Items to draw (re-read lazily at the next paint) and the area they cover."""
        self._source = items
        if extent != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(extent)
        self.invalidate()

    def invalidate(self) -> None:
        self._dirty = True
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def _rebuild(self) -> None:
        by_color: dict[int, tuple[QColor, list[QRectF]]] = {}
        for item in self._source:
            if item.isSelected():
                continue
            s = item.sticky
            color = item._color
            if item.opacity() < 1.0:  # dimmed by a filter: far out it must look dimmed too
                color = QColor(color)
                color.setAlphaF(color.alphaF() * item.opacity())
            group = by_color.get(color.rgba())
            if group is None:
                group = by_color[color.rgba()] = (color, [])
            group[1].append(QRectF(s.x, s.y, s.width, s.height))
        self._groups = list(by_color.values())
        solid, dashed, heads = [], [], QPainterPath()
        for link in self._link_source:
            if link.line.isNull() or not link.isVisible():
                continue
            (dashed if link.link.kind == "relates_to" else solid).append(link.line)
            heads.addPolygon(link.arrow_head())
        self._solid, self._dashed, self._heads = solid, dashed, heads
        self._dirty = False

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        if not self.active:
            return
        if self._dirty:
            self._rebuild()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for color, rects in self._groups:
            painter.setBrush(color)
            painter.drawRects(rects)
        if self._solid or self._dashed:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for lines, dash in ((self._solid, Qt.PenStyle.SolidLine),
                                (self._dashed, Qt.PenStyle.DashLine)):
                if lines:
                    painter.setPen(QPen(style.LINK_COLOR, 3, dash))
                    painter.drawLines(lines)
            painter.fillPath(self._heads, style.LINK_COLOR)
