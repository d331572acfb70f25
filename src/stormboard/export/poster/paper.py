"""Paper sizes, plotter rolls and lengths written as text ("10mm", "0.5in")."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ...error_codes import CodedError

MM = 72.0 / 25.4  # points per millimetre


class PosterError(CodedError, ValueError):
    """A poster option cannot be honoured; the message is one sentence for the user, its
    code and parameters the same for the UI to say in its language (app.error_codes)."""


@dataclass(frozen=True, slots=True)
class Paper:
    """A sheet, or a plotter roll (``height_mm`` None: its length follows the content)."""

    name: str
    width_mm: float
    height_mm: float | None = None

    @property
    def is_roll(self) -> bool:
        return self.height_mm is None

    def describe(self) -> str:
        if self.height_mm is None:
            return f"{self.name} roll ({self.width_mm:g} mm wide)"
        return f"{self.name} ({self.width_mm:g} × {self.height_mm:g} mm)"


#: portrait dimensions in millimetres
SHEETS: dict[str, tuple[float, float]] = {
    "A0": (841, 1189),
    "A1": (594, 841),
    "A2": (420, 594),
    "A3": (297, 420),
    "A4": (210, 297),
    "B1": (707, 1000),
    "B2": (500, 707),
    "LETTER": (215.9, 279.4),
    "TABLOID": (279.4, 431.8),
}
ROLL_WIDTHS_MM = (610, 914, 1067)
#: papers small enough to tile a poster onto (any sheet works; these are the usual ones)
TILE_PAPERS = ("A4", "A3", "LETTER")

_ALIASES = {"US LETTER": "LETTER", "US-LETTER": "LETTER", "LEDGER": "TABLOID", "US TABLOID":
            "TABLOID", "US-TABLOID": "TABLOID"}
_CUSTOM = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(mm)?\s*$", re.IGNORECASE)
_ROLL = re.compile(r"^\s*(?:roll[-: ]?)?(\d+)\s*(?:mm)?(?:[-: ]?roll)?\s*$", re.IGNORECASE)


def paper_names() -> list[str]:
    """Every name ``paper()`` accepts besides custom ``WxH`` sizes, for help texts and dialogs."""
    return [*SHEETS, *(f"roll{w}" for w in ROLL_WIDTHS_MM)]


def paper(name: str) -> Paper:
    """Parse a paper name: a preset (A0, Letter...), ``roll914`` / ``914mm-roll``, or ``WxH`` mm."""
    key = " ".join(name.strip().upper().split())
    key = _ALIASES.get(key, key)
    if key in SHEETS:
        w, h = SHEETS[key]
        return Paper(key if key.startswith(("A", "B")) else key.title(), w, h)
    m = _CUSTOM.match(name)
    if m:
        w, h = float(m.group(1)), float(m.group(2))
        if not (10 <= w <= 20000 and 10 <= h <= 20000):
            raise PosterError(code="poster.custom_paper_size", name=name)
        return Paper(f"{w:g}x{h:g}mm", w, h)
    m = _ROLL.match(name)
    if m and "ROLL" in key:
        width = int(m.group(1))
        if width not in ROLL_WIDTHS_MM:
            sizes = ", ".join(f"{w}" for w in ROLL_WIDTHS_MM)
            raise PosterError(code="poster.unknown_roll", width=width, sizes=sizes)
        return Paper(f"roll{width}", float(width), None)
    known = ", ".join(paper_names())
    raise PosterError(code="poster.unknown_paper", name=name, known=known)


_UNITS = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4, '"': 25.4, "pt": 25.4 / 72.0}
_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?|\.\d+)\s*(mm|cm|m|in|\"|pt)?\s*$", re.IGNORECASE)


def length_mm(text: str | float, what: str = "Length") -> float:
    """Millimetres from ``"10mm"``, ``"1cm"``, ``"2m"``, ``"0.5in"``, ``"12pt"`` or a bare
    number (mm)."""
    if isinstance(text, int | float):
        value = float(text)
    else:
        m = _LENGTH.match(text)
        if not m:
            raise PosterError(code="poster.bad_length", what=what, text=text)
        value = float(m.group(1)) * _UNITS[(m.group(2) or "mm").lower()]
    if not math.isfinite(value) or value < 0:
        raise PosterError(code="poster.negative_length", what=what)
    return value
