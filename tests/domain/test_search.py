"""Find and filter across the board."""

from __future__ import annotations

from stormboard.domain.board import Board
from stormboard.domain.entities import Lane, Sticky
from stormboard.domain.search import NO_AUTHOR, NO_LANE, StickyFilter, search_text


def make_board() -> Board:
    board = Board()
    board.load("lanes", [Lane("sales", "Sales", 0, 300), Lane("ship", "Shipping", 300, 300)])
    board.load("stickies", [
        Sticky("a", "domain_event", 0, 0, 100, 100, text="سفارش ثبت‌شد", author="ali"),
        Sticky("b", "domain_event", 400, 350, 100, 100, text="سفارش ارسال شد", author="sara"),
        Sticky("c", "hotspot", 200, 50, 100, 100, text="ثبت سفارش کند است"),
        Sticky("d", "domain_event", 800, 0, 100, 100, text="Order Placed", pivotal=True,
               co_authors=("sara",)),
        Sticky("e", "domain_event", 900, 900, 100, 100, text="مشتري ثبت شد", author="ali"),
    ])
    return board


def test_search_folds_persian_variants_and_spacing() -> None:
    board = make_board()
    assert search_text(board, "ثبت شد") == ["a", "e"]  # ZWNJ and Arabic yeh folded
    assert search_text(board, "مشتری") == ["e"]
    assert search_text(board, "سفارش") == ["a", "c", "b"]  # reading order: x 50, 250, 450
    assert search_text(board, "order placed") == ["d"]
    assert search_text(board, "  ") == []


def test_filter_criteria_combine() -> None:
    board = make_board()
    everything = {"a", "b", "c", "d", "e"}
    result = StickyFilter.of(kinds=["domain_event"]).apply(board)
    assert result.matching == ("a", "b", "d", "e") and result.dimmed == {"c"}
    assert StickyFilter.of(lanes=["sales"]).apply(board).matching == ("a", "c", "d")
    assert StickyFilter.of(lanes=[NO_LANE]).apply(board).matching == ("e",)
    # co-authors count as authors
    assert StickyFilter.of(authors=["sara"]).apply(board).matching == ("b", "d")
    assert StickyFilter.of(authors=[NO_AUTHOR]).apply(board).matching == ("c",)
    # the pivotal event "d" closes chapter 0 (its boundary line stands at x 920)
    assert StickyFilter.of(chapters=[0]).apply(board).matching == ("a", "c", "b", "d")
    assert StickyFilter.of(chapters=[1]).apply(board).matching == ("e",)
    combined = StickyFilter.of(text="ثبت", kinds=["domain_event"], lanes=["sales"])
    assert combined.apply(board).matching == ("a",)
    assert StickyFilter().apply(board).dimmed == frozenset()
    assert set(StickyFilter().apply(board).matching) == everything
    assert not StickyFilter().is_active and combined.is_active
    assert combined.apply(board).is_dimmed("b")
