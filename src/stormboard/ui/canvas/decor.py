"""Wall structure drawn behind and between stickies: lanes, milestones, pivotal boundaries, links.

Simple, correct drawing only; editing tools for these come later. Each item mirrors one record
(or, for a pivotal boundary, one pivotal sticky) and spans the wall's current extent.
"""

from __future__ import annotations

import math
import weakref

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...app.text_layout import TextLayout
from ...domain import timeline
from ...domain.entities import Lane, Link, Milestone, Sticky
from . import style
from .text_render import renderer

LANE_Z = -100.0
LINE_Z = -50.0
LINK_Z = 50.0
LABEL_SIZE = 26.0
LINK_LABEL_SIZE = 18.0
LABEL_EVERY = 2400.0  # a lane label repeats along a long wall so it is always near
#: viewport -> ids of the lanes whose names a ruler beside it shows (timeline.lane_ruler): the
#: band leaves those labels out there, where stickies along the lane's top would cover them
NAMES_IN_RULER: weakref.WeakKeyDictionary[QWidget, frozenset[str]] = weakref.WeakKeyDictionary()
#: lanes and lines reach this far beyond the outermost sticky
WALL_MARGIN = 400.0


def _label(text: str, size: float = LABEL_SIZE) -> tuple[TextLayout, float]:
    """A one-line label at a fixed size, and its width."""
    r = renderer()
    rtl = r.layout(text or " ", 10_000, size * 2, 0.0).rtl
    return TextLayout(size, (text,), rtl, False), r.measure(text, size) + 2


class _Spanning(QGraphicsItem):
    """An item that stretches across the wall's extent, given by the scene."""

    def __init__(self) -> None:
        super().__init__()
        self.extent = QRectF(0, 0, 1000, 1000)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_extent(self, extent: QRectF) -> None:
        if extent != self.extent:
            self.prepareGeometryChange()
            self.extent = QRectF(extent)


class LaneItem(_Spanning):
    def __init__(self, lane: Lane) -> None:
        super().__init__()
        self.lane = lane
        self.setZValue(LANE_Z)

    def sync(self, lane: Lane) -> None:
        self.prepareGeometryChange()
        self.lane = lane
        self.update()

    def boundingRect(self) -> QRectF:
        h = LABEL_SIZE * 1.6 if self.lane.collapsed else self.lane.height
        return QRectF(self.extent.left(), self.lane.y, self.extent.width(), h)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        rect = self.boundingRect()
        painter.fillRect(rect, QColor(self.lane.color))
        painter.setPen(QPen(QColor(0, 0, 0, 50), 0))
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if LABEL_SIZE * lod < style.MIN_READABLE_PX or not self.lane.label:
            return
        if w is not None and self.lane.id in NAMES_IN_RULER.get(w, ()):
            return
        layout, width = _label(self.lane.label)
        painter.setPen(QColor("#37474F"))
        x = rect.left() + WALL_MARGIN  # where the stickies begin
        exposed = option.exposedRect
        while x < rect.right():
            box = QRectF(x, rect.top() + 6, width, LABEL_SIZE * 1.3)
            if box.intersects(exposed):
                renderer().draw(painter, layout, box, 0.0)
            x += LABEL_EVERY


class MilestoneItem(_Spanning):
    def __init__(self, milestone: Milestone) -> None:
        super().__init__()
        self.milestone = milestone
        self.setZValue(LINE_Z)

    def sync(self, milestone: Milestone) -> None:
        self.prepareGeometryChange()
        self.milestone = milestone
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self.milestone.x - 4, self.extent.top(), 900, self.extent.height())

    def label_top(self) -> float:
        # just above the stickies, where the eye meets it when the wall is in view
        return self.extent.top() + WALL_MARGIN + 8  # the scene leaves 70 units for it

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        x = self.milestone.x
        color = QColor(self.milestone.color)
        painter.setPen(QPen(color, 6))
        painter.drawLine(QPointF(x, self.extent.top()), QPointF(x, self.extent.bottom()))
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if LABEL_SIZE * lod >= style.MIN_READABLE_PX and self.milestone.label:
            painter.setPen(color.darker(160))
            layout, width = _label(self.milestone.label)
            box = QRectF(x + 10, self.label_top(), min(width, 880), LABEL_SIZE * 1.3)
            renderer().draw(painter, layout, box, 0.0)


class PivotalLineItem(_Spanning):
    """The boundary a pivotal event draws across the wall, just after the event."""

    def __init__(self, sticky: Sticky) -> None:
        super().__init__()
        self.sticky = sticky
        self.setZValue(LINE_Z)

    def sync(self, sticky: Sticky) -> None:
        self.prepareGeometryChange()
        self.sticky = sticky
        self.update()

    @property
    def x(self) -> float:
        return timeline.boundary_x(self.sticky)

    def boundingRect(self) -> QRectF:
        return QRectF(self.x - 4, self.extent.top(), 8, self.extent.height())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        pen = QPen(style.PIVOTAL_FRAME, 4, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(self.x, self.extent.top()), QPointF(self.x, self.extent.bottom()))


