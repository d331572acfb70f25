"""How a sticky looks: colour, outline shape, where its text goes. Pure geometry, no state."""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

from ...domain import notation
from ...domain.entities import BoardInfo, Sticky

WALL_COLOR = QColor("#F4F1EA")
GRID_COLOR = QColor("#E4E1DA")  # opaque: translucent hairlines cost 3x more to draw
SELECTION_COLOR = QColor("#1565C0")
TEXT_COLOR = QColor("#212121")
PIVOTAL_FRAME = QColor(notation.PIVOTAL_FRAME_COLOR)
TAPE_COLOR = QColor(230, 215, 170, 200)
VOTE_COLOR = QColor("#263238")
LINK_COLOR = QColor("#455A64")

#: on-screen text smaller than this many pixels is not drawn (the sticky becomes a block)
MIN_READABLE_PX = 6.0
#: a sticky smaller than this many pixels is one plain fill, no outline, no marks
MIN_DETAIL_PX = 12.0


def sticky_color_name(sticky: Sticky, info: BoardInfo) -> str:
    """The sticky's own colour, else the board legend's colour for its kind, else the default."""
    if sticky.color:
        return sticky.color
    legend = info.legend.get(sticky.kind)
    if legend:
        return legend
    k = notation.KINDS_BY_ID.get(sticky.kind)
    return k.color if k else "#DDDDDD"


@lru_cache(maxsize=1024)
def shared_color(name: str) -> QColor:
    """One QColor per colour name, shared: never modify it (parsing a name per sticky was a
    good part of showing 20,000 stickies again after an undo, issue 12)."""
    return QColor(name)


def sticky_color(sticky: Sticky, info: BoardInfo) -> QColor:
    """The sticky's colour (see :func:`sticky_color_name`), as a new QColor."""
    return QColor(shared_color(sticky_color_name(sticky, info)))


def kind_shape(kind_id: str) -> notation.Shape:
    k = notation.KINDS_BY_ID.get(kind_id)
    return k.shape if k else notation.Shape.RECT


def kind_rotation(kind_id: str) -> float:
    k = notation.KINDS_BY_ID.get(kind_id)
    return k.rotation if k else 0.0


def kind_marker(kind_id: str) -> notation.Marker:
    k = notation.KINDS_BY_ID.get(kind_id)
    return k.marker if k else notation.Marker.NONE


def outline_path(shape: notation.Shape, w: float, h: float) -> QPainterPath:
    path = QPainterPath()
    if shape == notation.Shape.DIAMOND:
        path.addPolygon(
            QPolygonF([QPointF(w / 2, 0), QPointF(w, h / 2), QPointF(w / 2, h), QPointF(0, h / 2)])
        )
        path.closeSubpath()
    else:
        path.addRect(QRectF(0, 0, w, h))
    return path


#: fraction of a diamond's box that holds its text: the inscribed square, so no line can
#: reach past the diamond's edges (0.58 let the longest lines spill out; issue 10)
DIAMOND_TEXT_FRACTION = notation.DIAMOND_TEXT_FRACTION


def vote_dot(w: float, h: float) -> float:
    """Diameter of a vote dot on a sticky of this size."""
    return min(w, h) * notation.VOTE_DOT_FRACTION


def text_box(shape: notation.Shape, w: float, h: float,
             votes: bool = False) -> tuple[QRectF, float]:
    """The rectangle text is fitted into, and the padding fit_text should use inside it. With
    revealed votes a rectangle keeps a strip along its bottom edge for the dots, so they never
    cover the text (a diamond's dots sit in its lower point, below its text box)."""
    if shape == notation.Shape.DIAMOND:
        tw, th = w * DIAMOND_TEXT_FRACTION, h * DIAMOND_TEXT_FRACTION
        return QRectF((w - tw) / 2, (h - th) / 2, tw, th), 2.0
    band = vote_dot(w, h) + notation.VOTE_DOT_GAP if votes else 0.0
    return QRectF(0, 0, w, h - band), 10.0


def star_polygon(cx: float, cy: float, r: float) -> QPolygonF:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return QPolygonF(points)
