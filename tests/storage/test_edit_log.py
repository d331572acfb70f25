"""The edit log: it holds exactly the applied edits, rebuilds the board at any moment, and its
slices survive Save As; a damaged or newer log is one sentence and the board still opens."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import tempfile
from dataclasses import replace
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


# -- log format 2: before elided, after a reference (ADR 0232) ---------------------------------
def _stickies(n: int, prefix: str = "") -> Board:
    board = Board()
    board.load("stickies", [
        c.new_sticky("domain_event", (i % 50) * 200.0, (i // 50) * 200.0,
                     text=f"{prefix}رویداد شماره {i}: سفارش ثبت شد") for i in range(n)])
    return board


def _opened(path: Path, board: Board) -> tuple[BoardSession, Spy]:
    create_board_file(path, board).close()
    opened = open_board_file(path)
    spy = Spy(opened.store)
    return BoardSession(opened.board, spy, clock=Tick()), spy  # type: ignore[arg-type]


def _stored(path: Path, seq: int) -> tuple[int, list]:
    """An entry's format and its puts as stored (all parts joined), read beside the store."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT format, puts FROM edit_log WHERE seq = ? ORDER BY part",
                            (seq,)).fetchall()
    finally:
        conn.close()
    return rows[0][0], [item for _fmt, text in rows for item in json.loads(text)]


def _format_1_text(puts) -> str:  # type: ignore[no-untyped-def]
    """The puts as log format 1 wrote them: every before and after row whole."""
    def row(collection: str, record) -> object:  # type: ignore[no-untyped-def]
        return None if record is None else editlog.to_row(collection, record)

    return editlog._ENCODER.encode([[p.collection, p.id, row(p.collection, p.before),
                                     row(p.collection, p.after)] for p in puts])


def _bulk_history(session: BoardSession, store, boards: dict[int, Board]) -> None:
    """Delete-all, undo, redo, undo; moves with their undos and redos; filler edits between,
    each board kept at the seq the log reached."""

    def step(action) -> None:
        action()
        session.seal()
        boards[store.log.last_seq()] = session.board.copy()

    b = session.board
    ids = sorted(b.stickies)
    step(lambda: session.execute(c.delete_stickies(b, ids)))
    step(session.undo)
    step(session.redo)
    step(session.undo)
    for n in range(4):
        step(lambda n=n: session.execute(c.move_stickies(b, ids[: 10 + n], 7.0, -3.0)))
        step(lambda n=n: session.execute(c.set_text(b, ids[n], f"متن {n}")))
        step(session.undo)
        step(session.undo)
        step(session.redo)
    step(lambda: session.execute(c.delete_stickies(b, ids[:5])))
    step(lambda: session.execute(c.add_sticky(b, c.new_sticky("hotspot", 1, 2, text="x"))))
    step(session.undo)
    step(session.undo)
    step(session.redo)


@pytest.mark.parametrize("every", [3, 500])
def test_bulk_deletes_moves_and_their_undos_rebuild_every_seq(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, every: int
) -> None:
    monkeypatch.setattr(editlog, "CHECKPOINT_EVERY", every)
    monkeypatch.setattr(editlog, "PART_CHARS", 2_000)  # entries in parts too
    path = tmp_path / "bulk.storm"
    session, spy = _opened(path, _stickies(60))
    store = spy.store
    start = store.log.last_seq()
    boards = {start: session.board.copy()}
    for _round in range(3 if every == 3 else 1):
        _bulk_history(session, store, boards)
    if every == 500:  # the real interval: cross it with single edits
        s = c.new_sticky("note", 0, 0, text="n")
        session.execute(c.add_sticky(session.board, s))
        while store.log.last_seq() < 503:
            session.execute(c.move_stickies(session.board, [s.id], 1.0, 0.0))
            session.seal()
            boards[store.log.last_seq()] = session.board.copy()
        _bulk_history(session, store, boards)
    log = store.log
    for at, expected in boards.items():
        assert log.board_at_seq(at) == expected, at
    records = list(log.entries(after=start))
    assert [r.puts for r in records] == [puts for puts, _e in spy.written]
    # the undo of the first delete-all refers to the delete's entry instead of holding rows
    fmt, undo = _stored(path, start + 2)
    assert fmt == 2 and {(b, a) for _c, _i, b, a in undo} == {(None, start)}
    fmt, delete = _stored(path, start + 1)
    assert {(b, a) for _c, _i, b, a in delete} == {(True, None)}
    session.close()


