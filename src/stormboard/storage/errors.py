"""Errors the storage layer raises when a .storm file cannot be used."""

from __future__ import annotations

from pathlib import Path


class StormFileError(Exception):
    """A .storm file cannot be opened or created; the message is one sentence for the user."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.message = message


class BoardInUseError(StormFileError):
    """Another Stormboard window or process has the board open for writing."""