class LinkItem(QGraphicsItem):
    """An arrow from one sticky's edge to another's, with its label (if any) above the middle,
    as the poster prints it."""

    def __init__(self, link: Link) -> None:
        super().__init__()
        self.link = link
        self.line = QLineF()
        self._head: QPolygonF | None = None
        # the bounds and label box change only in sync(): Qt asks for the bounds of every
        # link in view per frame (ADR 0229)
        self._bounds: QRectF | None = None
        self._label_box: QRectF | None = None
        self.setZValue(LINK_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def sync(self, link: Link, source: QRectF | None, target: QRectF | None) -> None:
        self.prepareGeometryChange()
        self.link = link
        if source is None or target is None:
            self.line = QLineF()
        else:
            # in plain numbers, as _edge_point does it: 2,000 arrows are drawn as a board
            # opens, and each QPointF made and read was a Qt call (ADR 0246)
            x, y, w, h = source.getRect()
            tx, ty, tw, th = target.getRect()
            w2, h2, tw2, th2 = w / 2, h / 2, tw / 2, th / 2
            cx, cy, tcx, tcy = x + w2, y + h2, tx + tw2, ty + th2
            self.line = QLineF(*_edge_xy(cx, cy, w2, h2, tcx, tcy),
                               *_edge_xy(tcx, tcy, tw2, th2, cx, cy))
        self._head = None
        self._bounds = self._label_box = None
        self.update()

    def label_rect(self) -> QRectF:
        """Where the label goes: centred just above the middle of the arrow."""
        if self._label_box is None:
            if not self.link.label or self.line.isNull():
                self._label_box = QRectF()
            else:
                _layout, width = _label(self.link.label, LINK_LABEL_SIZE)
                mid = self.line.center()
                h = LINK_LABEL_SIZE * 1.3
                self._label_box = QRectF(mid.x() - width / 2, mid.y() - h - 12, width, h)
        return QRectF(self._label_box)

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            p1, p2 = self.line.p1(), self.line.p2()
            rect = QRectF(p1, p2).normalized().adjusted(-20, -20, 20, 20)
            label = self.label_rect()
            self._bounds = rect.united(label.adjusted(-6, -4, 6, 9)) if not label.isNull() \
                else rect
        return self._bounds  # shared: callers use adjusted()/mapRect(), never adjust()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        if self.line.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_arrow(painter)
        label = self.label_rect()
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if not label.isNull() and LINK_LABEL_SIZE * lod >= style.MIN_READABLE_PX:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 235))  # readable over lanes and lines
            painter.drawRoundedRect(label.adjusted(-6, -2, 6, 7), 6, 6)  # room for descenders
            painter.setPen(style.LINK_COLOR)
            layout, _width = _label(self.link.label, LINK_LABEL_SIZE)
            renderer().draw(painter, layout, label, 0.0)

    def _paint_arrow(self, painter: QPainter) -> None:
        dashed = self.link.kind == "relates_to"
        pen = QPen(style.LINK_COLOR, 3, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawLine(self.line)
        painter.setBrush(style.LINK_COLOR)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(self.arrow_head())

    def arrow_head(self) -> QPolygonF:
        """The filled triangle at the target end (the block layer batches these far out)."""
        if self._head is not None:
            return self._head
        angle = math.atan2(self.line.dy(), self.line.dx())
        tip = self.line.p2()
        size = 16.0
        left, right = (
            QPointF(tip.x() - size * math.cos(angle + s), tip.y() - size * math.sin(angle + s))
            for s in (-0.4, 0.4)
        )
        self._head = QPolygonF([tip, left, right])
        return self._head


def _edge_xy(cx: float, cy: float, half_w: float, half_h: float, tx: float,
             ty: float) -> tuple[float, float]:
    """``_edge_point`` in numbers: the rectangle by its centre and half sizes."""
    dx, dy = tx - cx, ty - cy
    if dx == 0 and dy == 0:
        return cx, cy
    sx = half_w / abs(dx) if dx else math.inf
    sy = half_h / abs(dy) if dy else math.inf
    s = min(sx, sy, 1.0)
    return cx + dx * s, cy + dy * s


def _edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from the rectangle's centre toward a point leaves the rectangle."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    sx = (rect.width() / 2) / abs(dx) if dx else math.inf
    sy = (rect.height() / 2) / abs(dy) if dy else math.inf
    s = min(sx, sy, 1.0)
    return QPointF(c.x() + dx * s, c.y() + dy * s)
