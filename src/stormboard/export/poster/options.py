"""What the user asks of a poster: paper, scale, tiling, and which part of the board."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from enum import StrEnum

from .paper import Paper, PosterError, length_mm, paper


class ScaleMode(StrEnum):
    FIT = "fit"  # the board fills the paper
    WIDTH = "width"  # the poster is N pages wide; its length follows the content
    WIDTH_MM = "width_mm"  # the poster is this many millimetres wide; length follows
    REAL = "real"  # a standard sticky prints 76 mm wide
    PERCENT = "percent"  # a percentage of real size


@dataclass(frozen=True, slots=True)
class Scale:
    mode: ScaleMode = ScaleMode.FIT
    value: float = 1.0  # pages across for WIDTH, percent for PERCENT

    def describe(self) -> str:
        if self.mode is ScaleMode.FIT:
            return "fit to paper"
        if self.mode is ScaleMode.WIDTH:
            return f"{self.value:g} pages wide"
        if self.mode is ScaleMode.WIDTH_MM:
            return f"{self.value:g} mm wide"
        if self.mode is ScaleMode.REAL:
            return "real size"
        return f"{self.value:g}% of real size"


_WIDTH = re.compile(r"^\s*width\s*[:=]\s*(\d+)\s*$", re.IGNORECASE)
_WIDTH_LENGTH = re.compile(r"^\s*width\s*[:=]\s*(.+)$", re.IGNORECASE)
_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")


def parse_scale(text: str) -> Scale:
    """``fit``, ``real``, ``width:N`` (N pages across), ``width:3000mm`` (a poster width) or
    ``N%`` (of real size)."""
    key = text.strip().lower()
    if key == "fit":
        return Scale(ScaleMode.FIT)
    if key in ("real", "100%", "1:1"):
        return Scale(ScaleMode.REAL)
    m = _WIDTH.match(text)
    if m:
        pages = int(m.group(1))
        if not 1 <= pages <= 50:
            raise PosterError(code="poster.width_pages")
        return Scale(ScaleMode.WIDTH, float(pages))
    m = _WIDTH_LENGTH.match(text)
    if m:
        mm = length_mm(m.group(1), "A poster width")
        if not 50 <= mm <= 100_000:
            raise PosterError(code="poster.width_range")
        return Scale(ScaleMode.WIDTH_MM, mm)
    m = _PERCENT.match(text)
    if m:
        percent = float(m.group(1))
        if not (math.isfinite(percent) and 1 <= percent <= 1000):
            raise PosterError(code="poster.percent_range")
        return Scale(ScaleMode.PERCENT, percent)
    raise PosterError(
        code="export.unknown_scale_use_fit", text=text
    )


class ScopeKind(StrEnum):
    BOARD = "board"
    SELECTION = "selection"
    LANE = "lane"
    CHAPTER = "chapter"


@dataclass(frozen=True, slots=True)
class Scope:
    """Which part of the board to print. ``value``: sticky ids, a lane id/label, or a chapter
    number (1-based) / name."""

    kind: ScopeKind = ScopeKind.BOARD
    sticky_ids: frozenset[str] = frozenset()
    value: str = ""


@dataclass(frozen=True, slots=True)
class PosterStrings:
    """The words a poster prints around the board (title block, legend, tile map) in one
    language. English by default; the app passes its UI language's (ui/export/poster_strings),
    the command line the one ``--lang`` names (ADR 0179). ``%1``... are filled in by render."""

    rtl: bool = False
    untitled: str = "Untitled board"
    #: %1 date, %2 phase, %3 what is printed, %4 percent of real size
    facts: str = "%1  ·  Phase: %2  ·  %3  ·  %4% of real size"
    free_modelling: str = "Free modelling"
    brand: str = "Stormboard · Event Storming"
    whole_board: str = "whole board"
    selection: str = "selection of %1"
    lane: str = "lane %1"
    chapter: str = "chapter %1: %2"
    #: (kind id, name) pairs; a kind missing here prints its catalogue (English) name
    kinds: tuple[tuple[str, str], ...] = ()
    pivotal: str = "Pivotal event"
    swimlane: str = "Swimlane"
    milestone: str = "Temporal milestone"
    link: str = "Link"
    votes: str = "Votes"
    tile_map: str = "Tile map"
    #: a tile's note: %1 row, %2 column letter, %3 columns, %4 rows, %5 neighbours, %6 overlap
    tile_note: str = "row %1, column %2 of %3 × %4  ·  %5  ·  overlap %6 mm"
    #: the neighbours in a tile's note, %1 their tile's name
    near_left: str = "left %1"
    near_right: str = "right %1"
    near_above: str = "above %1"
    near_below: str = "below %1"
    #: the tile map's instructions: %1 × %2 pages of %3, overlap %4 mm, poster %5 × %6 mm
    map_note: str = ("%1 × %2 pages of %3, overlap %4 mm; poster %5 × %6 mm. Print at 100% "
                     "(no fit to page), trim along the marks and match the crosses.")
    #: %1 the tiles left out
    left_out: str = "Left out (nothing on them but background): %1"
    #: the ten digits numbers print with (Persian: ۰۱۲۳۴۵۶۷۸۹)
    digits: str = "0123456789"

    def number(self, text: str) -> str:
        """``text`` with its ASCII digits in this language's digits."""
        return text.translate(str.maketrans("0123456789", self.digits))


@dataclass(frozen=True, slots=True)
class PosterOptions:
    paper: Paper = field(default_factory=lambda: paper("A0"))
    landscape: bool = False
    scale: Scale = field(default_factory=Scale)
    tile: Paper | None = None  # tile the poster onto pages of this paper
    overlap_mm: float = 10.0
    marks: bool = True  # crop and alignment marks on tiles
    margin_mm: float = 10.0
    scope: Scope = field(default_factory=Scope)
    title_block: bool = True
    legend: bool = True
    #: seconds since the epoch printed as the poster's date; None: now
    date: float | None = None
    #: leave out tiles that would print only background (the plan names them)
    skip_empty_tiles: bool = True
    #: the words around the board, in the language asked for
    strings: PosterStrings = field(default_factory=PosterStrings)
