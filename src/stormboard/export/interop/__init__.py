"""Boards in and out of the tools people already use: Excalidraw, draw.io, CSV, Mermaid.

Importers read a file into an ``app.importing.Imported`` (never a Board directly), which
``app.importing.build_import`` turns into one undoable edit. No Qt here. See docs/interop.md.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ...app.importing import Imported, imported_from_board
from ...error_codes import Phrase
from .common import MAX_IMPORT_BYTES, InteropError

__all__ = [
    "IMPORT_SUFFIXES",
    "MAX_IMPORT_BYTES",
    "InteropError",
    "import_suffix_error",
    "read_import",
]


def _json(path: Path) -> Imported:
    from ..json_format import read_json
    from .common import check_size

    check_size(path)  # the same bound as every importer (a new board from JSON allows more)
    board = read_json(path)
    return imported_from_board(board, "json")


def _excalidraw(path: Path) -> Imported:
    from .excalidraw import read_excalidraw

    return read_excalidraw(path)


def _drawio(path: Path) -> Imported:
    from .drawio import read_drawio

    return read_drawio(path)


def _csv(path: Path) -> Imported:
    from .csv_board import read_csv

    return read_csv(path)


#: file name ending -> reader; ``.txt`` is a one-column list of texts
IMPORTERS: dict[str, Callable[[Path], Imported]] = {
    ".json": _json,
    ".excalidraw": _excalidraw,
    ".drawio": _drawio,
    ".csv": _csv,
    ".txt": _csv,
}
IMPORT_SUFFIXES = tuple(IMPORTERS)


def import_suffix(path: Path) -> str | None:
    name = Path(path).name.lower()
    if name.endswith(".drawio.xml"):  # what draw.io's "Export as XML" suggests
        return ".drawio"
    suffix = Path(path).suffix.lower()
    return suffix if suffix in IMPORTERS else None


def import_suffix_error(path: Path) -> str:
    known = ", ".join(IMPORT_SUFFIXES)
    return Phrase("interop.suffix", name=Path(path).name, known=known)


def read_import(path: Path) -> Imported:
    """Read any supported file; InteropError (or JsonFormatError for .json) when refused."""
    suffix = import_suffix(path)
    if suffix is None:
        raise InteropError(import_suffix_error(path))
    return IMPORTERS[suffix](Path(path))
