"""Timeline structure read from geometry: lanes, milestones, chapters and reading order.

Everything here is a query: nothing changes the board. Membership is always decided by a
sticky's centre, so a sticky that straddles a border belongs where most people would say.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from .board import Board
from .entities import Lane, Milestone, Sticky

EVENT = "domain_event"
CHAPTER = "chapter"


# -- reading order --------------------------------------------------------------------------
def reading_key(s: Sticky) -> tuple[float, float, str]:
    """Time flows left to right, parallel streams top to bottom: centre x, then centre y.

    The id breaks exact ties so every ordering is deterministic.
    """
    return (s.x + s.width / 2, s.y + s.height / 2, s.id)


def reading_order(stickies: Iterable[Sticky]) -> list[Sticky]:
    return sorted(stickies, key=reading_key)


# -- lanes ----------------------------------------------------------------------------------
def lane_order(lanes: Iterable[Lane]) -> list[Lane]:
    """Lanes top to bottom (by y, ties by id)."""
    return sorted(lanes, key=lambda lane: (lane.y, lane.id))


def lane_at(lanes: Iterable[Lane], y: float) -> Lane | None:
    """The lane whose band [y, y + height) holds ``y``.

    Where bands overlap the lane whose centre row is nearest wins (then the upper one), so a
    sticky centred on a lane's middle row always belongs to that lane.
    """
    best: Lane | None = None
    best_key: tuple[float, float, str] | None = None
    for lane in lanes:
        if lane.y <= y < lane.y + lane.height:
            key = (abs(lane.y + lane.height / 2 - y), lane.y, lane.id)
            if best_key is None or key < best_key:
                best, best_key = lane, key
    return best


class LaneIndex:
    """Fast lane lookups for many stickies: lanes sorted by top edge, searched by bisection."""

    def __init__(self, lanes: Iterable[Lane]) -> None:
        self.lanes = lane_order(lanes)
        self._tops = [lane.y for lane in self.lanes]
        self._max_height = max((lane.height for lane in self.lanes), default=0.0)
        self._overlap = any(
            a.y + a.height > b.y for a, b in pairwise(self.lanes)
        )

    def lane_at(self, y: float) -> Lane | None:
        if not self.lanes:
            return None
        hi = bisect_right(self._tops, y)
        if not self._overlap:
            if hi == 0:
                return None
            lane = self.lanes[hi - 1]
            return lane if y < lane.y + lane.height else None
        # Overlapping bands (rare): look only at lanes whose top could reach y.
        lo = bisect_right(self._tops, y - self._max_height)
        return lane_at(self.lanes[lo:hi], y)


def lane_membership(board: Board, ids: Iterable[str] | None = None) -> dict[str, str | None]:
    """sticky id -> lane id (None when its centre is outside every lane)."""
    index = LaneIndex(board.lanes.values())
    stickies = board.stickies
    out: dict[str, str | None] = {}
    for sid in stickies if ids is None else ids:
        s = stickies[sid]
        lane = index.lane_at(s.y + s.height / 2)
        out[sid] = lane.id if lane is not None else None
    return out


def stickies_in_lane(board: Board, lane_id: str) -> list[str]:
    """Ids of the stickies in a lane, in reading order."""
    members = lane_membership(board)
    return [s.id for s in reading_order(board.stickies.values()) if members[s.id] == lane_id]


def hidden_by_collapsed_lanes(board: Board) -> frozenset[str]:
    """Stickies inside a collapsed lane: the canvas hides them until the lane is expanded."""
    collapsed = {lane.id for lane in board.lanes.values() if lane.collapsed}
    if not collapsed:
        return frozenset()
    return frozenset(sid for sid, lid in lane_membership(board).items() if lid in collapsed)


# -- milestones -----------------------------------------------------------------------------
def milestone_order(milestones: Iterable[Milestone]) -> list[Milestone]:
    return sorted(milestones, key=lambda m: (m.x, m.id))


def stickies_before(board: Board, milestone_id: str) -> list[str]:
    """Stickies whose centre lies left of the milestone line, in reading order."""
    x = board.milestones[milestone_id].x
    return [s.id for s in reading_order(board.stickies.values()) if s.x + s.width / 2 < x]


def stickies_after(board: Board, milestone_id: str) -> list[str]:
    """Stickies whose centre lies on or right of the milestone line, in reading order."""
    x = board.milestones[milestone_id].x
    return [s.id for s in reading_order(board.stickies.values()) if s.x + s.width / 2 >= x]


# -- chapters -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Chapter:
    """A stretch of the timeline between two consecutive pivotal events.

    Chapter 0 runs from the far left to the first pivotal event (``pivotal_id`` None); chapter
    N >= 1 starts at the centre of the N-th pivotal event (which belongs to it) and ends at the
    next one. ``name`` comes from a chapter-kind sticky inside the stretch, else "Chapter N".
    """

    index: int
    x_start: float
    x_end: float
    pivotal_id: str | None
    name: str
    sticky_ids: tuple[str, ...]
    name_sticky_id: str | None = None


def chapter_number(index: int) -> int:
    """The number people see for a chapter: counted from 1 (the index counts from 0)."""
    return index + 1


def default_chapter_name(index: int) -> str:
    return f"Chapter {chapter_number(index)}"


def pivotal_events(board: Board) -> list[Sticky]:
    """Pivotal domain events, left to right."""
    return reading_order(s for s in board.stickies.values() if s.pivotal and s.kind == EVENT)


#: board units between a pivotal event's right edge and the boundary line drawn after it
PIVOTAL_GAP = 20.0


def boundary_x(pivotal: Sticky) -> float:
    """Where a pivotal event's full-height boundary line stands: just after the event, which
    closes the chapter on its left. Canvas, poster and chapter shading all use this."""
    return pivotal.x + pivotal.width + PIVOTAL_GAP


def chapter_bounds(board: Board) -> list[tuple[float, float, str | None]]:
    """(x_start, x_end, pivotal id) per chapter, left to right; a chapter starts at the boundary
    line of the pivotal event that closes the one before it."""
    return _bounds(pivotal_events(board))


def _bounds(pivots: list[Sticky]) -> list[tuple[float, float, str | None]]:
    starts = [-math.inf, *(boundary_x(p) for p in pivots)]
    ends = [*starts[1:], math.inf]
    ids: list[str | None] = [None, *(p.id for p in pivots)]
    return list(zip(starts, ends, ids, strict=True))


def chapters(board: Board) -> list[Chapter]:
    """The chapters of the board, each with its stickies (every kind) in reading order."""
    bounds = chapter_bounds(board)
    starts = [b[0] for b in bounds]
    members: list[list[Sticky]] = [[] for _ in bounds]
    for s in board.stickies.values():
        members[_chapter_slot(starts, s.x + s.width / 2)].append(s)
    out = []
    for i, ((x0, x1, pid), group) in enumerate(zip(bounds, members, strict=True)):
        group.sort(key=reading_key)
        # The leftmost non-empty chapter sticky names the stretch; later ones are ignored.
        namer = next((s for s in group if s.kind == CHAPTER and s.text.strip()), None)
        name = namer.text.strip() if namer is not None else default_chapter_name(i)
        out.append(Chapter(
            i, x0, x1, pid, name, tuple(s.id for s in group),
            namer.id if namer is not None else None,
        ))
    return out


def chapter_heads(board: Board, shapers: Iterable[Sticky] | None = None) -> list[Chapter]:
    """The chapters as :func:`chapters` gives them but without their members (``sticky_ids``
    is empty): the wall's bands need only bounds and names, and sorting every sticky into
    reading order per edit cost ~35 ms on a 20,000-sticky wall (issue 12).

    ``shapers``: the board's pivotal events and chapter stickies, when the caller keeps them
    (no other sticky shapes a chapter): read instead of every sticky (ADR 0234)."""
    stickies = list(board.stickies.values() if shapers is None else shapers)
    bounds = _bounds(reading_order(s for s in stickies if s.pivotal and s.kind == EVENT))
    starts = [b[0] for b in bounds]
    namers: list[list[Sticky]] = [[] for _ in bounds]
    for s in stickies:
        if s.kind == CHAPTER and s.text.strip():
            namers[_chapter_slot(starts, s.x + s.width / 2)].append(s)
    out = []
    for i, ((x0, x1, pid), group) in enumerate(zip(bounds, namers, strict=True)):
        namer = min(group, key=reading_key) if group else None
        name = namer.text.strip() if namer is not None else default_chapter_name(i)
        out.append(Chapter(i, x0, x1, pid, name, (), namer.id if namer is not None else None))
    return out


def chapter_of(board: Board) -> dict[str, int]:
    """sticky id -> chapter index, without building the chapter records."""
    starts = [b[0] for b in chapter_bounds(board)]
    return {
        sid: _chapter_slot(starts, s.x + s.width / 2) for sid, s in board.stickies.items()
    }


def chapter_index_at(board: Board, x: float) -> int:
    """The chapter a scene x coordinate falls in (for a drop or a hover label)."""
    return _chapter_slot([b[0] for b in chapter_bounds(board)], x)


def _chapter_slot(starts: list[float], cx: float) -> int:
    # starts[0] is -inf, so the slot is always >= 0.
    return bisect_right(starts, cx) - 1


# -- geometry helpers shared by arrange and tidy ---------------------------------------------
@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Rect) -> bool:
        """True when the interiors intersect; touching edges do not count."""
        return (
            self.x < other.right and other.x < self.right
            and self.y < other.bottom and other.y < self.bottom
        )


def overlapping_pairs(rects: Mapping[str, Rect]) -> list[tuple[str, str]]:
    """Every pair of overlapping rectangles (sweep by x), for checks and tests."""
    items = sorted(rects.items(), key=lambda kv: kv[1].x)
    active: list[tuple[str, Rect]] = []
    pairs = []
    for rid, r in items:
        active = [(aid, a) for aid, a in active if a.right > r.x]
        pairs.extend((aid, rid) for aid, a in active if a.overlaps(r))
        active.append((rid, r))
    return pairs
