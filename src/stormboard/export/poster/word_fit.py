"""``fit_text`` again, on word widths measured once: the same answer, without re-measuring.

``app.text_layout.fit_text`` measures every candidate line as a string at every size it tries.
The poster's measure is additive (a line is its words' widths plus its spaces, see
``text.measure_for``), so a line's width is a sum over word widths looked up once per text.
This module repeats ``fit_text``'s greedy wrap and shrink on those numbers, with the very same
arithmetic (``sum`` of the word widths, plus the spaces, times the size), so every comparison
and so every line break and size is the one ``fit_text`` finds. Above the smallest size, a
word that would be cut or a text too tall only means "try the next size"; at the smallest
size, where ``fit_text`` cuts words and adds the ellipsis, ``fit_text`` itself takes over
from that size (its loop depends on nothing but the size it starts from).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

from ...app.text_layout import LINE_SPACING, MIN_FONT, Measure, TextLayout, fit_text
from ...domain.bidi import first_strong, is_rtl

#: a word's width at font size 1
WordWidth = Callable[[str], float]
#: one paragraph: its words, their widths at size 1, its direction
Paragraph = tuple[list[str], list[float], bool]


def paragraphs(text: str, word_width: WordWidth) -> list[Paragraph]:
    """Words and widths of each paragraph, and its direction as ``fit_text`` gives it."""
    text_rtl = is_rtl(text)
    out = []
    for paragraph in text.split("\n"):
        found = first_strong(paragraph)
        words = paragraph.split(" ")
        out.append((words, list(map(word_width, words)), text_rtl if found is None else found))
    return out


def fit_words(text: str, box_w: float, box_h: float, measure: Measure, word_width: WordWidth,
              space: float, max_font: float, min_font: float = MIN_FONT,
              padding: float = 10.0, paras: list[Paragraph] | None = None) -> TextLayout:
    """Exactly ``fit_text(text, box_w, box_h, measure, max_font, min_font, padding)`` when
    ``measure(t, size) == (sum(map(word_width, t.split(" "))) + space * (n - 1)) * size``."""
    if not text.strip():
        return fit_text(text, box_w, box_h, measure, max_font, min_font, padding)
    width = max(box_w - 2 * padding, 1.0)
    height = max(box_h - 2 * padding, 1.0)
    paras = paras if paras is not None else paragraphs(text, word_width)
    size = max_font
    while size > min_font:
        wrapped = _wrap(paras, width, height, size, space)
        if isinstance(wrapped, TooTall):
            # the next sizes break every line where this one did, until a line can take its
            # next word: as many lines, too tall while the height holds fewer (ADR 0248)
            tie = width * 1e-9
            size -= 0.5
            while (size > min_font and wrapped.lines * size * LINE_SPACING > height
                   and wrapped.closest * size - width > tie):
                size -= 0.5
            continue
        if wrapped is not None:
            lines, directions = wrapped
            return TextLayout(size, tuple(lines), is_rtl(text), False, tuple(directions))
        size -= 0.5
    return fit_text(text, box_w, box_h, measure, size, min_font, padding)


class TooTall(NamedTuple):
    """A wrap with no word cut and too many lines for the height."""

    lines: int
    #: the least of the widths (size 1) that ended a line: a line plus its next word, with
    #: the spaces, where it did not fit; up to that, smaller sizes break the same lines
    closest: float


def _wrap(paras: list[Paragraph], width: float, height: float, size: float,
          space: float) -> tuple[list[str], list[bool]] | TooTall | None:
    """``text_layout._wrap`` on word widths: the lines and directions when they fit the height
    with no word cut; ``TooTall`` when they are too tall (the whole text wrapped, to count its
    lines); None when a word is wider than a line. ``fit_text`` rejects both alike above the
    smallest size (where ``fit_words`` hands over).
    A line is ``words[start:end]``; it is "empty" (falsy in ``_wrap``) exactly when it has no
    word. Widths are added up as they come; only a near tie is summed again as ``measure``
    sums it, so every comparison comes out as ``fit_text``'s does."""
    spans: list[tuple[list[str], int, int]] = []  # each line: its paragraph's words[a:b]
    directions: list[bool] = []
    tie = width * 1e-9
    closest = math.inf  # the narrowest line-plus-next-word that did not fit
    for words, widths, rtl in paras:
        first = len(spans)
        start = end = 0
        total = 0.0  # the line's word widths, summed as they were added
        for k, ww in enumerate(widths):
            if start == end:  # empty line: the candidate is the word alone
                if not words[k]:
                    start = end = k + 1  # "" fits as the empty string; the line stays empty
                    continue
                over = ww * size - width
            else:
                wide = total + ww + space * (end - start)
                over = wide * size - width
                if -tie <= over <= tie:  # too close to call on a running total
                    over = (sum(widths[start:k + 1]) + space * (end - start)) * size - width
                    wide = -math.inf  # decided by the exact sum: no sure guess below
                if over > 0 and wide < closest:
                    closest = wide
            if over <= 0:
                total = total + ww if start != end else ww
                end = k + 1
                continue
            if start != end:
                spans.append((words, start, end))
            if words[k] and ww * size > width:
                return None  # the word would be cut
            start, end = (k, k + 1) if words[k] else (k + 1, k + 1)
            total = ww
        spans.append((words, start, end))
        directions.extend([rtl] * (len(spans) - first))
    if len(spans) * size * LINE_SPACING > height:
        return TooTall(len(spans), closest)
    return [" ".join(words[a:b]) for words, a, b in spans], directions
