"""The Board: collections of records, changed only through ``Put`` operations."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Put:
    """Replace ``before`` with ``after`` in a collection.

    ``before`` None adds a record, ``after`` None removes it. Its inverse swaps the two, which is
    all undo needs.
    """

    collection: str
    id: str
    before: Entity | None
    after: Entity | None

    def inverse(self) -> Put:
        return Put(self.collection, self.id, self.after, self.before)


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
        done: list[Put] = []
        try:
            for put in puts:
                self._apply_one(put)
                done.append(put)
        except Exception:
            for put in reversed(done):
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
            del coll[put.id]
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
