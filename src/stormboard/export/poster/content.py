"""Pick what goes on a poster (whole board, a selection, one lane, one chapter) and measure it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ...domain import timeline
from ...domain.board import Board
from ...domain.entities import Lane, Link, Milestone, Sticky
from .options import Scope, ScopeKind
from .paper import PosterError

#: empty space around the content, board units
BORDER = 40.0
#: a band left of the wall where lane names print, so no sticky can cover them (ADR 0177)
LANE_BAND = 300.0


@dataclass(frozen=True, slots=True)
class Chapter:
    """A stretch of the timeline between consecutive pivotal events (``domain.timeline``)."""

    number: int  # the timeline's index: 0 before the first pivotal event
    name: str
    x0: float  # -inf for the first
    x1: float  # +inf for the last
    pivotal_id: str | None  # the pivotal event that opens it
    sticky_ids: frozenset[str]
    label_x: float = -math.inf  # where its name goes: above the left edge of that event


@dataclass(frozen=True, slots=True)
class Content:
    """The records to draw and the board-unit rectangle they occupy."""

    stickies: tuple[Sticky, ...]
    lanes: tuple[Lane, ...]
    milestones: tuple[Milestone, ...]
    links: tuple[Link, ...]
    chapters: tuple[Chapter, ...]
    boundaries: tuple[float, ...]  # board x of the dashed line just after each pivotal event
    votes: dict[str, int]  # sticky id -> count, empty unless votes are revealed
    x: float
    y: float
    width: float
    height: float
    description: str  # "whole board", "lane Sales", ...
    lane_band: float = 0.0  # width of the lane-name band at the left, inside ``x``..``width``
    #: sticky id -> each revealed vote's voter colour, oldest first ("" for an unknown voter)
    vote_colors: dict[str, tuple[str, ...]] = field(default_factory=dict)


def chapters(board: Board) -> tuple[Chapter, ...]:
    """The board's chapters as the canvas and reports see them."""
    out = []
    for c in timeline.chapters(board):
        opener = board.stickies.get(c.pivotal_id) if c.pivotal_id else None
        out.append(Chapter(c.index, c.name.splitlines()[0] if c.name else "", c.x_start,
                           c.x_end, c.pivotal_id, frozenset(c.sticky_ids),
                           opener.x if opener is not None else -math.inf))
    return tuple(out)


def find_lane(board: Board, key: str) -> Lane:
    lane = board.lanes.get(key)
    if lane is None:
        matches = [ln for ln in board.lanes.values() if ln.label.strip().lower() == key.lower()]
        if not matches:
            raise PosterError(code="poster.no_lane", lane=key)
        lane = matches[0]
    return lane


def find_chapter(all_chapters: tuple[Chapter, ...], key: str) -> Chapter:
    """By the id of a sticky inside it (its chapter sticky, say), by number (as the canvas
    numbers them, from 1), or by name."""
    key = key.strip()
    for ch in all_chapters:
        if key in ch.sticky_ids:
            return ch
    if key.isdigit():
        n = int(key)
        if 1 <= n <= len(all_chapters):
            return all_chapters[n - 1]
        raise PosterError(code="poster.no_chapter_number", number=n, count=len(all_chapters))
    for ch in all_chapters:
        if ch.name.strip().lower() == key.lower():
            return ch
    raise PosterError(code="poster.no_chapter_name", name=key)


