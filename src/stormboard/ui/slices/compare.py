"""The compare view (ADR 0152): the later picture of the wall in a read-only window, with the
marks of what changed since the earlier one drawn over it, and a summary panel.

- added stickies: a thick green outline;
- removed stickies: translucent grey ghosts with a dashed border where they were;
- moved stickies: a faint blue arrow from the old place (its centre) to the new one;
- changed text: a dotted amber outline and a small amber dot at the top-right corner.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QDockWidget,
    QGraphicsItem,
    QLabel,
    QMainWindow,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...domain.diff import BoardDiff
from ...domain.entities import Sticky
from ...domain.notation import KINDS
from ..bidi import isolate

ADDED = QColor("#00A651")
GHOST_FILL = QColor(110, 110, 110, 70)
GHOST_LINE = QColor(90, 90, 90, 160)
MOVED = QColor(30, 90, 200, 150)
CHANGED = QColor("#FF9800")
#: marks sit above every sticky, link and lane
Z_MARKS = 10_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimeSlices", text)


def _rect(s: Sticky) -> QRectF:
    return QRectF(s.x, s.y, s.width, s.height)


class CompareMarks(QGraphicsItem):
    """One item painting every mark, so the scene's own items stay as they are."""

    def __init__(self, diff: BoardDiff) -> None:
        super().__init__()
        self.diff = diff
        self.setZValue(Z_MARKS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        rects = [_rect(s) for s in diff.added + diff.removed]
        rects += [_rect(a).united(_rect(b)) for a, b in diff.moved + diff.changed]
        bounds = QRectF()
        for r in rects:
            bounds = bounds.united(r)
        self._bounds = bounds.adjusted(-20, -20, 20, 20)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # ghosts first: a removed sticky may lie under something added later
        painter.setPen(QPen(GHOST_LINE, 3, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(GHOST_FILL))
        for s in self.diff.removed:
            painter.drawRect(_rect(s))
        for old, new in self.diff.moved:
            self._arrow(painter, _rect(old).center(), _rect(new).center())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(ADDED, 8))
        for s in self.diff.added:
            painter.drawRect(_rect(s).adjusted(-6, -6, 6, 6))
        painter.setPen(QPen(CHANGED, 6, Qt.PenStyle.DotLine))
        for _old, new in self.diff.changed:
            painter.drawRect(_rect(new).adjusted(-4, -4, 4, 4))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(CHANGED))
        for _old, new in self.diff.changed:
            r = _rect(new)
            painter.drawEllipse(QPointF(r.right(), r.top()), 14, 14)

    @staticmethod
    def _arrow(painter: QPainter, start: QPointF, end: QPointF) -> None:
        line = QLineF(start, end)
        if line.length() < 1:
            return
        painter.setPen(QPen(MOVED, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(line)
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        head = QPolygonF([
            end,
            end - QPointF(math.cos(angle - 0.45) * 36, math.sin(angle - 0.45) * 36),
            end - QPointF(math.cos(angle + 0.45) * 36, math.sin(angle + 0.45) * 36),
        ])
        path = QPainterPath()
        path.addPolygon(head)
        path.closeSubpath()
        painter.fillPath(path, MOVED)


def summary_text(diff: BoardDiff, source: str, target: str) -> str:
    """The panel's text: totals, per kind, new and resolved hotspots (plain text)."""
    from ..workshop.common import kind_name

    lines = [
        _tr(QT_TRANSLATE_NOOP("TimeSlices", "From %1 to %2")).replace("%1", source).replace(
            "%2", target),
        _tr(QT_TRANSLATE_NOOP(
            "TimeSlices", "%1 added, %2 removed, %3 moved, %4 changed text")).replace(
            "%1", str(len(diff.added))).replace("%2", str(len(diff.removed))).replace(
            "%3", str(len(diff.moved))).replace("%4", str(len(diff.changed))),
        "",
    ]
    for kind in KINDS:
        c = diff.by_kind.get(kind.id)
        if c is None:
            continue
        lines.append(_tr(QT_TRANSLATE_NOOP(
            "TimeSlices", "%1: +%2 −%3, %4 moved, %5 changed")).replace(
            "%1", kind_name(kind.id)).replace("%2", str(c.added)).replace(
            "%3", str(c.removed)).replace("%4", str(c.moved)).replace("%5", str(c.changed)))
    for label, stickies in (
        (_tr(QT_TRANSLATE_NOOP("TimeSlices", "New hotspots: %1")), diff.new_hotspots),
        (_tr(QT_TRANSLATE_NOOP("TimeSlices", "Resolved hotspots: %1")),
         diff.resolved_hotspots),
    ):
        lines += ["", label.replace("%1", str(len(stickies)))]
        lines += [f"• {isolate(' '.join(s.text.split())[:80])}" for s in stickies]
    return "\n".join(lines)


def show_compare(window: QMainWindow, diff: BoardDiff, source: str, target: str) -> CompareMarks:
    """Draw the marks on the window's wall and dock the summary beside it."""
    scene = getattr(window, "scene", None)
    marks = CompareMarks(diff)
    if scene is not None:
        scene.addItem(marks)
    label = QLabel(summary_text(diff, source, target))
    label.setObjectName("compareSummary")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    label.setMargin(8)
    dock = QDockWidget(_tr(QT_TRANSLATE_NOOP("TimeSlices", "What Changed")), window)
    dock.setObjectName("compareDock")
    dock.setWidget(label)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return marks
