"""Draw the board part of a poster: lanes, chapters, milestones, links, stickies, votes.

Everything is vector: shapes are paths, text is text in the embedded board font. Board units
map to poster points through ``Frame``; the board's y grows downwards, PDF's upwards.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from ...app.text_layout import PADDING
from ...domain import notation
from ...domain.bidi import is_rtl
from ...domain.entities import LinkKind, Sticky
from .content import BORDER, LANE_BAND, Content
from .text import BOLD, REGULAR, box_lines, box_text, label_line, label_width
from .text_ops import TextWriter

TEXT_COLOR = "#212121"
LINK_COLOR = "#455A64"
MARKER_COLOR = "#263238"
TAPE_COLOR = "#E6D7AA"  # the canvas's tape, opaque (forms cannot hold transparency)
VOTE_COLOR = "#263238"
FRAME_WIDTH = 6.0  # a pivotal event's bold frame, board units
STAR_COLOR = "#33691E"
#: a diamond's text box, as a fraction of its box, and its padding (as on the canvas)
DIAMOND_TEXT_FRACTION = notation.DIAMOND_TEXT_FRACTION
DIAMOND_TEXT_PADDING = 2.0
#: the canvas outlines stickies with black at 60/255 opacity: the fill darkened that much
OUTLINE_FACTOR = 1 - 60 / 255


@lru_cache(maxsize=1024)
def rgb(color: str) -> tuple[float, float, float]:
    return int(color[1:3], 16) / 255, int(color[3:5], 16) / 255, int(color[5:7], 16) / 255


@lru_cache(maxsize=1024)
def darker(color: str, factor: float = 0.7) -> tuple[float, float, float]:
    r, g, b = rgb(color)
    return r * factor, g * factor, b * factor


@dataclass(frozen=True, slots=True)
class Frame:
    """Board units -> poster points: x right, y up from the poster's bottom edge."""

    scale: float
    left: float  # poster x of the content's left edge
    top: float  # poster y (from the bottom) of the content's top edge
    x0: float  # board x of the content's left edge
    y0: float

    def x(self, bx: float) -> float:
        return self.left + (bx - self.x0) * self.scale

    def y(self, by: float) -> float:
        return self.top - (by - self.y0) * self.scale


_TEXT_FILL = f"{fp_str(*rgb(TEXT_COLOR))} rg"
_STROKE_MARKER = f"{fp_str(*rgb(MARKER_COLOR))} RG"
_FILL_STAR = f"{fp_str(*rgb(STAR_COLOR))} rg"
_writers: WeakKeyDictionary[Canvas, dict[str, TextWriter]] = WeakKeyDictionary()


def text_writer(c: Canvas, font: str) -> TextWriter:
    """The canvas's writer for ``font`` (subset codes are learnt once per document)."""
    per_font = _writers.setdefault(c, {})
    if font not in per_font:
        per_font[font] = TextWriter(c, font)
    return per_font[font]


def sticky_color(s: Sticky, legend: dict[str, str]) -> str:
    """The fill a sticky gets, as on the canvas: its own, else the board legend's, else the
    notation default."""
    if s.color:
        return s.color
    if s.kind in legend:
        return legend[s.kind]
    kind = notation.KINDS_BY_ID.get(s.kind)
    return kind.color if kind else "#FFFFFF"


def draw_label(c: Canvas, text: str, x: float, y: float, size: float, font: str = BOLD,
               align: str = "start", color: str = TEXT_COLOR) -> None:
    """One line of (possibly Persian) text at baseline y; ``start`` follows its direction.
    Shaped by HarfBuzz as sticky text is (``text.label_line``): marks kept, fallback fonts
    for the scripts the board font lacks."""
    rtl = is_rtl(text)
    width, pieces = label_line(text, font, rtl)
    if align == "center":
        x -= width * size / 2
    elif align == "end" or (align == "start" and rtl):
        x -= width * size
    c.setFillColorRGB(*rgb(color))
    for dx, dy, chars, piece_font in pieces:
        c.setFont(piece_font, size)
        c.drawString(x + dx * size, y + dy * size, chars)


