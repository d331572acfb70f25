"""Stormboard -> format -> Stormboard keeps kinds, texts (Persian included), lanes and links."""

from __future__ import annotations

from pathlib import Path

import pytest

from stormboard.app.importing import build_import
from stormboard.domain.board import Board
from stormboard.domain.timeline import lane_membership
from stormboard.export.interop import read_import
from stormboard.export.interop.csv_board import write_stickies_csv
from stormboard.export.interop.drawio import write_drawio
from stormboard.export.interop.excalidraw import write_excalidraw
from stormboard.export.json_format import write_json


def content(board: Board, links: bool = True) -> dict:
    lanes = {ln.id: ln.label for ln in board.lanes.values()}
    member = lane_membership(board)
    out = {
        "stickies": sorted((s.kind, s.text, lanes.get(member[s.id])) for s in
                           board.stickies.values()),
        "lanes": sorted(lanes.values()),
    }
    if links:
        text = {s.id: s.text for s in board.stickies.values()}
        out["links"] = sorted((text[k.source_id], text[k.target_id], k.kind.value, k.label)
                              for k in board.links.values())
    return out


def reimport(path: Path) -> Board:
    fresh = Board()
    fresh.apply(build_import(fresh, read_import(path)).edit.puts)
    return fresh


WRITERS = {
    "excalidraw": (write_excalidraw, True),
    "drawio": (write_drawio, True),
    "csv": (write_stickies_csv, False),
    "json": (write_json, True),
}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_round_trip(board: Board, tmp_path: Path, fmt: str) -> None:
    write, has_links = WRITERS[fmt]
    path = tmp_path / f"board.{fmt}"
    write(board, path)
    back = reimport(path)
    assert content(back, has_links) == content(board, has_links)


@pytest.mark.parametrize("fmt", ["excalidraw", "drawio"])
def test_shapes_keep_geometry_pivotal_and_colour(board: Board, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"board.{fmt}"
    WRITERS[fmt][0](board, path)
    back = {s.text: s for s in reimport(path).stickies.values()}
    for s in board.stickies.values():
        twin = back[s.text]
        assert (twin.x, twin.y, twin.width, twin.height) == (s.x, s.y, s.width, s.height)
        assert (twin.pivotal, twin.color) == (s.pivotal, s.color)


def test_csv_keeps_positions_authors_and_owners(board: Board, tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    write_stickies_csv(board, path)
    back = reimport(path)
    names = {p.id: p.name for p in back.participants.values()}
    got = {s.text: (s.x, s.y, names.get(s.author or "")) for s in back.stickies.values()}
    assert got["Place order"] == (0.0, 60.0, "Sara · سارا")
    assert got["-5% for returning customers"] == (600.0, 800.0, None)
    owners = {back.stickies[d.id].text: d.owner for d in back.decisions.values()}
    assert owners == {'Paid twice? "=SUM(A1)" <b>#1</b>': "Reza · رضا"}
