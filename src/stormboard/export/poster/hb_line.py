"""A laid-out line shaped by HarfBuzz and drawn glyph by glyph at HarfBuzz's positions.

Qt shapes with HarfBuzz; the reshaper path (``text.visual``) only knew presentation forms, so
the poster dropped marks (tanwin, shadda, short vowels, hamza above) and used the "Allah"
ligature Qt does not. Here a line is split into bidi level runs (python-bidi's own steps, up
to the resolved levels), each run shaped by HarfBuzz on the board font in its direction, the
runs put in display order (UAX #9 rule L2), and every glyph placed at its pen position plus
offset. The result is a list of pieces ``(dx, dy, chars)`` at font size 1: ``chars`` are
characters reportlab's font maps to the glyphs (a glyph without one gets a private-use
character, ``pdf_font.LogicalTTFont.char_for``), so the PDF text stays text, subset and
embedded, with a ToUnicode that gives the letters back. Glyphs that sit where reportlab's own
advance puts them share a piece; a mark with an offset starts a new one (ADR 0181).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TypeVar

import bidi.algorithm as uba
import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from ...app import fonts
from . import fallback
from .pdf_font import LogicalTTFont

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

T = TypeVar("T")
#: one piece of a line: offset from the line's left end at size 1 (y up), its characters and
#: the font they are in (the board font, or a fallback for characters it lacks)
Piece = tuple[float, float, str, str]
#: bidi controls and joiners have done their work once levels are resolved
_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


#: levels of the bidi classes a right-to-left line of Persian words and numbers holds (UAX #9
#: with no embeddings: letters and spaces stay at the paragraph's level 1, numbers go up to 2;
#: spaces between letters and numbers resolve as R, trailing ones go back to the paragraph's)
_SIMPLE_RTL = {"AL": 1, "R": 1, "WS": 1, "EN": 2, "AN": 2}
#: classes that take the level of the character before them (a mark, a joiner)
_FOLLOWERS = frozenset(("NSM", "BN"))


def _simple_levels(line: str) -> list[tuple[str, int]] | None:
    """``levels(line, True)`` for a right-to-left line of letters, marks, joiners, spaces
    and digits only, without running the algorithm; None for any other line."""
    runs: list[tuple[str, int]] = []
    level = 1
    bidirectional = unicodedata.bidirectional
    for ch in line:
        kind = bidirectional(ch)
        if kind not in _FOLLOWERS:
            found = _SIMPLE_RTL.get(kind)
            if found is None:
                return None
            level = found
        if runs and runs[-1][1] == level:
            runs[-1] = (runs[-1][0] + ch, level)
        else:
            runs.append((ch, level))
    return runs


def levels(line: str, rtl: bool) -> list[tuple[str, int]]:
    """Runs of the logical line with their resolved bidi level, in logical order."""
    if rtl:
        simple = _simple_levels(line)
        if simple is not None:
            return simple
    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(line, storage)
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    # rule X9 drops joiners and controls (ZWNJ in می‌خواهد) from python-bidi's list, but the
    # shaper needs the joiners: each takes the level of the character before it
    resolved = iter(storage["chars"])
    runs: list[tuple[str, int]] = []
    level = storage["base_level"]
    for ch in line:
        if unicodedata.bidirectional(ch) not in uba.X9_REMOVED:
            level = next(resolved)["level"]
        if runs and runs[-1][1] == level:
            runs[-1] = (runs[-1][0] + ch, level)
        else:
            runs.append((ch, level))
    return runs


def visual_runs(runs: list[tuple[T, int]]) -> list[tuple[T, int]]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every maximal
    sequence of runs at that level or higher (each run's glyphs HarfBuzz orders itself)."""
    if not runs:
        return runs
    out = list(runs)
    top = max(level for _, level in out)
    low = min(level for _, level in out)
    low_odd = low if low % 2 else low + 1
    for level in range(top, low_odd - 1, -1):
        i = 0
        while i < len(out):
            if out[i][1] >= level:
                j = i
                while j < len(out) and out[j][1] >= level:
                    j += 1
                out[i:j] = out[i:j][::-1]
                i = j
            else:
                i += 1
    return out


def _arabic_runs(runs: list[tuple[str, int]]) -> list[bool]:
    """Which runs Qt shapes as Arabic script: those with Arabic letters, and runs of digits
    and punctuation (script Common) next to them: Common characters take the script of the
    text before them (or after, at the start), and the board font's Arabic lookups give
    digits other glyphs."""
    scripts: list[bool | None] = [
        bool(_ARABIC.search(t)) if any(c.isalpha() for c in t) else None for t, _ in runs]
    out: list[bool] = []
    prev: bool | None = None
    for i in range(len(runs)):
        script = scripts[i]
        if script is None:
            script = prev if prev is not None else next(
                (s for s in scripts[i + 1:] if s is not None), False)
        prev = script if scripts[i] is not None else prev
        out.append(script)
    return out