def _in_scope(board: Board, scope: Scope,
              all_chapters: list) -> tuple[list[Sticky], list[Lane] | None, str]:
    """The stickies a scope prints, the lanes it keeps (None: all of them) and its name."""
    all_stickies = list(board.stickies.values())
    if scope.kind is ScopeKind.BOARD:
        return all_stickies, None, "whole board"
    if scope.kind is ScopeKind.SELECTION:
        missing = scope.sticky_ids - board.stickies.keys()
        if missing:
            raise PosterError(code="poster.selection_missing", count=len(missing))
        stickies = [s for s in all_stickies if s.id in scope.sticky_ids]
        return stickies, None, f"selection of {len(stickies)}"
    if scope.kind is ScopeKind.LANE:
        lane = find_lane(board, scope.value)
        stickies = [s for s in all_stickies if lane.y <= s.center[1] < lane.y + lane.height]
        return stickies, [lane], f"lane {lane.label}"
    chapter = find_chapter(all_chapters, scope.value)
    stickies = [s for s in all_stickies if s.id in chapter.sticky_ids]
    return stickies, None, f"chapter {timeline.chapter_number(chapter.number)}: {chapter.name}"


def _extent(scope: Scope, stickies: list[Sticky], lanes: list[Lane],
            milestones: list[Milestone]) -> tuple[float, float, float, float]:
    """The printed rectangle (x0, y0, x1, y1): the stickies, and for the whole board its
    lanes and milestones too, with a border; a default page when there is nothing."""
    xs0 = [s.x for s in stickies]
    xs1 = [s.x + s.width for s in stickies]
    ys0 = [s.y for s in stickies]
    ys1 = [s.y + s.height for s in stickies]
    if scope.kind is ScopeKind.BOARD:
        xs0 += [m.x for m in milestones]
        xs1 += [m.x for m in milestones]
        ys0 += [ln.y for ln in lanes]
        ys1 += [ln.y + ln.height for ln in lanes]
    if scope.kind is ScopeKind.LANE:
        ys0.append(lanes[0].y)
        ys1.append(lanes[0].y + lanes[0].height)
    if not xs0:
        xs0, xs1 = [0.0], [800.0]
    if not ys0:
        ys0, ys1 = [0.0], [400.0]
    return min(xs0) - BORDER, min(ys0) - BORDER, max(xs1) + BORDER, max(ys1) + BORDER


def select(board: Board, scope: Scope) -> Content:
    all_chapters = chapters(board)
    stickies, scoped_lanes, what = _in_scope(board, scope, all_chapters)
    lanes = scoped_lanes if scoped_lanes is not None else list(board.lanes.values())
    milestones = list(board.milestones.values())
    if not stickies and scope.kind in (ScopeKind.SELECTION, ScopeKind.CHAPTER):
        raise PosterError(code="poster.nothing_to_print", what=what)
    x0, y0, x1, y1 = _extent(scope, stickies, lanes, milestones)
    # keep the bands, lines and names that cross the printed rectangle
    lanes = [ln for ln in lanes if ln.y < y1 and ln.y + ln.height > y0]
    band = LANE_BAND if any(ln.label.strip() for ln in lanes) else 0.0
    x0 -= band  # the names' own band, left of everything else
    milestones = [m for m in milestones if x0 <= m.x <= x1]
    ids = {s.id for s in stickies}
    links = [k for k in board.links.values() if k.source_id in ids and k.target_id in ids]
    votes: dict[str, int] = {}
    colors: dict[str, list[str]] = {}
    if board.workshop.votes_revealed:
        for v in sorted(board.votes.values(), key=lambda v: (v.created_at, v.id)):
            if v.sticky_id in ids:
                votes[v.sticky_id] = votes.get(v.sticky_id, 0) + 1
                voter = board.participants.get(v.participant_id)
                colors.setdefault(v.sticky_id, []).append(voter.color if voter else "")
    shown = tuple(c for c in all_chapters if c.sticky_ids & ids)  # named only where printed
    # the canvas draws a pivotal event's boundary 20 units after its right edge
    boundaries = tuple(
        x for p in timeline.pivotal_events(board) if x0 <= (x := timeline.boundary_x(p)) <= x1
    )
    return Content(
        tuple(stickies), tuple(lanes), tuple(milestones), tuple(links), shown, boundaries, votes,
        x0, y0, x1 - x0, y1 - y0, what, band,
        {sid: tuple(c) for sid, c in colors.items()},
    )
