"""``stormboard import`` from any supported format, and the interop exporters.

``import X -o NEW.storm`` makes a new board (JSON keeps its lossless path); ``import X --into
BOARD.storm [--at X,Y]`` adds everything as one undo step and never touches existing records.
The file is read and checked completely before the board is opened, so a refused file writes
nothing. See docs/interop.md.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ..app.commands import set_title
from ..app.importing import ImportResult, build_import
from ..domain.board import Board
from ..domain.entities import BoardInfo
from ..export.atomic import OutputError
from ..export.interop import InteropError, read_import
from .errors import UsageError
from .options import parse_at  # noqa: F401  (kept importable here: the --at type)


def _read(path: Path):  # type: ignore[no-untyped-def]
    try:
        return read_import(path)
    except InteropError as error:
        raise UsageError(error) from None


def _report(result: ImportResult, target: Path) -> None:
    parts = [f"{len(result.sticky_ids)} stickies"]
    if result.lanes_added:
        parts.append(f"{result.lanes_added} lanes")
    if result.links_added:
        parts.append(f"{result.links_added} links")
    print(f"Imported {', '.join(parts)} into {target}")
    skipped = ", ".join(f"{n} {what}" for what, n in sorted(result.skipped.items()))
    if skipped:
        print(f"Skipped {skipped}.")


def import_command(args: argparse.Namespace) -> int:
    source: Path = args.file
    into: Path | None = getattr(args, "into", None)
    at = getattr(args, "at", None)
    if into is None:
        if at is not None:
            raise UsageError(code="cli.places_what_imported_into")
        return _into_new(source, args.output)
    return _into_existing(source, into, at)


def _into_new(source: Path, out: Path) -> int:
    from .commands import _require_board_suffix, import_json, name_title, write_new_board

    _require_board_suffix(out)
    if out.exists() or out.is_symlink():
        raise UsageError(code="cli.already_exists_import_never", out=out)
    if source.suffix.lower() == ".json":  # the lossless interchange form keeps its own path
        return import_json(argparse.Namespace(file=source, output=out))
    imported = _read(source)
    now = time.time()
    board = Board(BoardInfo(created_at=now))
    # a file name is not a checked title (length, control characters): the builder checks it
    title = " ".join(imported.title.split())[:200] if imported.title else name_title(out)
    board.apply(set_title(board, title).puts)
    result = build_import(board, imported, now=now)
    board.apply(result.edit.puts)
    write_new_board(out, board)
    _report(result, out)
    return 0


def _into_existing(source: Path, target: Path, at: tuple[float, float] | None) -> int:
    from ..app.session import BoardSession
    from ..storage import open_board_file, read_board_file
    from .commands import _require_board_suffix

    _require_board_suffix(target)
    if not target.exists():
        raise UsageError(code="cli.such_board_make_new", target=target)
    imported = _read(source)
    # The edit is built from a read that never writes, so a refusal leaves the file untouched;
    # only a complete, checked edit opens the board for writing. The edit only adds records
    # with fresh ids, so it applies to the board as opened.
    result = build_import(read_board_file(target), imported, at=at, now=time.time())
    opened = open_board_file(target)
    session = BoardSession(opened.board, opened.store, read_only_reason=opened.read_only_reason)
    try:
        if session.read_only:
            raise UsageError(code="cli.cannot_import_into", target=target,
                             read_only_reason=session.read_only_reason)
        session.execute(result.edit)
        if session.store_error is not None:
            # the app's sentence advises Save As; here the import simply did not happen
            cause = session.store_error.__cause__
            detail = str(cause) if cause is not None else str(session.store_error)
            raise UsageError(code="cli.nothing_was_imported_into", target=target, detail=detail)
    finally:
        session.close()
    _report(result, target)
    return 0


# -- exporters (see cli/exporters.py) ---------------------------------------------------------
def _write(func, *args) -> None:  # type: ignore[no-untyped-def]
    try:
        func(*args)
    except OutputError as error:
        raise UsageError(error) from None
    except OSError as error:
        raise UsageError(code="cli.cannot_write", out=args[1],
                         value=error.strerror or error) from None


def export_csv(board: Board, out: Path, args: argparse.Namespace | None = None) -> None:
    """Every sticky; with ``--ranking`` the wrap-up's ranked hotspots and opportunities."""
    if args is not None and getattr(args, "ranking", False):
        from .report import export as export_report

        export_report(board, out, args)
        return
    from ..export.interop.csv_board import write_stickies_csv

    _write(write_stickies_csv, board, out)


def export_excalidraw(board: Board, out: Path, args: argparse.Namespace | None = None) -> None:
    from ..export.interop.excalidraw import write_excalidraw

    _write(write_excalidraw, board, out)


def export_drawio(board: Board, out: Path, args: argparse.Namespace | None = None) -> None:
    from ..export.interop.drawio import write_drawio

    _write(write_drawio, board, out)


def export_mermaid(board: Board, out: Path, args: argparse.Namespace | None = None) -> None:
    from ..export.interop.mermaid import write_mermaid

    style = getattr(args, "mermaid", None) or "flowchart"
    _write(write_mermaid, board, out, style)
