"""Lane, milestone, link and merge use cases: validation, effect, and exact undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from stormboard.app import timeline_commands as tc
from stormboard.app.edit import Edit
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board
from stormboard.domain.duplicates import find_duplicates
from stormboard.domain.entities import (
    Decision,
    Lane,
    Link,
    LinkKind,
    Milestone,
    Participant,
    Sticky,
    Vote,
)
from stormboard.domain.errors import DomainError
from stormboard.domain.text import MAX_LABEL_TEXT
from stormboard.domain.timeline import lane_membership, lane_order, stickies_before


def sticky(sid: str, x: float, y: float, kind: str = "domain_event", **kw: object) -> Sticky:
    return Sticky(sid, kind, x, y, 100, 100, **kw)  # type: ignore[arg-type]


def make_board() -> Board:
    board = Board()
    board.load("participants", [Participant("ali", "Ali"), Participant("sara", "Sara"),
                                Participant("reza", "Reza")])
    board.load("lanes", [Lane("A", "Sales", 0, 200), Lane("B", "Stock", 250, 300),
                         Lane("C", "Shipping", 600, 200)])
    board.load("milestones", [Milestone("m", "Launch", 1000)])
    board.load("stickies", [
        sticky("a1", 0, 50, author="ali"), sticky("a2", 300, 50),
        sticky("b1", 0, 300, author="sara"), sticky("b2", 200, 400),
        sticky("c1", 0, 650), sticky("loose", 0, 900),
        sticky("cmd", 600, 50, kind="command"), sticky("pol", 800, 50, kind="policy"),
        sticky("d1", 1200, 300, author="reza", pivotal=True),
    ])
    board.load("links", [Link("l1", "a1", "a2"), Link("l2", "cmd", "a1", LinkKind.TRIGGERS),
                         Link("l3", "b1", "d1"), Link("l4", "a1", "d1")])
    board.load("votes", [Vote("v1", "ali", "a1"), Vote("v2", "sara", "d1"),
                         Vote("v3", "ali", "d1")])
    board.load("decisions", [Decision("d1", owner="Reza", next_step="Call supplier")])
    return board


def run_and_undo(build: Callable[[Board], Edit]) -> tuple[Board, Board]:
    """Apply through a session, check undo and redo are exact; return (before, after)."""
    session = BoardSession(make_board(), clock=lambda: 0.0)
    before = session.board.copy()
    session.execute(build(session.board))
    after = session.board.copy()
    session.undo()
    assert session.board == before
    session.redo()
    assert session.board == after
    return before, after


def ys(board: Board) -> dict[str, float]:
    return {sid: s.y for sid, s in board.stickies.items()}


# -- lanes ----------------------------------------------------------------------------------
def test_add_lane_into_free_space_moves_nothing() -> None:
    before, after = run_and_undo(lambda b: tc.add_lane(b, "Billing", 900, 100, lane_id="N"))
    assert after.lanes["N"] == Lane("N", "Billing", 900, 100, "#ECEFF1")
    assert ys(after) == ys(before)


def test_add_lane_pushes_lanes_below_with_their_stickies() -> None:
    before, after = run_and_undo(lambda b: tc.add_lane(b, "Billing", 200, 150, "#ffcc00",
                                                       lane_id="N"))
    # Lane B (top 250) must start at 350: everything from y=250 down moves by 100.
    assert [(lane.id, lane.y) for lane in lane_order(after.lanes.values())] == [
        ("A", 0), ("N", 200), ("B", 350), ("C", 700)]
    assert after.lanes["N"].color == "#FFCC00"
    moved = {sid for sid in ys(before) if ys(after)[sid] != ys(before)[sid]}
    assert moved == {"b1", "b2", "c1", "loose", "d1"}
    assert all(ys(after)[sid] == ys(before)[sid] + 100 for sid in moved)
    assert lane_membership(after) == lane_membership(before)


def test_add_lane_refusals() -> None:
    board = make_board()
    with pytest.raises(DomainError, match="split"):
        tc.add_lane(board, "X", 100, 100)
    with pytest.raises(DomainError, match="overlaps"):
        tc.add_lane(board, "X", 200, 100, push=False)
    with pytest.raises(DomainError, match="height"):
        tc.add_lane(board, "X", 900, 5)
    with pytest.raises(DomainError, match="limited"):
        tc.add_lane(board, "x" * (MAX_LABEL_TEXT + 1), 900, 100)
    with pytest.raises(DomainError, match="Colour"):
        tc.add_lane(board, "X", 900, 100, "red")
    with pytest.raises(DomainError, match="finite"):
        tc.add_lane(board, "X", float("nan"), 100)


def test_rename_recolor_collapse() -> None:
    _, after = run_and_undo(lambda b: tc.rename_lane(b, "A", "  Sales team\x07 "))
    assert after.lanes["A"].label == "Sales team"
    _, after = run_and_undo(lambda b: tc.recolor_lane(b, "A", "#abcdef"))
    assert after.lanes["A"].color == "#ABCDEF"
    _, after = run_and_undo(lambda b: tc.set_lane_collapsed(b, "B", True))
    assert after.lanes["B"].collapsed and after.lanes["B"].height == 300
    assert tc.set_lane_collapsed(make_board(), "B", False).is_empty
    with pytest.raises(DomainError, match="no lane"):
        tc.rename_lane(make_board(), "nope", "x")


def test_grow_lane_pushes_what_is_below() -> None:
    before, after = run_and_undo(lambda b: tc.resize_lane(b, "B", 400))
    assert after.lanes["B"].height == 400 and after.lanes["C"].y == 700
    assert ys(after)["c1"] == 750 and ys(after)["loose"] == 1000
    assert ys(after)["b2"] == ys(before)["b2"]  # inside the resized lane: stays
    assert lane_membership(after) == lane_membership(before)


def test_shrink_lane_keeps_its_stickies_inside() -> None:
    before, after = run_and_undo(lambda b: tc.resize_lane(b, "B", 150))
    # b2 (centre 450) would fall outside the new bottom 400: it moves up to end at 400
    assert ys(after)["b2"] == 300 and ys(after)["b1"] == 300
    assert after.lanes["C"].y == 450 and ys(after)["c1"] == 500
    assert lane_membership(after) == lane_membership(before)


def test_resize_steps_merge_into_one_undo_step() -> None:
    session = BoardSession(make_board(), clock=lambda: 0.0)
    original = session.board.copy()
    for h in (320, 340, 360):
        session.execute(tc.resize_lane(session.board, "B", h))
    session.seal()
    session.undo()
    assert session.board == original


@pytest.mark.parametrize(("lane", "index", "order"), [
    ("A", 2, ["B", "C", "A"]),
    ("C", 0, ["C", "A", "B"]),
    ("B", 0, ["B", "A", "C"]),
    ("A", 1, ["B", "A", "C"]),
])
def test_reorder_moves_stickies_with_their_lane(lane: str, index: int, order: list[str]) -> None:
    before, after = run_and_undo(lambda b: tc.move_lane(b, lane, index))
    assert [x.id for x in lane_order(after.lanes.values())] == order
    assert lane_membership(after) == lane_membership(before)
    # Each lane's stickies keep their offset from the lane's top.
    for sid, lid in lane_membership(before).items():
        if lid is not None:
            off_before = before.stickies[sid].y - before.lanes[lid].y
            assert after.stickies[sid].y - after.lanes[lid].y == off_before
        else:
            assert after.stickies[sid] == before.stickies[sid]
    # The whole block still spans the same rows; gaps stay in place.
    tops = [x.y for x in lane_order(after.lanes.values())]
    assert tops[0] == 0


def test_reorder_example_geometry() -> None:
    _, after = run_and_undo(lambda b: tc.move_lane(b, "A", 2))
    assert (after.lanes["B"].y, after.lanes["C"].y, after.lanes["A"].y) == (0, 350, 600)
    assert after.stickies["a1"].y == 650 and after.stickies["b1"].y == 50


def test_reorder_refusals_and_no_op() -> None:
    board = make_board()
    assert tc.move_lane(board, "B", 1).is_empty
    with pytest.raises(DomainError):
        tc.move_lane(board, "B", 3)
    with pytest.raises(DomainError):
        tc.move_lane(board, "Z", 0)


def test_delete_lane_keeps_its_stickies() -> None:
    before, after = run_and_undo(lambda b: tc.delete_lane(b, "B"))
    assert "B" not in after.lanes
    assert after.stickies == before.stickies
    assert lane_membership(after)["b1"] is None


def test_lane_at_point() -> None:
    board = make_board()
    assert tc.lane_at_point(board, 260) == "B" and tc.lane_at_point(board, 220) is None


# -- milestones -----------------------------------------------------------------------------
def test_milestone_use_cases() -> None:
    _, after = run_and_undo(lambda b: tc.add_milestone(b, "Month end", 500, milestone_id="n"))
    assert after.milestones["n"].label == "Month end"
    assert stickies_before(after, "n") == ["a1", "b1", "c1", "loose", "b2", "a2"]
    _, after = run_and_undo(lambda b: tc.move_milestone(b, "m", 250))
    assert after.milestones["m"].x == 250
    _, after = run_and_undo(lambda b: tc.rename_milestone(b, "m", "Go live"))
    assert after.milestones["m"].label == "Go live"
    _, after = run_and_undo(lambda b: tc.recolor_milestone(b, "m", "#000000"))
    assert after.milestones["m"].color == "#000000"
    _, after = run_and_undo(lambda b: tc.delete_milestone(b, "m"))
    assert "m" not in after.milestones
    with pytest.raises(DomainError):
        tc.move_milestone(make_board(), "m", float("inf"))
    with pytest.raises(DomainError):
        tc.add_milestone(make_board(), "x", 0, milestone_id="m")


# -- links ----------------------------------------------------------------------------------
def test_link_rules() -> None:
    assert tc.allowed_link_kinds("domain_event", "domain_event") == [
        LinkKind.LEADS_TO, LinkKind.RELATES_TO]
    assert tc.allowed_link_kinds("command", "domain_event") == [
        LinkKind.TRIGGERS, LinkKind.RELATES_TO]
    assert tc.allowed_link_kinds("policy", "command") == [LinkKind.TRIGGERS, LinkKind.RELATES_TO]
    assert tc.allowed_link_kinds("hotspot", "person") == [LinkKind.RELATES_TO]


def test_add_link_validation() -> None:
    board = make_board()
    with pytest.raises(DomainError, match="itself"):
        tc.add_link(board, "a1", "a1", "relates_to")
    with pytest.raises(DomainError, match="no sticky"):
        tc.add_link(board, "a1", "ghost")
    with pytest.raises(DomainError, match="cannot go"):
        tc.add_link(board, "a1", "cmd", LinkKind.LEADS_TO)
    with pytest.raises(DomainError, match="cannot go"):
        tc.add_link(board, "cmd", "pol", "triggers")
    with pytest.raises(DomainError, match="already"):
        tc.add_link(board, "a1", "a2", "leads_to")
    with pytest.raises(DomainError, match="Unknown link kind"):
        tc.add_link(board, "a1", "a2", "causes")


def test_link_use_cases() -> None:
    _, after = run_and_undo(lambda b: tc.add_link(b, "pol", "cmd", "triggers", "when paid",
                                                  link_id="n"))
    assert after.links["n"] == Link("n", "pol", "cmd", LinkKind.TRIGGERS, "when paid")
    _, after = run_and_undo(lambda b: tc.relabel_link(b, "l1", "then"))
    assert after.links["l1"].label == "then"
    _, after = run_and_undo(lambda b: tc.set_link_kind(b, "l1", "relates_to"))
    assert after.links["l1"].kind is LinkKind.RELATES_TO
    with pytest.raises(DomainError):
        tc.set_link_kind(make_board(), "l2", LinkKind.LEADS_TO)  # command -> event
    _, after = run_and_undo(lambda b: tc.delete_link(b, "l1"))
    assert "l1" not in after.links


# -- merging duplicates ---------------------------------------------------------------------
def test_merge_moves_links_votes_authors_and_decision() -> None:
    before, after = run_and_undo(lambda b: tc.merge_duplicates(b, ["a1", "d1", "b1"], "a1"))
    assert set(after.stickies) == set(before.stickies) - {"d1", "b1"}
    kept = after.stickies["a1"]
    assert kept.author == "ali" and kept.co_authors == ("reza", "sara")
    assert kept.pivotal  # d1 was pivotal
    # l3 b1->d1 became a self link, l4 a1->d1 too: both dropped; l1, l2 untouched
    assert set(after.links) == {"l1", "l2"}
    # every vote moves over, ali's second one included: votes stack and were paid from budgets
    assert set(after.votes) == {"v1", "v2", "v3"}
    assert {v.sticky_id for v in after.votes.values()} == {"a1"}
    assert after.decisions["a1"].next_step == "Call supplier" and "d1" not in after.decisions


def test_merge_redirects_links_without_repeats() -> None:
    board = make_board()
    board.load("stickies", [sticky("a3", 500, 50)])
    board.load("links", [Link("l5", "a3", "a2"), Link("l6", "a2", "a3")])
    session = BoardSession(board, clock=lambda: 0.0)
    original = board.copy()
    session.execute(tc.merge_duplicates(session.board, ["a1", "a3"], "a1"))
    links = session.board.links
    # l5 a3->a2 would repeat l1 a1->a2: dropped. l6 a2->a3 becomes a2->a1.
    assert "l5" not in links and (links["l6"].source_id, links["l6"].target_id) == ("a2", "a1")
    session.undo()
    assert session.board == original


def test_merge_accepts_a_found_group() -> None:
    board = make_board()
    board.load("stickies", [sticky("x1", 0, 0, text="Order placed"),
                            sticky("x2", 50, 0, text="order placed.", author="sara")])
    (group,) = find_duplicates([board.stickies["x1"], board.stickies["x2"]])
    session = BoardSession(board, clock=lambda: 0.0)
    session.execute(tc.merge_duplicates(board, group, "x1", now=5.0))
    assert "x2" not in board.stickies and board.stickies["x1"].co_authors == ("sara",)
    assert board.stickies["x1"].updated_at == 5.0


def test_merge_refusals() -> None:
    board = make_board()
    with pytest.raises(DomainError):
        tc.merge_duplicates(board, ["a1", "a2"], "b1")
    with pytest.raises(DomainError):
        tc.merge_duplicates(board, ["a1", "ghost"], "a1")
    with pytest.raises(DomainError, match="one kind"):
        tc.merge_duplicates(board, ["a1", "cmd"], "a1")
    assert tc.merge_duplicates(board, ["a1"], "a1").is_empty
