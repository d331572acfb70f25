"""What each ``stormboard`` command does. They use the same storage and export code as the app.

Handlers raise ``UsageError`` (or a domain/storage/format error) with a sentence for the user;
``stormboard.cli.main`` prints it as one line and exits with status 2.
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..app.commands import set_title
from ..app.session import StartupPause
from ..domain.board import Board
from ..domain.entities import BoardInfo
from ..domain.notation import KINDS
from ..export.atomic import atomic_output, check_target
from .errors import UsageError
from .exporters import exporter_for
from .templates import board_from_template

BOARD_SUFFIX = ".storm"


def open_app(args: argparse.Namespace) -> int:
    """``stormboard [FILE.storm]``: the desktop app, on the board if one is given."""
    path: Path | None = args.file
    if path is not None and not path.exists():
        raise UsageError(
            code="cli.such_board_start_one", file=path
        )
    if getattr(args, "present", False) and path is None:
        raise UsageError(code="cli.present_needs_board_stormboard")
    # no collection until the first frame: the UI's imports included (ADR 0246)
    pause = StartupPause()
    try:
        from ..ui.app import run_app
    except ImportError as error:
        pause.end()
        raise UsageError(code="cli.stormboard_app_available_build", error=error) from None
    try:
        return int(run_app(path, present=getattr(args, "present", False), pause=pause) or 0)
    finally:
        pause.end()


def new(args: argparse.Namespace) -> int:
    """``stormboard new FILE.storm [--title TITLE] [--template NAME]``: a new board, empty or
    from a template; never overwrites."""
    from ..storage import create_board_file

    path: Path = args.file
    _require_board_suffix(path)
    if path.exists() or path.is_symlink():
        raise UsageError(code="cli.already_exists_stormboard_new", file=path)
    slices = []
    if args.template is not None:
        board, slices = board_from_template(args.template, args.title, name_title(path))
    else:
        board = Board(BoardInfo(created_at=time.time()))
        title = args.title if args.title is not None else name_title(path)
        board.apply(set_title(board, title).puts)
    create_board_file(path, board, slices).close()
    print(f"Created {path}: {board.info.title}")
    return 0


def check(args: argparse.Namespace) -> int:
    """``stormboard check FILE.storm``: read the whole board (never writing) and summarise it."""
    from ..storage import read_board_file

    board = read_board_file(args.file)
    print(summary(board))
    return 0


def repair(args: argparse.Namespace) -> int:
    """``stormboard repair FILE.storm -o NEW.storm``: a copy with every whole-board problem
    mended (dangling links, votes and decisions dropped, values clamped); never overwrites."""
    from ..domain.integrity import board_problems
    from ..storage import read_board_file

    out: Path = args.output
    _require_board_suffix(out)
    if out.exists() or out.is_symlink():
        raise UsageError(code="cli.already_exists_repair_never", out=out)
    board = read_board_file(args.file, repair=True)
    problems = board_problems(board)
    if problems:  # every repair removes its problem; refuse rather than write a bad board
        raise UsageError(code="cli.could_repaired", file=args.file, text=problems[0].message)
    write_new_board(out, board)
    print(f"Repaired {args.file} into {out}")
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

    out: Path = args.output
    _require_board_suffix(out)
    if out.exists() or out.is_symlink():
        raise UsageError(code="cli.already_exists_import_never", out=out)
    board, slices = read_json_with_slices(args.file)
    write_new_board(out, board, slices)  # each slice starts a stretch of the log
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
            raise UsageError(code="cli.board_itself_choose_another", out=out)
    if out.is_dir():
        raise UsageError(code="cli.folder_give_output_file", out=out)
    check_target(out)  # a FIFO or a device (/dev/full) is refused before any work
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


def write_new_board(out: Path, board: Board,
                    slices: Sequence[tuple[str, float, Board]] = ()) -> None:
    """Build the file beside its final name and rename it into place when complete, so a
    failed write never leaves a half-written board under the name the user asked for."""
    from ..storage import StormFileError, create_board_file

    with atomic_output(out) as tmp:
        tmp.unlink()  # the store creates its own file and refuses an existing one
        try:
            create_board_file(tmp, board, slices).close()
        except StormFileError as error:  # it names the temporary file: name the real one
            raise UsageError(str(error).replace(tmp.name, out.name)) from None


def name_title(path: Path) -> str:
    """A title from a file name: bytes that are not UTF-8 (kept by Python as lone surrogates,
    which no board can store) become U+FFFD, so an odd name still makes a board."""
    raw = path.stem.encode("utf-8", "surrogateescape")
    return " ".join(raw.decode("utf-8", "replace").split())[:200]


def _require_board_suffix(path: Path) -> None:
    if path.suffix.lower() != BOARD_SUFFIX:
        raise UsageError(code="cli.board_file_s_name", file=path, board_suffix=BOARD_SUFFIX)

