"""``stormboard export BOARD OUT.md|OUT.csv``: the workshop report and the ranked problem list.

The CLI's export subcommand dispatches ``.md`` and ``.csv`` outputs here.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ..app.wrapup import build_wrapup
from ..domain.board import Board
from ..export.atomic import OutputError
from ..export.report import write_csv, write_markdown
from .errors import UsageError

SUFFIXES = (".md", ".csv")


def export(board: Board, out: Path, args: argparse.Namespace | None = None) -> None:
    """Write the Markdown report (``.md``) or the ranked CSV (``.csv``) of ``board`` to ``out``.

    Phase durations of a workshop still running are counted up to now."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(
            code="cli.cannot_write_report_use", name=out.name
        )
    if out.is_dir():
        raise UsageError(code="cli.folder_give_file_name", out=out, suffix=suffix)
    wrapup = build_wrapup(board, time.time())
    try:
        if suffix == ".md":
            write_markdown(wrapup, out)
        else:
            write_csv(wrapup.ranked, out)
    except OutputError as error:
        raise UsageError(str(error)) from error
