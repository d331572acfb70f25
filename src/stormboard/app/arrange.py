"""Sorting aids: lay events out along the timeline, and push overlapping stickies apart.

Both return one ``Edit`` of sticky ``Put`` ops so a single undo restores the
wall. See ADR 0063 for the layout rules.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Iterable

from ..domain.board import Board, Put
from ..domain.errors import DomainError
from ..domain.rules import MAX_COORD
from ..domain.timeline import EVENT, LaneIndex, Rect, reading_key
from .edit import Edit

DEFAULT_GRID = 20.0


def _snap(value: float, grid: float) -> float:
    return round(value / grid) * grid


def _snap_up(value: float, grid: float) -> float:
    # A tiny tolerance keeps values already on the grid from jumping a whole cell.
    return math.ceil(value / grid - 1e-9) * grid


def _check_grid(grid: float) -> float:
    if isinstance(grid, bool) or not isinstance(grid, int | float) or not 1 <= grid <= 1000:
        raise DomainError(code="app.grid_between_board_units")
    return float(grid)


def arrange_positions(
    board: Board, ids: Iterable[str] | None = None, grid: float = DEFAULT_GRID,
    gap: float | None = None,
) -> dict[str, tuple[float, float]]:
    """Target top-left positions for :func:`arrange_timeline` (all given ids, moved or not).

    Events keep their left-to-right order (centre x, ties by centre y, then id) and become one
    column each: x is the grid point nearest to where it was, pushed right to clear the previous
    event by ``gap`` (default: one grid cell). An event in a lane is centred on the lane's middle
    row; an event outside every lane keeps its y. Because columns strictly increase, nothing
    overlaps and the order cannot change; a second run finds every event already in place.
    """
    grid = _check_grid(grid)
    gap = grid if gap is None else max(0.0, float(gap))
    stickies = board.stickies
    if ids is None:
        chosen = [s for s in stickies.values() if s.kind == EVENT]
    else:
        chosen = []
        for sid in dict.fromkeys(ids):
            if sid not in stickies:
                raise DomainError(code="domain.sticky_board", sticky_id=sid)
            chosen.append(stickies[sid])
    chosen.sort(key=reading_key)
    lanes = LaneIndex(board.lanes.values())
    out: dict[str, tuple[float, float]] = {}
    cursor = -math.inf
    for s in chosen:
        x = max(_snap(s.x, grid), cursor)
        lane = lanes.lane_at(s.y + s.height / 2)
        y = s.y if lane is None else lane.y + (lane.height - s.height) / 2
        out[s.id] = (x, y)
        cursor = _snap_up(x + s.width + gap, grid)
    return out


def arrange_timeline(
    board: Board, ids: Iterable[str] | None = None, grid: float = DEFAULT_GRID,
    gap: float | None = None, now: float = 0.0,
) -> Edit:
    """Lay out the given stickies (default: every domain event) along the timeline."""
    positions = arrange_positions(board, ids, grid, gap)
    return _place(board, positions, now, "Arrange timeline")


def tidy_positions(
    board: Board, ids: Iterable[str] | None = None, gap: float = 0.0,
) -> dict[str, tuple[float, float]]:
    """Positions that remove overlaps among the given stickies (default: all) with small moves.

    Sweep in reading order (by x, then y): the first sticky stays; each later one, while it
    overlaps an already placed one, moves right or down by whichever is smaller to clear it by
    ``gap``. Stickies only ever move right or down, and each placed sticky can push a later one
    at most once, so the sweep always ends.
    """
    gap = max(0.0, float(gap))
    stickies = board.stickies
    items = [stickies[sid] for sid in dict.fromkeys(ids)] if ids is not None \
        else list(stickies.values())
    items.sort(key=lambda s: (s.x, s.y, s.id))
    if not items:
        return {}
    cell = max(max(s.width for s in items), max(s.height for s in items)) + gap
    buckets: dict[tuple[int, int], list[Rect]] = defaultdict(list)
    out: dict[str, tuple[float, float]] = {}
    for s in items:
        r = Rect(s.x, s.y, s.width, s.height)
        while True:
            hit = _first_overlap(r, buckets, cell)
            if hit is None:
                break
            push_right = hit.right + gap - r.x
            push_down = hit.bottom + gap - r.y
            if push_right <= push_down:
                r = Rect(hit.right + gap, r.y, r.width, r.height)
            else:
                r = Rect(r.x, hit.bottom + gap, r.width, r.height)
        out[s.id] = (r.x, r.y)
        for key in _cells(r, cell):
            buckets[key].append(r)
    return out


def tidy(board: Board, ids: Iterable[str] | None = None, gap: float = 0.0,
         now: float = 0.0) -> Edit:
    """Remove overlaps among the given stickies (default: all) with minimal movement."""
    return _place(board, tidy_positions(board, ids, gap), now, "Tidy")


def _place(
    board: Board, positions: dict[str, tuple[float, float]], now: float, label: str
) -> Edit:
    """Put stickies at absolute top-left positions (the same Put ops and label rules as
    ``commands.move_stickies``), building one new record per moved sticky and skipping unmoved
    ones first: arranging 10,000 events stays within a frame budget."""
    puts = []
    stickies = board.stickies
    for sid, (x, y) in positions.items():
        s = stickies[sid]
        if s.x == x and s.y == y:
            continue
        if not (math.isfinite(x) and math.isfinite(y)) or max(abs(x), abs(y)) > MAX_COORD:
            raise DomainError(code="app.arranging_would_move_sticky", max_coord=MAX_COORD)
        puts.append(Put("stickies", sid, s, dataclasses.replace(s, x=x, y=y, updated_at=now)))
    return Edit(label, tuple(puts))


def _cells(r: Rect, cell: float) -> list[tuple[int, int]]:
    x0, x1 = math.floor(r.x / cell), math.floor(r.right / cell)
    y0, y1 = math.floor(r.y / cell), math.floor(r.bottom / cell)
    return [(cx, cy) for cx in range(x0, x1 + 1) for cy in range(y0, y1 + 1)]


def _first_overlap(r: Rect, buckets: dict[tuple[int, int], list[Rect]], cell: float) -> Rect | None:
    """The placed rectangle overlapping ``r`` that is leftmost, then topmost (deterministic)."""
    best: Rect | None = None
    for key in _cells(r, cell):
        for other in buckets.get(key, ()):
            if r.overlaps(other) and (best is None or (other.x, other.y) < (best.x, best.y)):
                best = other
    return best
