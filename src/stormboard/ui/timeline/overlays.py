"""Graphics items the timeline tools add on top of the canvas. They take no mouse input: the
tools hit-test the model themselves (see ``tools.TimelineTools``), so these only paint."""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...domain import notation
from ...domain.entities import Sticky
from .common import draw_label, label_layout

CHAPTER_Z = -90.0  # above lane bands (-100), below milestone and pivotal lines (-50)
HIGHLIGHT_Z = 55.0  # above links (50) and stickies (0)
MARK_Z = 60.0
HEADER_Z = 300.0
HANDLE_Z = 400.0

CHAPTER_TINT = QColor(93, 46, 0, 22)  # the pivotal frame's brown, barely there
CHAPTER_NAME_SIZE = 34.0
ACCENT = QColor("#1565C0")


class _Overlay(QGraphicsItem):
    def __init__(self, z: float) -> None:
        super().__init__()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._rect = QRectF()

    def boundingRect(self) -> QRectF:
        return self._rect

    def _set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self.update()


@dataclass(frozen=True, slots=True)
class Stretch:
    """One chapter as drawn: between two pivotal boundary lines."""

    index: int
    x0: float
    x1: float
    name: str


class ChapterShading(_Overlay):
    """Alternate chapters are tinted between the pivotal boundary lines. Names sit above the
    wall, or pinned to the top of the view once that edge is scrolled past (like the lane
    headers on the left), so the chapter in view is always named."""

    def __init__(self) -> None:
        super().__init__(CHAPTER_Z)
        self.stretches: tuple[Stretch, ...] = ()
        self.wall = QRectF()
        self.name_top = 0.0
        self.visible = QRectF()
        self.left_inset = 0.0
        self.pinned_to: QWidget | None = None  # names follow this viewport's top-left only

    def set_chapters(self, stretches: Iterable[Stretch], wall: QRectF, name_top: float) -> None:
        self.stretches = tuple(stretches)
        self.wall = QRectF(wall)
        self.name_top = name_top
        self.setVisible(len(self.stretches) > 1)
        self._relayout()

    def set_visible_area(self, visible: QRectF, left_inset: float) -> None:
        """The part of the wall the main view shows, and the width of the lane headers."""
        self.visible = QRectF(visible)
        self.left_inset = left_inset
        self._relayout()

    def _relayout(self) -> None:
        rect = self.wall.adjusted(0, min(self.name_top - self.wall.top(), 0.0), 0, 0)
        if not self.visible.isNull():
            rect = rect.united(self.visible)
        self._set_rect(rect)

    def name_origin(self, st: Stretch, lod: float, pinned: bool = True) -> QPointF:
        """Top-left of a chapter's name: after its boundary, kept inside the (pinned) view."""
        x, y = max(st.x0, self.wall.left()) + 16, self.name_top
        if pinned and not self.visible.isNull():
            x = max(x, self.visible.left() + self.left_inset + 12 / lod)
            y = max(y, self.visible.top() + 8 / lod)
        return QPointF(x, y)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        wall = self.wall
        lod = max(QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()),
                  1e-6)
        # names stay readable when zoomed out: never smaller than 14 px on screen
        size = max(CHAPTER_NAME_SIZE, 14 / lod)
        for st in self.stretches:
            x0, x1 = max(st.x0, wall.left()), min(st.x1, wall.right())
            if x1 <= x0:
                continue
            if st.index % 2 == 1:
                painter.fillRect(QRectF(x0, wall.top(), x1 - x0, wall.height()), CHAPTER_TINT)
            if not st.name:
                continue
            origin = self.name_origin(st, lod, w is not None and w is self.pinned_to)
            _layout, width = label_layout(st.name, size)
            if origin.x() + min(width, 120 / lod) > x1:
                continue  # its stretch is (nearly) out of view: the next name takes over
            painter.save()
            painter.setClipRect(QRectF(x0, self._rect.top(), x1 - x0, self._rect.height()))
            back = QRectF(origin.x() - 6 / lod, origin.y() - 2 / lod, width + 12 / lod,
                          size * 1.3 + 4 / lod)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 253, 245, 215))
            painter.drawRoundedRect(back, 6 / lod, 6 / lod)
            painter.setPen(QColor(notation.PIVOTAL_FRAME_COLOR))
            draw_label(painter, st.name, origin.x(), origin.y(), size)
            painter.restore()


