import pytest

from stormboard.app import commands as c
from stormboard.app.edit import ChangeSet
from stormboard.app.ports import StoreError
from stormboard.app.session import BoardSession, ReadOnlyError
from stormboard.domain.board import Board


class FakeClock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


class MemoryStore:
    """Records what was written, and can be told to fail like a full disk."""

    def __init__(self, read_only=False):
        self.writes = []
        self.fail = False
        self.read_only = read_only
        self.path = None

    def write(self, puts, entry=None):
        if self.fail:
            raise StoreError("The disk is full; the board is kept in memory.")
        self.writes.append(tuple(puts))

    def close(self):
        pass


def make(store=None):
    clock = FakeClock()
    return BoardSession(Board(), store, clock=clock), clock


def add(session, x=0.0):
    s = c.new_sticky("domain_event", x, 0)
    session.execute(c.add_sticky(session.board, s))
    return s.id


def test_every_edit_is_written_once_with_only_its_rows():
    store = MemoryStore()
    session, _ = make(store)
    a = add(session)
    session.execute(c.set_text(session.board, a, "Order placed"))
    assert len(store.writes) == 2
    assert [p.id for p in store.writes[1]] == [a]


def test_typing_burst_merges_into_one_undo_step_and_seal_splits():
    session, clock = make()
    a = add(session)
    for i, text in enumerate(["O", "Or", "Ord", "Order"]):
        clock.t = 10 + i * 0.3
        session.execute(c.set_text(session.board, a, text))
    session.seal()
    clock.t = 12
    session.execute(c.set_text(session.board, a, "Order placed"))
    session.undo()
    assert session.board.stickies[a].text == "Order"
    session.undo()
    assert session.board.stickies[a].text == ""
    session.undo()
    assert a not in session.board.stickies


def test_pause_longer_than_merge_window_starts_a_new_step():
    session, clock = make()
    a = add(session)
    session.execute(c.set_text(session.board, a, "A"))
    clock.t = 10
    session.execute(c.set_text(session.board, a, "AB"))
    session.undo()
    assert session.board.stickies[a].text == "A"


def test_drag_steps_merge_and_moving_200_is_one_step():
    session, clock = make()
    ids = [add(session, x=i * 200) for i in range(200)]
    session.seal()
    start = session.board.snapshot()
    for step in range(5):
        clock.t = 100 + step * 0.05
        session.execute(c.move_stickies(session.board, ids, 10, 5))
    session.seal()
    assert session.board.stickies[ids[0]].x == 50
    session.undo()
    assert session.board.snapshot() == start


def test_change_sets_name_only_affected_ids():
    session, _ = make()
    seen: list[ChangeSet] = []
    session.subscribe(seen.append)
    a = add(session)
    b = add(session, 300)
    session.execute(c.set_color(session.board, [b], "#112233"))
    assert seen[0].added == {"stickies": frozenset({a})}
    assert seen[2].updated == {"stickies": frozenset({b})} and not seen[2].added
    session.undo()
    assert seen[-1].updated == {"stickies": frozenset({b})}


def test_failed_write_keeps_board_tells_listeners_and_stops_writing():
    store = MemoryStore()
    session, _ = make(store)
    errors = []
    session.on_store_error(errors.append)
    add(session)
    store.fail = True
    b = add(session, 300)
    assert b in session.board.stickies  # nothing lost in memory
    assert len(errors) == 1 and "disk is full" in str(errors[0])
    assert session.has_unsaved_changes
    store.fail = False
    add(session, 600)
    assert len(store.writes) == 1  # no partial history written after the failure
    session.replace_store(MemoryStore())
    assert not session.has_unsaved_changes


def test_read_only_session_refuses_edits_with_the_reason():
    session = BoardSession(Board(), MemoryStore(read_only=True))
    with pytest.raises(ReadOnlyError, match="read-only"):
        add(session)


def test_redo_after_new_edit_is_gone():
    session, _ = make()
    add(session)
    session.undo()
    assert session.history.can_redo
    add(session)
    assert not session.history.can_redo
    assert session.redo() is None


def test_remote_edit_is_saved_and_announced_but_never_undone_locally():
    store = MemoryStore()
    session, _ = make(store)
    local = add(session)
    seen = []
    session.subscribe(seen.append)
    remote = c.new_sticky("hotspot", 500, 0)
    changes = session.execute(c.add_sticky(session.board, remote), remote=True)
    assert changes.remote and seen[-1] is changes
    assert remote.id in session.board.stickies and len(store.writes) == 2
    session.undo()  # undoes the local sticky only
    assert local not in session.board.stickies
    assert remote.id in session.board.stickies
    assert session.undo() is None


def test_initiator_rides_on_the_change_set():
    session, _ = make()
    seen = []
    session.subscribe(seen.append)
    panel = object()
    s = c.new_sticky("domain_event", 0, 0)
    session.execute(c.add_sticky(session.board, s), initiator=panel)
    assert seen[-1].initiator is panel and not seen[-1].remote


def test_subscription_is_one_handle_closed_once_and_silent_at_once():
    session, _ = make()
    first: list[ChangeSet] = []
    second: list[ChangeSet] = []
    handles = []

    def close_the_other(changes: ChangeSet) -> None:
        first.append(changes)
        handles[1].close()  # during the announcement: the other one must not hear this round

    handles.append(session.subscribe(close_the_other))
    handles.append(session.subscribe(second.append))
    add(session)
    assert len(first) == 1 and second == [] and handles[1].closed
    handles[0].close()
    handles[0].close()  # twice is harmless (detach, then deletion)
    add(session, 300)
    assert len(first) == 1 and handles[0].closed
