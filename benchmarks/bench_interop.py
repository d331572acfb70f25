"""Import a 10,000-sticky wall from Excalidraw, draw.io and CSV, against raw baselines.

Stormboard's path: read the file with its limits, parse it (defusedxml for draw.io), map every
element to a sticky, lane or link, and build the one additive edit (``build_import``) onto an
empty board. The baseline, in the same run, is the bare parse of the same bytes: ``json.loads``,
the stdlib XML parser, ``csv.reader``. Prints best-of-3 seconds and the ratio.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_json import generate

from stormboard.app.importing import build_import
from stormboard.domain.board import Board
from stormboard.export.interop import read_import
from stormboard.export.interop.csv_board import write_stickies_csv
from stormboard.export.interop.drawio import write_drawio
from stormboard.export.interop.excalidraw import write_excalidraw
from stormboard.export.json_format import board_from_json


def best(func, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def stormboard_import(path: Path) -> None:
    board = Board()
    board.apply(build_import(board, read_import(path)).edit.puts)


BASELINES = {
    ".excalidraw": lambda data: json.loads(data),
    ".drawio": lambda data: ET.fromstring(data),
    ".csv": lambda data: list(csv.reader(io.StringIO(data.decode("utf-8-sig")))),
}
WRITERS = {".excalidraw": write_excalidraw, ".drawio": write_drawio, ".csv": write_stickies_csv}


def main() -> None:
    board = board_from_json(generate())
    print(f"{len(board.stickies):,} stickies, {len(board.links):,} links, "
          f"{len(board.lanes)} lanes")
    with tempfile.TemporaryDirectory() as tmp:
        for suffix, write in WRITERS.items():
            path = Path(tmp) / f"wall{suffix}"
            write(board, path)
            data = path.read_bytes()
            ours = best(lambda p=path: stormboard_import(p))
            raw = best(lambda d=data, parse=BASELINES[suffix]: parse(d))
            print(f"{suffix:12} {len(data) / 1e6:5.1f} MB  import {ours * 1000:7.1f} ms  "
                  f"raw parse {raw * 1000:6.1f} ms  ratio {ours / raw:4.1f}x")


if __name__ == "__main__":
    main()
