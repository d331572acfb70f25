"""The Board: collections of records, changed only through ``Put`` operations."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

from .entities import (
    COLLECTIONS,
    SINGLETONS,
    BoardInfo,
    Decision,
    Entity,
    Lane,
    Link,
    Milestone,
    Participant,
    Sticky,
    Vote,
    Workshop,
)
from .errors import DomainError


class Put(NamedTuple):
    """Replace ``before`` with ``after`` in a collection.

    ``before`` None adds a record, ``after`` None removes it. Its inverse swaps the two, which is
    all undo needs. A named tuple, not a frozen dataclass: as immutable, and a bulk edit builds
    tens of thousands of them (a delete-all of 20,000 stickies, its undo), each ~3x cheaper
    to make (ADR 0234).
    """

    collection: str
    id: str
    before: Entity | None
    after: Entity | None

    def inverse(self) -> Put:
        return _make_put(Put, (self.collection, self.id, self.after, self.before))


#: a Put from a ready (collection, id, before, after) tuple, without the keyword-aware
#: constructor: for the bulk builders (ADR 0234)
_make_put = tuple.__new__


def puts_removing(collection: str, records: Iterable[Entity]) -> list[Put]:
    """A removal Put per record (already on the board), in the given order."""
    return [_make_put(Put, (collection, r.id, r, None)) for r in records]


def inverse_puts(puts: Sequence[Put]) -> tuple[Put, ...]:
    """The puts that undo ``puts``: reversed, each with before and after swapped."""
    return tuple([_make_put(Put, (c, i, a, b)) for c, i, b, a in reversed(puts)])


class Board:
    """A whole Event Storming board, held in memory as dictionaries of records keyed by id."""

    def __init__(self, info: BoardInfo | None = None, workshop: Workshop | None = None) -> None:
        self._c: dict[str, dict[str, Entity]] = {name: {} for name in COLLECTIONS}
        self._c["info"]["board"] = info or BoardInfo()
        self._c["workshop"]["workshop"] = workshop or Workshop()

    # -- read access --------------------------------------------------------------------
    @property
    def info(self) -> BoardInfo:
        return self._c["info"]["board"]  # type: ignore[return-value]

    @property
    def workshop(self) -> Workshop:
        return self._c["workshop"]["workshop"]  # type: ignore[return-value]

    @property
    def stickies(self) -> Mapping[str, Sticky]:
        return self._c["stickies"]  # type: ignore[return-value]

    @property
    def lanes(self) -> Mapping[str, Lane]:
        return self._c["lanes"]  # type: ignore[return-value]

    @property
    def milestones(self) -> Mapping[str, Milestone]:
        return self._c["milestones"]  # type: ignore[return-value]

    @property
    def links(self) -> Mapping[str, Link]:
        return self._c["links"]  # type: ignore[return-value]

    @property
    def participants(self) -> Mapping[str, Participant]:
        return self._c["participants"]  # type: ignore[return-value]

    @property
    def votes(self) -> Mapping[str, Vote]:
        return self._c["votes"]  # type: ignore[return-value]

    @property
    def decisions(self) -> Mapping[str, Decision]:
        return self._c["decisions"]  # type: ignore[return-value]

    def collection(self, name: str) -> Mapping[str, Entity]:
        return self._c[name]

    def get(self, collection: str, record_id: str) -> Entity | None:
        return self._c[collection].get(record_id)

    def records(self) -> Iterator[tuple[str, Entity]]:
        """Every record with its collection name, in dependency order."""
        for name in COLLECTIONS:
            for record in self._c[name].values():
                yield name, record

    def counts_by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for s in self.stickies.values():
            counts[s.kind] = counts.get(s.kind, 0) + 1
        return counts

    # -- change ---------------------------------------------------------------------------
    def apply(self, puts: Iterable[Put]) -> None:
        """Apply operations in order. Each must find exactly its ``before`` in place, so a stale
        or replayed edit fails loudly instead of silently corrupting the board. On failure the
        board is left as it was."""
        puts = puts if isinstance(puts, tuple | list) else list(puts)
        done = 0
        try:
            # the checks of _apply_one inlined: a bulk edit applies 20,000 puts (ADR 0234);
            # whatever fails one of them goes to _apply_one, which says why
            c, singletons, types = self._c, SINGLETONS, COLLECTIONS
            for put in puts:
                name, record_id, before, after = put
                coll = c.get(name)
                current = None if coll is None else coll.get(record_id, None)
                # ``is`` first: the record in place is nearly always the very one the put
                # names, and comparing two records builds a tuple of every field each
                if coll is None or (current is not before and current != before):
                    self._apply_one(put)  # raises
                if after is None:
                    if name in singletons:
                        self._apply_one(put)  # raises
                    coll.pop(record_id, None)  # type: ignore[union-attr]  # (None, None): nothing
                elif after.id == record_id and isinstance(after, types[name]):
                    coll[record_id] = after  # type: ignore[index]
                else:
                    self._apply_one(put)  # raises
                done += 1
        except Exception:
            for put in reversed(puts[:done]):
                self._apply_one(put.inverse())
            raise

    def _apply_one(self, put: Put) -> None:
        try:
            coll = self._c[put.collection]
        except KeyError:
            raise DomainError(code="domain.unknown_collection", collection=put.collection) from None
        current = coll.get(put.id)
        # ``is`` first: the record in place is nearly always the very one the put names, and
        # comparing two records builds a tuple of every field each (issue 12)
        if current is not put.before and current != put.before:
            raise DomainError(
                code="domain.edit_out_date_what", collection=put.collection, id=put.id
            )
        if put.after is None:
            if put.collection in SINGLETONS:
                raise DomainError(code="domain.record_cannot_removed", collection=put.collection)
            coll.pop(put.id, None)  # a put from nothing to nothing changes nothing
        else:
            if put.after.id != put.id or not isinstance(put.after, COLLECTIONS[put.collection]):
                raise DomainError(code="domain.record_belong", collection=put.collection, id=put.id)
            coll[put.id] = put.after

    def load(self, collection: str, records: Iterable[Entity]) -> None:
        """Bulk-fill a collection when reading a file or JSON (no undo, no checks per record)."""
        coll = self._c[collection]
        for record in records:
            coll[record.id] = record

    def copy(self) -> Board:
        other = Board()
        for name, coll in self._c.items():
            other._c[name] = dict(coll)
        return other

    def snapshot(self) -> dict[str, dict[str, Entity]]:
        """A structural copy for comparisons in tests and round trips."""
        return {name: dict(coll) for name, coll in self._c.items()}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Board) and self._c == other._c

    __hash__ = None  # type: ignore[assignment]
