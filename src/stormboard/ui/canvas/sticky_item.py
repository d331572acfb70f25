"""One sticky on the wall. It draws the model record it was last given and nothing else."""

from __future__ import annotations

import math
import operator
import weakref
from functools import lru_cache
from typing import ClassVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...app.text_layout import MAX_FONT
from ...domain import notation
from ...domain.entities import BoardInfo, Sticky
from . import pictures, style
from .text_render import TextPlan, renderer

MARGIN = 12.0  # room outside the sticky for the tape mark and the selection outline
STICKY_TYPE = QGraphicsItem.UserType + 1
# made once: combining Qt enum flags in Python builds a new enum value each time, a tenth of
# building 20,000 items on an undo of delete-all (issue 12)
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_SELECTABLE_NO_CONTENTS = _SELECTABLE | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_BUTTONS = Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton


#: each item's record, read for many items at once in C (``map``; ADR 0242)
STICKY_OF = operator.attrgetter("sticky")


class StickyItem(QGraphicsItem):
    """Draws a Sticky record: shape and colour of its kind, fitted plain text, marks, votes."""

    # What a new item starts with, read from the class until the item sets its own: a board
    # opens with an item per sticky, and eight stores each were a tenth of building 20,000
    # (ADR 0246). All are replaced, never changed in place.
    #: the record as the board has it while a resize preview shows another size
    _shown_from: Sticky | None = None
    _bounds_for: tuple[float, float] | None = None
    _bounds = QRectF()  # never returned: ``_bounds_for`` is None until it is made
    votes = 0
    vote_colors: tuple[str, ...] = ()  # each vote's participant colour, oldest first
    editing = False
    _path: QPainterPath | None = None
    _plan: TextPlan | None = None

    def __init__(self, sticky: Sticky, info: BoardInfo, no_contents: bool = False) -> None:
        super().__init__()
        # ``no_contents``: far out the block layer draws it (ADR 0202); one call sets both
        self.setFlags(_SELECTABLE_NO_CONTENTS if no_contents else _SELECTABLE)
        self.setAcceptedMouseButtons(_BUTTONS)
        self.sticky = sticky
        self._color, self._outline_pen = _paint_of(style.sticky_color_name(sticky, info))
        shape, rotation = _kind_look(sticky.kind)
        self._shape_kind = shape
        self.setPos(sticky.x, sticky.y)
        if rotation:  # as _apply_geometry, for an item not yet rotated
            self.setTransformOriginPoint(sticky.width / 2, sticky.height / 2)
            self.setRotation(rotation)

    # -- model ---------------------------------------------------------------------------
    @property
    def sticky_id(self) -> str:
        return self.sticky.id

    def type(self) -> int:
        return STICKY_TYPE

    @property
    def record(self) -> Sticky:
        """The sticky as the board last gave it (a resize preview may show another size)."""
        return self._shown_from or self.sticky

    def sync(self, sticky: Sticky, info: BoardInfo) -> None:
        """Show a new version of the record."""
        old = self.sticky
        self.sticky = sticky
        self._shown_from = None
        if (old.text, old.width, old.height, old.kind) != (
            sticky.text, sticky.width, sticky.height, sticky.kind
        ):
            self._plan = None
        self._set_color(style.sticky_color_name(sticky, info))
        if (old.width, old.height, old.kind) != (sticky.width, sticky.height, sticky.kind):
            self.prepareGeometryChange()
            self._shape_kind = style.kind_shape(sticky.kind)
            self._path = None
        self._apply_geometry()
        self.update()

    #: dimmed (an opacity under 1 was set): read without asking Qt (an undo of delete-all
    #: resets 20,000 items, ADR 0233)
    dimmed = False
    #: the items now dimmed or carrying votes: an undo of delete-all resets only those, not
    #: 20,000 items read one by one (ADR 0242)
    marked: ClassVar[weakref.WeakSet[StickyItem]] = weakref.WeakSet()

    def setOpacity(self, opacity: float) -> None:
        self.dimmed = opacity < 1.0
        self._mark()
        super().setOpacity(opacity)

    def _mark(self) -> None:
        if self.dimmed or self.votes:
            StickyItem.marked.add(self)
        else:
            StickyItem.marked.discard(self)

    def _set_color(self, name: str) -> None:
        self._color, self._outline_pen = _paint_of(name)

    def set_votes(self, count: int, colors: tuple[str, ...] = ()) -> None:
        if (count, colors) != (self.votes, self.vote_colors):
            if bool(count) != bool(self.votes):
                self._plan = None  # the text gives the dots their strip, or takes it back
            self.votes = count
            self.vote_colors = colors
            self._mark()
            self.update()

    def _apply_geometry(self) -> None:
        s = self.sticky
        self.setPos(s.x, s.y)
        rotation = style.kind_rotation(s.kind)
        # the origin matters only to a rotated sticky: 20,000 calls saved at start-up (ADR 0239)
        if rotation or self.rotation():
            self.setTransformOriginPoint(s.width / 2, s.height / 2)
            if self.rotation() != rotation:
                self.setRotation(rotation)

    def preview_size(self, width: float, height: float) -> None:
        """Show a resize in progress; the model gets it on release."""
        self.prepareGeometryChange()
        self._shown_from = self.record
        self.sticky = _replace_size(self.sticky, width, height)
        self._path = None
        self._plan = None
        self.setTransformOriginPoint(width / 2, height / 2)
        self.update()

    # -- geometry ------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        # cached per size: Qt asks every item when it re-indexes the wall (20,000 calls after
        # a large move), and building the rectangle each time doubled the cost (issue 12)
        s = self.sticky
        size = (s.width, s.height)
        if self._bounds_for != size:
            self._bounds_for = size
            self._bounds = _bounds_of(size)
        return self._bounds  # shared: callers use adjusted()/mapRect(), never adjust()

    def outline(self) -> QPainterPath:
        if self._path is None:
            self._path = style.outline_path(self._shape_kind, self.sticky.width, self.sticky.height)
        return self._path

    def shape(self) -> QPainterPath:
        return self.outline()

    def rect(self) -> QRectF:
        return QRectF(0, 0, self.sticky.width, self.sticky.height)

    # -- painting ------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        s = self.sticky
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        diamond = self._shape_kind == notation.Shape.DIAMOND
        if min(s.width, s.height) * lod < style.MIN_DETAIL_PX:
            # far out: a plain coloured block, the cheapest thing that still reads as the wall
            if diamond:
                painter.fillPath(self.outline(), self._color)
            else:
                painter.fillRect(QRectF(0, 0, s.width, s.height), self._color)
            if self.isSelected():
                painter.fillRect(QRectF(0, 0, s.width, s.height), QColor(21, 101, 192, 120))
            return
        # a dimmed (filtered-out) sticky is drawn directly: Qt fades each layer of it on its
        # own, and a picture faded once would look different from one frame to the next
        if pictures.steady_scale is not None and not self.editing and painter.opacity() >= 1 \
                and style_max_px(lod) >= style.MIN_READABLE_PX and self._blit(painter):
            if self.isSelected():
                self._paint_selection(painter, lod)
            return
        self._paint_body(painter, lod)
        if self.isSelected():
            self._paint_selection(painter, lod)

    def _blit(self, painter: QPainter) -> bool:
        """Draw this sticky's picture at the view's steady scale (ADR 0227); False where a
        picture cannot stand in (the sticky is turned on screen) or is not worth making yet
        (the first time this look is painted)."""
        t = painter.worldTransform()
        if t.m12() != 0 or t.m21() != 0 or t.m11() != t.m22():
            return False
        s = self.sticky
        scale = t.m11()
        d = painter.deviceTransform()  # world and device differ by dpr and a redirection
        dpr = d.m11() / scale
        # the item's origin in device pixels: whole pixels, and the fraction left over drawn
        # inside the picture, so edges and text land where direct painting puts them (a
        # scroll moves by whole pixels: the same picture serves)
        ox, oy = d.dx(), d.dy()
        fx, fy = ox - math.floor(ox), oy - math.floor(oy)
        key = (s.text, s.kind, s.width, s.height, s.pivotal, self._color.rgba(), self.votes,
               self.vote_colors, scale, dpr, fx, fy)
        cache = pictures.cache
        picture = cache.get(key)
        if picture is None:
            if not cache.seen_before(key):
                return False  # drawn directly this once; a picture if it is painted again
            picture = self.picture(scale, dpr, fx, fy)
            cache.put(key, picture)
        pad = math.ceil(MARGIN * scale * dpr)  # whole device pixels left of the origin
        painter.setWorldTransform(QTransform())
        base = painter.deviceTransform()  # the redirection alone
        painter.drawPixmap(QPointF((math.floor(ox) - pad - base.dx()) / dpr,
                                   (math.floor(oy) - pad - base.dy()) / dpr), picture)
        painter.setWorldTransform(t)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._smooth(scale))
        return True

    def picture(self, scale: float, dpr: float = 1.0, dx: float = 0.0,
                dy: float = 0.0) -> QPixmap:
        """The sticky (all but its selection outline) drawn at ``scale`` into a transparent
        picture of its bounds, in device pixels: the item's origin sits ``dx``, ``dy`` device
        pixels past the whole pixel that covers its margin."""
        s = self.sticky
        pad = math.ceil(MARGIN * scale * dpr)
        picture = QPixmap(pad + math.ceil((s.width + MARGIN) * scale * dpr) + 1,
                          pad + math.ceil((s.height + MARGIN) * scale * dpr) + 1)
        picture.setDevicePixelRatio(dpr)
        picture.fill(Qt.GlobalColor.transparent)
        p = QPainter(picture)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setTransform(QTransform(scale, 0, 0, scale, (pad + dx) / dpr, (pad + dy) / dpr))
        self._paint_body(p, scale)
        p.end()
        return picture

    def _smooth(self, lod: float) -> bool:
        # antialiasing only where edges are not axis-aligned: it triples the cost of a fill
        diamond = self._shape_kind == notation.Shape.DIAMOND
        return (diamond or self.rotation() != 0.0) and lod > 0.2

    def _paint_body(self, painter: QPainter, lod: float) -> None:
        """Everything but the selection outline."""
        s = self.sticky
        diamond = self._shape_kind == notation.Shape.DIAMOND
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self._smooth(lod))
        if diamond:
            painter.setPen(self._outline_pen)
            painter.setBrush(self._color)
            painter.drawPath(self.outline())
        else:
            rect = QRectF(0, 0, s.width, s.height)
            painter.fillRect(rect, self._color)
            painter.setPen(self._outline_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        if s.pivotal:
            self._paint_pivotal(painter)
        self._paint_marker(painter)
        if not self.editing:
            self._paint_text(painter, lod)
        if self.votes:
            self._paint_votes(painter)

    def _paint_text(self, painter: QPainter, lod: float) -> None:
        s = self.sticky
        if not s.text.strip() or style_max_px(lod) < style.MIN_READABLE_PX:
            return
        r = renderer()
        plan = self._plan
        if plan is None:  # laid out on first sight only: a 10,000-sticky wall opens fast
            box, padding = style.text_box(self._shape_kind, s.width, s.height, bool(self.votes))
            plan = self._plan = r.plan(r.layout(s.text, box.width(), box.height(), padding),
                                       box, padding)
        if plan.font_size * lod < style.MIN_READABLE_PX:
            return
        painter.setPen(style.TEXT_COLOR)
        r.draw_plan(painter, plan)

    def _paint_pivotal(self, painter: QPainter) -> None:
        s = self.sticky
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.PIVOTAL_FRAME, 6))
        painter.drawRect(QRectF(3, 3, s.width - 6, s.height - 6))
        # a strip of tape across the top edge, as on a paper wall
        painter.save()
        painter.translate(s.width / 2, 0)
        painter.rotate(-4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.TAPE_COLOR)
        painter.drawRect(QRectF(-s.width * 0.3, -9, s.width * 0.6, 18))
        painter.restore()

    def _paint_marker(self, painter: QPainter) -> None:
        marker = style.kind_marker(self.sticky.kind)
        if marker == notation.Marker.NONE:
            return
        s = self.sticky
        r = min(s.width, s.height) * 0.09
        cx, cy = s.width - r - 6, r + 6
        painter.setPen(QPen(QColor("#263238"), max(r * 0.35, 1.5)))
        if marker == notation.Marker.STAR:
            painter.setPen(QPen(QColor("#33691E"), 1))
            painter.setBrush(QColor("#33691E"))
            painter.drawPolygon(style.star_polygon(cx, cy, r))
        else:
            painter.drawLine(QPointF(cx - r, cy), QPointF(cx + r, cy))
            if marker == notation.Marker.PLUS:
                painter.drawLine(QPointF(cx, cy - r), QPointF(cx, cy + r))

    def _paint_votes(self, painter: QPainter) -> None:
        """One dot per vote in the voter's colour (a white ring keeps a dot apart from a
        sticky of the same colour), in the strip the text leaves free."""
        s = self.sticky
        diamond = self._shape_kind == notation.Shape.DIAMOND
        x0, y0, d, shown = notation.vote_dot_row(diamond, s.width, s.height, self.votes)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("white"), max(d * 0.12, 1.0)))
        for i in range(shown):
            color = self.vote_colors[i] if i < len(self.vote_colors) else None
            painter.setBrush(QColor(color) if color else style.VOTE_COLOR)
            painter.drawEllipse(QRectF(x0 + i * (d + 3), y0, d, d))
        if self.votes > shown:
            r = renderer()
            layout = r.layout(f"+{self.votes - shown}", d * 6, d * 1.6, 0.0)
            painter.setPen(style.VOTE_COLOR)
            box = QRectF(x0 + shown * (d + 3), y0 - d * 0.3, d * 6, d * 1.6)
            r.draw(painter, layout, box, 0.0)

    def _paint_selection(self, painter: QPainter, lod: float) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.SELECTION_COLOR, 3 / max(lod, 1e-6)))
        pad = 4 / max(lod, 1e-6)
        if self._shape_kind == notation.Shape.DIAMOND:
            painter.drawPath(self.outline())
        else:
            painter.drawRect(self.rect().adjusted(-pad, -pad, pad, pad))
        scene = self.scene()
        if getattr(scene, "single_selection", False):
            handle = self.handle_rect(lod)
            painter.setPen(QPen(QColor("white"), 1 / max(lod, 1e-6)))
            painter.setBrush(QBrush(style.SELECTION_COLOR))
            painter.drawEllipse(handle.adjusted(handle.width() * 0.3, handle.height() * 0.3, 0, 0))

    def handle_rect(self, lod: float) -> QRectF:
        """The resize handle in the bottom-right corner: a finger-size target on screen."""
        scene = self.scene()
        px = getattr(scene, "handle_px", 34.0)
        size = min(px / max(lod, 1e-6), self.sticky.width / 2, self.sticky.height / 2)
        return QRectF(self.sticky.width - size, self.sticky.height - size, size, size)

    # -- input: none. The wall's input route (input.py) hands a press on a sticky to the
    # scene's StickyInteractions tool; the item never calls up into the scene.
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.ignore()  # a view without the route (none today) gets no half gesture


