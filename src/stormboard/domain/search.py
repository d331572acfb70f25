"""Find and filter: which stickies match, so the canvas can select them or dim the rest.

Text matching uses the duplicate finder's compact key (Persian/Arabic variants, digits, case,
ZWNJ, spacing and punctuation folded), so "ثبت شد" finds "ثبت‌شد" and "ثبت شد".
"""

from __future__ import annotations

from collections.abc import Iterable
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
                keys: dict[str, tuple[str, str]] | None = None) -> list[str]:
    """Ids of stickies whose text contains the query (folded), in reading order.

    An empty query (after folding) matches nothing: a blank find box selects nothing.
    ``keys`` (sticky id -> (text, folded text)) keeps the folded texts between calls: a find
    box passes the same dict per keystroke; an entry whose text changed is folded again.
    """
    needle = compact_key(query)
    if not needle:
        return []
    if keys is None:
        keys = {}
    hits = []
    for sid, s in board.stickies.items():
        known = keys.get(sid)
        if known is None or known[0] != s.text:
            known = keys[sid] = (s.text, compact_key(s.text))
        if needle in known[1]:
            hits.append(s)
    if len(keys) > 2 * len(board.stickies) + 64:  # forget deleted stickies now and then
        for sid in [k for k in keys if k not in board.stickies]:
            del keys[sid]
    return [s.id for s in sorted(hits, key=reading_key)]


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