def draw_board(c: Canvas, content: Content, frame: Frame, legend: dict[str, str],
               show_chapters: bool, tick: Callable[[int], None] | None = None) -> None:
    s = frame.scale
    x_left, x_right = frame.x(content.x), frame.x(content.x + content.width)
    y_top, y_bottom = frame.y(content.y), frame.y(content.y + content.height)
    c.setLineJoin(1)

    for lane in content.lanes:  # bands behind everything, names in their own band
        c.setFillColorRGB(*rgb(lane.color))
        c.setStrokeColorRGB(*darker(lane.color, 0.85))
        c.setLineWidth(1.0 * s)
        c.rect(x_left, frame.y(lane.y + lane.height), x_right - x_left, lane.height * s,
               stroke=1, fill=1)
        _lane_name(c, frame, content, lane.label, lane.y, lane.height)

    c.setDash(12 * s, 8 * s)
    c.setStrokeColorRGB(*rgb(notation.PIVOTAL_FRAME_COLOR))
    c.setLineWidth(4 * s)
    for bx in content.boundaries:
        c.line(frame.x(bx), y_top, frame.x(bx), y_bottom)
    if show_chapters and content.boundaries:  # chapter names along the top of each stretch
        right = content.x + content.width
        for ch in content.chapters:
            # above the pivotal event that opens it, inside the printed area
            start = max(ch.label_x, content.x)
            width = label_width(ch.name, BOLD, 22, is_rtl(ch.name))
            start = max(min(start + 10, right - width - 10), content.x + 10)
            draw_label(c, ch.name, frame.x(start), y_top - 28 * s, 22 * s, align="left",
                       color=notation.PIVOTAL_FRAME_COLOR)
    for ms in content.milestones:
        c.setStrokeColorRGB(*rgb(ms.color))
        c.setLineWidth(4 * s)
        c.line(frame.x(ms.x), y_top, frame.x(ms.x), y_bottom)
        draw_label(c, ms.label, frame.x(ms.x) + 6 * s, y_bottom + 10 * s, 18 * s,
                   align="left", color="#1565C0")
    c.setDash()

    by_id = {st.id: st for st in content.stickies}
    c.setStrokeColorRGB(*rgb(LINK_COLOR))
    c.setFillColorRGB(*rgb(LINK_COLOR))
    c.setLineWidth(2.5 * s)
    for link in content.links:
        _draw_link(c, frame, by_id[link.source_id], by_id[link.target_id], link.kind, link.label)

    for i, st in enumerate(content.stickies):
        draw_sticky(c, frame, st, sticky_color(st, legend), content.votes.get(st.id, 0),
                    content.vote_colors.get(st.id, ()))
        if tick is not None and i % 250 == 249:
            tick(250)


def lane_name_box(content: Content, lane_y: float, lane_h: float) -> tuple[float, ...]:
    """Board rectangle (x, y, w, h) a lane's name may use: inside the label band at the
    content's left edge, which holds no sticky (content.select widens the content for it)."""
    top = max(lane_y, content.y) + 8
    bottom = min(lane_y + lane_h, content.y + content.height) - 8
    return content.x + 8, top, LANE_BAND - 8 - BORDER / 2, max(bottom - top, 0.0)


def _lane_name(c: Canvas, frame: Frame, content: Content, label: str, lane_y: float,
               lane_h: float) -> None:
    """A lane's name wrapped (and shrunk if need be) inside its part of the label band."""
    if not label.strip():
        return
    x, y, w, h = lane_name_box(content, lane_y, lane_h)
    if h < 12:
        return
    size, lines = box_lines(label, w, min(h, 160.0), BOLD, 4.0)
    s = frame.scale
    c.setFillColorRGB(*rgb("#37474F"))
    c.setFont(BOLD, size * s)
    for lx, ly, line, *other_font in lines:
        # a piece in a fallback font (fallback.py) names it as a fourth item
        c.setFont(other_font[0] if other_font else BOLD, size * s)
        c.drawString(frame.x(x + lx), frame.y(y + ly), line)


