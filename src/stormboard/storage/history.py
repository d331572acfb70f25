"""Reading a file's edit log and slices without editing the board (CLI, export, replay)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from ..domain.board import Board
from .editlog import EditLog, LogError, SliceInfo
from .files import _checked_connection
from .header import read_header

__all__ = ["EditLog", "LogError", "SliceInfo", "board_of_slice", "read_log"]


@contextlib.contextmanager
def read_log(path: Path) -> Iterator[EditLog]:
    """The log of a board file, read-only: no migration, no lock, no side files left."""
    path = Path(path)
    header = read_header(path)
    immutable = header.wal_mode and not Path(f"{path}-wal").exists()
    conn, _version = _checked_connection(
        path, read_only=True, full_check=False, immutable=immutable
    )
    try:
        yield EditLog(conn, path)
    finally:
        conn.close()


def board_of_slice(path: Path, name: str) -> Board:
    with read_log(path) as log:
        return log.board_of_slice(name)
