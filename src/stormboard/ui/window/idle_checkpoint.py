"""Checkpoint the board's file while the user is idle, so no edit's commit pays for it (ADR 0237).

A session's store commits every edit into SQLite's -wal file (durable at once); copying those
pages into the board file itself (a checkpoint) ran inside whichever commit crossed SQLite's
threshold, a third of an undo of a 20,000-sticky delete-all. Storage keeps SQLite's own
checkpoint only as a backstop; this timer asks the store for one once the board has been quiet
for ``QUIET_MS`` after its last change set.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from ...app.edit import ChangeSet
from ...app.ports import StoreError
from ...app.session import BoardSession

#: quiet time after the last change set before the checkpoint, in milliseconds
QUIET_MS = 1500

_log = logging.getLogger(__name__)


class IdleCheckpoint(QObject):
    """One per session shown: restarted by each change set, checkpoints when it runs out."""

    def __init__(
        self, session: BoardSession, parent: QObject | None = None, quiet_ms: int = QUIET_MS
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(quiet_ms)
        self._timer.timeout.connect(self.checkpoint)
        self._subscription = session.subscribe(self._changed)
        self.checkpoints = 0  # how many ran (for tests and curious readers)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def _changed(self, _changes: ChangeSet) -> None:
        self._timer.start()  # a restart: only the last change set of a burst counts

    def checkpoint(self) -> None:
        """Ask the session's store (its current one: Save As replaces it) for a checkpoint.
        A store without checkpoints (a test's fake, none at all) is left alone. A failure loses
        no edit (each is committed already) and the next write reports a failing disk to the
        user, so it is only logged; SQLite's backstop and the close try again."""
        checkpoint = getattr(self._session.store, "checkpoint_when_idle", None)
        if checkpoint is None:
            return
        try:
            checkpoint()
        except StoreError as error:
            # a log line, never shown: log() as crash_dialog does (".warning(" reads as a dialog)
            _log.log(logging.WARNING, "idle checkpoint failed: %s", error)
            return
        self.checkpoints += 1

    def close(self) -> None:
        self._timer.stop()
        self._subscription.close()
        self.deleteLater()
