"""What a board holds cannot break the files made from it (issue 13): a spreadsheet never runs
a cell of the CSV exports as a formula (the id column included), and every XML writer drops the
control characters XML 1.0 cannot hold."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from stormboard.domain import voting
from stormboard.domain.board import Board
from stormboard.domain.entities import Sticky, Vote
from stormboard.export.interop.csv_board import write_stickies_csv
from stormboard.export.interop.drawio import write_drawio
from stormboard.export.report import write_csv
from stormboard.export.xml_text import xml_bytes, xml_text

FORMULAS = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]


def _board(ids: list[str], text: str = "x") -> Board:
    board = Board()
    board.load("stickies", [Sticky(i, "hotspot", n * 200.0, 0.0, 160.0, 160.0, text)
                            for n, i in enumerate(ids)])
    board.load("votes", [Vote(f"v{n}", "p", i, 0.0) for n, i in enumerate(ids)])
    return board


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_ranked_csv_neutralises_every_column_including_the_id(tmp_path: Path) -> None:
    out = tmp_path / "ranked.csv"
    write_csv(voting.ranking(_board(FORMULAS, text="=HYPERLINK(\"x\")")), out)
    for row in _rows(out)[1:]:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), row


def test_stickies_csv_neutralises_every_text_column(tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    write_stickies_csv(_board(["a"], text="@cmd"), out)
    header, row = _rows(out)
    assert row[header.index("text")] == "'@cmd"


CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\ufffe\uffff"


def test_xml_text_drops_what_xml_cannot_hold() -> None:
    assert xml_text(f"a{CONTROLS}b\tc\nd") == "ab\tc\nd"
    raw = b"<t>a\x01b&#1;c&#x1F;d&#9;e&#10;</t>"
    assert xml_bytes(raw) == b"<t>abcd&#9;e&#10;</t>"
    ET.fromstring(xml_bytes(f"<t>{CONTROLS}</t>".encode()))


@pytest.mark.parametrize("where", ["text", "title"])
def test_drawio_with_control_characters_is_valid_xml(tmp_path: Path, where: str) -> None:
    board = _board(["a"], text=f"bad{CONTROLS}text" if where == "text" else "ok")
    if where == "title":
        from dataclasses import replace
        board.load("info", [replace(board.info, title=f"T{CONTROLS}")])
    out = tmp_path / "b.drawio"
    write_drawio(board, out)
    ET.parse(out)  # raises on an invalid character
