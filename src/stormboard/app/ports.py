"""What the application needs from the outside world, as Protocols the adapters implement."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..domain.board import Put
from ..error_codes import CodedError

#: seconds since the epoch; tests pass a fake
Clock = Callable[[], float]


class StoreError(CodedError):
    """A write to the board's file failed (disk full, file gone, permission). The message is one
    sentence for the user; the board in memory is still intact."""


@dataclass(frozen=True, slots=True)
class LogEntry:
    """Who made an edit, when, and how: what the store writes into the edit log with it."""

    time: float
    author: str | None = None  # a participant id, or None
    origin: str = "do"  # "do", "undo", "redo" or "remote"


class BoardStore(Protocol):
    """Where a session persists its edits: one transaction per applied edit."""

    @property
    def path(self) -> Path | None: ...

    @property
    def read_only(self) -> bool: ...

    def write(self, puts: Sequence[Put], entry: LogEntry | None = None) -> None:
        """Persist the net effect of one edit atomically, together with its log entry (who,
        when, how; ADR 0150), or raise StoreError."""

    def close(self) -> None: ...
