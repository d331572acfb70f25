"""build_import: one additive edit, placed beside what is there, one undo step."""

from __future__ import annotations

import pytest

from stormboard.app.commands import new_sticky
from stormboard.app.importing import (
    GAP,
    Imported,
    ImportedLane,
    ImportedLink,
    ImportedSticky,
    build_import,
)
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board
from stormboard.domain.entities import Lane
from stormboard.domain.errors import DomainError


def existing() -> Board:
    board = Board()
    board.load("lanes", [Lane("L", "Customer", 0, 300)])
    board.load("stickies", [new_sticky("domain_event", 100, 50, text="old", sticky_id="s")])
    return board


def imported() -> Imported:
    out = Imported("test")
    out.lanes = [ImportedLane("customer", 1000, 200, "frame A"),
                 ImportedLane("Warehouse", 1200, 200, "frame B")]
    out.stickies = [
        ImportedSticky("command", "Ship", 0, 1050, "el 0", lane=0),
        ImportedSticky("domain_event", "Shipped", 300, 1250, "el 1", lane=1),
        ImportedSticky("note", "loose", 600, 1000, "el 2"),
    ]
    out.links = [ImportedLink(0, 1, "arrow 0"), ImportedLink(0, 1, "arrow 1"),
                 ImportedLink(0, 9, "arrow 2")]
    return out


def test_one_undo_step_that_only_adds() -> None:
    board = existing()
    before = board.snapshot()
    session = BoardSession(board)
    result = build_import(board, imported(), now=5.0)
    assert all(p.before is None for p in result.edit.puts)  # nothing existing is touched
    session.execute(result.edit)
    assert len(board.stickies) == 4 and len(board.links) == 1  # duplicate link merged
    assert result.skipped == {"links not joining two stickies": 1}
    assert session.history.undo_label == "Import"
    session.undo()
    assert board.snapshot() == before and not session.history.can_undo


def test_placed_right_of_the_wall_and_lanes_matched_by_label() -> None:
    board = existing()
    result = build_import(board, imported())
    board.apply(result.edit.puts)
    added = {s.text: s for s in board.stickies.values() if s.id != "s"}
    right = 100 + board.stickies["s"].width
    assert min(s.x for s in added.values()) == right + GAP
    # "customer" joins the board's "Customer" lane; "Warehouse" is a new lane below it
    assert added["Ship"].y == 0 + 50
    lanes = sorted(board.lanes.values(), key=lambda ln: ln.y)
    assert [ln.label for ln in lanes] == ["Customer", "Warehouse"]
    assert lanes[1].y >= 300
    assert lanes[1].y <= added["Shipped"].y + added["Shipped"].height / 2 < lanes[1].y + 200
    assert (result.lanes_added, result.lanes_matched) == (1, 1)


def test_at_puts_the_top_left_there() -> None:
    board = Board()
    result = build_import(board, imported(), at=(-500, 40))
    board.apply(result.edit.puts)
    assert min(s.x for s in board.stickies.values()) == -500
    assert min(ln.y for ln in board.lanes.values()) == 40


def test_refusals_name_the_element() -> None:
    bad = Imported("test")
    bad.stickies = [ImportedSticky("note", "x" * 2001, 0, 0, "elements[7] (rectangle 'r')")]
    with pytest.raises(DomainError, match=r"^elements\[7\] \(rectangle 'r'\): A sticky's text"):
        build_import(Board(), bad)
    bad.stickies = [ImportedSticky("note", "x", float("nan"), 0, "row 3")]
    with pytest.raises(DomainError, match=r"^row 3: x must be a finite number"):
        build_import(Board(), bad)