def _edge_point(st: Sticky, toward: tuple[float, float]) -> tuple[float, float]:
    """Where the line from the sticky's centre toward a point leaves its rectangle."""
    cx, cy = st.center
    dx, dy = toward[0] - cx, toward[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    t = min(
        (st.width / 2) / abs(dx) if dx else math.inf,
        (st.height / 2) / abs(dy) if dy else math.inf,
    )
    return cx + dx * t, cy + dy * t


def _draw_link(c: Canvas, f: Frame, a: Sticky, b: Sticky, kind: LinkKind, label: str) -> None:
    x0, y0 = _edge_point(a, b.center)
    x1, y1 = _edge_point(b, a.center)
    px0, py0, px1, py1 = f.x(x0), f.y(y0), f.x(x1), f.y(y1)
    if kind is LinkKind.RELATES_TO:
        c.setDash(6 * f.scale, 4 * f.scale)
    c.line(px0, py0, px1, py1)
    c.setDash()
    angle = math.atan2(py1 - py0, px1 - px0)
    head, spread = 14 * f.scale, 0.42
    p = c.beginPath()
    p.moveTo(px1, py1)
    p.lineTo(px1 - head * math.cos(angle - spread), py1 - head * math.sin(angle - spread))
    p.lineTo(px1 - head * math.cos(angle + spread), py1 - head * math.sin(angle + spread))
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    if label:
        draw_label(c, label, (px0 + px1) / 2, (py0 + py1) / 2 + 4 * f.scale, 14 * f.scale,
                   font=REGULAR, align="center", color=LINK_COLOR)
        c.setFillColorRGB(*rgb(LINK_COLOR))


def draw_sticky(c: Canvas, f: Frame, st: Sticky, color: str, votes: int = 0,
                vote_colors: tuple[str, ...] = ()) -> None:
    kind = notation.KINDS_BY_ID.get(st.kind)
    s = f.scale
    w, h = st.width * s, st.height * s
    if kind is not None and kind.rotation:
        # a tilted sticky (chapter name): draw it around its centre in a rotated system
        cx, cy = st.center
        c.saveState()
        c.translate(f.x(cx), f.y(cy))
        c.rotate(-kind.rotation)  # Qt turns clockwise for positive degrees, PDF anticlockwise
        _sticky_body(c, st, kind, color, -w / 2, h / 2, w, h, s, votes, vote_colors)
        c.restoreState()
    else:
        _sticky_body(c, st, kind, color, f.x(st.x), f.y(st.y), w, h, s, votes, vote_colors)


def _sticky_body(c: Canvas, st: Sticky, kind: notation.Kind | None, color: str,
                 left: float, top: float, w: float, h: float, s: float, votes: int,
                 vote_colors: tuple[str, ...] = ()) -> None:
    # the operators reportlab's setFillColorRGB / setStrokeColorRGB / setLineWidth / rect
    # (or a closed path) write, formatted once per colour instead of once per sticky
    paint = _paint_ops(color, min(1.0 * s, 0.5))
    diamond = kind is not None and kind.shape is notation.Shape.DIAMOND
    if diamond:
        c.addLiteral(f"{paint} n {fp_str(left + w / 2, top)} m {fp_str(left + w, top - h / 2)} l "
                     f"{fp_str(left + w / 2, top - h)} l {fp_str(left, top - h / 2)} l h B")
    else:
        c.addLiteral(f"{paint} n {fp_str(left, top - h, w, h)} re B")
    if st.pivotal:
        _pivotal(c, left, top, w, h, s)
    if kind is not None and kind.marker is not notation.Marker.NONE:
        r = min(w, h) * 0.09
        _marker(c, kind.marker, left + w - r - 6 * s, top - r - 6 * s, r, s)
    if st.text.strip():
        _text(c, st, left, top, s, bool(votes))
    if votes:
        _votes(c, st, votes, vote_colors, left, top, s, diamond)


@lru_cache(maxsize=1024)
def _paint_ops(color: str, line_width: float) -> str:
    """Fill, outline colour and line width of a sticky body, as PDF operators."""
    return (f"{fp_str(*rgb(color))} rg {fp_str(*darker(color, OUTLINE_FACTOR))} RG "
            f"{fp_str(line_width)} w")


def _votes(c: Canvas, st: Sticky, votes: int, colors: tuple[str, ...], left: float,
           top: float, s: float, diamond: bool) -> None:
    """One dot per vote in its voter's colour, ringed in white, in the strip the text leaves
    free (up to 8, then "+N"): where the canvas puts them (notation.vote_dot_row)."""
    bx, by, bd, shown = notation.vote_dot_row(diamond, st.width, st.height, votes)
    d = bd * s
    x0, y0 = left + bx * s, top - (by + bd) * s  # bottom-left of the row, PDF y up
    c.setStrokeColorRGB(1, 1, 1)
    c.setLineWidth(max(d * 0.12, 0.3))
    for i in range(shown):
        color = colors[i] if i < len(colors) and colors[i] else VOTE_COLOR
        c.setFillColorRGB(*rgb(color))
        c.circle(x0 + i * (d + 3 * s) + d / 2, y0 + d / 2, d / 2, stroke=1, fill=1)
    if votes > shown:
        c.setFillColorRGB(*rgb(VOTE_COLOR))
        c.setFont(BOLD, d * 1.3)
        c.drawString(x0 + shown * (d + 3 * s), y0 + d * 0.05, f"+{votes - shown}")


def text_box(st: Sticky, votes: bool = False) -> tuple[float, float, float, float, float]:
    """The area text may use (x, y, w, h in board units from the sticky's top-left) and its
    padding, as the canvas has it (ui/canvas/style.text_box): with revealed votes a rectangle
    leaves its bottom strip to the dots."""
    kind = notation.KINDS_BY_ID.get(st.kind)
    if kind is not None and kind.shape is notation.Shape.DIAMOND:
        tw, th = st.width * DIAMOND_TEXT_FRACTION, st.height * DIAMOND_TEXT_FRACTION
        return (st.width - tw) / 2, (st.height - th) / 2, tw, th, DIAMOND_TEXT_PADDING
    band = (min(st.width, st.height) * notation.VOTE_DOT_FRACTION + notation.VOTE_DOT_GAP
            if votes else 0.0)
    return 0.0, 0.0, st.width, st.height - band, PADDING


def _text(c: Canvas, st: Sticky, left: float, top: float, s: float,
          votes: bool = False) -> None:
    bx, by, bw, bh, pad = text_box(st, votes)
    # the canvas writes every sticky in the regular face; a pivotal event is told by its frame
    font = REGULAR
    size, lines, spans = box_text(st.text, bw, bh, font, pad)
    x0, y0 = left + bx * s, top - by * s
    if not spans:
        _write_items(c, lines, font, x0, y0, s, size)
        return
    # a right-to-left line with marks: its glyphs in a span whose /ActualText reads whole
    done = 0
    for first, end, actual in spans:
        _write_items(c, lines[done:first], font, x0, y0, s, size)
        c.addLiteral(f"/Span <</ActualText {_utf16_hex(actual)}>> BDC")
        _write_items(c, lines[first:end], font, x0, y0, s, size)
        c.addLiteral("EMC")
        done = end
    _write_items(c, lines[done:], font, x0, y0, s, size)


def _utf16_hex(text: str) -> str:
    """A PDF text string as UTF-16BE with its byte order mark, in hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _write_items(c: Canvas, lines: tuple[tuple[float, float, str], ...], font: str, x0: float,
                 y0: float, s: float, size: float) -> None:
    """``box_lines`` items as one text object per font, written straight as PDF operators
    (text_ops)."""
    try:  # the usual case: every item in the board font, (x, y, text)
        placed = [(x0 + x * s, y0 - y * s, line) for x, y, line in lines]
    except ValueError:  # a piece in a fallback font names it as a fourth item
        pass
    else:
        text_writer(c, font).write(placed, size * s, _TEXT_FILL)
        return
    runs: dict[str, list[tuple[float, float, str]]] = {}
    for x, y, line, *other_font in lines:  # a fallback font's piece names it (fallback.py)
        runs.setdefault(other_font[0] if other_font else font, []).append(
            (x0 + x * s, y0 - y * s, line))
    for name, font_runs in runs.items():
        text_writer(c, name).write(font_runs, size * s, _TEXT_FILL)


def _pivotal(c: Canvas, left: float, top: float, w: float, h: float, s: float) -> None:
    """Bold frame plus a strip of tape across the top edge, as pinned to the wall."""
    c.setStrokeColorRGB(*rgb(notation.PIVOTAL_FRAME_COLOR))
    c.setLineWidth(FRAME_WIDTH * s)
    inset = FRAME_WIDTH * s / 2
    c.rect(left + inset, top - h + inset, w - 2 * inset, h - 2 * inset, stroke=1, fill=0)
    c.saveState()
    c.translate(left + w / 2, top)
    c.rotate(4)  # the canvas's -4 degrees, in y-up coordinates
    c.setFillColorRGB(*rgb(TAPE_COLOR))
    c.rect(-0.3 * w, -9 * s, 0.6 * w, 18 * s, stroke=0, fill=1)
    c.restoreState()


#: a five-pointed star, point up: (radius factor, cos, sin) of its ten corners
_STAR = tuple((1.0 if i % 2 == 0 else 0.45, math.cos(math.pi / 2 + i * math.pi / 5),
               math.sin(math.pi / 2 + i * math.pi / 5)) for i in range(10))


def _marker(c: Canvas, marker: notation.Marker, cx: float, cy: float, r: float,
            s: float) -> None:
    """The kind's marker, as one literal of the operators reportlab's colour, width, line
    and path calls write (formatted here once per marker instead of call by call)."""
    if marker in (notation.Marker.PLUS, notation.Marker.MINUS):
        ops = [_STROKE_MARKER, f"{fp_str(max(r * 0.35, 1.5 * s))} w",
               f"n {fp_str(cx - r, cy)} m {fp_str(cx + r, cy)} l S"]
        if marker is notation.Marker.PLUS:
            ops.append(f"n {fp_str(cx, cy - r)} m {fp_str(cx, cy + r)} l S")
        c.addLiteral("\n".join(ops))
        return
    corners = " ".join(f"{fp_str(cx + rad * r * cos, cy + rad * r * sin)} {'l' if i else 'm'}"
                       for i, (rad, cos, sin) in enumerate(_STAR))
    c.addLiteral(f"{_FILL_STAR}\nn {corners} h\nf*")
