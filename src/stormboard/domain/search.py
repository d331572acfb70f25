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


#: more changed stickies than this in one change set (or waiting while the find bar is
#: closed): start the index over (sorted again, only the changed texts folded again, while
#: idle) rather than moving each one in the sorted lists
REBUILD_AT = 2000
#: at most this many changed stickies are moved in the sorted lists one by one (each move
#: shifts the lists); more are merged in one pass of slices (ADR 0235)
ONE_BY_ONE = 16
#: texts folded per step while folding on in reading order
SLICE = 200
#: reading keys made per idle step before the sort (a step stays a few milliseconds: the
#: keys of 20,000 stickies and their sort in one were 10-15 ms, inside the frame after an
#: undo of delete-all while the start-up folding still ran; ADR 0242)
KEY_SLICE = 5000


def _reading_keys(stickies: Iterable[Sticky]) -> list[tuple[float, float, str]]:
    """``timeline.reading_key`` of every sticky, inline (no call per sticky: ~2x faster at
    20,000; ``test_search.py`` checks the two agree)."""
    return [(s.x + s.width / 2, s.y + s.height / 2, s.id) for s in stickies]


class SearchIndex:
    """Every sticky's folded text (compact key) in reading order, for find-as-you-type on a
    large wall (issue 12, ADRs 0226 and 0235).

    Built ahead while the app is idle, a slice per call of :meth:`fold_some`: first the
    reading order (a few steps), then the texts folded in that order. A letter typed before it
    is complete asks :meth:`first_matches`: the matches among the texts folded so far, folding
    on in reading order until one is found, which are exactly the first matches; the rest
    follows while idle. :meth:`search` completes the index and is exact. Afterwards
    :meth:`changed` keeps the index current from the stickies a change set names; while no one
    searches (the find bar closed) :meth:`stale` only notes them, and the next search or slice
    settles them. ``folded`` counts the texts folded, ``looked_at`` the stickies the last
    search looked at (tests count work).
    """

    def __init__(self) -> None:
        self._fold: dict[str, tuple[str, str]] = {}  # id -> (text, compact key)
        #: id -> its reading key; made from ``_order`` once the texts are folded
        self._where: dict[str, tuple[float, float, str]] | None = None
        self._order: list[tuple[float, float, str]] | None = None  # reading keys, sorted
        self._keys: list[str] = []  # compact keys of the first len(_keys) of ``_order``
        self._stale: set[str] = set()  # changed while nobody searched; settled on next use
        #: idle steps making the reading order: the stickies then, and their keys made so far
        self._making: tuple[list[Sticky], list[tuple[float, float, str]]] | None = None
        self.folded = 0
        self.looked_at = 0  # stickies the last search looked at
        self.rebuilt = 0  # times the reading order was sorted from scratch

    @property
    def ready(self) -> bool:
        """Every text folded, in reading order, and no change waiting."""
        return self._order is not None and len(self._keys) == len(self._order) \
            and not self._stale

    def _key(self, s: Sticky) -> str:
        known = self._fold.get(s.id)
        if known is None or known[0] != s.text:
            known = self._fold[s.id] = (s.text, compact_key(s.text))
            self.folded += 1
        return known[1]

    def _sort(
        self, board: Board, order: list[tuple[float, float, str]] | None = None
    ) -> list[tuple[float, float, str]]:
        """The reading order from scratch (``order``: every sticky's reading key, made)."""
        stickies = board.stickies
        self._making = None
        for sid in [k for k in self._fold if k not in stickies]:
            del self._fold[sid]
        self._order = order = _reading_keys(stickies.values()) if order is None else order
        order.sort()
        self._where, self._keys = (None if order else {}), []
        self.rebuilt += 1
        return order

    def _fold_on(self, board: Board, count: int) -> None:
        """Fold the next ``count`` texts in reading order."""
        order, keys, stickies = self._order, self._keys, board.stickies
        assert order is not None
        done = len(keys)
        keys.extend(self._key(stickies[k[2]]) for k in order[done:done + count])
        if len(keys) == len(order):
            self._where = {k[2]: k for k in order}  # complete: for :meth:`changed`

    def fold_some(self, board: Board, seconds: float = 0.004) -> bool:
        """Work for about ``seconds`` (the reading order takes steps of its own: its keys a
        ``KEY_SLICE`` at a time, then the sort); True once complete."""
        self._settle(board)
        if self._order is None:
            if seconds == float("inf"):
                self._sort(board)
            else:  # a step of keys, or the sort: each about a slice at 20,000
                self._make_order(board)
                return False
        order, keys = self._order, self._keys
        assert order is not None
        end = time.perf_counter() + seconds
        while len(keys) < len(order):
            self._fold_on(board, SLICE)
            if time.perf_counter() > end:
                break
        return len(keys) == len(order)

    def _make_order(self, board: Board) -> None:
        """One idle step towards the reading order: ``KEY_SLICE`` more keys, or, all made,
        the sort. The stickies are the ones of the first step: any change since starts over
        (``changed``)."""
        if self._making is None:
            self._making = (list(board.stickies.values()), [])
        source, made = self._making
        if len(made) < len(source):
            made.extend(_reading_keys(source[len(made):len(made) + KEY_SLICE]))
        else:
            self._sort(board, made)

    def prepare(self, board: Board) -> None:
        """Make the reading order now if the idle work has not (one step, no text folded)."""
        self._settle(board)
        if self._order is None:
            self._sort(board)

    def complete(self, board: Board) -> None:
        self.fold_some(board, float("inf"))

    # -- changes -------------------------------------------------------------------------------
    def stale(self, ids: Iterable[str]) -> None:
        """These stickies changed; nobody searches now: note them only (O(changed))."""
        self._stale.update(ids)
        self._making = None
        if len(self._stale) > REBUILD_AT:
            self._stale.clear()
            self._order = None  # sorted again when next used; unchanged texts stay folded

    def _settle(self, board: Board) -> None:
        if self._stale:
            stale, self._stale = self._stale, set()
            self.changed(board, stale)

    def changed(self, board: Board, ids: Iterable[str]) -> None:
        """These stickies were added, changed or removed."""
        ids = list(dict.fromkeys(ids))
        self._making = None  # the stickies it read are not the board's any more
        self._settle(board)
        order = self._order
        if order is None:
            return  # sorted when next used; a changed text is folded again (``_key``)
        if self._where is None or len(ids) > REBUILD_AT:
            self._order = None  # half folded, or most of the board: start over (folds kept)
            return
        if len(ids) <= ONE_BY_ONE:
            self._move_one_by_one(board, ids)
        else:
            self._merge(board, ids)

    def _move_one_by_one(self, board: Board, ids: list[str]) -> None:
        order, stickies, where, keys = self._order, board.stickies, self._where, self._keys
        assert order is not None and where is not None
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

    def _merge(self, board: Board, ids: list[str]) -> None:
        """Take the changed stickies out and put them back in one pass: bisection per changed
        sticky, then the lists rebuilt from slices (copied in C)."""
        order, stickies, where, keys = self._order, board.stickies, self._where, self._keys
        assert order is not None and where is not None
        bisect_left = bisect.bisect_left
        gone = sorted(bisect_left(order, old) for sid in ids
                      if (old := where.pop(sid, None)) is not None)
        added = []
        for sid in ids:
            s = stickies.get(sid)
            if s is None:
                self._fold.pop(sid, None)
                continue
            new = where[sid] = reading_key(s)
            added.append((new, self._key(s)))
        kept_order: list[tuple[float, float, str]] = []
        kept_keys: list[str] = []
        start = 0
        for i in gone:
            kept_order += order[start:i]
            kept_keys += keys[start:i]
            start = i + 1
        kept_order += order[start:]
        kept_keys += keys[start:]
        added.sort()
        new_order: list[tuple[float, float, str]] = []
        new_keys: list[str] = []
        start = 0
        for key, folded in added:
            i = bisect_left(kept_order, key, start)
            new_order += kept_order[start:i]
            new_keys += kept_keys[start:i]
            new_order.append(key)
            new_keys.append(folded)
            start = i
        new_order += kept_order[start:]
        new_keys += kept_keys[start:]
        self._order, self._keys = new_order, new_keys

    # -- searching -----------------------------------------------------------------------------
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

    def first_matches(self, board: Board, query: str) -> tuple[list[str], bool]:
        """(ids, complete): the matches among the texts folded so far in reading order,
        folding on in that order until there is one (or none is left). They are exactly the
        first matches in reading order; ``complete`` says whether they are all of them (the
        index was complete). For a letter typed before the index is (ADR 0235)."""
        needle = compact_key(query)
        if not needle:
            self.looked_at = 0
            return [], True
        self.prepare(board)
        order, keys = self._order, self._keys
        assert order is not None
        hits = [k[2] for k, f in zip(order, keys) if needle in f]  # noqa: B905 (a prefix)
        while not hits and len(keys) < len(order):
            done = len(keys)
            self._fold_on(board, SLICE)
            hits = [k[2] for k, f in zip(order[done:], keys[done:]) if needle in f]  # noqa: B905
        self.looked_at = len(keys)
        return hits, len(keys) == len(order)

    def matching(self, board: Board, query: str, ids: Iterable[str]) -> list[str]:
        """Those of ``ids`` whose text contains the query (folding only them)."""
        needle = compact_key(query)
        stickies = board.stickies
        found = [sid for sid in ids if (s := stickies.get(sid)) is not None
                 and needle and needle in self._key(s)]
        return found


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
