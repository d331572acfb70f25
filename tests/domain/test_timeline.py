"""Lanes, milestones and chapters read from geometry (no Qt)."""

from __future__ import annotations

import math

from stormboard.domain.board import Board
from stormboard.domain.entities import Lane, Milestone, Sticky
from stormboard.domain.timeline import (
    LaneIndex,
    Rect,
    chapter_index_at,
    chapter_of,
    chapters,
    hidden_by_collapsed_lanes,
    lane_at,
    lane_membership,
    lane_order,
    overlapping_pairs,
    reading_order,
    stickies_after,
    stickies_before,
    stickies_in_lane,
)


def sticky(sid: str, x: float, y: float, kind: str = "domain_event", text: str = "",
           pivotal: bool = False, w: float = 100, h: float = 100) -> Sticky:
    return Sticky(sid, kind, x, y, w, h, text=text, pivotal=pivotal)


def board_with(*records: Sticky | Lane | Milestone) -> Board:
    board = Board()
    for r in records:
        coll = {Sticky: "stickies", Lane: "lanes", Milestone: "milestones"}[type(r)]
        board.load(coll, [r])
    return board


LANES = (Lane("top", "Sales", 0, 200), Lane("mid", "Stock", 250, 200),
         Lane("low", "Shipping", 450, 100))


def test_membership_is_decided_by_the_centre() -> None:
    board = board_with(
        *LANES,
        sticky("a", 0, 50),      # centre y 100: in Sales
        sticky("b", 0, 160),     # straddles the border, centre 210: in the gap -> none
        sticky("c", 0, 190),     # centre 240: still in the gap
        sticky("d", 0, 210),     # centre 260: in Stock
        sticky("e", 0, 400),     # centre 450: the top edge of Shipping belongs to it
        sticky("f", 0, 500),     # centre 550: the bottom edge is outside
        sticky("g", 0, -500),    # far above
    )
    assert lane_membership(board) == {
        "a": "top", "b": None, "c": None, "d": "mid", "e": "low", "f": None, "g": None,
    }
    assert stickies_in_lane(board, "mid") == ["d"]


def test_lane_order_is_by_y_and_index_agrees_with_linear_lookup() -> None:
    lanes = [Lane("b", "B", 300, 100), Lane("a", "A", 0, 100), Lane("c", "C", 50, 400)]
    assert [lane.id for lane in lane_order(lanes)] == ["a", "c", "b"]
    index = LaneIndex(lanes)
    for y in range(-50, 600, 7):
        expected = lane_at(lanes, y)
        got = index.lane_at(y)
        assert (got.id if got else None) == (expected.id if expected else None), y


def test_overlapping_lanes_prefer_the_nearest_centre() -> None:
    lanes = [Lane("big", "Big", 0, 400), Lane("small", "Small", 100, 100)]
    assert lane_at(lanes, 150).id == "small"  # centre of small
    assert lane_at(lanes, 20).id == "big"
    assert lane_at(lanes, 399).id == "big"


def test_collapsed_lane_hides_its_stickies() -> None:
    collapsed = Lane("mid", "Stock", 250, 200, collapsed=True)
    board = board_with(LANES[0], collapsed, sticky("a", 0, 50), sticky("d", 0, 210))
    assert hidden_by_collapsed_lanes(board) == {"d"}


def test_stickies_before_and_after_milestone() -> None:
    board = board_with(
        Milestone("m", "Month end", 500),
        sticky("a", 0, 0), sticky("b", 440, 0), sticky("c", 450, 0), sticky("d", 900, 0),
    )
    # centres: a 50, b 490, c 500 (on the line: after), d 950
    assert stickies_before(board, "m") == ["a", "b"]
    assert stickies_after(board, "m") == ["c", "d"]


