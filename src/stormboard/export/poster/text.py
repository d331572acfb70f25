"""Sticky text for reportlab, laid out exactly as on the canvas.

Both sides run ``app.text_layout.fit_text`` on the logical text with a measure over the same font
file, so line breaks and sizes agree. reportlab cannot shape Arabic script or reorder bidi text
itself, so each laid-out line is reshaped (arabic-reshaper: presentation forms) and reordered
(python-bidi) before drawing; widths are measured on the reshaped string, whose glyphs are the
ones Qt's shaper picks.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

import arabic_reshaper

try:  # HarfBuzz measures exactly as Qt does; without it widths come from reportlab
    import uharfbuzz as hb
except ImportError:  # pragma: no cover - a build without the wheel
    hb = None
from bidi import get_display
from reportlab.pdfbase import pdfmetrics

from ...app import fonts
from ...app.text_layout import (
    LINE_SPACING,
    MAX_FONT,
    MIN_FONT,
    PADDING,
    Measure,
    TextLayout,
)
from . import fallback, hb_line, word_fit
from .hb_line import shape_line
from .pdf_font import LogicalTTFont

REGULAR = "StormboardSans"
BOLD = "StormboardSans-Bold"

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# Arabic-script runs (with the joiners and marks inside them) and runs of everything else
_AR = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d"
_SCRIPT_RUNS = re.compile(f"[{_AR}]+(?: +[{_AR}]+)*|[^{_AR}]+?(?= *[{_AR}]|$)| +")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# joiners and bidi controls have done their work once the line is shaped and ordered; the
# font has no glyph for them and Qt draws them with zero width
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d"
                                    "\u202e\u2066\u2067\u2068\u2069\ufeff"))


def register_fonts() -> None:
    """Register the board font (regular and bold) with reportlab once."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        # LogicalTTFont: the PDF's text layer reads as the logical letters (pdf_font)
        pdfmetrics.registerFont(LogicalTTFont(REGULAR, str(fonts.font_file(False))))
        pdfmetrics.registerFont(LogicalTTFont(BOLD, str(fonts.font_file(True))))


@lru_cache(maxsize=2)
def _fallbacks(font_name: str) -> dict[int, str]:
    """Presentation forms the font lacks in its cmap, mapped to a character it has.

    IBM Plex Sans Arabic leaves out the *isolated* forms of the Persian letters (پ چ ژ گ ک ی
    ۀ); their glyph is the base letter's, which the font does map."""
    register_fonts()
    cmap = pdfmetrics.getFont(font_name).face.charToGlyph
    table: dict[int, str] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        if code in cmap:
            continue
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) >= 2 and parts[0].startswith("<"):
            base = "".join(chr(int(p, 16)) for p in parts[1:])
            if all(ord(c) in cmap for c in base):
                table[code] = base
    return table


@lru_cache(maxsize=100_000)
def _reshape_word(word: str) -> str:
    return arabic_reshaper.reshape(word) if _ARABIC.search(word) else word


def reshape(text: str) -> str:
    """arabic_reshaper.reshape, a word at a time: letters never join across a space, and a
    board repeats its words, so each is reshaped once (the reshaper is slow per call)."""
    return " ".join(map(_reshape_word, text.split(" ")))


def shaped(text: str, font_name: str = REGULAR) -> str:
    """The logical text with Arabic letters in their contextual forms, ready to measure."""
    if _ARABIC.search(text):
        text = reshape(text).translate(_fallbacks(font_name))
    return text.translate(_INVISIBLE)


def visual(line: str, rtl: bool, font_name: str = REGULAR) -> str:
    """One laid-out logical line in display order (left to right), shaped."""
    if line.isascii():  # nothing to shape, reorder or drop
        return line
    if _RTL.search(line):
        line = get_display(
            reshape(line) if _ARABIC.search(line) else line,
            base_dir="R" if rtl else "L",
        )
        line = line.translate(_fallbacks(font_name))
    return line.translate(_INVISIBLE)


