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


class BoardProblemsError(StormFileError):
    """Every record is readable but the board breaks a whole-board rule (a link to a missing
    sticky, a pivotal note...): ``problems`` lists them, and each carries its repair."""

    def __init__(self, path: Path | str, detail: str, problems: list) -> None:
        name = Path(path).name
        super().__init__(path, f"{detail} Repair a copy with: stormboard repair {name} -o "
                         "FIXED.storm")
        self.detail = detail  # without the command-line hint, for the app's dialog
        self.problems = problems
