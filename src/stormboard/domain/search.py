"""Find and filter: which stickies match, so the canvas can select them or dim the rest.

Text matching uses the duplicate finder's compact key (Persian/Arabic variants, digits, case,
ZWNJ, spacing and punctuation folded), so "ثبت شد" finds "ثبت‌شد" and "ثبت شد".
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .board import Board
from .duplicates import compact_key
from .entities import Sticky
from .timeline import chapter_of, lane_membership, reading_key

#: the filter value meaning "outside every lane"
NO_LANE = ""
#: the filter value meaning "no author recorded"
NO_AUTHOR = ""


def search_text(board: Board, query: str,
                keys: dict[str, tuple[str, str]] | None = None,
                among: Sequence[str] | None = None) -> list[str]:
    """Ids of stickies whose text contains the query (folded), in reading order.

    An empty query (after folding) matches nothing: a blank find box selects nothing.
    ``keys`` (sticky id -> (text, folded text)) keeps the folded texts between calls: a find
    box passes the same dict per keystroke; an entry whose text changed is folded again.
    ``among``: look only at these ids, given in reading order (the previous keystroke's
    matches when the query only grew: nothing else can match); the result keeps their order.
    """
    needle = compact_key(query)
    if not needle:
        return []
    if keys is None:
        keys = {}
    hits = []
    stickies = board.stickies
    if among is not None:
        for sid in among:
            s = stickies.get(sid)
            if s is None:
                continue
            known = keys.get(sid)
            if known is None or known[0] != s.text:
                known = keys[sid] = (s.text, compact_key(s.text))
            if needle in known[1]:
                hits.append(sid)
        return hits
    for sid, s in stickies.items():
        known = keys.get(sid)
        if known is None or known[0] != s.text:
            known = keys[sid] = (s.text, compact_key(s.text))
        if needle in known[1]:
            hits.append(s)
    if len(keys) > 2 * len(board.stickies) + 64:  # forget deleted stickies now and then
        for sid in [k for k in keys if k not in board.stickies]:
            del keys[sid]
    return [s.id for s in sorted(hits, key=reading_key)]


#: more changed stickies than this in one change set: sort the whole board again rather than
#: moving each one in the sorted lists (each move shifts the lists: O(n) per sticky)
REBUILD_AT = 2000


class SearchIndex:
    """Every sticky's folded text (compact key) in reading order, for find-as-you-type on a
    large wall (issue 12, ADR 0226).

    Folding is done ahead, a slice at a time (:meth:`fold_some`, while the app is idle);
    :meth:`search` folds whatever is still missing. Afterwards :meth:`changed` keeps the index
    current from the stickies a change set names, so a keystroke neither folds a text nor
    sorts: it scans one list of keys. ``folded`` counts the texts folded (tests count work).
    """

    def __init__(self) -> None:
        self._fold: dict[str, tuple[str, str]] = {}  # id -> (text, compact key)
        self._todo: list[str] | None = None  # ids still to fold; None: the whole board
        self._where: dict[str, tuple[float, float, str]] = {}  # id -> its reading key
        self._order: list[tuple[float, float, str]] | None = None  # reading keys, sorted
        self._keys: list[str] = []  # compact keys, in the same positions as ``_order``
        self.folded = 0
        self.looked_at = 0  # stickies the last search looked at

    @property
    def ready(self) -> bool:
        return self._order is not None

    def _key(self, s: Sticky) -> str:
        known = self._fold.get(s.id)
        if known is None or known[0] != s.text:
            known = self._fold[s.id] = (s.text, compact_key(s.text))
            self.folded += 1
        return known[1]

    def fold_some(self, board: Board, seconds: float = 0.004) -> bool:
        """Fold texts for about ``seconds``; True once the index is complete."""
        if self._order is not None:
            return True
        stickies = board.stickies
        if self._todo is None:
            self._todo = [sid for sid in stickies if sid not in self._fold]
        todo = self._todo
        end = time.perf_counter() + seconds
        while todo:
            for sid in todo[-200:]:
                s = stickies.get(sid)
                if s is not None:
                    self._key(s)
            del todo[-200:]
            if time.perf_counter() > end:
                return False
        for sid in [k for k in self._fold if k not in stickies]:
            del self._fold[sid]
        where = self._where = {s.id: reading_key(s) for s in stickies.values()}
        self._order = sorted(where.values())
        fold = self._fold
        self._keys = [fold[k[2]][1] for k in self._order]
        return True

    def complete(self, board: Board) -> None:
        self.fold_some(board, float("inf"))

    def changed(self, board: Board, ids: Iterable[str]) -> None:
        """These stickies were added, changed or removed."""
        ids = list(ids)
        order = self._order
        if order is None or len(ids) > REBUILD_AT:
            for sid in ids:
                self._fold.pop(sid, None)
            self._order, self._todo = None, None  # folded again (only these) and sorted
            return
        stickies, where, keys = board.stickies, self._where, self._keys
        for sid in ids:
            old = where.pop(sid, None)
            if old is not None:
                i = bisect.bisect_left(order, old)
                del order[i], keys[i]
            s = stickies.get(sid)
            if s is None:
                self._fold.pop(sid, None)
                continue
            new = where[sid] = reading_key(s)
            i = bisect.bisect_left(order, new)
            order.insert(i, new)
            keys.insert(i, self._key(s))

    def search(self, board: Board, query: str, among: Sequence[str] | None = None) -> list[str]:
        """Ids of stickies whose text contains the query (folded), in reading order; like
        :func:`search_text`. ``among``: ids in reading order to look at instead of all."""
        needle = compact_key(query)
        if not needle:
            self.looked_at = 0
            return []
        self.complete(board)
        if among is not None:
            fold = self._fold
            self.looked_at = len(among)
            return [sid for sid in among if (k := fold.get(sid)) is not None and needle in k[1]]
        self.looked_at = len(self._keys)
        return [k[2] for k, f in zip(self._order, self._keys, strict=True)  # type: ignore[arg-type]
                if needle in f]


def authors_of(s: Sticky) -> tuple[str, ...]:
    """The sticky's author followed by the authors of duplicates merged into it."""
    return ((s.author,) if s.author else ()) + s.co_authors


