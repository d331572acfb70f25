"""An edit reads its puts for a change set once, however often it is undone and redone (ADR
0234): its undo swaps the ids; the change sets stay what the puts say."""

import pytest

from stormboard.app import commands as c
from stormboard.app import edit as edit_module
from stormboard.app.edit import ChangeSet, Edit, net_puts
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board, Put
from stormboard.domain.entities import Link, Vote


@pytest.fixture
def session():
    s = BoardSession(Board(), clock=lambda: 1000.0)
    stickies = [c.new_sticky("domain_event", i * 200.0, 0, now=1.0, sticky_id=f"s{i}")
                for i in range(30)]
    s.execute(c.add_stickies(s.board, stickies))
    s.execute(c.add_record(s.board, "links", Link("l1", "s1", "s2"), "Link"))
    s.seal()
    return s


def _counted(monkeypatch, name):
    calls = []
    real = getattr(edit_module, name)

    def counting(puts):
        calls.append(len(puts))
        return real(puts)

    monkeypatch.setattr(edit_module, name, counting)
    return calls


def test_undo_and_redo_never_read_the_puts_for_their_ids(session, monkeypatch):
    inverted = _counted(monkeypatch, "inverse_puts")
    touched = _counted(monkeypatch, "_touched")
    board_before = session.board.snapshot()
    seen = [session.execute(c.delete_stickies(session.board, list(session.board.stickies)))]
    session.seal()
    seen += [session.undo(), session.redo(), session.undo(), session.redo(), session.undo()]
    assert session.board.snapshot() == board_before
    assert inverted == [31, 31, 31]  # 30 stickies and the link, once per undo, never kept
    assert touched == []  # the delete knows its ids as it is built; every undo swaps them
    assert seen[0].removed == {"stickies": frozenset(f"s{i}" for i in range(30)),
                               "links": frozenset({"l1"})}
    assert all(ch.added == seen[0].removed and not ch.removed for ch in seen[1::2])
    assert all(ch.removed == seen[0].removed and not ch.added for ch in seen[2::2])
    moved = c.move_stickies(session.board, ["s1", "s2"], 20, 0)
    session.execute(moved)
    session.seal()
    assert session.undo().updated == {"stickies": frozenset({"s1", "s2"})}
    assert touched == [2]  # the move's ids, read when it was announced


def test_an_inverse_brings_the_ids_swapped():
    a = c.new_sticky("domain_event", 0, 0, sticky_id="a")
    edit = Edit("x", (Put("stickies", "a", None, a),))
    assert edit.touched() == ({"stickies": frozenset({"a"})}, {}, {})
    assert edit.inverse().touched() == ({}, {}, {"stickies": frozenset({"a"})})
    assert edit.inverse() == Edit("x", (Put("stickies", "a", a, None),))


@pytest.mark.parametrize("steps", [
    ["add a", "move a", "move a back"],  # nets to an add
    ["add a", "remove a"],  # nets to nothing
    ["move a", "move a back"],  # nets to nothing
    ["move a", "noop a", "add b"],
    ["remove a", "add a"],  # the same record back: nothing
])
def test_change_sets_net_a_record_put_more_than_once(steps):
    a0 = c.new_sticky("domain_event", 0, 0, sticky_id="a")
    a1 = c.new_sticky("domain_event", 50, 0, sticky_id="a")
    b0 = c.new_sticky("domain_event", 0, 0, sticky_id="b")
    table = {
        "add a": Put("stickies", "a", None, a0), "move a": Put("stickies", "a", a0, a1),
        "move a back": Put("stickies", "a", a1, a0), "remove a": Put("stickies", "a", a0, None),
        "noop a": Put("stickies", "a", a1, a1), "add b": Put("stickies", "b", None, b0),
    }
    puts = [table[s] for s in steps]
    expected = {"added": {}, "updated": {}, "removed": {}}
    for p in net_puts(puts):
        part = "added" if p.before is None else "removed" if p.after is None else "updated"
        expected[part].setdefault(p.collection, set()).add(p.id)
    got = ChangeSet.from_puts(puts)
    assert {"added": {k: set(v) for k, v in got.added.items()},
            "updated": {k: set(v) for k, v in got.updated.items()},
            "removed": {k: set(v) for k, v in got.removed.items()}} == expected
    edit = Edit("x", tuple(puts))
    inverse = ChangeSet.of(edit.inverse())
    assert (inverse.added, inverse.removed) == (ChangeSet.of(edit).removed,
                                                ChangeSet.of(edit).added)


def test_a_move_builds_what_replace_would(session):
    import dataclasses

    from stormboard.domain.entities import Sticky

    assert len(dataclasses.fields(Sticky)) == c.MOVED_FIELDS  # a new field: copy it in _moved
    full = Sticky("z", "domain_event", 1.0, 2.0, 30.0, 40.0, "t", "#FF0000", True, "p1",
                  5.0, 6.0, ("p2",))
    assert c._moved(full, 7.0, 8.0, 9.0) == dataclasses.replace(full, x=7.0, y=8.0,
                                                                  updated_at=9.0)
    edit = c.move_stickies(session.board, ["s1", "s2"], 0, 0, now=5.0)
    assert edit.is_empty  # nowhere to go: nothing to undo
    edit = c.move_stickies(session.board, ["s2", "s1"], 20, -5, now=5.0)
    assert [(p.id, p.after.x - p.before.x, p.after.y - p.before.y, p.after.updated_at)
            for p in edit.puts] == [("s1", 20, -5, 5.0), ("s2", 20, -5, 5.0)]


def test_a_delete_knows_the_ids_its_puts_touch(session):
    session.execute(c.add_record(session.board, "votes", Vote("v1", "p", "s2"), "Vote"))
    edit = c.delete_stickies(session.board, ["s2", "s1", "s3", "s2"])
    assert edit.touched() == edit_module._touched(edit.puts)
    assert edit.touched()[2] == {"stickies": {"s1", "s2", "s3"}, "links": {"l1"},
                                 "votes": {"v1"}}
    assert [p.id for p in edit.puts] == ["l1", "v1", "s1", "s2", "s3"]  # a few: by id


def test_a_delete_of_most_of_the_wall_is_undone_in_the_order_it_stood(session):
    order = list(session.board.stickies)  # s0, s1, ... s29: not the order of their ids
    session.execute(c.delete_stickies(session.board, sorted(order[1:], key=hash)))
    session.seal()
    session.undo()
    assert list(session.board.stickies) == order