def _hb_word_width(font_name: str) -> Callable[[str], float] | None:
    """Width of a word at size 1 as HarfBuzz shapes it: the engine Qt uses, with the font's
    kerning, ligatures and contextual forms, so the canvas and the poster break lines alike.
    The word is cut into Arabic-script and other runs, shaped one by one, as Qt itemizes."""
    if hb is None:
        return None
    face = hb.Face(hb.Blob.from_file_path(str(fonts.font_file(font_name == BOLD))))
    font = hb.Font(face)
    upem = float(face.upem)

    buf = hb.Buffer()  # one buffer, cleared per run: cheaper than a new one each time

    def shape(run: str) -> float:
        if not run:
            return 0.0
        buf.clear_contents()  # contents and segment properties (direction, script)
        buf.add_str(run)
        buf.guess_segment_properties()
        hb.shape(font, buf, {})
        return sum(p.x_advance for p in buf.glyph_positions) / upem

    def width(word: str) -> float:
        if not _ARABIC.search(word):
            return shape(word)
        return sum(shape(m.group()) for m in _SCRIPT_RUNS.finditer(word))

    return width


@lru_cache(maxsize=4)
def word_metrics(font_name: str = REGULAR) -> tuple[Callable[[str], float], float]:
    """(width of a word at size 1, width of a space at size 1), the words cached."""
    register_fonts()
    string_width = pdfmetrics.stringWidth
    shaped_width = _hb_word_width(font_name)
    space = shaped_width(" ") if shaped_width else string_width(" ", font_name, 1.0)

    cmap = pdfmetrics.getFont(font_name).face.charToGlyph

    @lru_cache(maxsize=200_000)
    def word_width(word: str) -> float:
        if not word.isascii() and any(ord(c) not in cmap and not fallback.invisible(c)
                                      for c in word):
            # characters the board font lacks: measured in the fonts that draw them, as
            # Qt falls back (fallback.py), so the lines break where the canvas breaks them
            return hb_line.shape_line(word, bool(_RTL.search(word)), font_name)[0]
        if shaped_width is not None:
            return shaped_width(word)
        return string_width(shaped(word, font_name), font_name, 1.0)

    return word_width, space


@lru_cache(maxsize=4)
def measure_for(font_name: str = REGULAR) -> Measure:
    """measure(text, size) -> width in the same units as size, as Qt measures it.

    Joining, ligatures and kerning never cross a space, so a line's width is the sum of its
    words' widths plus its spaces: each word is shaped and measured once, at size 1 (widths
    scale linearly), however many candidate lines and sizes ``fit_text`` tries. Without
    uharfbuzz, words are measured on their reshaped presentation forms (no kerning).
    ``word_fit`` relies on this formula: keep the two in step."""
    word_width, space = word_metrics(font_name)

    @lru_cache(maxsize=200_000)
    def unit_width(text: str) -> float:
        words = text.split(" ")
        return sum(map(word_width, words)) + space * (len(words) - 1)

    def measure(text: str, size: float) -> float:
        return unit_width(text) * size

    return measure


def clear_caches() -> None:
    """Forget every measured word, shaped word and layout (benchmarks start cold)."""
    for cached in (word_metrics, measure_for, layout_text, _reshape_word, box_text,
                   hb_line.shape_line, label_line):
        cached.cache_clear()


@lru_cache(maxsize=4096)
def label_line(text: str, font_name: str = BOLD,
               rtl: bool = False) -> tuple[float, tuple[hb_line.Piece, ...]]:
    """(width at size 1, pieces) of one line of label text (title block, legend, chapter
    and milestone names, tile labels), shaped and ordered as a sticky's line is (hb_line):
    Persian keeps its marks, other scripts get their fallback fonts. ``rtl`` is the line's
    base direction."""
    register_fonts()
    text = " ".join(text.split())  # one line: breaks and tabs are spaces
    if text.isascii():  # nothing to shape or reorder: reportlab's advances
        return pdfmetrics.stringWidth(text, font_name, 1.0), ((0.0, 0.0, text, font_name),)
    return shape_line(text, rtl, font_name)


def label_width(text: str, font_name: str, size: float, rtl: bool = False) -> float:
    """How wide ``label_line`` draws ``text`` at ``size``."""
    return label_line(text, font_name, rtl)[0] * size


@lru_cache(maxsize=4)
def font_metrics(font_name: str = REGULAR) -> tuple[float, float]:
    """(ascent, descent) per unit of font size, descent negative (hhea, as Qt uses)."""
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return face.ascent / 1000.0, face.descent / 1000.0


class PlacedLine(NamedTuple):
    """A line of text in box coordinates: y down from the box's top edge, x from its left.
    (A named tuple: a poster builds tens of thousands, and frozen dataclasses are slow to.)"""

    text: str  # logical order
    baseline: float
    x_start: float  # left edge for LTR, right edge for RTL
    rtl: bool


