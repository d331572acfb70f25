"""The edit log: it holds exactly the applied edits, rebuilds the board at any moment, and its
slices survive Save As; a damaged or newer log is one sentence and the board still opens."""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_samples import write_v1_file

from stormboard.app import commands as c
from stormboard.app import workshop_commands as w
from stormboard.app.session import BoardSession
from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.domain.entities import Lane, Link, Participant
from stormboard.domain.errors import DomainError
from stormboard.storage import create_board_file, editlog, open_board_file, save_board_as
from stormboard.storage.editlog import LogError
from stormboard.storage.history import board_of_slice, read_log

kinds = st.sampled_from([k.id for k in notation.KINDS])
coords = st.floats(min_value=-5000, max_value=5000, allow_nan=False)
texts = st.text(alphabet=st.sampled_from(list("ab سفارش‌ثبت\n📦")), max_size=12)
actions = st.one_of(
    st.tuples(st.just("add"), kinds, coords, coords, texts),
    st.tuples(st.just("text"), st.integers(0, 50), texts),
    st.tuples(st.just("move"), st.lists(st.integers(0, 50), max_size=4), coords, coords),
    st.tuples(st.just("delete"), st.lists(st.integers(0, 50), max_size=3)),
    st.tuples(st.just("link"), st.integers(0, 50), st.integers(0, 50)),
    st.tuples(st.just("lane"), coords),
    st.tuples(st.just("author"), st.sampled_from([None, "p1"])),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
    st.tuples(st.just("seal")),
)


def _pick(board: Board, i: int) -> str | None:
    ids = sorted(board.stickies)
    return ids[i % len(ids)] if ids else None


def _run(session: BoardSession, action: tuple) -> None:
    b = session.board
    name = action[0]
    if name == "add":
        session.execute(c.add_sticky(b, c.new_sticky(action[1], action[2], action[3],
                                                     text=action[4])))
    elif name == "undo":
        session.undo()
    elif name == "redo":
        session.redo()
    elif name == "seal":
        session.seal()
    elif name == "lane":
        session.execute(c.add_record(b, "lanes", Lane(f"lane{len(b.lanes)}", "Lane", action[1],
                                                      300), "Add lane"))
    elif name == "author":
        session.execute(w.set_active_participant(b, action[1]))
    elif not b.stickies:
        return
    elif name == "text":
        session.execute(c.set_text(b, _pick(b, action[1]), action[2]))
    elif name == "move":
        session.execute(c.move_stickies(b, {_pick(b, i) for i in action[1]}, action[2],
                                        action[3]))
    elif name == "delete":
        session.execute(c.delete_stickies(b, {_pick(b, i) for i in action[1]}))
    elif name == "link":
        src, dst = _pick(b, action[1]), _pick(b, action[2])
        lid = f"link-{src}-{dst}"
        if src != dst and lid not in b.links:
            session.execute(c.add_record(b, "links", Link(lid, src, dst), "Link"))


class Tick:
    def __init__(self) -> None:
        self.t = 1_000.0

    def __call__(self) -> float:
        self.t += 0.5
        return self.t


class Spy:
    """Records what the session hands the store, then lets the real store write it."""

    def __init__(self, store) -> None:
        self.store = store
        self.written: list[tuple] = []

    def __getattr__(self, name: str):
        return getattr(self.store, name)

    def write(self, puts, entry=None) -> None:
        self.store.write(puts, entry)
        self.written.append((tuple(puts), entry))


@settings(max_examples=40, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(actions, max_size=30))
def test_log_equals_the_applied_edits_and_rebuilds_every_moment(
    monkeypatch: pytest.MonkeyPatch, seq: list
) -> None:
    monkeypatch.setattr(editlog, "CHECKPOINT_EVERY", 4)  # checkpoints inside short runs too
    monkeypatch.setattr(editlog, "PART_CHARS", 700)  # and entries and checkpoints in parts
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.storm"
        board = Board()
        board.load("participants", [Participant("p1", "سارا")])
        create_board_file(path, board).close()
        opened = open_board_file(path)
        clock = Tick()
        spy = Spy(opened.store)
        session = BoardSession(opened.board, spy, clock=clock)  # type: ignore[arg-type]
        start = opened.store.log.last_seq()
        boards = {start: session.board.copy()}
        times = {start: 0.0}
        for action in seq:
            with contextlib.suppress(DomainError):
                _run(session, action)
            seq_now = opened.store.log.last_seq()
            boards[seq_now] = session.board.copy()
            times[seq_now] = clock.t
        log = opened.store.log
        records = list(log.entries(after=start))
        assert [(r.puts, r.time, r.author, r.origin) for r in records] == [
            (puts, e.time, e.author, e.origin) for puts, e in spy.written
        ]
        for at, expected in boards.items():
            assert log.board_at_seq(at) == expected
            if at != start:
                assert log.board_at(times[at] + 0.1) == expected
        opened.store.close()


