"""``stormboard export BOARD.storm -o OUT.json``: the whole board in the JSON interchange form."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.board import Board
from ..export.json_format import write_json


def export(board: Board, out: Path, args: argparse.Namespace | None = None) -> None:
    """Write ``board`` to ``out`` as JSON; layout options do not apply and are ignored."""
    write_json(board, out)
