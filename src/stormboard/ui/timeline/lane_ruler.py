"""The lane header column as a ruler beside the wall (like a spreadsheet's row headers).

The main view gives the column its own strip (a viewport margin), so a header can never hide a
sticky, and the strip writes each lane's name upright along the lane at a fixed screen size,
so the name is readable at any zoom and whatever sticks to the lane's top (ADR 0177).

The strip paints the same header geometry the lane tool hit-tests: in wall units it lies just
left of the visible wall. Its mouse events go to the timeline tools as if they had happened on
the viewport at that (negative) x, so press, drag, resize, double-click and menus are the lane
tool's own (through the wall's input route, ``ui/canvas/input.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from ..canvas.decor import NAMES_IN_RULER

if TYPE_CHECKING:
    from .lane_tool import LaneTool

NAME_COLOR = QColor("#263238")
MIN_NAME_PX = 10
#: widgets floating over the wall that stay above the ruler
FLOATING = ("timerOverlay", "leavePresentation")


class LaneRuler(QWidget):
    def __init__(self, view: QGraphicsView, lane_tool: LaneTool) -> None:
        super().__init__(view)
        self.view = view
        self.lane_tool = lane_tool
        self.setObjectName("laneRuler")
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAccessibleName(self.tr("Lane names"))
        self._width = 0
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and obj is self.view.viewport():
            self.place()
        return False

    # -- placing -----------------------------------------------------------------------------
    def set_column_width(self, width: int) -> None:
        """Reserve ``width`` pixels left of the wall (0: no lanes, no strip)."""
        if width != self._width:
            self._width = width
            # left in both directions: the timeline starts at the left (Qt does not mirror
            # viewport margins; in right-to-left the vertical scroll bar sits outside them)
            self.view.setViewportMargins(width, 0, 0, 0)
            if width <= 0:
                NAMES_IN_RULER.pop(self.view.viewport(), None)
        self.setVisible(width > 0)
        self.place()

    def place(self) -> None:
        if self._width <= 0:
            return
        vp = self.view.viewport().geometry()
        self.setGeometry(vp.left() - self._width, vp.top(), self._width, vp.height())
        self.raise_()
        # above the viewport, below what floats over the wall (the countdown, the way out)
        for sibling in self.view.children():
            if isinstance(sibling, QWidget) and sibling.objectName() in FLOATING:
                sibling.raise_()
        self.update()

    # -- painting ----------------------------------------------------------------------------
    def _to_viewport(self) -> float:
        """x offset from strip pixels to viewport pixels."""
        return -float(self.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.translate(self.width(), 0)
        painter.setTransform(self.view.viewportTransform(), True)
        headers = self.lane_tool.headers
        headers.paint_headers(painter, self.view.transform().m11(), named=True)
        transform = painter.transform()
        painter.resetTransform()
        font = QFont(self.font())
        font.setBold(True)
        largest = max(MIN_NAME_PX, min(18, round(self.width() * 0.32)))
        painter.setPen(NAME_COLOR)
        named: set[str] = set()
        for h in headers.headers:
            if h.collapsed or not h.label.strip():
                continue  # a collapsed lane shows its name in its band: nothing covers it
            top = transform.map(QPointF(0, h.toggle.bottom())).y()
            bottom = transform.map(QPointF(0, h.resize.top())).y()
            top, bottom = max(top, 0.0), min(bottom, float(self.height()))
            length = bottom - top - 8
            label = h.label.replace("\n", " ")
            # the largest size that fits the lane's height; the smallest one elides
            for px in range(largest, MIN_NAME_PX - 1, -1):
                font.setPixelSize(px)
                metrics = QFontMetrics(font)
                if metrics.horizontalAdvance(label) <= length:
                    break
            if length < metrics.height() * 2:
                continue
            painter.setFont(font)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(length))
            painter.save()
            # upright along the lane, read bottom to top, as a book's spine
            painter.translate(self.width() / 2, bottom - 4)
            painter.rotate(-90)
            box = QRectF(0, -self.width() / 2, length, self.width())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
                             | Qt.AlignmentFlag.AlignVCenter, text)
            painter.restore()
            named.add(h.lane_id)
        painter.end()
        # the lanes named here leave their band label out on the wall; a lane too short on
        # screen for its name here keeps it (ADR 0177)
        vp = self.view.viewport()
        if NAMES_IN_RULER.get(vp) != named:
            NAMES_IN_RULER[vp] = frozenset(named)
            vp.update()

    # -- input: the lane tool's own gestures ---------------------------------------------------
    def _forward_mouse(self, event: QMouseEvent) -> None:
        pos = event.position() + QPointF(self._to_viewport(), 0)
        moved = QMouseEvent(event.type(), pos, event.globalPosition(), event.button(),
                            event.buttons(), event.modifiers())
        # the wall's input route, as if the event had reached the viewport at that x
        self.lane_tool.scene.route.eventFilter(self.view.viewport(), moved)
        vp = self.view.viewport()
        if vp.testAttribute(Qt.WidgetAttribute.WA_SetCursor):
            self.setCursor(vp.cursor())
        else:
            self.unsetCursor()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._forward_mouse(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._forward_mouse(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._forward_mouse(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._forward_mouse(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos = event.pos()
        pos.setX(pos.x() + round(self._to_viewport()))
        moved = QContextMenuEvent(event.reason(), pos, event.globalPos(), event.modifiers())
        self.lane_tool.scene.route.eventFilter(self.view.viewport(), moved)
        event.accept()
