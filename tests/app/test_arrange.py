"""arrange_timeline and tidy: order kept, idempotent, no overlaps, exact undo."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stormboard.app.arrange import arrange_positions, arrange_timeline, tidy, tidy_positions
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board
from stormboard.domain.entities import Lane, Sticky
from stormboard.domain.errors import DomainError
from stormboard.domain.timeline import (
    Rect,
    lane_membership,
    overlapping_pairs,
    reading_key,
    reading_order,
)

LANES = [Lane("A", "Sales", 0, 300), Lane("B", "Stock", 400, 200)]

coord = st.floats(-2000, 2000, allow_nan=False).map(lambda v: round(v, 1))
size = st.sampled_from([60.0, 100.0, 160.0, 280.0])
sticky_spec = st.tuples(coord, coord, size, size, st.sampled_from(["domain_event", "hotspot"]))


def build(specs: list[tuple[float, float, float, float, str]], lanes: bool = True) -> Board:
    board = Board()
    if lanes:
        board.load("lanes", LANES)
    board.load("stickies", [
        Sticky(f"s{i:03d}", kind, x, y, w, h) for i, (x, y, w, h, kind) in enumerate(specs)
    ])
    return board


def events_order(board: Board) -> list[str]:
    return [s.id for s in reading_order(board.stickies.values()) if s.kind == "domain_event"]


@given(st.lists(sticky_spec, max_size=40), st.sampled_from([10.0, 20.0, 25.0]))
@settings(max_examples=120, deadline=None)
def test_arrange_keeps_order_is_idempotent_and_overlap_free(specs, grid) -> None:
    board = build(specs)
    session = BoardSession(board, clock=lambda: 0.0)
    original = board.copy()
    order = events_order(board)
    lanes_before = {k: v for k, v in lane_membership(board).items()
                    if board.stickies[k].kind == "domain_event"}
    session.execute(arrange_timeline(board, grid=grid))
    assert events_order(board) == order
    events = {s.id: Rect(s.x, s.y, s.width, s.height)
              for s in board.stickies.values() if s.kind == "domain_event"}
    assert overlapping_pairs(events) == []
    for sid in events:
        assert board.stickies[sid].x % grid == pytest.approx(0, abs=1e-6) or \
            board.stickies[sid].x % grid == pytest.approx(grid, abs=1e-6)
    # lane members are centred in their lane; others keep their row
    after_lanes = lane_membership(board)
    for sid, lid in lanes_before.items():
        assert after_lanes[sid] == lid
        s = board.stickies[sid]
        if lid is None:
            assert s.y == original.stickies[sid].y
        else:
            lane = board.lanes[lid]
            assert s.y + s.height / 2 == pytest.approx(lane.y + lane.height / 2)
    # hotspots were not selected, so they did not move
    for sid, s in board.stickies.items():
        if s.kind != "domain_event":
            assert s == original.stickies[sid]
    # idempotent: a second run changes nothing
    assert arrange_timeline(board, grid=grid).is_empty
    session.undo()
    assert board == original


def test_arrange_example() -> None:
    board = build([(13, 0, 100, 100, "domain_event"), (5, 450, 100, 100, "domain_event"),
                   (400, 900, 100, 100, "domain_event"), (50, 20, 100, 100, "hotspot")])
    pos = arrange_positions(board, grid=20)
    # reading order by centre x: s001 (55), s000 (63), s002 (450)
    assert pos == {"s001": (0, 450), "s000": (120, 100), "s002": (400, 900)}
    # explicit selection may include any kind
    assert set(arrange_positions(board, ["s003", "s000"])) == {"s003", "s000"}
    with pytest.raises(DomainError):
        arrange_positions(board, ["ghost"])
    with pytest.raises(DomainError):
        arrange_positions(board, grid=0)


@given(st.lists(sticky_spec, max_size=40), st.sampled_from([0.0, 10.0]))
@settings(max_examples=120, deadline=None)
def test_tidy_leaves_no_overlaps(specs, gap) -> None:
    board = build(specs, lanes=False)
    original = board.copy()
    session = BoardSession(board, clock=lambda: 0.0)
    session.execute(tidy(board, gap=gap))
    rects = {s.id: Rect(s.x, s.y, s.width, s.height) for s in board.stickies.values()}
    assert overlapping_pairs(rects) == []
    for sid, s in board.stickies.items():  # only ever pushed right or down
        assert s.x >= original.stickies[sid].x and s.y >= original.stickies[sid].y
    assert tidy(board, gap=gap).is_empty  # nothing left to do
    session.undo()
    assert board == original


def test_tidy_pushes_the_smaller_way() -> None:
    board = build([(0, 0, 100, 100, "note"), (90, 20, 100, 100, "note"),
                   (10, 80, 100, 100, "note")], lanes=False)
    pos = tidy_positions(board)
    assert pos["s000"] == (0, 0)
    assert pos["s002"] == (10, 100)  # 20 down beats 90 right
    # s001: 10 right clears s000, then 10 more clears s002 (placed before it in the sweep)
    assert pos["s001"] == (110, 20)
    # a subset only considers its own members
    assert tidy_positions(board, ["s000", "s001"]) == {"s000": (0, 0), "s001": (100, 20)}


def test_reading_key_is_total() -> None:
    a = Sticky("a", "note", 0, 0, 10, 10)
    b = Sticky("b", "note", 0, 0, 10, 10)
    assert sorted([b, a], key=reading_key) == [a, b]