def test_every_origin_and_author_is_logged(tmp_path: Path) -> None:
    path = tmp_path / "o.storm"
    create_board_file(path, Board()).close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store)
    s = c.new_sticky("domain_event", 0, 0, text="a")
    session.execute(c.add_sticky(session.board, s))
    session.undo()
    session.redo()
    remote = c.new_sticky("hotspot", 5, 5, text="b")
    session.execute(c.add_sticky(session.board, remote), remote=True, author="guest")
    records = list(opened.store.log.entries())
    assert [r.origin for r in records] == ["created", "do", "undo", "redo", "remote"]
    assert records[-1].author == "guest"
    assert opened.store.log.board_at_seq(records[-1].seq) == session.board
    opened.store.close()


def test_slices_taken_listed_renamed_deleted_and_carried_by_save_as(tmp_path: Path) -> None:
    path = tmp_path / "s.storm"
    create_board_file(path, Board()).close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store)
    session.execute(c.add_sticky(session.board, c.new_sticky("domain_event", 0, 0, text="a")))
    first = session.board.copy()
    log = opened.store.log
    log.take_slice("  after   exploration ", at=10.0)
    session.execute(c.add_sticky(session.board, c.new_sticky("hotspot", 0, 0, text="b")))
    log.take_slice("later", at=20.0)
    assert [(s.name, s.stickies) for s in log.slices()] == [
        ("after exploration", 1), ("later", 2)]
    with pytest.raises(LogError, match='already has a slice named "later"'):
        log.take_slice("later")
    log.rename_slice("later", "after sorting")
    log.take_slice("gone")
    log.delete_slice("gone")
    with pytest.raises(LogError, match=r'^s\.storm has no slice named "gone" \(slices: '):
        log.board_of_slice("gone")
    copy = tmp_path / "copy.storm"
    store = save_board_as(session.board, copy, history=opened.store)
    session.replace_store(store)
    session.execute(c.add_sticky(session.board, c.new_sticky("person", 0, 0, text="c")))
    session.close()
    with read_log(copy) as copied:
        assert [s.name for s in copied.slices()] == ["after exploration", "after sorting"]
        assert copied.board_of_slice("after exploration") == first
        assert copied.board_at_seq(copied.last_seq()) == session.board
    assert board_of_slice(copy, "after sorting").stickies.keys() < session.board.stickies.keys()


def test_migrated_file_starts_its_log_at_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.storm"
    write_v1_file(path)
    opened = open_board_file(path)
    try:
        records = list(opened.store.log.entries())
        assert [r.origin for r in records] == ["migration"]
        assert opened.store.log.board_at_seq(records[0].seq) == opened.board
    finally:
        opened.store.close()


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(("sql", "message"), [
    ("UPDATE edit_log SET puts = '[[1,2' WHERE seq = 2",
     r"^The edit log of d\.storm is damaged \(entry 2 cannot be read\); the board itself is "
     r"not affected\.$"),
    ("UPDATE edit_log SET format = 9 WHERE seq = 2",
     r"^The edit log of d\.storm was written by a newer Stormboard \(log format 9; this version "
     r"reads up to 2\); update Stormboard to use it\.$"),
    ("UPDATE log_checkpoints SET board = '{}'",
     r"^The edit log of d\.storm is damaged \(checkpoint 1 cannot be read\)"),
])
def test_bad_log_is_one_sentence_and_the_board_still_opens(
    tmp_path: Path, sql: str, message: str
) -> None:
    path = tmp_path / "d.storm"
    create_board_file(path, Board()).close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store)
    session.execute(c.add_sticky(session.board, c.new_sticky("domain_event", 0, 0, text="a")))
    opened.store.log.take_slice("one")
    session.close()
    _tamper(path, sql)
    with read_log(path) as log, pytest.raises(LogError, match=message):
        log.board_of_slice("one")
    again = open_board_file(path)
    again.store.close()
    assert len(again.board.stickies) == 1


def test_an_edit_longer_than_a_sqlite_value_is_logged_in_parts(tmp_path: Path) -> None:
    """Deleting 20,000 stickies logs ~6 MB of rows: more than SQLite's 4 MB value limit, so the
    entry and the checkpoints are split; the edit is saved and the log rebuilds both sides."""
    board = Board()
    board.load("stickies", [
        c.new_sticky("domain_event", i * 1.5, 0.0, text=f"رویداد شماره {i}: سفارش ثبت شد",
                     sticky_id=f"s{i}") for i in range(20_000)
    ])
    path = tmp_path / "big.storm"
    create_board_file(path, board).close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store)
    full = session.board.copy()
    session.execute(c.delete_stickies(session.board, list(session.board.stickies)))
    assert session.store_error is None
    log = opened.store.log
    last = log.last_seq()
    assert log.board_at_seq(last) == session.board
    assert log.board_at_seq(last - 1) == full
    (record,) = log.entries(after=last - 1)
    assert len(record.puts) == 20_000
    session.close()