def style_max_px(lod: float) -> float:
    """The largest text size a sticky can show at this zoom, in screen pixels."""
    return MAX_FONT * lod


def _replace_size(s: Sticky, width: float, height: float) -> Sticky:
    import dataclasses

    return dataclasses.replace(s, width=width, height=height)


@lru_cache(maxsize=256)
def _bounds_of(size: tuple[float, float]) -> QRectF:
    """The bounds of a sticky of this size, one rectangle per size for every item: Qt asks
    each item once as it indexes a board just opened (ADR 0246)."""
    width, height = size
    return QRectF(-MARGIN, -MARGIN, width + 2 * MARGIN, height + 2 * MARGIN)


@lru_cache(maxsize=64)
def _kind_look(kind: str) -> tuple[notation.Shape, float]:
    """The shape and the tilt of a kind (one look-up per new item, not two)."""
    return style.kind_shape(kind), style.kind_rotation(kind)


@lru_cache(maxsize=1024)
def _paint_of(color: str) -> tuple[QColor, QPen]:
    """The fill and outline of one colour, shared by every sticky of that colour (QColor and
    QPen are values: sharing them is safe as long as nobody modifies them; issue 12)."""
    fill = style.shared_color(color)
    # an opaque outline a shade darker than the sticky: translucent hairlines draw slowly
    return fill, QPen(fill.darker(135), 0)