@lru_cache(maxsize=32)
def _hb_font(font_name: str) -> tuple[hb.Font, float]:
    found = fallback.font_path(font_name)
    path, index = found if found else (str(fonts.font_file(font_name.endswith("Bold"))), 0)
    face = hb.Face(hb.Blob.from_file_path(path), index)
    return hb.Font(face), float(face.upem)


def font_runs(text: str, board_font: str) -> list[tuple[str, str]]:
    """(text, font) runs: each character in the board font if it has it, else in a fallback
    (fallback.font_for); a mark or joiner stays in its letter's font when that has it. A
    character no font has stays in the board font (its .notdef), and is counted elsewhere."""
    cmap = pdfmetrics.getFont(board_font).face.charToGlyph
    if all(ord(ch) in cmap or fallback.invisible(ch) for ch in text):
        return [(text, board_font)] if text else []  # the usual case: all in the board font
    runs: list[tuple[str, str]] = []
    for ch in text:
        font = None
        if runs and unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            prev = runs[-1][1]
            if ord(ch) in pdfmetrics.getFont(prev).face.charToGlyph:
                font = prev
        font = font or fallback.font_for(ch, board_font) or board_font
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + ch, font)
        else:
            runs.append((ch, font))
    return runs


@lru_cache(maxsize=65536)
def shape_line(line: str, rtl: bool, font_name: str) -> tuple[float, tuple[Piece, ...]]:
    """(width at size 1, pieces) of one laid-out logical line, in display order."""
    glyphs: list[tuple[float, float, str, str]] = []  # (x, y, character, font), drawn order
    pen = 0.0
    buf = hb.Buffer()
    runs = levels(line, rtl)
    arabic = _arabic_runs(runs)
    for i, level in visual_runs([(i, level) for i, (_, level) in enumerate(runs)]):
        text, is_arabic = runs[i][0], arabic[i]
        text = "".join(ch for ch in text if ch not in _CONTROLS)
        if not text:
            continue
        rtl_run = level % 2 == 1
        parts = font_runs(text, font_name)
        for part, font_of_part in (parts[::-1] if rtl_run else parts):
            pen = _shape_run(buf, part, font_of_part, rtl_run, is_arabic, pen, glyphs)
    # glyphs that sit where reportlab's own advances put them share one piece (one Tj)
    pieces: list[Piece] = []
    cur: list[str] = []
    cur_x = cur_y = expect = 0.0
    cur_font = font_name
    advances: dict[str, tuple[dict[int, float], float]] = {}  # font -> its widths, default
    for x, y, ch, font in glyphs:
        if cur and y == cur_y and font == cur_font and abs(x - expect) < 1e-6:
            cur.append(ch)
        else:
            if cur:
                pieces.append((cur_x, cur_y, "".join(cur), cur_font))
            cur, cur_x, cur_y, expect, cur_font = [ch], x, y, x, font
        if font not in advances:
            face = pdfmetrics.getFont(font).face
            advances[font] = face.charWidths, face.defaultWidth
        widths, default = advances[font]
        expect += widths.get(ord(ch), default) / 1000.0
    if cur:
        pieces.append((cur_x, cur_y, "".join(cur), cur_font))
    return pen, tuple(pieces)


def _shape_run(buf: hb.Buffer, text: str, font_name: str, rtl_run: bool, is_arabic: bool,
               pen: float, glyphs: list[tuple[float, float, str, str]]) -> float:
    """Shape one run of one font and direction; append its glyphs; the pen after it."""
    font, upem = _hb_font(font_name)
    ttf = pdfmetrics.getFont(font_name)
    assert isinstance(ttf, LogicalTTFont)
    buf.clear_contents()
    buf.add_str(text)
    buf.guess_segment_properties()
    if is_arabic:
        buf.script = "Arab"
    buf.direction = "rtl" if rtl_run else "ltr"
    # marks keep a cluster of their own, so each glyph stands for its own letters
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(font, buf, {})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    starts = sorted({i.cluster for i in infos})
    end_of = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    marks: list[tuple[float, float, str, str]] = []
    for info, pos in zip(infos, positions, strict=True):
        # the text this glyph stands for: its cluster, up to the next cluster
        cluster = text[info.cluster:end_of[info.cluster]]
        ch = ttf.char_for(info.codepoint, cluster[::-1] if rtl_run else cluster,
                          pos.x_advance * 1000.0 / upem)
        glyph = (pen + pos.x_offset / upem, pos.y_offset / upem, ch, font_name)
        pen += pos.x_advance / upem
        if rtl_run and pos.x_advance == 0 and unicodedata.category(cluster[:1]) == "Mn":
            # a mark comes before its letter in a right-to-left run's visual order;
            # drawn after it (the position is explicit), text extraction joins the two
            marks.append(glyph)
            continue
        glyphs.append(glyph)
        glyphs.extend(marks)
        marks.clear()
    glyphs.extend(marks)
    return pen
