"""Where boards live on disk: the default folder, fresh names, and which boards are still empty."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ...domain.board import Board
from ...domain.entities import COLLECTIONS, SINGLETONS

SUFFIX = ".storm"


def default_boards_dir() -> Path:
    """``<Documents>/Stormboard``: where a board is created when nobody chose a place yet."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home()) / "Stormboard"


def unique_board_path(folder: Path, stem: str) -> Path:
    """``folder/stem.storm``, or ``stem 2.storm``, ``stem 3.storm``... whichever is free."""
    candidate = folder / f"{stem}{SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem} {n}{SUFFIX}"
        n += 1
    return candidate


def with_suffix(path: Path) -> Path:
    """File dialogs may hand back a name without the extension."""
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def is_blank(board: Board) -> bool:
    """True when the board holds nothing but its two singleton records."""
    return all(
        len(board.collection(name)) == (1 if name in SINGLETONS else 0) for name in COLLECTIONS
    )
