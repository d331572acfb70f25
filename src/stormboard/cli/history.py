"""``stormboard slice``, ``slices`` and ``diff``: named slices of a board's edit log and what
changed between two of them (ADR 0151, 0152). Every refusal is one line and exit status 2."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import UsageError

if TYPE_CHECKING:  # the domain and diff engine load with the commands, not on --version
    from ..domain.board import Board
    from ..domain.diff import BoardDiff

NOW = "now"


def iso(seconds: float) -> str:
    """Seconds since the epoch as an ISO 8601 time in UTC (sorts as text, reads everywhere)."""
    return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat(timespec="seconds")


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    take = sub.add_parser("slice", help="name the board as it stands now (a time slice)")
    take.add_argument("file", type=Path, metavar="FILE.storm")
    take.add_argument("--name", required=True, help="the slice's name, e.g. \"after sorting\"")
    take.set_defaults(handler=take_slice)

    listing = sub.add_parser(
        "slices", help="list a board's slices: NAME<TAB>ISO-TIME<TAB>STICKY-COUNT, oldest first")
    listing.add_argument("file", type=Path, metavar="FILE.storm")
    listing.set_defaults(handler=list_slices)

    diff = sub.add_parser(
        "diff", help="what changed between two slices (or a slice and now)",
        description="Compare two slices of a board: added, removed, moved and re-worded "
        "stickies by kind, new and resolved hotspots. -o writes it as .md or .pdf (a poster "
        "with the marks).")
    diff.add_argument("file", type=Path, metavar="FILE.storm")
    diff.add_argument("--from", dest="source", required=True, metavar="SLICE")
    diff.add_argument("--to", dest="target", default=NOW, metavar="SLICE",
                      help="another slice (default: the board now)")
    diff.add_argument("-o", "--output", type=Path, default=None, metavar="DIFF.md|DIFF.pdf")
    diff.set_defaults(handler=diff_command)


def take_slice(args: argparse.Namespace) -> int:
    """Opens the board for editing (upgrading an older file, with its backup) and names it."""
    from ..storage import open_board_file
    from ..storage.editlog import check_slice_name

    check_slice_name(args.file, args.name)  # a refused name leaves the file's bytes alone
    opened = open_board_file(args.file)
    try:
        if opened.read_only_reason:
            raise UsageError(opened.read_only_reason)
        info = opened.store.log.take_slice(args.name)
    finally:
        opened.store.close()
    print(f"Slice \"{info.name}\" of {args.file}: {info.stickies} stickies at {iso(info.taken_at)}")
    return 0


def list_slices(args: argparse.Namespace) -> int:
    from ..storage.history import read_log

    with read_log(args.file) as log:
        for info in log.slices():
            print(f"{info.name}\t{iso(info.taken_at)}\t{info.stickies}")
    return 0


def boards_to_compare(path: Path, source: str, target: str) -> tuple[Board, Board, str, str]:
    """The two boards and their labels; a slice that does not exist is a LogError."""
    from ..storage import read_board_file
    from ..storage.history import read_log

    def label(name: str, when: float) -> str:
        return f"\"{name}\" ({iso(when)})"

    with read_log(path) as log:
        first = log.slice(source)
        before = log.board_at_seq(first.seq)
        if target == NOW:
            after, target_label = None, "now"
        else:
            second = log.slice(target)
            after, target_label = log.board_at_seq(second.seq), label(second.name,
                                                                       second.taken_at)
    if after is None:
        after = read_board_file(path)
    return before, after, label(first.name, first.taken_at), target_label


def diff_command(args: argparse.Namespace) -> int:
    from ..export.diff_report import render_text, write_markdown

    out: Path | None = args.output
    if out is not None and out.suffix.lower() not in (".md", ".pdf"):
        raise UsageError(code="cli.cannot_write_comparison_use", value=out.suffix or out.name)
    before, after, source, target = boards_to_compare(args.file, args.source, args.target)
    from ..domain.diff import compare

    diff = compare(before, after)
    print(render_text(diff, source, target))
    if out is not None:
        if out.suffix.lower() == ".md":
            write_markdown(diff, out, after.info.title, source, target)
        else:
            write_diff_poster(diff, before, after, out)
        print(f"Wrote {out}")
    return 0


def write_diff_poster(diff: BoardDiff, before: Board, after: Board, out: Path) -> None:
    from ..export.diff_poster import write_diff_poster as write

    write(diff, before, after, out)