def place_lines(text: str, layout: TextLayout, box_w: float, box_h: float, padding: float,
                ascent: float, measure: Measure) -> list[PlacedLine]:
    """Where each line goes, as the canvas draws it: the block centred vertically inside the
    padding (never above its top), each line aligned to its paragraph's start side, its glyph
    row (one font size tall) centred in the line height, baseline one ascent below that."""
    return [PlacedLine(*placed) for placed in _places(layout, box_w, box_h, padding, ascent)]


def _places(layout: TextLayout, box_w: float, box_h: float, padding: float,
            ascent: float) -> list[tuple[str, float, float, bool]]:
    """``place_lines`` as plain tuples (text, baseline, x_start, rtl): ``box_text`` builds
    tens of thousands and only unpacks them."""
    size = layout.font_size
    lh = layout.line_height
    lines = layout.lines
    inner_h = box_h - 2 * padding
    top = padding + max((inner_h - lh * len(lines)) / 2, 0.0)
    # baseline: top + i * lh + (lh - size) / 2 + ascent * size, summed in that order
    half, rise, right = (lh - size) / 2, ascent * size, box_w - padding
    return [(line, top + i * lh + half + rise, right if rtl else padding, rtl)
            for i, (line, rtl) in enumerate(zip(lines, layout.directions, strict=True))]


def box_lines(text: str, box_w: float, box_h: float, font_name: str = REGULAR,
              padding: float = PADDING) -> tuple[float, tuple[tuple[float, float, str], ...]]:
    """(font size, lines) ready to draw: each line shaped and in display order, with the
    left end of its baseline in box units (x from the left, y down from the top). A board
    repeats texts and box sizes, and none of this depends on the scale."""
    size, out, _ = box_text(text, box_w, box_h, font_name, padding)
    return size, out


def actual_text_spans(text: str, box_w: float, box_h: float, font_name: str = REGULAR,
                      padding: float = PADDING) -> tuple[tuple[int, int, str], ...]:
    """(first, end, text) of ``box_lines``' items that draw one right-to-left line holding
    combining marks: its glyphs go in a marked-content span whose /ActualText is the line
    in display order, so text extraction reads the marks with their letters (a mark drawn
    raised or lowered otherwise reads as a line of its own, or joins the wrong letter)."""
    return box_text(text, box_w, box_h, font_name, padding)[2]


def needs_actual_text(line: str) -> bool:
    """A right-to-left line with a combining mark (Arabic harakat, Hebrew points)."""
    return bool(_RTL.search(line)) and any(unicodedata.category(c) == "Mn" for c in line)


def display_text(line: str, rtl: bool) -> str:
    """The line's characters in display order, left to right (what a reader's reordering of
    a visually ordered text layer turns back into the logical line)."""
    shown = get_display(line, base_dir="R" if rtl else "L")
    if rtl and unicodedata.category(shown[:1]) == "Mn":
        # a line ending in a mark begins with it in display order, where readers take it
        # for a left-to-right character and read it apart: a right-to-left mark keeps it in
        # the line's right-to-left run (and reads as nothing)
        shown = "\u200f" + shown
    return shown


@lru_cache(maxsize=65536)
def box_text(text: str, box_w: float, box_h: float, font_name: str = REGULAR,
             padding: float = PADDING) -> tuple[float, tuple[tuple[float, float, str], ...],
                                                tuple[tuple[int, int, str], ...]]:
    """``box_lines`` and ``actual_text_spans`` at once (one cached layout)."""
    layout = layout_text(text, box_w, box_h, font_name, padding)
    size = layout.font_size
    out: list[tuple[float, float, str]] = []
    spans: list[tuple[int, int, str]] = []
    for line, baseline, x_start, rtl in _places(layout, box_w, box_h, padding,
                                                font_metrics(font_name)[0]):
        if line.isascii():  # nothing to shape or reorder: reportlab's advances
            x = x_start - pdfmetrics.stringWidth(line, font_name, size) if rtl else x_start
            out.append((x, baseline, line))
            continue
        # HarfBuzz's glyphs at HarfBuzz's positions, as Qt draws them (hb_line)
        width, pieces = shape_line(line, rtl, font_name)
        x = x_start - width * size if rtl else x_start
        first = len(out)
        # a piece in a fallback font carries its font as a fourth item (fallback.py)
        out.extend((x + dx * size, baseline - dy * size, chars) if font == font_name else
                   (x + dx * size, baseline - dy * size, chars, font)  # type: ignore[misc]
                   for dx, dy, chars, font in pieces)
        if needs_actual_text(line):
            spans.append((first, len(out), display_text(line, rtl)))
    return size, tuple(out), tuple(spans)


