"""``stormboard export BOARD.storm -o OUT.json``: the whole board in the JSON interchange form."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.board import Board
from ..export.json_format import write_json


def export(board: Board, out: Path, args: argparse.Namespace | None = None) -> None:
    """Write ``board`` to ``out`` as JSON, with the time slices of the .storm file it came from
    (not when exporting one slice); layout options do not apply and are ignored."""
    source = getattr(args, "file", None)
    slices = []
    if isinstance(source, Path) and getattr(args, "slice", None) is None:
        slices = _slices_of(source)
    write_json(board, out, slices)


def _slices_of(path: Path) -> list[tuple[str, float, Board]]:
    """Every slice with its board; a board whose log cannot be read is exported without them,
    saying so on stderr (the board itself is fine)."""
    from ..storage.history import LogError, read_log

    try:
        with read_log(path) as log:
            return [(s.name, s.taken_at, log.board_at_seq(s.seq)) for s in log.slices()]
    except LogError as error:
        print(f"stormboard: note: the slices were left out. {error}", file=sys.stderr)
        return []
