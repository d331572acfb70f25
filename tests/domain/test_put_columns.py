"""A bulk removal told as columns (``PutColumns``, ADR 0254) is, to everyone who reads it, the
tuple of the same puts; ``Board.apply`` takes it run by run, checked whole first, and leaves
anything unusual to the put-by-put path, which says why it refuses."""

from __future__ import annotations

import pytest

from stormboard.app import commands
from stormboard.app import edit as edit_module
from stormboard.domain.board import Board, PutColumns, PutRun, inverse_puts
from stormboard.domain.entities import Link, Sticky
from stormboard.domain.errors import DomainError


def _wall(n: int = 80) -> Board:
    """``n`` events in a row, a link from every fourth to the next."""
    board = Board()
    board.load("stickies", [commands.new_sticky("domain_event", i * 10.0, 0.0, text=f"e{i}",
                                                sticky_id=f"s{i:03}") for i in range(n)])
    board.load("links", [Link(f"l{i}", f"s{i:03}", f"s{i + 1:03}") for i in range(0, n - 1, 4)])
    return board


def test_columns_are_the_tuple_of_the_same_puts() -> None:
    board = _wall()
    edit = commands.delete_stickies(board, list(board.stickies))
    puts = edit.puts
    assert type(puts) is PutColumns
    listed = tuple(puts)
    assert len(puts) == len(listed) == 80 + 20
    assert puts == listed and listed == puts and list(listed) == puts
    assert hash(puts) == hash(listed)
    assert [puts[i] for i in range(len(puts))] == list(listed)
    assert puts[-1] == listed[-1] and puts[-len(listed)] == listed[0]
    assert puts[5:30:3] == listed[5:30:3]
    assert tuple(reversed(puts)) == listed[::-1]
    assert puts + listed[:2] == listed + listed[:2] and listed[:2] + puts == listed[:2] + listed
    with pytest.raises(IndexError):
        puts[len(listed)]
    assert inverse_puts(puts) == inverse_puts(listed)
    assert type(inverse_puts(puts)) is PutColumns
    assert edit.inverse().puts == inverse_puts(listed)
    assert edit.touched() == edit_module._touched(listed)


def test_a_small_removal_stays_a_tuple() -> None:
    board = _wall()
    assert type(commands.delete_stickies(board, ["s001", "s002"]).puts) is tuple


def test_apply_takes_columns_run_by_run_with_the_same_result(monkeypatch) -> None:
    board, other = _wall(), _wall()
    edit = commands.delete_stickies(board, list(board.stickies)[10:])
    calls = []
    monkeypatch.setattr(Board, "_apply_one", lambda self, put: calls.append(put))
    board.apply(edit.puts)
    assert calls == []  # no put by put: every run checked and applied whole
    monkeypatch.undo()
    other.apply(tuple(edit.puts))
    assert board == other and len(board.stickies) == 10
    board.apply(edit.inverse().puts)
    assert board == _wall()


def test_a_stale_run_is_refused_put_by_put_and_changes_nothing() -> None:
    board = _wall()
    edit = commands.delete_stickies(board, list(board.stickies))
    moved = commands.move_stickies(board, ["s040"], 5, 0)
    board.apply(moved.puts)  # s040 is no longer the record the removal names
    before = board.snapshot()
    with pytest.raises(DomainError):
        board.apply(edit.puts)
    assert board.snapshot() == before


def test_unusual_columns_go_put_by_put() -> None:
    board = _wall(4)
    a, b = board.stickies["s000"], board.stickies["s001"]
    a2 = Sticky("s000", "domain_event", 99.0, 0.0, 160.0, 160.0, "moved")
    # an id twice in one run: the second put reads what the first wrote
    twice = PutColumns([PutRun("stickies", ("s000", "s000"), (a, a2), (a2, a))])
    board.apply(twice)
    assert board.stickies["s000"] is a
    # a record equal to the one in place but not the very one: equal is enough, as for tuples
    equal = Sticky(**{f: getattr(b, f) for f in b.__dataclass_fields__})
    assert equal == b and equal is not b
    board.apply(PutColumns([PutRun("stickies", ("s001",), (equal,), (None,))]))
    assert "s001" not in board.stickies
    # a record under another id is refused whole
    with pytest.raises(DomainError):
        board.apply(PutColumns([PutRun("stickies", ("zzz",), (None,), (a,))]))
    # a singleton is never removed
    with pytest.raises(DomainError):
        board.apply(PutColumns([PutRun("info", ("board",), (board.info,), (None,))]))
