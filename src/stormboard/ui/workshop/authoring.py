"""New stickies record the active participant as their author.

Two ways, best first:

* ``app.workshop_commands.with_active_author(board, edit)``: a creation path passes its edit
  through this before executing it, so author and sticky are ONE undo step. The canvas's
  document controller (``ui/canvas/document.py``) does so when it creates and pastes stickies.
* ``AutoAuthor``: a safety net for any other path. It listens to the session and, when a
  sticky is ADDED with no author while someone is active, runs a follow-up ``set_author`` edit
  (a separate undo step) once the current notification round is over. Stickies it has seen
  before are skipped, so redoing an undone creation never rewrites the redo stack.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer

from ...app import commands
from ...app.edit import ChangeSet
from ...app.session import BoardSession
from ...domain.errors import DomainError

#: a sticky older than this (seconds) when it arrives was not just written by someone in the
#: room (an import, a paste of old stickies): it keeps no author
FRESH_SECONDS = 30.0


class AutoAuthor(QObject):
    """The follow-up safety net described in the module docstring."""

    def __init__(self, session: BoardSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._seen: set[str] = set(session.board.stickies)
        self._pending: set[str] = set()
        self.enabled = True
        self._subscription = session.subscribe(self._on_changes)

    def detach(self) -> None:
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None

    def _on_changes(self, changes: ChangeSet) -> None:
        added = changes.added.get("stickies", frozenset())
        fresh = added - self._seen
        self._seen |= added
        if not fresh or not self.enabled:
            return
        board = self.session.board
        if board.workshop.active_participant is None:
            return
        now = self.session.clock()
        for sid in fresh:
            s = board.stickies.get(sid)
            if s is not None and s.author is None and now - s.created_at <= FRESH_SECONDS:
                self._pending.add(sid)
        if self._pending:
            # not inside this notification: other listeners have not seen the sticky yet
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        """Record the author of stickies waiting for one (also called by tests)."""
        pending, self._pending = self._pending, set()
        board = self.session.board
        active = board.workshop.active_participant
        if active is None or self.session.read_only:
            return
        ids = sorted(
            sid for sid in pending
            if sid in board.stickies and board.stickies[sid].author is None
        )
        if not ids:
            return
        # a refusal means the sticky changed under us: it stays without an author
        with contextlib.suppress(DomainError):
            self.session.execute(commands.set_author(board, ids, active, self.session.clock()))