@dataclass(frozen=True, slots=True)
class StickyFilter:
    """What the canvas shows at full strength; everything else is dimmed.

    Each criterion left empty (or None for text) does not restrict. Within one criterion the
    values are alternatives (kind A or B); criteria combine with AND.
    ``lanes`` holds lane ids, ``NO_LANE`` for stickies outside every lane; ``authors`` holds
    author values, ``NO_AUTHOR`` for unattributed stickies; ``chapters`` holds chapter indices.
    """

    text: str | None = None
    kinds: frozenset[str] = field(default_factory=frozenset)
    lanes: frozenset[str] = field(default_factory=frozenset)
    authors: frozenset[str] = field(default_factory=frozenset)
    chapters: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls, text: str | None = None, kinds: Iterable[str] = (), lanes: Iterable[str] = (),
        authors: Iterable[str] = (), chapters: Iterable[int] = (),
    ) -> StickyFilter:
        return cls(text, frozenset(kinds), frozenset(lanes), frozenset(authors),
                   frozenset(chapters))

    @property
    def is_active(self) -> bool:
        return bool(
            (self.text and compact_key(self.text)) or self.kinds or self.lanes
            or self.authors or self.chapters
        )

    def apply(self, board: Board) -> FilterResult:
        """Split the board's stickies into matching (reading order) and dimmed ids."""
        stickies = board.stickies
        candidates: Iterable[Sticky] = stickies.values()
        if self.kinds:
            candidates = [s for s in candidates if s.kind in self.kinds]
        needle = compact_key(self.text) if self.text else ""
        if needle:
            candidates = [s for s in candidates if needle in compact_key(s.text)]
        if self.authors:
            wanted = self.authors
            candidates = [
                s for s in candidates
                if (set(authors_of(s)) & wanted) or (NO_AUTHOR in wanted and not authors_of(s))
            ]
        if self.lanes:
            candidates = list(candidates)
            members = lane_membership(board, (s.id for s in candidates))
            candidates = [s for s in candidates if (members[s.id] or NO_LANE) in self.lanes]
        if self.chapters:
            where = chapter_of(board)
            candidates = [s for s in candidates if where[s.id] in self.chapters]
        matching = [s.id for s in sorted(candidates, key=reading_key)]
        chosen = set(matching)
        dimmed = frozenset(sid for sid in stickies if sid not in chosen)
        return FilterResult(tuple(matching), dimmed)


@dataclass(frozen=True, slots=True)
class FilterResult:
    matching: tuple[str, ...]  # reading order, for "next match" navigation
    dimmed: frozenset[str]

    def is_dimmed(self, sticky_id: str) -> bool:
        return sticky_id in self.dimmed