@dataclass(frozen=True, slots=True)
class HeaderGeom:
    lane_id: str
    label: str
    color: str
    collapsed: bool
    rect: QRectF  # the whole header column of the lane
    toggle: QRectF  # collapse / expand button
    resize: QRectF  # bottom grip


class LaneHeaders(_Overlay):
    """The lane header column, pinned to the visible left edge of the wall (like a spreadsheet's
    row headers): a collapse button, a grip to drag the lane, a grip to resize it."""

    def __init__(self) -> None:
        super().__init__(HEADER_Z)
        self.headers: tuple[HeaderGeom, ...] = ()
        self.slot: QRectF | None = None
        self.drop_y: float | None = None
        self.wall = QRectF()
        #: the viewport the column is pinned for; any other view (a presenter on the
        #: projector, a rendering) sees the headers at the wall's left edge instead
        self.pinned_to: QWidget | None = None
        self.shift = 0.0

    def set_headers(self, headers: Iterable[HeaderGeom], wall: QRectF,
                    slot: QRectF | None = None, drop_y: float | None = None) -> None:
        self.headers = tuple(headers)
        self.wall = QRectF(wall)
        self.slot = slot
        self.drop_y = drop_y
        self.shift = wall.left() - self.headers[0].rect.left() if self.headers else 0.0
        rect = QRectF() if slot is None else QRectF(slot)
        for h in self.headers:
            rect = rect.united(h.rect).united(h.rect.translated(self.shift, 0))
        if self.drop_y is not None:
            rect = rect.united(QRectF(wall.left(), self.drop_y - 10, wall.width(), 20))
        self._set_rect(rect.adjusted(-4, -4, 4, 4))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        lod = max(QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()),
                  1e-6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if w is None or w is not self.pinned_to:
            # the pinned view shows the column in its ruler strip (lane_ruler), not here
            painter.save()
            painter.translate(self.shift, 0)
            self.paint_headers(painter, lod)
            painter.restore()
        if self.drop_y is not None:
            painter.setPen(QPen(ACCENT, 4 / lod))
            painter.drawLine(QPointF(self.wall.left(), self.drop_y),
                             QPointF(self.wall.right(), self.drop_y))

    def paint_headers(self, painter: QPainter, lod: float, named: bool = False) -> None:
        """The headers where the lane tool placed them. ``named``: the lane's name is written
        over the middle of the header (the ruler does), so its grip dots are left out."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.save()
        if self.slot is not None:
            painter.fillRect(self.slot, QColor(0, 0, 0, 25))  # where the dragged lane was
        for h in self.headers:
            base = QColor(h.color)
            painter.setPen(QPen(base.darker(150), 1 / lod))
            painter.setBrush(base.darker(108))
            painter.drawRect(h.rect)
            self._paint_toggle(painter, h.toggle, h.collapsed, lod)
            if not h.collapsed:
                grip = QRectF(h.rect.left(), h.toggle.bottom(), h.rect.width(),
                              h.resize.top() - h.toggle.bottom())
                if not (named and h.label.strip()):
                    self._paint_grip(painter, grip, lod)
                self._paint_resize(painter, h.resize, lod)
        painter.restore()

    @staticmethod
    def _paint_toggle(painter: QPainter, r: QRectF, collapsed: bool, lod: float) -> None:
        c = r.center()
        s = min(r.width(), r.height()) * 0.22
        if collapsed:  # pointing at the content it would show: right
            tri = [QPointF(c.x() - s * 0.6, c.y() - s), QPointF(c.x() + s, c.y()),
                   QPointF(c.x() - s * 0.6, c.y() + s)]
        else:  # open: pointing down
            tri = [QPointF(c.x() - s, c.y() - s * 0.6), QPointF(c.x() + s, c.y() - s * 0.6),
                   QPointF(c.x(), c.y() + s)]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#37474F"))
        painter.drawPolygon(QPolygonF(tri))

    @staticmethod
    def _paint_grip(painter: QPainter, r: QRectF, lod: float) -> None:
        if r.height() < 12 / lod:
            return
        d = 3.5 / lod
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(55, 71, 79, 150))
        cx, cy = r.center().x(), r.center().y()
        for i in (-1, 0, 1):
            for j in (-1, 1):
                painter.drawEllipse(QPointF(cx + j * 4 * d / 1.4, cy + i * 3 * d), d / 1.4,
                                    d / 1.4)

    @staticmethod
    def _paint_resize(painter: QPainter, r: QRectF, lod: float) -> None:
        painter.setPen(QPen(QColor(55, 71, 79, 160), 2 / lod))
        y = r.center().y()
        for dy in (-3 / lod, 3 / lod):
            painter.drawLine(QPointF(r.left() + r.width() * 0.25, y + dy),
                             QPointF(r.right() - r.width() * 0.25, y + dy))


class LinkHandle(_Overlay):
    """The small round handle on a sticky's edge that starts a link when dragged."""

    def __init__(self) -> None:
        super().__init__(HANDLE_Z)
        self.sticky_id = ""
        self.setVisible(False)

    def show_at(self, sticky_id: str, rect: QRectF) -> None:
        self.sticky_id = sticky_id
        self._set_rect(rect)
        self.setVisible(True)

    def hide_handle(self) -> None:
        self.sticky_id = ""
        self.setVisible(False)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        r = self._rect
        lod = max(QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()),
                  1e-6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        inner = r.adjusted(r.width() * 0.22, r.height() * 0.22, -r.width() * 0.22,
                           -r.height() * 0.22)
        painter.setPen(QPen(QColor("white"), 2 / lod))
        painter.setBrush(ACCENT)
        painter.drawEllipse(inner)
        c = inner.center()
        s = inner.width() * 0.25
        painter.setPen(QPen(QColor("white"), 2.5 / lod))
        painter.drawLine(QPointF(c.x() - s, c.y()), QPointF(c.x() + s, c.y()))
        painter.drawLine(QPointF(c.x() + s * 0.3, c.y() - s * 0.7), QPointF(c.x() + s, c.y()))
        painter.drawLine(QPointF(c.x() + s * 0.3, c.y() + s * 0.7), QPointF(c.x() + s, c.y()))