@lru_cache(maxsize=65536)
def layout_text(text: str, box_w: float, box_h: float, font_name: str = REGULAR,
                padding: float = PADDING) -> TextLayout:
    """fit_text with the poster's measure; cached, since a layout does not depend on the
    scale (boards repeat texts, and a dialog re-renders after every option change).

    fit_text tries sizes from MAX_FONT down in steps of 0.5; ``_first_size`` skips the sizes
    that provably cannot fit, and ``word_fit`` wraps on word widths measured once: the result
    is the same, found with far fewer measurements."""
    measure = measure_for(font_name)
    word_width, space = word_metrics(font_name)
    paras = word_fit.paragraphs(text, word_width)
    start = _first_size(text, box_w, box_h, padding, paras, word_width, space)
    return word_fit.fit_words(text, box_w, box_h, measure, word_width, space, start,
                              padding=padding, paras=paras)


#: word pieces can shape a little narrower than the whole word when a long word is broken
_BOUND_SLACK = 0.95


def _first_size(text: str, box_w: float, box_h: float, padding: float,
                paras: list[word_fit.Paragraph], word_width: word_fit.WordWidth,
                space: float) -> float:
    """The largest size on fit_text's grid that a lower bound on the line count does not rule
    out. ``n`` lines of a paragraph of ``k`` words hold at least ``k - n`` spaces besides the
    words, and each is at most a line wide: ``words + space * (k - n) <= n * line``, so
    ``n >= (words + space * k) / (line + space)``."""
    if not text.strip():
        return MAX_FONT
    width = max(box_w - 2 * padding, 1.0)
    height = max(box_h - 2 * padding, 1.0)
    need = [(sum(widths) * _BOUND_SLACK, space * (len(words) - words.count("")))
            for words, widths, _ in paras]

    def ruled_out(size: float) -> bool:
        return _ruled_out(need, width, height, space, size)

    if not ruled_out(MAX_FONT):
        return MAX_FONT
    # a character wider than the line still gets a line of its own, overfilling it: the
    # bound holds only while every character fits (with room for contextual forms)
    widest = max(map(word_width, set(text))) * 1.5
    if widest * MAX_FONT > width:
        return MAX_FONT
    # smaller sizes are ruled out less (fewer, shorter lines) and their characters fit too:
    # the first size not ruled out, on fit_text's grid, by bisection
    lo, hi = 0, round((MAX_FONT - MIN_FONT) / 0.5)  # steps down: lo ruled out, hi is not
    # the bound solved for the size, taking the text as one paragraph: usually the answer,
    # so probing it and the step above leaves no bisection to do (ADR 0248)
    guess = math.ceil((MAX_FONT - _bound_size(need, width, height, space)) / 0.5)
    if lo < guess < hi:
        if ruled_out(MAX_FONT - 0.5 * guess):
            lo = guess
        else:
            hi = guess
            if guess - 1 > lo and ruled_out(MAX_FONT - 0.5 * (guess - 1)):
                lo = guess - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if ruled_out(MAX_FONT - 0.5 * mid):
            lo = mid
        else:
            hi = mid
    return MAX_FONT - 0.5 * hi


def _ruled_out(need: list[tuple[float, float]], width: float, height: float, space: float,
               size: float) -> bool:
    """``_first_size``'s bound at ``size``: more lines than the height holds."""
    line = width / size
    lines = sum(max(1, math.ceil((u + sp) / (line + space) - 1e-9)) for u, sp in need)
    return lines * size * LINE_SPACING > height


def _bound_size(need: list[tuple[float, float]], width: float, height: float,
                space: float) -> float:
    """The largest size at which ``_first_size``'s bound, for all paragraphs as one, allows
    as many lines as the height holds: at most ``width / ((words + spaces) / n - space)``
    for ``n`` lines, and at most ``height / (n * LINE_SPACING)``."""
    total = sum(u + sp for u, sp in need)
    best = 0.0
    for n in range(1, 1000):
        by_height = height / (n * LINE_SPACING)
        if by_height <= best:
            break
        per_line = total / n - space
        best = max(best, min(by_height, width / per_line if per_line > 0 else by_height))
    return best
