"""Fonts for the characters the board font lacks, found as Qt finds them: through fontconfig.

The canvas draws any character the system can show: Qt asks fontconfig for a font that has it
(Hebrew, Greek, Cyrillic beyond what IBM Plex Sans Arabic covers, CJK, emoji). The poster does
the same: the board font first, then ``fc-match -s`` for a font with the character, loaded into
reportlab as a TrueType font (reportlab cannot embed CFF-outline OpenType or colour emoji
fonts, so those are skipped and the next candidate tried). A character no usable font has is
*undrawable*: the poster counts the stickies holding one, and the CLI and the Export dialog say
so before export (ADR 0182).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError

from ...domain.entities import Sticky
from .pdf_font import LogicalTTFont

#: how many of fontconfig's candidates to try for one character
_CANDIDATES = 8
_paths: dict[str, tuple[str, int]] = {}  # registered fallback font name -> (file, index)


def font_path(font_name: str) -> tuple[str, int] | None:
    """The file and face index of a fallback font registered here (None for board fonts)."""
    return _paths.get(font_name)


def invisible(ch: str) -> bool:
    """Whitespace, controls and format characters (joiners, bidi marks): nothing to draw."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp")


@lru_cache(maxsize=64)
def _load(path: str, index: int) -> str | None:
    """Register one font file with reportlab; its name, or None when reportlab cannot."""
    name = f"Fallback-{len(_paths)}"
    try:
        font = LogicalTTFont(name, path, subfontIndex=index)
    except (TTFError, OSError, ValueError, KeyError, AssertionError):
        return None  # CFF outlines, colour bitmaps, a broken file: try the next candidate
    pdfmetrics.registerFont(font)
    _paths[name] = (path, index)
    return name


@lru_cache(maxsize=4096)
def fallback_for(ch: str) -> str | None:
    """The registered reportlab font name of a system font that draws ``ch``, or None."""
    if shutil.which("fc-match") is None:
        return None
    out = subprocess.run(
        ["fc-match", "-s", "-f", "%{file}|%{index}\n", f":charset={ord(ch):x}"],
        capture_output=True, text=True, check=False, timeout=10,
    ).stdout
    for row in out.splitlines()[:_CANDIDATES]:
        path, _, index = row.rpartition("|")
        if not path.lower().endswith((".ttf", ".ttc", ".otf")):
            continue
        name = _load(path, int(index or 0))
        if name is not None and ord(ch) in pdfmetrics.getFont(name).face.charToGlyph:
            return name
    return None


def font_for(ch: str, board_font: str) -> str | None:
    """The font that draws ``ch``: the board font when it has it, else a fallback."""
    if ord(ch) in pdfmetrics.getFont(board_font).face.charToGlyph or invisible(ch):
        return board_font
    return fallback_for(ch)


@lru_cache(maxsize=65536)
def undrawable(text: str, board_font: str) -> str:
    """The characters of ``text`` no font can draw on the poster, in order, once each."""
    if text.isascii():
        return ""
    seen: dict[str, None] = {}
    for ch in text:
        if ch not in seen and font_for(ch, board_font) is None:
            seen[ch] = None
    return "".join(seen)


def undrawable_count(stickies: Iterable[Sticky], board_font: str = "StormboardSans") -> int:
    """How many of ``stickies`` hold a character no font can draw on the poster."""
    from .text import register_fonts  # text imports this module: import late

    register_fonts()
    return sum(1 for s in stickies if s.text and undrawable(s.text, board_font))


def fallback_files(text: str, board_font: str = "StormboardSans") -> dict[tuple[str, int], str]:
    """The font files (path, face index) that draw the characters of ``text`` the board font
    lacks, each with its characters: what an SVG must carry besides the board font."""
    from .text import register_fonts  # text imports this module: import late

    register_fonts()
    out: dict[tuple[str, int], str] = {}
    for ch in sorted(set(text)):
        if ch.isascii():
            continue
        name = font_for(ch, board_font)
        found = font_path(name) if name and name != board_font else None
        if found is not None:
            out[found] = out.get(found, "") + ch
    return out
