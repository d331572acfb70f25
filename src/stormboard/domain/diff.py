"""What changed between two pictures of the same board (two slices, or a slice and now).

Stickies are matched by id: a sticky keeps its id through every edit, so "moved" and "changed
text" are facts, not guesses. Hotspots are counted on their own: a new hotspot is one that is a
hotspot now and was not one before (added, or turned into one); a resolved hotspot is one that
was a hotspot and no longer is (removed, or turned into something else). See ADR 0152.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .board import Board
from .entities import Sticky

#: a sticky that moved less than this (board units) did not move (snapping, rounding)
MOVE_TOLERANCE = 1.0
HOTSPOT = "hotspot"


@dataclass(frozen=True, slots=True)
class KindCounts:
    added: int = 0
    removed: int = 0
    moved: int = 0
    changed: int = 0


@dataclass(frozen=True)
class BoardDiff:
    added: tuple[Sticky, ...] = ()
    removed: tuple[Sticky, ...] = ()
    #: (before, after) pairs of the same sticky
    moved: tuple[tuple[Sticky, Sticky], ...] = ()
    changed: tuple[tuple[Sticky, Sticky], ...] = ()  # text changed
    new_hotspots: tuple[Sticky, ...] = ()
    resolved_hotspots: tuple[Sticky, ...] = ()
    by_kind: dict[str, KindCounts] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.moved or self.changed
                    or self.new_hotspots or self.resolved_hotspots)


def _moved(a: Sticky, b: Sticky) -> bool:
    return abs(a.x - b.x) >= MOVE_TOLERANCE or abs(a.y - b.y) >= MOVE_TOLERANCE


def _order(s: Sticky) -> tuple[float, float, str]:
    return (s.x, s.y, s.id)  # reading order along the timeline, stable


def compare(before: Board, after: Board) -> BoardDiff:
    """The stickies added, removed, moved and re-worded from ``before`` to ``after``."""
    old, new = before.stickies, after.stickies
    added = sorted((s for i, s in new.items() if i not in old), key=_order)
    removed = sorted((s for i, s in old.items() if i not in new), key=_order)
    both = sorted((i for i in new if i in old), key=lambda i: _order(new[i]))
    moved = [(old[i], new[i]) for i in both if _moved(old[i], new[i])]
    changed = [(old[i], new[i]) for i in both if old[i].text != new[i].text]
    new_hot = [s for s in sorted(new.values(), key=_order)
               if s.kind == HOTSPOT and (s.id not in old or old[s.id].kind != HOTSPOT)]
    resolved = [s for s in sorted(old.values(), key=_order)
                if s.kind == HOTSPOT and (s.id not in new or new[s.id].kind != HOTSPOT)]
    counts: dict[str, dict[str, int]] = {}

    def bump(kind: str, what: str) -> None:
        counts.setdefault(kind, {}).setdefault(what, 0)
        counts[kind][what] += 1

    for s in added:
        bump(s.kind, "added")
    for s in removed:
        bump(s.kind, "removed")
    for _a, b in moved:
        bump(b.kind, "moved")
    for _a, b in changed:
        bump(b.kind, "changed")
    return BoardDiff(
        added=tuple(added),
        removed=tuple(removed),
        moved=tuple(moved),
        changed=tuple(changed),
        new_hotspots=tuple(new_hot),
        resolved_hotspots=tuple(resolved),
        by_kind={k: KindCounts(**v) for k, v in counts.items()},
    )