class LinkRubber(_Overlay):
    """The arrow that follows the pointer while a link is being drawn, and the drop target."""

    def __init__(self) -> None:
        super().__init__(HANDLE_Z)
        self.line = QLineF()
        self.target = QRectF()
        self.setVisible(False)

    def set_line(self, line: QLineF, target: QRectF | None) -> None:
        self.line = QLineF(line)
        self.target = QRectF(target) if target is not None else QRectF()
        rect = QRectF(line.p1(), line.p2()).normalized().adjusted(-30, -30, 30, 30)
        self._set_rect(rect.united(self.target.adjusted(-10, -10, 10, 10)))
        self.setVisible(True)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        lod = max(QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()),
                  1e-6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if not self.target.isNull():
            painter.setPen(QPen(ACCENT, 4 / lod))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.target.adjusted(-6 / lod, -6 / lod, 6 / lod, 6 / lod))
        painter.setPen(QPen(ACCENT, 3 / lod, Qt.PenStyle.DashLine))
        painter.drawLine(self.line)
        _arrow_head(painter, self.line, 16 / lod, ACCENT)


class LinkHighlight(_Overlay):
    """The selected link, drawn as a broad band under its arrow."""

    def __init__(self) -> None:
        super().__init__(HIGHLIGHT_Z - 6)
        self.line = QLineF()
        self.setVisible(False)

    def set_line(self, line: QLineF | None) -> None:
        if line is None or line.isNull():
            self.setVisible(False)
            return
        self.line = QLineF(line)
        self._set_rect(QRectF(line.p1(), line.p2()).normalized().adjusted(-20, -20, 20, 20))
        self.setVisible(True)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        lod = max(QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()),
                  1e-6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        color = QColor(ACCENT)
        color.setAlpha(90)
        pen = QPen(color, max(12.0, 10 / lod))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(self.line)


