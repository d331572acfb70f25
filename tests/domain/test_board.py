import pytest

from stormboard.domain.board import Board, Put
from stormboard.domain.entities import Lane, Sticky
from stormboard.domain.errors import DomainError


def sticky(i="a", **kw):
    return Sticky(id=i, kind="domain_event", x=0, y=0, width=160, height=160, **kw)


def test_put_adds_updates_and_removes():
    b = Board()
    s = sticky()
    b.apply([Put("stickies", "a", None, s)])
    s2 = sticky(text="Order placed")
    b.apply([Put("stickies", "a", s, s2)])
    assert b.stickies["a"].text == "Order placed"
    b.apply([Put("stickies", "a", s2, None)])
    assert "a" not in b.stickies


def test_stale_put_is_refused_and_board_left_unchanged():
    b = Board()
    b.apply([Put("stickies", "a", None, sticky())])
    before = b.snapshot()
    with pytest.raises(DomainError, match="out of date"):
        b.apply([
            Put("lanes", "l", None, Lane("l", "Sales", 0, 300)),
            Put("stickies", "a", sticky(text="other"), None),  # wrong `before`
        ])
    assert b.snapshot() == before


def test_singletons_cannot_be_removed_and_records_must_match_collection():
    b = Board()
    with pytest.raises(DomainError):
        b.apply([Put("info", "board", b.info, None)])
    with pytest.raises(DomainError):
        b.apply([Put("lanes", "a", None, sticky())])
    with pytest.raises(DomainError):
        b.apply([Put("stickies", "b", None, sticky("a"))])


def test_copy_is_independent_and_equal():
    b = Board()
    b.apply([Put("stickies", "a", None, sticky())])
    c = b.copy()
    assert c == b
    c.apply([Put("stickies", "a", c.stickies["a"], None)])
    assert c != b and "a" in b.stickies


def test_a_put_from_nothing_to_nothing_changes_nothing():
    """A room batch may carry one (a record added and removed elsewhere): no KeyError, the
    board as it was, and the puts around it still applied."""
    board = Board()
    first = Put("stickies", "a", None, Sticky("a", "domain_event", 0, 0, 160, 160, "x"))
    board.apply([first, Put("stickies", "ghost", None, None)])
    assert list(board.stickies) == ["a"]
    board.apply([Put("stickies", "ghost", None, None)])
    assert list(board.stickies) == ["a"]