def test_chapters_split_at_pivotal_events() -> None:
    board = board_with(
        sticky("e1", 0, 0, text="Browsed"),
        sticky("p1", 300, 0, pivotal=True, text="Order placed"),
        sticky("e2", 500, 0),
        sticky("name1", 450, 300, kind="chapter", text="  Buying  "),
        sticky("p2", 900, 0, pivotal=True),
        sticky("e3", 1200, 200, kind="hotspot"),
        sticky("not-pivotal", 1500, 0, kind="command", pivotal=True),  # only events count
    )
    got = chapters(board)
    assert [c.index for c in got] == [0, 1, 2]
    assert [c.pivotal_id for c in got] == [None, "p1", "p2"]
    # a chapter starts at the boundary line drawn just after the pivotal event that closes the
    # chapter before it (boundary_x = right edge + PIVOTAL_GAP): p1 ends chapter 0
    assert got[0].x_start == -math.inf and got[0].x_end == 420
    assert (got[1].x_start, got[1].x_end) == (420, 1020)
    assert got[2].x_end == math.inf
    assert got[0].sticky_ids == ("e1", "p1")
    assert got[1].sticky_ids == ("name1", "e2", "p2")  # centres 500, 550, 950
    assert got[2].sticky_ids == ("e3", "not-pivotal")
    assert [c.name for c in got] == ["Chapter 1", "Buying", "Chapter 3"]
    assert got[1].name_sticky_id == "name1"
    assert [chapter_index_at(board, x) for x in (-1e9, 419.9, 420, 1019, 1020)] == [0, 0, 1, 1, 2]
    assert chapter_of(board) == {
        "e1": 0, "p1": 0, "e2": 1, "name1": 1, "p2": 1, "e3": 2, "not-pivotal": 2,
    }


def test_no_pivotal_events_means_one_chapter() -> None:
    board = board_with(sticky("a", 0, 0), sticky("b", 400, 0))
    (only,) = chapters(board)
    assert only.sticky_ids == ("a", "b") and only.pivotal_id is None


def test_reading_order_left_to_right_then_top_to_bottom() -> None:
    s = [sticky("c", 200, 0), sticky("b", 0, 300), sticky("a", 0, 0)]
    assert [x.id for x in reading_order(s)] == ["a", "b", "c"]


def test_overlapping_pairs_ignores_touching_edges() -> None:
    rects = {"a": Rect(0, 0, 10, 10), "b": Rect(10, 0, 10, 10), "c": Rect(5, 5, 10, 10)}
    assert sorted(tuple(sorted(p)) for p in overlapping_pairs(rects)) == [("a", "c"), ("b", "c")]


def test_chapter_heads_are_the_chapters_without_their_members():
    import dataclasses
    import random

    from stormboard.app import commands
    from stormboard.domain.board import Board
    from stormboard.domain.timeline import chapter_heads, chapters

    rng = random.Random(3)
    board = Board()
    kinds = ["domain_event", "chapter", "command", "hotspot"]
    board.load("stickies", [
        commands.new_sticky(rng.choice(kinds), rng.uniform(0, 5000), rng.uniform(0, 800),
                            text=rng.choice(["", "Ordering", "Paying", " "]),
                            pivotal=rng.random() < 0.05)
        for _ in range(400)
    ])
    full = chapters(board)
    assert len(full) > 3
    assert chapter_heads(board) == [dataclasses.replace(c, sticky_ids=()) for c in full]


def test_search_with_kept_keys_answers_as_without_and_folds_changed_texts_again():
    import dataclasses

    from stormboard.app import commands
    from stormboard.domain.board import Board
    from stormboard.domain.search import search_text

    board = Board()
    board.load("stickies", [
        commands.new_sticky("domain_event", i * 200.0, 0, text=t, sticky_id=f"s{i}")
        for i, t in enumerate(["Order placed", "سفارش ثبت شد", "Invoice sent", "order paid"])
    ])
    keys: dict[str, tuple[str, str]] = {}
    for query in ("order", "سفارش", "sent", "x"):
        assert search_text(board, query, keys) == search_text(board, query)
    assert len(keys) == 4
    s0 = board.stickies["s0"]
    board.load("stickies", [dataclasses.replace(s0, text="Invoice paid")])
    assert search_text(board, "invoice", keys) == ["s0", "s2"]  # the kept key was stale
