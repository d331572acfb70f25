"""The Export dialog's live preview: a miniature of the board on the poster, with the pages.

Drawn from the plan alone (coloured boxes for stickies, bands for lanes, lines for milestones),
so it follows every option change at once, even on a wall of thousands of stickies. The drawing
is physical (time runs left to right), so it is never mirrored in a right-to-left layout.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain import notation
from ...export.poster import Content, PosterPlan
from .image_export import ImagePlan

PAPER = QColor("#FFFFFF")
BACKDROP = QColor("#9AA3A8")
BAND = QColor("#E3E6E8")
TILE_PEN = QColor(21, 101, 192)
TILE_FILL = QColor(21, 101, 192, 28)
OUTLINE = QColor(0, 0, 0, 70)


class PagePreview(QWidget):
    """Shows a PosterPlan (paper, bands, board, tile grid) or an ImagePlan (the picture)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._poster: PosterPlan | None = None
        self._image: ImagePlan | None = None
        self._legend: dict[str, str] = {}
        self._message = ""
        #: tiles drawn by the last paint (what a test, or a curious user, can count)
        self.painted_tiles = 0

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    def show_poster(self, plan: PosterPlan) -> None:
        self._poster, self._image, self._message = plan, None, ""
        self._legend = dict(plan.legend_colors)
        self.update()

    def show_image(self, plan: ImagePlan, legend: dict[str, str]) -> None:
        self._poster, self._image, self._message = None, plan, ""
        self._legend = dict(legend)
        self.update()

    def show_message(self, text: str) -> None:
        """Nothing to preview (a bad option, or a format without a layout): say why."""
        self._poster, self._image, self._message = None, None, text
        self.update()

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), BACKDROP)
        self.painted_tiles = 0
        if self._poster is not None:
            self._paint_poster(painter, self._poster)
        elif self._image is not None:
            self._paint_image(painter, self._image)
        elif self._message:
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(QRectF(self.rect()).adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._message)
        painter.end()

    def _fit(self, width: float, height: float) -> tuple[float, float, float]:
        """Scale and offset that fit a width × height drawing into the widget, padded."""
        pad = 14.0
        s = min((self.width() - 2 * pad) / max(width, 1e-9),
                (self.height() - 2 * pad) / max(height, 1e-9))
        return s, (self.width() - width * s) / 2, (self.height() - height * s) / 2

    def _paint_poster(self, painter: QPainter, plan: PosterPlan) -> None:
        # everything the pages cover, in poster points: the poster and the tiles running past it
        x0 = min([0.0, *(t.x for t in plan.tiles)]) - plan.margin
        y0 = min([0.0, *(t.y for t in plan.tiles)]) - plan.margin
        x1 = max([plan.width, *(t.x + t.width for t in plan.tiles)]) + plan.margin
        y1 = max([plan.height, *(t.y + t.height for t in plan.tiles)]) + plan.margin
        s, ox, oy = self._fit(x1 - x0, y1 - y0)
        painter.translate(ox - x0 * s, oy - y0 * s)
        painter.scale(s, s)
        painter.fillRect(QRectF(0, 0, plan.width, plan.height), PAPER)
        if plan.header_height:
            header = QRectF(0, 0, plan.width, plan.header_height)
            painter.fillRect(header, BAND)
            if not plan.tiled:  # on a tiled poster the tile labels matter more
                self._screen_text(painter, header, s, plan.board_title)
        if plan.legend_height:
            painter.fillRect(QRectF(0, plan.height - plan.legend_height, plan.width,
                                    plan.legend_height), BAND)
        left, top, bw, bh = plan.board_box
        c = plan.content
        self._paint_board(painter, c, QRectF(left, top, bw, bh), plan.scale,
                          QRectF(c.x, c.y, c.width, c.height))
        self._paint_tiles(painter, plan, s)

    def _screen_text(self, painter: QPainter, box: QRectF, s: float, text: str) -> None:
        """A centred label at a readable screen size inside ``box`` (poster units)."""
        if box.height() * s < 10 or not text:
            return
        painter.save()
        painter.translate(box.topLeft())
        painter.scale(1 / s, 1 / s)
        font = QFont(self.font())
        font.setPixelSize(max(8, min(13, int(box.height() * s * 0.6))))
        painter.setFont(font)
        painter.setPen(QColor("#37474F"))
        painter.drawText(QRectF(4, 0, box.width() * s - 8, box.height() * s),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter
                         | Qt.TextFlag.TextSingleLine, text)
        painter.restore()

    def _paint_tiles(self, painter: QPainter, plan: PosterPlan, s: float) -> None:
        pen = QPen(TILE_PEN, 1.5 / s)
        font = QFont(self.font())
        font.setPixelSize(11)
        for tile in plan.tiles:
            rect = QRectF(tile.x, tile.y, tile.width, tile.height)
            painter.setPen(pen)
            painter.setBrush(TILE_FILL if plan.tiled else Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            self.painted_tiles += 1
            if plan.tiled and rect.width() * s > 18 and rect.height() * s > 14:
                # labels at screen size: undo the scale around the tile's corner
                painter.save()
                painter.translate(rect.topLeft())
                painter.scale(1 / s, 1 / s)
                painter.setFont(font)
                painter.setPen(TILE_PEN.darker(130))
                painter.drawText(QPointF(3, 12), tile.label)
                painter.restore()

    def _paint_image(self, painter: QPainter, plan: ImagePlan) -> None:
        sx, sy, sw, sh = plan.source
        s, ox, oy = self._fit(sw, sh)
        painter.translate(ox - sx * s, oy - sy * s)
        painter.scale(s, s)
        painter.fillRect(QRectF(sx, sy, sw, sh), PAPER)
        c = plan.content
        painter.setClipRect(QRectF(sx, sy, sw, sh))
        self._paint_board(painter, c, QRectF(c.x, c.y, c.width, c.height), 1.0,
                          QRectF(sx, sy, sw, sh))
        painter.setClipping(False)
        painter.setPen(QPen(OUTLINE, 1 / s))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(sx, sy, sw, sh))

    def _paint_board(self, painter: QPainter, c: Content, box: QRectF, scale: float,
                     clip: QRectF) -> None:
        """The content's records as boxes, mapped from board units into ``box``; lanes and
        milestones span ``clip`` (board units), as they span the printed area."""
        painter.save()
        painter.translate(box.left(), box.top())
        painter.scale(scale, scale)
        painter.translate(-c.x, -c.y)
        for lane in c.lanes:
            band = QRectF(clip.left(), lane.y, clip.width(), lane.height).intersected(clip)
            painter.fillRect(band, QColor(lane.color))
        for m in c.milestones:
            painter.setPen(QPen(QColor(m.color), 4))
            painter.drawLine(QPointF(m.x, clip.top()), QPointF(m.x, clip.bottom()))
        dashed = QPen(QColor(notation.PIVOTAL_FRAME_COLOR), 3, Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        for x in c.boundaries:
            painter.drawLine(QPointF(x, clip.top()), QPointF(x, clip.bottom()))
        painter.setPen(QPen(OUTLINE, 0))
        for sticky in c.stickies:
            k = notation.KINDS_BY_ID.get(sticky.kind)
            color = QColor(sticky.color or self._legend.get(sticky.kind)
                           or (k.color if k else "#DDDDDD"))
            painter.setBrush(color)
            r = QRectF(sticky.x, sticky.y, sticky.width, sticky.height)
            if k is not None and k.shape is notation.Shape.DIAMOND:
                painter.drawPolygon(QPolygonF([
                    QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()),
                    QPointF(r.center().x(), r.bottom()), QPointF(r.left(), r.center().y()),
                ]))
            else:
                painter.drawRect(r)
        painter.restore()
