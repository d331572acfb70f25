"""Time slices: named pictures of the board taken from its edit log (ADR 0151).

A slice is not an edit of the board: it names a moment of the log, so it is never undone and
never changes what is on the wall. The session's store provides the log when it keeps one
(``SqliteBoardStore.log``); a board without a file has no slices.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ..domain.board import Board
from ..domain.entities import Workshop
from ..domain.errors import DomainError
from .edit import ChangeSet
from .session import BoardSession


class SliceRecord(Protocol):
    name: str
    taken_at: float
    seq: int
    stickies: int


class SliceBook(Protocol):
    """What the edit log offers the app (implemented by ``storage.editlog.EditLog``)."""

    def slices(self) -> list[SliceRecord]: ...
    def take_slice(self, name: str, at: float | None = None) -> SliceRecord: ...
    def rename_slice(self, old: str, new: str) -> None: ...
    def delete_slice(self, name: str) -> None: ...
    def board_of_slice(self, name: str) -> Board: ...
    def board_at_seq(self, seq: int) -> Board: ...
    def moments(self) -> list[tuple[int, float]]: ...


class NoSlicesError(DomainError):
    """This board keeps no edit log (no file, or a file read in an older format)."""


def slice_book(session: BoardSession) -> SliceBook:
    store = session.store
    book = getattr(store, "log", None) if store is not None else None
    if book is None or getattr(store, "closed", False):
        raise NoSlicesError(code="app.no_slices_unsaved")
    return book  # type: ignore[no-any-return]


def take_slice(session: BoardSession, name: str, now: float | None = None) -> SliceRecord:
    """Name the board as it stands now. Refused on a read-only board (nothing may be written)."""
    if session.read_only:
        raise NoSlicesError(session.read_only_reason)
    return slice_book(session).take_slice(name, session.clock() if now is None else now)


def unique_name(book: SliceBook, name: str) -> str:
    """``name``, or ``name (2)``, ``name (3)``... when a slice already has it."""
    taken = {s.name for s in book.slices()}
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def ended_phase_title(before: Workshop, after: Workshop) -> str | None:
    """The title of the phase this workshop change ended (next, skip, jump or finish), if any."""
    if not after.enabled or not before.history:
        return None
    last = len(before.history) - 1
    if before.history[last].ended_at is not None or len(after.history) <= last:
        return None
    run = after.history[last]
    if run.ended_at is None or run.key != before.history[last].key:
        return None
    for phase in after.plan:
        if phase.key == run.key:
            return phase.title
    return run.key


class PhaseEndSlicer:
    """With the wizard on, takes a slice "after <phase>" each time a phase ends here.

    ``name_for`` turns a phase title into the slice's name (the UI translates it).
    """

    def __init__(
        self,
        session: BoardSession,
        name_for: Callable[[str], str] = lambda title: f"after {title}",
        on_taken: Callable[[SliceRecord], None] | None = None,
    ) -> None:
        self.session = session
        self.name_for = name_for
        self.on_taken = on_taken
        self._workshop = session.board.workshop
        self._unsubscribe = session.subscribe(self._changed)

    def _changed(self, changes: ChangeSet) -> None:
        before, after = self._workshop, self.session.board.workshop
        self._workshop = after
        if changes.remote or not changes.touches("workshop"):
            return
        title = ended_phase_title(before, after)
        if title is None or self.session.read_only:
            return
        try:
            book = slice_book(self.session)
            record = book.take_slice(
                unique_name(book, self.name_for(title)), self.session.clock()
            )
        except Exception:  # a slice is a convenience: it never stops the workshop
            return
        if self.on_taken is not None:
            self.on_taken(record)

    def close(self) -> None:
        unsubscribe = self._unsubscribe
        if callable(unsubscribe):
            unsubscribe()
        elif hasattr(unsubscribe, "close"):  # a subscription handle object
            unsubscribe.close()
