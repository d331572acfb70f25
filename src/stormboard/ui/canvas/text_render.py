"""Sticky text: fit with the shared app.text_layout, draw each line shaped and bidi-ordered.

Widths are measured on the board font at 100 px and scaled linearly (the font is unhinted), the
same way the poster measures the same TTF, so both break lines alike. Lines are cached as
QStaticText at that reference size and drawn under a painter scale: one cache entry serves every
sticky and every zoom level. Text is always plain (Qt.PlainText); markup shows as typed.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText, QTextOption, QTransform

from ...app.text_layout import TextLayout, cached_measure, fit_text
from ...domain.bidi import is_rtl
from ..fonts import board_font

REF_PX = 100.0


class TextRenderer:
    """Shared per-process measuring, layout and static-text caches for the board font."""

    def __init__(self) -> None:
        self.font: QFont = board_font(int(REF_PX))
        self._metrics = QFontMetricsF(self.font)
        self.measure = cached_measure(self._measure)
        self._layouts: OrderedDict[tuple[str, float, float, float], TextLayout] = OrderedDict()
        self._static: dict[tuple[str, bool], QStaticText] = {}

    def _measure(self, text: str, size: float) -> float:
        return self._metrics.horizontalAdvance(text) * size / REF_PX

    def layout(self, text: str, width: float, height: float, padding: float) -> TextLayout:
        key = (text, width, height, padding)
        found = self._layouts.get(key)
        if found is not None:
            self._layouts.move_to_end(key)
            return found
        result = fit_text(text, width, height, self.measure, padding=padding)
        self._layouts[key] = result
        if len(self._layouts) > 20000:
            self._layouts.popitem(last=False)
        return result

    def directions(self, layout: TextLayout) -> tuple[bool, ...]:
        return layout.directions

    def static_text(self, line: str, rtl: bool) -> QStaticText:
        key = (line, rtl)
        st = self._static.get(key)
        if st is None:
            st = QStaticText(line)
            st.setTextFormat(Qt.TextFormat.PlainText)  # never interpret markup
            option = QTextOption()
            option.setTextDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            st.setTextOption(option)
            st.setPerformanceHint(QStaticText.PerformanceHint.ModerateCaching)
            st.prepare(font=self.font)
            if len(self._static) > 50000:
                self._static.clear()
            self._static[key] = st
        return st

    def plan(self, layout: TextLayout, box: QRectF, padding: float) -> TextPlan:
        """Where each line goes: lines centred vertically, each aligned by its direction."""
        size = layout.font_size
        scale = size / REF_PX
        line_h = layout.line_height
        inner = box.adjusted(padding, padding, -padding, -padding)
        y = inner.top() + max((inner.height() - line_h * len(layout.lines)) / 2, 0.0)
        placed = []
        for line, rtl in zip(layout.lines, self.directions(layout), strict=True):
            st = self.static_text(line, rtl)
            width = st.size().width() * scale
            x = inner.right() - width if rtl else inner.left()
            placed.append((QTransform(scale, 0, 0, scale, x, y + (line_h - size) / 2), st))
            y += line_h
        return TextPlan(size, tuple(placed))

    def draw(self, painter: QPainter, layout: TextLayout, box: QRectF, padding: float) -> None:
        """Draw laid-out lines (see plan)."""
        if layout.lines:
            self.draw_plan(painter, self.plan(layout, box, padding))

    def draw_plan(self, painter: QPainter, plan: TextPlan) -> None:
        painter.setFont(self.font)
        base = painter.transform()
        origin = QPointF(0, 0)
        for t, st in plan.lines:
            painter.setTransform(t * base)
            painter.drawStaticText(origin, st)
        painter.setTransform(base)


@dataclass(frozen=True, slots=True)
class TextPlan:
    """A sticky's text ready to paint: font size and per-line placement (item units)."""

    font_size: float
    lines: tuple[tuple[QTransform, QStaticText], ...]


_renderer: TextRenderer | None = None


def renderer() -> TextRenderer:
    global _renderer
    if _renderer is None:
        _renderer = TextRenderer()
    return _renderer


__all__ = ["TextRenderer", "is_rtl", "renderer"]
