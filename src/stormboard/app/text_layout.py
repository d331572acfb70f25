"""Fit plain text into a sticky: wrap on the logical text, shrink until it fits.

The canvas (Qt) and the poster (reportlab) call this with their own width-measuring function on
the same font file, so both break lines at the same places and pick the same size. Lines are
returned in logical order; each renderer applies bidi reordering and shaping per line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..domain.bidi import first_strong, is_rtl

#: measure(text, font_size) -> advance width in board units
Measure = Callable[[str, float], float]

MAX_FONT = 22.0
MIN_FONT = 7.0
LINE_SPACING = 1.2  # line height as a multiple of font size
PADDING = 10.0  # inner margin of a sticky, board units


@dataclass(frozen=True, slots=True)
class TextLayout:
    font_size: float
    lines: tuple[str, ...]
    rtl: bool
    overflow: bool  # True when even MIN_FONT could not fit every line
    #: each line's base direction: its paragraph's first strong character (Unicode P2/P3), or
    #: the whole text's for a paragraph with none; a wrapped Persian paragraph stays
    #: right-aligned even on a line that starts with Latin
    directions: tuple[bool, ...] = ()

    def __post_init__(self) -> None:
        if len(self.directions) != len(self.lines):  # built by hand: every line takes the text's
            object.__setattr__(self, "directions", (self.rtl,) * len(self.lines))

    @property
    def line_height(self) -> float:
        return self.font_size * LINE_SPACING


def wrap(text: str, width: float, size: float, measure: Measure) -> list[str]:
    """Greedy word wrap of each paragraph; a word wider than the line is broken by characters."""
    return _wrap(text, width, size, measure)[0]


def _wrap(
    text: str, width: float, size: float, measure: Measure
) -> tuple[list[str], bool, list[bool]]:
    """The wrapped lines, whether a word had to be broken inside, and each line's direction."""
    broke = False
    lines: list[str] = []
    directions: list[bool] = []
    text_rtl = is_rtl(text)
    for paragraph in text.split("\n"):
        found = first_strong(paragraph)
        paragraph_rtl = text_rtl if found is None else found
        first_line = len(lines)
        words = paragraph.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if measure(candidate, size) <= width or not candidate:
                line = candidate
                continue
            if line:
                lines.append(line)
                line = ""
            while word and measure(word, size) > width:
                broke = True
                cut = _longest_prefix(word, width, size, measure)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
        directions.extend([paragraph_rtl] * (len(lines) - first_line))
    return lines, broke, directions


def _longest_prefix(word: str, width: float, size: float, measure: Measure) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(word[:mid], size) <= width:
            lo = mid
        else:
            hi = mid - 1
    # never start the next line with a combining mark or ZWNJ: keep them with their base
    while 1 < lo < len(word) and _is_mark(word[lo]):
        lo -= 1
    return lo


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M") or ch == "\u200c"


def fit_text(
    text: str,
    box_width: float,
    box_height: float,
    measure: Measure,
    max_font: float = MAX_FONT,
    min_font: float = MIN_FONT,
    padding: float = PADDING,
) -> TextLayout:
    """The largest font size (in 0.5 steps) at which the wrapped text fits the box.

    A size that would split a word inside is only accepted when nothing smaller fits either, so
    "unknown" shrinks rather than becoming "unknow / n".
    """
    width = max(box_width - 2 * padding, 1.0)
    height = max(box_height - 2 * padding, 1.0)
    rtl = is_rtl(text)
    if not text.strip():
        return TextLayout(max_font, (), rtl, False)
    size = max_font
    while True:
        lines, broke, directions = _wrap(text, width, size, measure)
        fits_h = len(lines) * size * LINE_SPACING <= height
        if (fits_h and not broke) or size <= min_font:
            if not fits_h:  # cut what cannot be shown; the last line gets an ellipsis
                keep = max(int(height // (size * LINE_SPACING)), 1)
                lines = lines[:keep]
                lines[-1] = lines[-1].rstrip() + "…"
            return TextLayout(
                size, tuple(lines), rtl, not fits_h, tuple(directions[: len(lines)])
            )
        size -= 0.5


def cached_measure(measure: Measure, maxsize: int = 65536) -> Measure:
    """Wrap a measuring function in a cache: layouts re-measure the same words often."""
    return lru_cache(maxsize=maxsize)(measure)