class StickyMarks(_Overlay):
    """Small badges on stickies (events that do not read as past tense). One item draws them
    all, and only those in view: cheap for many."""

    def __init__(self, z: float) -> None:
        super().__init__(z)
        # the exposed rectangle is only given to items that ask for it
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.rects: dict[str, QRectF] = {}

    def set_rects(self, rects: dict[str, QRectF]) -> None:
        self.rects = dict(rects)
        union = QRectF()
        for r in self.rects.values():
            union = union.united(r)
        self._set_rect(union.adjusted(-40, -40, 40, 40))
        self.setVisible(bool(self.rects))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        lod = max(QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()),
                  1e-6)
        exposed = option.exposedRect.adjusted(-40, -40, 40, 40)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for r in self.rects.values():
            if r.intersects(exposed):
                _tense_badge(painter, r, lod)


#: more rings than this in view are drawn square in one call: at that density the rounded
#: corners cannot be seen, and a call per ring costs ~5 us (10,000 matches: 50 ms a frame)
ROUND_RINGS_MAX = 300
#: at this zoom or closer the view holds few stickies: paint asks the scene's index which are
#: in view instead of measuring every match
NEAR_LOD = 0.25
RING = QColor(255, 111, 0, 150)
CURRENT_RING = QColor("#FF6F00")