def test_delete_all_and_undo_log_a_small_fraction_of_their_rows(tmp_path: Path) -> None:
    path = tmp_path / "size.storm"
    session, spy = _opened(path, _stickies(2_000))
    store = spy.store
    ids = sorted(session.board.stickies)
    session.execute(c.delete_stickies(session.board, ids))
    session.seal()
    session.undo()
    last = store.log.last_seq()
    conn = sqlite3.connect(path)
    stored = conn.execute("SELECT sum(length(CAST(puts AS BLOB))) FROM edit_log WHERE seq > ?",
                          (last - 2,)).fetchone()[0]
    conn.close()

    full = sum(len(_format_1_text(puts).encode()) for puts, _e in spy.written)
    # what is left is each id once (32 hex digits) in a run of ids (ADR 0240): 11 % here
    assert stored < 0.13 * full, (stored, full)
    # each entry is one run item per RUN_IDS ids: [collection, [id, ...], before, after]
    for seq in (last - 1, last):
        fmt, items = _stored(path, seq)
        assert fmt == 2 and len(items) == -(-2_000 // editlog.RUN_IDS)
        assert all(isinstance(item[1], list) for item in items)
    with read_log(path) as log:
        assert log.board_at_seq(last - 1).stickies == {}
        assert log.board_at_seq(last).stickies == session.board.stickies
    session.close()


@pytest.mark.parametrize(("puts", "fmt"), [
    ('[["stickies",["a"],null,{"id":"a"}]]', 2),  # a row inside a run
    ('[["stickies",["a"],{"id":"a"},null]]', 2),
    ('[["stickies",[7],true,null]]', 2),  # an id that is not a text
    ('[["stickies",[],true,null]]', 2),  # a run of nothing
    ('[["stickies",["a"],true,null]]', 1),  # runs are format 2's
])
def test_a_run_of_ids_that_is_not_one_is_a_damaged_log(
        tmp_path: Path, puts: str, fmt: int) -> None:
    path = _entry_3_replaced(tmp_path / "run.storm", puts, fmt)
    with read_log(path) as log, pytest.raises(LogError, match=r"entry 3 cannot be read"):
        log.board_at_seq(3)


@contextlib.contextmanager
def _commits_fail(store):  # type: ignore[no-untyped-def]
    """The disk fails at every COMMIT inside, after the edit's rows and entry were made."""
    real = store._conn

    class FailingCommit:
        def __getattr__(self, name: str):
            return getattr(real, name)

        def execute(self, sql: str, *args):
            if sql == "COMMIT":
                raise sqlite3.OperationalError("disk I/O error")
            return real.execute(sql, *args)

    store._conn = FailingCommit()
    try:
        yield
    finally:
        store._conn = real


def _put_raw(path: Path, seq: int, puts: str, fmt: int = 2) -> None:
    _tamper(path, f"UPDATE edit_log SET puts = '{puts}', format = {fmt} WHERE seq = {seq}")


def _entry_3_replaced(path: Path, puts: str, fmt: int = 2) -> Path:
    """A file whose entry 2 adds sticky "a" and entry 3 edits it, entry 3 then replaced."""
    session, _spy = _opened(path, Board())
    a = c.new_sticky("domain_event", 0, 0, text="a", sticky_id="a")
    session.execute(c.add_sticky(session.board, a))  # entry 2
    session.execute(c.set_text(session.board, "a", "b"))  # entry 3
    session.close()
    _put_raw(path, 3, puts, fmt)
    return path


@pytest.mark.parametrize("puts", [
    '[["stickies","gone",null,1]]',  # entry 1 (the baseline) had no such sticky
    '[["stickies","a",null,40]]',  # no entry 40
    '[["stickies","a",null,3]]',  # not an earlier entry
    '[["stickies","a",null,-1]]',
    '[["stickies","nobody",true,null]]',  # "the record it had", and it had none
    '[["stickies","a",false,null]]',
])
def test_a_reference_to_nothing_is_a_damaged_log(tmp_path: Path, puts: str) -> None:
    path = _entry_3_replaced(tmp_path / "ref.storm", puts)
    with read_log(path) as log, pytest.raises(LogError, match=r"damaged \(entry 3 cannot be"):
        if "true" in puts:
            list(log.entries())
        else:
            log.board_at_seq(3)


def test_a_format_1_entry_may_not_elide(tmp_path: Path) -> None:
    path = tmp_path / "one.storm"
    session, _spy = _opened(path, _stickies(3))
    session.execute(c.delete_stickies(session.board, list(session.board.stickies)))
    session.close()
    _tamper(path, "UPDATE edit_log SET format = 1 WHERE seq = 2")
    with read_log(path) as log, pytest.raises(LogError, match=r"entry 2 cannot be read"):
        log.board_at_seq(2)


def test_a_reference_before_the_checkpoint_is_rebuilt_there(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # the store refers back only as far as its last checkpoint, but the format allows more:
    # the reader rebuilds the rows at k from an earlier checkpoint (memoized per call)
    monkeypatch.setattr(editlog, "CHECKPOINT_EVERY", 3)
    path = tmp_path / "far.storm"
    session, spy = _opened(path, _stickies(20))
    store = spy.store
    boards = {}
    ids = sorted(session.board.stickies)
    session.execute(c.delete_stickies(session.board, ids))  # entry 2
    session.seal()
    for n in range(7):  # entries 3-9: checkpoints at 3, 6 and 9
        session.execute(c.add_sticky(session.board, c.new_sticky("note", n, 0, text=str(n))))
        session.seal()
        boards[store.log.last_seq()] = session.board.copy()
    deleted = [p.before for p in spy.written[0][0]]
    session.execute(c.add_stickies(session.board, deleted))  # entry 10
    assert store._texts.encoded == 7 + len(deleted)  # entry 1 is behind the checkpoints
    boards[store.log.last_seq()] = session.board.copy()
    session.seal()
    session.execute(c.move_stickies(session.board, ids[:3], 5.0, 5.0))  # entry 11
    boards[store.log.last_seq()] = session.board.copy()
    session.close()
    # entry 10 as the format allows: "what each id had right after entry 1"
    _put_raw(path, 10, json.dumps([["stickies", s.id, None, 1] for s in deleted]))
    with read_log(path) as log:
        for at, expected in boards.items():
            assert log.board_at_seq(at) == expected
        assert [r.puts for r in log.entries(after=9)] == [w[0] for w in spy.written[-2:]]


def _with_history(monkeypatch: pytest.MonkeyPatch, path: Path, every: int):  # type: ignore[no-untyped-def]
    """A file with 30 stickies and ``_bulk_history`` in its log (a checkpoint every
    ``every`` entries): its session, store, boards by seq and log records."""
    monkeypatch.setattr(editlog, "CHECKPOINT_EVERY", every)
    session, spy = _opened(path, _stickies(30))
    store = spy.store
    boards = {store.log.last_seq(): session.board.copy()}
    _bulk_history(session, store, boards)
    return session, store, boards, list(store.log.entries())


def _as_format_1(path: Path, records: list[editlog.LogRecord]) -> None:
    """Rewrite entries as log format 1 wrote them: every before and after row whole."""
    conn = sqlite3.connect(path)
    for r in records:
        text = _format_1_text(r.puts)
        conn.execute("DELETE FROM edit_log WHERE seq = ? AND part > 0", (r.seq,))
        conn.execute("UPDATE edit_log SET format = 1, puts = ? WHERE seq = ?", (text, r.seq))
    conn.execute("UPDATE log_checkpoints SET format = 1")
    conn.commit()
    conn.close()


def test_an_old_format_1_log_still_replays_and_new_entries_follow_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "old.storm"
    session, _store, boards, records = _with_history(monkeypatch, path, 4)
    session.close()
    _as_format_1(path, records)
    with read_log(path) as log:
        assert {f for f, in log._query("SELECT DISTINCT format FROM edit_log")} == {1}
        assert list(log.entries()) == records
        for at, expected in boards.items():
            assert log.board_at_seq(at) == expected
    # opened again by this version: format-2 entries after format-1 ones
    opened = open_board_file(path)
    spy = Spy(opened.store)
    session = BoardSession(opened.board, spy, clock=Tick())  # type: ignore[arg-type]
    _bulk_history(session, opened.store, boards)
    log = opened.store.log
    for at, expected in boards.items():
        assert log.board_at_seq(at) == expected
    assert [r.puts for r in log.entries(after=records[-1].seq)] == [p for p, _e in spy.written]
    session.close()


def test_save_as_carries_references_that_still_replay(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    session, store, boards, records = _with_history(monkeypatch, tmp_path / "a.storm", 5)
    copy = tmp_path / "b.storm"
    new_store = save_board_as(session.board, copy, history=store)
    session.replace_store(new_store)
    assert new_store._texts.encoded == 0
    session.undo()  # the new store knows nothing yet: whole rows
    assert new_store._texts.encoded > 0
    boards[new_store.log.last_seq()] = session.board.copy()
    session.close()
    with read_log(copy) as copied:
        assert list(copied.entries(upto=records[-1].seq)) == records
        for at, expected in boards.items():
            assert copied.board_at_seq(at) == expected


def test_an_id_twice_in_one_write_and_a_failed_write_refer_to_nothing_wrong(
    tmp_path: Path
) -> None:
    from stormboard.app.ports import StoreError
    from stormboard.domain.board import Put

    path = tmp_path / "twice.storm"
    board = _stickies(2)
    x, y = sorted(board.stickies.values(), key=lambda s: s.id)
    store = create_board_file(path, board)
    x2, x3 = replace(x, x=x.x + 5), replace(x, x=x.x + 9)
    store.write([Put("stickies", x.id, x, x2), Put("stickies", x.id, x2, x3)])  # entry 2
    # an id twice: what the entry says of x right before it is x, not x2
    store.write([Put("stickies", x.id, x3, x2)])  # entry 3: x2 is no record of 1 or 2
    y2 = replace(y, y=y.y + 1)
    with _commits_fail(store), pytest.raises(StoreError):  # entry 4 is written again below
        store.write([Put("stickies", y.id, y, y2)])
    store.write([Put("stickies", x.id, x2, x3)])  # entry 4: x3, right before entry 3
    store.write([Put("stickies", y.id, y, y2)])  # entry 5: y2 was never logged
    assert [_stored(path, seq)[1][0][3] for seq in (3, 4)] == [
        editlog.to_row("stickies", x2), 2]
    assert _stored(path, 5)[1][0][3] == editlog.to_row("stickies", y2)
    log = store.log
    assert log.board_at_seq(2).stickies == {x.id: x3, y.id: y}
    assert log.board_at_seq(3).stickies == {x.id: x2, y.id: y}
    assert log.board_at_seq(5).stickies == {x.id: x3, y.id: y2}
    assert [r.puts for r in log.entries(after=1, upto=2)] == [
        (Put("stickies", x.id, x, x2), Put("stickies", x.id, x2, x3))]
    store.close()


def test_kept_records_are_forgotten_whole_past_the_limit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(editlog.RowTexts, "LIMIT", 10)
    path = tmp_path / "limit.storm"
    session, spy = _opened(path, _stickies(8))
    store = spy.store
    boards = {}
    ids = sorted(session.board.stickies)
    session.execute(c.delete_stickies(session.board, ids[:6]))
    session.seal()
    session.execute(c.delete_stickies(session.board, ids[6:]))  # 6 + 2: kept
    session.seal()
    assert store._texts.encoded == 0
    news = [c.new_sticky("note", i, 0, text=str(i)) for i in range(3)]
    session.execute(c.add_stickies(session.board, news))  # 8 + 3 > 10: all forgotten first
    session.seal()
    assert store._texts.encoded == 3
    boards[store.log.last_seq()] = session.board.copy()
    session.undo()  # the 3 just logged are kept
    assert store._texts.encoded == 3
    for n in (2, 6):
        session.undo()  # forgotten: their rows whole
        assert store._texts.encoded == 3 + (2 if n == 2 else 8)
        boards[store.log.last_seq()] = session.board.copy()
    for at, expected in boards.items():
        assert store.log.board_at_seq(at) == expected
    session.close()


def test_entries_across_a_save_as_baseline_start_again_from_its_board(tmp_path: Path) -> None:
    # a failed write leaves the board ahead of the log; Save As restarts the log from the
    # board (a baseline), and the elided befores after it are what that board held
    path = tmp_path / "ahead.storm"
    session, spy = _opened(path, _stickies(5))
    store = spy.store
    sid = sorted(session.board.stickies)[0]
    with _commits_fail(store):
        session.execute(c.set_text(session.board, sid, "only in memory"))
    assert session.store_error is not None
    copy = tmp_path / "copy.storm"
    session.replace_store(save_board_as(session.board, copy, history=store))
    written_before = len(spy.written)
    ids = sorted(session.board.stickies)
    edit = c.delete_stickies(session.board, ids)
    session.execute(edit)
    session.seal()
    session.undo()
    session.close()
    assert len(spy.written) == written_before  # the spy saw only the old store
    with read_log(copy) as log:
        *_earlier, delete, undo = log.entries()
        assert delete.puts == edit.puts
        assert undo.puts == edit.inverse().puts
        assert any(p.before.text == "only in memory" for p in delete.puts)


@pytest.mark.parametrize(("refs", "damaged"), [(5, False), (editlog.MAX_EARLIER + 3, True)])
def test_references_behind_the_checkpoint_are_followed_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, refs: int, damaged: bool
) -> None:
    # each reference behind the checkpoint costs a rebuild there: a crafted entry with one per
    # put must not cost one per put
    monkeypatch.setattr(editlog, "CHECKPOINT_EVERY", 3)
    path = tmp_path / "many.storm"
    session, _spy = _opened(path, Board())
    a = c.new_sticky("domain_event", 0, 0, text="a", sticky_id="a")
    session.execute(c.add_sticky(session.board, a))  # entry 2
    for n in range(editlog.MAX_EARLIER + 10):  # entries 3-28, checkpoints every third
        session.execute(c.add_sticky(session.board, c.new_sticky("note", n, 0, text=str(n))))
        session.seal()
    expected = session.board.copy()
    last = session.store.log.last_seq()  # type: ignore[union-attr]
    session.execute(c.set_text(session.board, "a", "b"))
    session.close()
    _put_raw(path, last + 1, json.dumps([["stickies", "a", True, k]
                                         for k in range(2, 2 + refs)]))
    with read_log(path) as log:
        if damaged:
            with pytest.raises(LogError, match=rf"entry {last + 1} cannot be read"):
                log.board_at_seq(last + 1)
        else:
            assert log.board_at_seq(last + 1) == expected
