"""What each ``stormboard`` command does. They use the same storage and export code as the app.

Handlers raise ``UsageError`` (or a domain/storage/format error) with a sentence for the user;
``stormboard.cli.main`` prints it as one line and exits with status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

from ..app.commands import set_title
from ..domain.board import Board
from ..domain.entities import BoardInfo
from ..domain.notation import KINDS
from ..export.atomic import atomic_output
from .errors import UsageError
from .exporters import exporter_for
from .templates import board_from_template

BOARD_SUFFIX = ".storm"


def open_app(args: argparse.Namespace) -> int:
    """``stormboard [FILE.storm]``: the desktop app, on the board if one is given."""
    path: Path | None = args.file
    if path is not None and not path.exists():
        raise UsageError(
            f"{path}: no such board. To start one: stormboard new {path} --title \"...\""
        )
    try:
        from ..ui.app import run_app
    except ImportError as error:
        raise UsageError(f"The Stormboard app is not available in this build ({error}).") from None
    if getattr(args, "present", False):
        if path is None:
            raise UsageError("--present needs a board: stormboard --present FILE.storm")
        return int(run_app(path, present=True) or 0)
    return int(run_app(path) or 0)


def new(args: argparse.Namespace) -> int:
    """``stormboard new FILE.storm [--title TITLE] [--template NAME]``: a new board, empty or
    from a template; never overwrites."""
    from ..storage import create_board_file

    path: Path = args.file
    _require_board_suffix(path)
    if path.exists() or path.is_symlink():
        raise UsageError(f"{path} already exists; stormboard new never overwrites a file.")
    slices = []
    if args.template is not None:
        board, slices = board_from_template(args.template, args.title, path.stem)
    else:
        board = Board(BoardInfo(created_at=time.time()))
        board.apply(set_title(board, args.title if args.title is not None else path.stem).puts)
    create_board_file(path, board, slices).close()
    print(f"Created {path}: {board.info.title}")
    return 0


def check(args: argparse.Namespace) -> int:
    """``stormboard check FILE.storm``: read the whole board (never writing) and summarise it."""
    from ..storage import read_board_file

    board = read_board_file(args.file)
    print(summary(board))
    return 0


def summary(board: Board) -> str:
    counts = board.counts_by_kind()
    lines = [f"Title: {board.info.title}", f"Stickies: {len(board.stickies)}"]
    width = max((len(str(n)) for n in counts.values()), default=1)
    for kind in KINDS:  # catalogue order, so two boards' summaries line up
        if counts.get(kind.id):
            lines.append(f"  {counts[kind.id]:>{width}}  {kind.name} ({kind.id})")
    others = ("lanes", "milestones", "links", "participants", "votes", "decisions")
    lines.append(", ".join(f"{len(board.collection(name))} {name}" for name in others))
    return "\n".join(lines)


def import_json(args: argparse.Namespace) -> int:
    """``stormboard import BOARD.json -o FILE.storm``: a new board file from the JSON form."""
    from ..export.json_format import read_json_with_slices
    from ..storage import create_board_file

    out: Path = args.output
    _require_board_suffix(out)
    if out.exists() or out.is_symlink():
        raise UsageError(f"{out} already exists; import never overwrites a board.")
    board, slices = read_json_with_slices(args.file)
    # Build the file beside its final name and rename it into place when complete, so a
    # failed import never leaves a half-written board under the name the user asked for.
    with atomic_output(out) as tmp:
        tmp.unlink()  # the store creates its own file and refuses an existing one
        create_board_file(tmp, board, slices).close()  # each slice starts a stretch of the log
    print(f"Imported {len(board.stickies)} stickies into {out}")
    return 0


def export(args: argparse.Namespace) -> int:
    """``stormboard export FILE.storm -o OUT.ext``: the format follows OUT's extension."""
    source: Path = args.file
    out: Path = args.output
    if getattr(args, "replay", False):  # an animation from the edit log (ADR 0153)
        from .replay import export_replay

        return export_replay(args)
    exporter = exporter_for(out)
    from ..storage import read_board_file

    with contextlib.suppress(OSError):
        if out.exists() and out.samefile(source):
            raise UsageError(f"{out} is the board itself; choose another output file.")
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give an output file name.")
    if getattr(args, "slice", None) is not None:
        from ..storage.history import board_of_slice

        board = board_of_slice(source, args.slice)
    else:
        board = read_board_file(source)
    with _no_partial_output(out):
        exporter(board, out, args)
    print(f"Exported {source} to {out}")
    return 0


@contextlib.contextmanager
def _no_partial_output(out: Path) -> Iterator[None]:
    """Exporters write through ``atomic_output``; this is the safety net should one not: a
    failed export removes an output file that did not exist before it started."""
    existed = out.exists()
    try:
        yield
    except BaseException:
        if not existed:
            with contextlib.suppress(OSError):
                out.unlink()
        raise


def _require_board_suffix(path: Path) -> None:
    if path.suffix.lower() != BOARD_SUFFIX:
        raise UsageError(f"{path}: a board file's name must end in {BOARD_SUFFIX}.")

