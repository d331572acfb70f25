"""The stickies' bounds, kept per change with a count of the stickies on each edge (ADR 0224).

A sticky that leaves an edge only asks for a rescan of the whole wall when it was the last one
there; moving 1,000 of 20,000 stickies (some of them on an edge) used to rescan them all.
"""

from __future__ import annotations

from collections.abc import Collection

from ...domain.entities import Sticky

#: a change of more than this share of the wall rescans it once instead of sticky by sticky
RESCAN_SHARE = 0.25


class StickyExtent:
    def __init__(self) -> None:
        #: left, top, right, bottom of every sticky (None: no sticky)
        self.edges: list[float] | None = None
        #: how many stickies touch each edge
        self.counts = [0, 0, 0, 0]
        #: the edges must be measured again (``rescan``) before they are read
        self.stale = True
        #: the edges moved outwards since the last ``taken()``
        self.grown = False

    def rescan(self, stickies: Collection[Sticky]) -> None:
        self.stale = False
        self.grown = True
        if not stickies:
            self.edges, self.counts = None, [0, 0, 0, 0]
            return
        xs = [s.x for s in stickies]
        ys = [s.y for s in stickies]
        rs = [s.x + s.width for s in stickies]
        bs = [s.y + s.height for s in stickies]
        self.edges = [min(xs), min(ys), max(rs), max(bs)]
        self.counts = [v.count(e) for v, e in zip((xs, ys, rs, bs), self.edges, strict=True)]

    def leave(self, s: Sticky) -> None:
        """A sticky went or moved away from where it was."""
        edges = self.edges
        if self.stale or edges is None:
            return
        counts = self.counts
        for i, value in enumerate((s.x, s.y, s.x + s.width, s.y + s.height)):
            if value == edges[i]:
                counts[i] -= 1
                if counts[i] <= 0:
                    self.stale = True  # the last one on that edge: measure again

    def arrive(self, s: Sticky) -> None:
        """A sticky came or moved here."""
        if self.stale:
            return
        edges = self.edges
        values = (s.x, s.y, s.x + s.width, s.y + s.height)
        if edges is None:
            self.edges, self.counts, self.grown = list(values), [1, 1, 1, 1], True
            return
        counts = self.counts
        for i, value in enumerate(values):
            edge = edges[i]
            if value == edge:
                counts[i] += 1
            elif (value < edge) if i < 2 else (value > edge):
                edges[i], counts[i] = value, 1
                self.grown = True

    def change(self, old: Sticky | None, new: Sticky | None) -> None:
        if old is not None and new is not None and (old.x, old.y, old.width, old.height) == (
                new.x, new.y, new.width, new.height):
            return  # text, kind, colour: the extent cannot change
        if old is not None:
            self.leave(old)
        if new is not None:
            self.arrive(new)
