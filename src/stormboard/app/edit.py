"""An undoable edit: a labelled tuple of ``Put`` operations, and the change set it makes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..domain.board import Put


@dataclass(frozen=True, slots=True)
class Edit:
    label: str
    puts: tuple[Put, ...]
    #: consecutive edits with the same key merge into one undo step (a drag, a burst of typing)
    merge_key: str | None = None

    def inverse(self) -> Edit:
        return Edit(self.label, tuple(p.inverse() for p in reversed(self.puts)), self.merge_key)

    def then(self, later: Edit) -> Edit:
        """One edit with the net effect of this one followed by ``later``."""
        return Edit(self.label, net_puts(self.puts + later.puts), self.merge_key)

    @property
    def is_empty(self) -> bool:
        return not self.puts


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
        added: dict[str, set[str]] = {}
        updated: dict[str, set[str]] = {}
        removed: dict[str, set[str]] = {}
        for p in net_puts(list(puts)):
            target = added if p.before is None else removed if p.after is None else updated
            target.setdefault(p.collection, set()).add(p.id)
        return cls(
            {k: frozenset(v) for k, v in added.items()},
            {k: frozenset(v) for k, v in updated.items()},
            {k: frozenset(v) for k, v in removed.items()},
            initiator,
            remote,
        )

    def ids(self, collection: str) -> frozenset[str]:
        """Every id of the collection that was added, updated or removed."""
        return (
            self.added.get(collection, frozenset())
            | self.updated.get(collection, frozenset())
            | self.removed.get(collection, frozenset())
        )

    def touches(self, collection: str) -> bool:
        return bool(self.ids(collection))

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.updated or self.removed)
