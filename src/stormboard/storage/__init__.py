"""Adapters for the .storm document: SQLite via sqlmodel, schema versions, file safety.

See docs/file-format.md for the layout and docs/adr/0010-0013 for the decisions behind it.
"""

from .errors import BoardInUseError, BoardProblemsError, StormFileError
from .files import (
    OpenedBoard,
    create_board_file,
    open_board_file,
    read_board_file,
    save_board_as,
)
from .header import APPLICATION_ID, SCHEMA_VERSION
from .store import SqliteBoardStore

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "BoardInUseError",
    "BoardProblemsError",
    "OpenedBoard",
    "SqliteBoardStore",
    "StormFileError",
    "create_board_file",
    "open_board_file",
    "read_board_file",
    "save_board_as",
]