class FoundRings(_Overlay):
    """Find matches, each ringed, the current one bolder (ADR 0225). One item for any number
    of matches that paints only the rings in view. Close up it asks the scene's index for the
    stickies in view and rings those that match; far out it measures every ring once per
    change, sorted by left edge, so the ones in view are a slice (bisect) filtered by height.
    Setting the matches copies nothing per match."""

    def __init__(self) -> None:
        super().__init__(HIGHLIGHT_Z)
        # the exposed rectangle is only given to items that ask for it
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.ids: tuple[str, ...] = ()
        self.current = ""
        self._stickies: Mapping[str, Sticky] = {}
        self._rings: list[tuple[float, float, float, float, str]] | None = None
        self._lefts: list[float] = []
        self._widest = 0.0
        self._id_set: frozenset[str] | None = None
        self.measured = 0  # rings measured (tests count work)
        self.drawn = 0  # rings the last paint drew
        self.setVisible(False)

    def set_found(self, ids: Sequence[str], stickies: Mapping[str, Sticky], current: str,
                  wall: QRectF) -> None:
        """``ids`` of ``stickies`` (the board's live mapping) to ring; ``wall``: a rectangle
        holding them all (the scene's), so no ring has to be measured now."""
        self.ids = tuple(ids)
        self.current = current
        self._stickies = stickies
        self._rings = None
        self._id_set: frozenset[str] | None = None
        self._set_rect(wall.adjusted(-40, -40, 40, 40) if self.ids else QRectF())
        self.setVisible(bool(self.ids))

    def set_wall(self, wall: QRectF) -> None:
        if self.ids:
            self._set_rect(wall.adjusted(-40, -40, 40, 40))

    def rect_of(self, sticky_id: str) -> QRectF | None:
        s = self._stickies.get(sticky_id) if sticky_id in self.ids else None
        return None if s is None else QRectF(s.x, s.y, s.width, s.height)

    def _measure(self) -> list[tuple[float, float, float, float, str]]:
        if self._rings is None:
            get = self._stickies.get
            rings = [(s.x, s.y, s.width, s.height, sid) for sid in self.ids
                     if (s := get(sid)) is not None]
            rings.sort()  # reading order is nearly sorted by left edge already: ~linear
            self._rings = rings
            self._lefts = [r[0] for r in rings]
            self._widest = max((r[2] for r in rings), default=0.0)
            self.measured += len(rings)
        return self._rings

    def _in_view(self, view: QRectF, lod: float) -> list[tuple[float, float, float, float, str]]:
        scene = self.scene()
        if lod >= NEAR_LOD and scene is not None:
            # close up: the index knows the few stickies in view (matches may be thousands)
            if self._id_set is None:
                self._id_set = frozenset(self.ids)
            found, get = self._id_set, self._stickies.get
            near = []
            for item in scene.items(view, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
                sid = getattr(item, "sticky_id", None)
                if sid in found and (s := get(sid)) is not None:
                    near.append((s.x, s.y, s.width, s.height, sid))
            self.measured += len(near)
            return near
        rings = self._measure()
        lo = bisect.bisect_left(self._lefts, view.left() - self._widest)
        hi = bisect.bisect_right(self._lefts, view.right())
        return rings[lo:hi]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        lod = max(QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()),
                  1e-6)
        reach = 13 / lod  # the current ring's pad and half its pen
        view = option.exposedRect.adjusted(-reach, -reach, reach, reach)
        top, bottom = view.top(), view.bottom()
        current = None
        pad = 6 / lod
        rects = []
        for x, y, width, height, sid in self._in_view(view, lod):
            if y > bottom or y + height < top or x + width < view.left():
                continue
            if sid == self.current:
                current = QRectF(x, y, width, height)
                continue
            rects.append(QRectF(x - pad, y - pad, width + 2 * pad, height + 2 * pad))
        self.drawn = len(rects) + (current is not None)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(RING, 3 / lod))
        if len(rects) > ROUND_RINGS_MAX:
            painter.drawRects(rects)
        else:
            for r in rects:
                painter.drawRoundedRect(r, 6 / lod, 6 / lod)
        if current is not None:
            pad = 10 / lod
            painter.setPen(QPen(CURRENT_RING, 6 / lod))
            painter.drawRoundedRect(current.adjusted(-pad, -pad, pad, pad), 6 / lod, 6 / lod)


def _tense_badge(painter: QPainter, r: QRectF, lod: float) -> None:
    """A small clock with a backwards arrow at the sticky's bottom-right corner: 'say it in the
    past tense'. Drawn, not written, so it needs no translation and reads the same in RTL."""
    d = min(r.width(), r.height()) * 0.2
    box = QRectF(r.right() - d - 6, r.bottom() - d - 6, d, d)
    painter.setPen(QPen(QColor("#6D4C41"), max(d * 0.08, 1 / lod)))
    painter.setBrush(QColor(255, 255, 255, 220))
    painter.drawEllipse(box)
    c = box.center()
    painter.drawLine(c, QPointF(c.x(), box.top() + d * 0.22))
    painter.drawLine(c, QPointF(c.x() - d * 0.22, c.y()))
    path = QPainterPath()
    path.arcMoveTo(box.adjusted(-d * 0.12, -d * 0.12, d * 0.12, d * 0.12), 60)
    path.arcTo(box.adjusted(-d * 0.12, -d * 0.12, d * 0.12, d * 0.12), 60, 120)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _arrow_head(painter: QPainter, line: QLineF, size: float, color: QColor) -> None:
    if line.length() < 1e-6:
        return
    angle = math.atan2(line.dy(), line.dx())
    tip = line.p2()
    left, right = (
        QPointF(tip.x() - size * math.cos(angle + s), tip.y() - size * math.sin(angle + s))
        for s in (-0.4, 0.4)
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(QPolygonF([tip, left, right]))
