"""Errors the storage layer raises when a .storm file cannot be used."""

from __future__ import annotations

from pathlib import Path

from ..error_codes import CodedError, Phrase


class StormFileError(CodedError):
    """A .storm file cannot be opened or created; the message is one sentence for the user,
    made from a ``code`` and parameters (stormboard.error_codes) the UI says in its language."""

    def __init__(self, path: Path | str, message: object = "", *, code: str = "",
                 **params: object) -> None:
        super().__init__(message, code=code, **params)
        self.path = Path(path)
        self.message = str(self)


class BoardInUseError(StormFileError):
    """Another Stormboard window or process has the board open for writing."""


class BoardProblemsError(StormFileError):
    """Every record is readable but the board breaks a whole-board rule (a link to a missing
    sticky, a pivotal note...): ``problems`` lists them, and each carries its repair."""

    def __init__(self, path: Path | str, detail: str, problems: list) -> None:
        super().__init__(path, code="storage.repair_hint", detail=detail, name=Path(path).name)
        # without the command-line hint, for the app's dialog (a Phrase when coded)
        self.detail = detail if isinstance(detail, Phrase) else str(detail)
        self.problems = problems
