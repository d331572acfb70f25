"""The Board: collections of records, changed only through ``Put`` operations."""

from __future__ import annotations

import bisect
import collections
import itertools
import operator
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
_RECORD_ID = operator.attrgetter("id")


def puts_removing(collection: str, records: Iterable[Entity]) -> list[Put]:
    """A removal Put per record (already on the board), in the given order."""
    return [_make_put(Put, (collection, r.id, r, None)) for r in records]


def inverse_puts(puts: Sequence[Put]) -> Sequence[Put]:
    """The puts that undo ``puts``: reversed, each with before and after swapped."""
    if type(puts) is PutColumns:
        return puts.inverse()
    return tuple([_make_put(Put, (c, i, a, b)) for c, i, b, a in reversed(puts)])


class PutRun(NamedTuple):
    """Puts of one collection told column by column: the i-th put is
    ``Put(collection, ids[i], befores[i], afters[i])``."""

    collection: str
    ids: tuple[str, ...]
    befores: tuple[Entity | None, ...]
    afters: tuple[Entity | None, ...]


class PutColumns(Sequence[Put]):
    """A bulk edit's puts as runs of columns, one run per collection (ADR 0254).

    A delete-all of 20,000 stickies and its undo and redo are 22,000 puts; as tuples each is
    made, read back field by field and made again reversed by every step (the edit, its
    inverse, the board, the store, the log). Told as columns, the inverse swaps and reverses
    whole columns, and the steps that know this type (``Board.apply``, the store, the log)
    check and write a run with builtins that loop in C. To everyone else it is the sequence of
    the same ``Put`` tuples, made as they are read, and equal to that tuple.
    """

    __slots__ = ("_starts", "runs")

    def __init__(self, runs: Iterable[PutRun]) -> None:
        self.runs: tuple[PutRun, ...] = tuple(run for run in runs if run.ids)
        starts, n = [], 0
        for run in self.runs:
            starts.append(n)
            n += len(run.ids)
        self._starts = (*starts, n)

    @classmethod
    def removing(cls, parts: Iterable[tuple[str, Sequence[Entity]]]) -> PutColumns:
        """The removal of these records (on the board, each once), collection by collection
        in the order given."""
        runs = []
        for collection, records in parts:
            befores = tuple(records)
            runs.append(PutRun(collection, tuple(map(_RECORD_ID, befores)), befores,
                               (None,) * len(befores)))
        return cls(runs)

    def inverse(self) -> PutColumns:
        return PutColumns(PutRun(r.collection, r.ids[::-1], r.afters[::-1], r.befores[::-1])
                          for r in reversed(self.runs))

    def __len__(self) -> int:
        return self._starts[-1]

    def __iter__(self) -> Iterator[Put]:
        for c, ids, befores, afters in self.runs:
            yield from map(_make_put, itertools.repeat(Put),
                           zip(itertools.repeat(c), ids, befores, afters))

    def __reversed__(self) -> Iterator[Put]:
        return iter(tuple(self)[::-1])

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return tuple(self)[index]
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError(index)
        k = bisect.bisect_right(self._starts, index) - 1
        c, ids, befores, afters = self.runs[k]
        j = index - self._starts[k]
        return _make_put(Put, (c, ids[j], befores[j], afters[j]))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PutColumns):
            return self.runs == other.runs or tuple(self) == tuple(other)
        if isinstance(other, tuple | list):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: Sequence[Put]) -> tuple[Put, ...]:
        return (*self, *other)

    def __radd__(self, other: Sequence[Put]) -> tuple[Put, ...]:
        return (*other, *self)

    def __repr__(self) -> str:
        return f"PutColumns({list(self.runs)!r})"


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
        if type(puts) is PutColumns and self._apply_columns(puts):
            return
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

    def _apply_columns(self, puts: PutColumns) -> bool:
        """Apply runs of columns, every run checked whole in C before any is applied (ADR
        0254): each id once, the record in place the very ``before``, every ``after`` None or
        a record of the collection's type with the put's id. False, and the board untouched,
        for anything else (a collection in two runs, a run both removing and writing, a record
        equal but not the same): the put-by-put path then applies it or says why not."""
        c = self._c
        runs = puts.runs
        if len({run.collection for run in runs}) != len(runs):
            return False
        plan = []
        for name, ids, befores, afters in runs:
            coll = c.get(name)
            n = len(ids)
            if coll is None or len(set(ids)) != n \
                    or not all(map(operator.is_, map(coll.get, ids), befores)):
                return False
            gone = sum(map(operator.is_, afters, itertools.repeat(None)))
            if gone == n:
                if name in SINGLETONS:
                    return False
            elif gone or not all(map(isinstance, afters, itertools.repeat(COLLECTIONS[name]))) \
                    or tuple(map(_RECORD_ID, afters)) != ids:
                return False
            plan.append((coll, ids, afters, gone == n))
        for coll, ids, afters, removing in plan:
            if removing:
                collections.deque(map(coll.pop, ids), 0)
            else:
                coll.update(zip(ids, afters, strict=True))
        return True

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
