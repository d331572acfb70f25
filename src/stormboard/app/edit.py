"""An undoable edit: a labelled tuple of ``Put`` operations, and the change set it makes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from ..domain.board import Put, PutColumns, inverse_puts, puts_removing
from ..domain.entities import Entity

_record_id = attrgetter("id")
#: a removal of at least this many records is told as columns (ADR 0254)
COLUMNS_AT = 64

#: ids per collection: what an edit added, updated and removed
Touched = tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, frozenset[str]]]


@dataclass(frozen=True, slots=True)
class Edit:
    label: str
    #: a tuple, or for a bulk removal and its inverse the same puts as ``PutColumns``
    puts: Sequence[Put]
    #: consecutive edits with the same key merge into one undo step (a drag, a burst of typing)
    merge_key: str | None = None
    #: the ids it touches, worked out once per edit when first asked; its inverse gets the
    #: same ids with added and removed swapped, so an undo never reads its puts for them
    #: (ADR 0234)
    _touched: Touched | None = field(default=None, init=False, repr=False, compare=False)

    def inverse(self) -> Edit:
        # not kept: an undone step waits on the redo stack, and a new edit clears that stack
        # in its own time; a kept inverse there doubles what it frees (ADR 0234)
        inverse = Edit(self.label, inverse_puts(self.puts), self.merge_key)
        touched = self._touched
        if touched is not None:
            object.__setattr__(inverse, "_touched", (touched[2], touched[1], touched[0]))
        return inverse

    def then(self, later: Edit) -> Edit:
        """One edit with the net effect of this one followed by ``later``."""
        return Edit(self.label, net_puts(self.puts + later.puts), self.merge_key)

    @property
    def is_empty(self) -> bool:
        return not self.puts

    def touched(self) -> Touched:
        """(added, updated, removed): the ids per collection of the records the edit's net
        effect adds, changes and removes."""
        touched = self._touched
        if touched is None:
            touched = _touched(self.puts)
            object.__setattr__(self, "_touched", touched)
        return touched


def removal(label: str, parts: Iterable[tuple[str, Sequence[Entity]]]) -> Edit:
    """An edit removing these records (on the board, each once), collection by collection in
    the order given, with the ids it touches known as it is built (ADR 0234)."""
    parts = [(collection, records) for collection, records in parts if records]
    removed: dict[str, frozenset[str]] = {}
    puts: Sequence[Put]
    if sum(len(records) for _c, records in parts) >= COLUMNS_AT:
        # a bulk removal as columns: its inverse and every step after read them whole
        # (ADR 0254)
        puts = PutColumns.removing(parts)
        for run in puts.runs:
            removed[run.collection] = removed.get(run.collection, frozenset()) | frozenset(
                run.ids)
    else:
        listed: list[Put] = []
        for collection, records in parts:
            listed += puts_removing(collection, records)
            removed[collection] = removed.get(collection, frozenset()) | frozenset(
                map(_record_id, records))
        puts = tuple(listed)
    edit = Edit(label, puts)
    object.__setattr__(edit, "_touched", ({}, {}, removed))
    return edit


def combine(label: str, edits: Iterable[Edit]) -> Edit:
    """Group several edits into one undo step."""
    puts: list[Put] = []
    for e in edits:
        puts.extend(e.puts)
    return Edit(label, net_puts(puts))


def net_puts(puts: Sequence[Put]) -> tuple[Put, ...]:
    """Collapse a sequence to one Put per record (first before, last after), dropping no-ops.

    Order of first appearance is kept: builders emit records after what they refer to (and
    removals before), and inverting reverses the order, so both directions stay consistent.
    """
    if len({(p.collection, p.id) for p in puts}) == len(puts):
        # one put per record (every command's edit, every undo): only the no-ops go; ``is``
        # first, so an added or removed record is never compared field by field (issue 12)
        return tuple(p for p in puts if (p.before is None) is not (p.after is None)
                     or (p.before is not p.after and p.before != p.after))
    first: dict[tuple[str, str], Put] = {}
    last: dict[tuple[str, str], Put] = {}
    for p in puts:
        key = (p.collection, p.id)
        first.setdefault(key, p)
        last[key] = p
    out = []
    for key, p in first.items():
        q = last[key]
        if p.before != q.after:
            out.append(Put(p.collection, p.id, p.before, q.after))
    return tuple(out)


def _touched(puts: Sequence[Put]) -> Touched:
    """The ids of ``net_puts(puts)`` by collection and by what happens to them, in one pass
    that nets nothing when every record has one put (ADR 0234)."""
    sorted_ids: tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]] = (
        {}, {}, {})
    added, updated, removed = sorted_ids
    n = 0
    for collection, record_id, before, after in puts:
        if before is None:
            if after is None:
                continue
            target = added
        elif after is None:
            target = removed
        elif before is after or before == after:
            continue
        else:
            target = updated
        ids = target.get(collection)
        if ids is None:
            ids = target[collection] = []
        ids.append(record_id)
        n += 1
    out = tuple({k: frozenset(v) for k, v in part.items()} for part in sorted_ids)
    by_collection: dict[str, int] = {}
    for part in out:
        for k, v in part.items():
            by_collection[k] = by_collection.get(k, 0) + len(v)
    if sum(by_collection.values()) != n or any(
            len(frozenset().union(*(part.get(k, frozenset()) for part in out))) != count
            for k, count in by_collection.items()):
        # a record put more than once (a merged drag, a room's batch): net them first
        return _touched(net_puts(puts))
    return out  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What an edit changed, by collection, so a view refreshes only the affected items."""

    added: dict[str, frozenset[str]] = field(default_factory=dict)
    updated: dict[str, frozenset[str]] = field(default_factory=dict)
    removed: dict[str, frozenset[str]] = field(default_factory=dict)
    #: who asked for the edit (a panel passes itself), so it can skip refreshing for its own edits
    initiator: object | None = field(default=None, compare=False)
    #: True when the edit came from another participant of a room, not from this machine's user
    remote: bool = False

    @classmethod
    def from_puts(
        cls, puts: Iterable[Put], *, initiator: object | None = None, remote: bool = False
    ) -> ChangeSet:
        added, updated, removed = _touched(list(puts))
        return cls(added, updated, removed, initiator, remote)

    @classmethod
    def of(cls, edit: Edit, *, initiator: object | None = None,
           remote: bool = False) -> ChangeSet:
        """The change set of an edit, from the ids it keeps (worked out once per edit)."""
        added, updated, removed = edit.touched()
        return cls(dict(added), dict(updated), dict(removed), initiator, remote)

    def ids(self, collection: str) -> frozenset[str]:
        """Every id of the collection that was added, updated or removed."""
        parts = [ids for part in (self.added, self.updated, self.removed)
                 if (ids := part.get(collection))]
        if len(parts) == 1:
            return parts[0]  # nearly always: no union of 20,000 ids per listener (ADR 0234)
        return frozenset().union(*parts)

    def touches(self, collection: str) -> bool:
        return bool(self.added.get(collection) or self.updated.get(collection)
                    or self.removed.get(collection))

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.updated or self.removed)
