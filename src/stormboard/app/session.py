"""The board session: applies edits, persists each before the next, keeps history, notifies."""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..domain.board import Board
from ..domain.errors import DomainError
from ..error_codes import Phrase
from .edit import ChangeSet, Edit
from .history import History
from .ports import BoardStore, Clock, LogEntry, StoreError

Listener = Callable[[ChangeSet], None]
ErrorListener = Callable[[StoreError], None]


class Subscription:
    """One listener on one session's change sets: the only handle a subscriber keeps.

    ``close()`` stops it; closing twice is harmless (a widget may close on detach and again
    when Qt deletes it), and a subscription closed while a change set is being announced is
    not called for the rest of that round.
    """

    __slots__ = ("_listener", "_listeners")

    def __init__(self, listeners: list[Subscription], listener: Listener) -> None:
        self._listeners: list[Subscription] | None = listeners
        self._listener = listener
        listeners.append(self)

    @property
    def closed(self) -> bool:
        return self._listeners is None

    def close(self) -> None:
        if self._listeners is not None:
            self._listeners.remove(self)
            self._listeners = None

    def _notify(self, changes: ChangeSet) -> None:
        if self._listeners is not None:
            self._listener(changes)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic collector does not run for the duration (ADR 0221).

    A bulk edit allocates tens of thousands of objects (puts, rows, change sets); each
    allocation threshold crossed mid-edit starts a collection, and a full one walks every
    object of a 20,000-sticky wall (~0.1 s). Reference counting still frees everything that is
    not in a cycle; the collector runs again at its next threshold after the edit. A collector
    disabled by someone else (a poster job, ADR 0176) stays disabled.
    """
    was = gc.isenabled()
    if was:
        gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class StartupPause:
    """The cyclic collector paused from the start of the app until its first frame (ADR 0246).

    Opening a 20,000-sticky board allocates some 300,000 lasting objects (modules, records,
    items); every threshold crossed on the way started a collection that walked them, ~0.1 s
    before the first frame, and none of it was garbage. ``end()`` (once; later calls do
    nothing) enables the collector again if it was enabled when the pause began."""

    def __init__(self) -> None:
        self.was_enabled = gc.isenabled()
        self._before = _collections()
        gc.disable()
        self.over = False

    def end(self) -> None:
        if self.over:
            return
        self.over = True
        if self.was_enabled:
            gc.enable()

    def collections(self) -> int:
        """Collections since the pause began (counted by tests and the start-up benchmark)."""
        return _collections() - self._before


def _collections() -> int:
    return sum(stats["collections"] for stats in gc.get_stats())


class ReadOnlyError(DomainError):
    """The board is open read-only; the message says why."""


class BoardSession:
    """One open board. All changes go through :meth:`execute`, :meth:`undo` and :meth:`redo`.

    Every applied edit is written to the store before the call returns. When a write fails the
    session keeps the board in memory, stops writing to the broken store (a later write would
    leave the file inconsistent), and tells the error listeners, who offer Save As.
    """

    def __init__(
        self,
        board: Board,
        store: BoardStore | None = None,
        clock: Clock = time.time,
        read_only_reason: str = "",
    ) -> None:
        self.board = board
        self.store = store
        self.clock = clock
        self.history = History()
        self.store_error: StoreError | None = None
        self.read_only_reason = read_only_reason or (
            Phrase("app.file_read_only") if store is not None and store.read_only else ""
        )
        self._listeners: list[Subscription] = []
        self._error_listeners: list[ErrorListener] = []

    # -- listeners --------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Subscription:
        """Call ``listener`` with every change set until the returned handle is closed."""
        return Subscription(self._listeners, listener)

    def on_store_error(self, listener: ErrorListener) -> None:
        self._error_listeners.append(listener)

    # -- state ------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def path(self) -> Path | None:
        return self.store.path if self.store is not None else None

    @property
    def has_unsaved_changes(self) -> bool:
        """True once a write failed: what is in memory is not all on disk."""
        return self.store_error is not None

    # -- changes ----------------------------------------------------------------------------
    def execute(
        self,
        edit: Edit,
        *,
        initiator: object | None = None,
        remote: bool = False,
        author: str | None = None,
    ) -> ChangeSet:
        """Apply, persist, record and announce one edit. Empty edits do nothing.

        ``initiator`` rides on the change set so the caller can recognise its own edit.
        ``remote`` edits (another participant's, from a room) are applied and saved like any
        other but never enter this machine's undo history: local undo never undoes them.
        ``author`` is logged with the edit (default: the workshop's active participant).
        """
        if edit.is_empty:
            return ChangeSet(initiator=initiator, remote=remote)
        self._check_writable()
        if author is None:
            author = self.board.workshop.active_participant
        with collector_paused():
            self.board.apply(edit.puts)
            self._persist(edit, "remote" if remote else "do", author)
            if not remote:
                self.history.record(edit, self.clock())
            return self._announce(edit, initiator=initiator, remote=remote)

    def undo(self) -> ChangeSet | None:
        return self._step(self.history.pop_undo, self.history.push_back_undo, "undo")

    def redo(self) -> ChangeSet | None:
        return self._step(self.history.pop_redo, self.history.push_back_redo, "redo")

    def _step(self, pop: Callable[[], Edit | None], push_back: Callable[[Edit], None],
              origin: str) -> ChangeSet | None:
        """Undo or redo: the history's next step applied, persisted and announced; a step
        the board refuses goes back where it came from."""
        self._check_writable()
        with collector_paused():
            edit = pop()
            if edit is None:
                return None
            try:
                self.board.apply(edit.puts)
            except DomainError:
                push_back(edit)
                raise
            self._persist(edit, origin)
            return self._announce(edit)

    def seal(self) -> None:
        """The current drag or typing burst is over: the next edit is a new undo step."""
        self.history.seal()

    def replace_store(self, store: BoardStore) -> None:
        """After Save As: the new file holds the whole board; keep writing there."""
        old = self.store
        self.store = store
        self.store_error = None
        self.read_only_reason = Phrase("app.file_read_only") if store.read_only else ""
        if old is not None and old is not store:
            with contextlib.suppress(StoreError):
                old.close()

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    # -- internals --------------------------------------------------------------------------
    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason)  # a Phrase: its code

    def _persist(self, edit: Edit, origin: str, author: str | None = None) -> None:
        if self.store is None or self.store_error is not None:
            return
        if author is None:
            author = self.board.workshop.active_participant
        try:
            self.store.write(edit.puts, LogEntry(self.clock(), author, origin))
        except StoreError as error:
            self.store_error = error
            for listener in list(self._error_listeners):
                listener(error)

    def _announce(
        self, edit: Edit, *, initiator: object | None = None, remote: bool = False
    ) -> ChangeSet:
        changes = ChangeSet.of(edit, initiator=initiator, remote=remote)
        for subscription in list(self._listeners):
            subscription._notify(changes)
        return changes
