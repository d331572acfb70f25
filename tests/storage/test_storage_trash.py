"""The trash of bulk deletes (ADR 0238): the rows of a delete run are kept in a TEMP table and
an undo that writes back exactly those records copies them inside SQLite; the file, its checks
and its log see nothing of it."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from storage_samples import assert_same_rows, side_files

from stormboard.app import commands
from stormboard.app.ports import StoreError
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board, Put
from stormboard.domain.entities import Link, Sticky
from stormboard.storage import (
    SCHEMA_VERSION,
    create_board_file,
    hardening,
    open_board_file,
    read_board_file,
    save_board_as,
    trash,
)
from stormboard.storage import (
    store as store_module,
)

N = 2_000


def _big(board: Board) -> Board:
    """``N`` stickies in a row, every tenth linked to the next."""
    stickies = {f"t{i:05}": Sticky(f"t{i:05}", "domain_event", i * 10.0, 50.0, 160.0, 160.0,
                                   f"رویداد {i} event") for i in range(N)}
    links = {f"l{i:05}": Link(f"l{i:05}", f"t{i:05}", f"t{i + 1:05}")
             for i in range(0, N - 1, 10)}
    board.apply([Put("stickies", k, None, v) for k, v in stickies.items()]
                + [Put("links", k, None, v) for k, v in links.items()])
    return board


def _open(tmp_path: Path, board: Board) -> BoardSession:
    path = tmp_path / "trash.storm"
    create_board_file(path, _big(board)).close()
    opened = open_board_file(path)
    return BoardSession(opened.board, opened.store)


def test_an_undo_of_delete_all_copies_the_rows_back_inside_sqlite(
    tmp_path: Path, board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = _open(tmp_path, board)
    store = session.store
    assert store is not None
    bin_ = store._trash
    tuples: list[int] = []
    insert_run = store_module._insert_run
    monkeypatch.setattr(store_module, "_insert_run",
                        lambda conn, c, records: tuples.append(len(records))
                        or insert_run(conn, c, records))
    boards = [session.board.copy()]
    edit = commands.delete_stickies(session.board, sorted(session.board.stickies))
    runs = Counter(p.collection for p in edit.puts)
    big = sum(n for n in runs.values() if n >= trash.THRESHOLD)
    assert big >= N + N // 10
    session.execute(edit)
    session.seal()
    boards.append(session.board.copy())
    assert_same_rows(tmp_path, session)
    assert bin_.kept == big and bin_.holds("stickies") == runs["stickies"]
    session.undo()
    assert_same_rows(tmp_path, session)
    assert bin_.restored == big  # no row of the big runs bound from Python
    assert sum(tuples) == len(edit.puts) - big
    boards.append(session.board.copy())
    session.redo()
    assert_same_rows(tmp_path, session)
    assert bin_.kept == big  # the trash already held these very records
    boards.append(session.board.copy())
    session.undo()
    assert_same_rows(tmp_path, session)
    assert bin_.restored == 2 * big and sum(tuples) == 2 * (len(edit.puts) - big)
    boards.append(session.board.copy())
    log = store.log
    last = log.last_seq()
    replayed = [log.board_at_seq(seq) for seq in range(last - 3, last + 1)]
    assert replayed == boards[1:]
    path = store.path
    session.close()
    assert read_board_file(path) == boards[-1]
    assert side_files(path) == []  # a self-contained file; the temp tables were never in it


def test_records_not_the_deleted_ones_are_written_as_tuples(
    tmp_path: Path, board: Board
) -> None:
    session = _open(tmp_path, board)
    store = session.store
    assert store is not None
    gone = sorted(session.board.stickies.items())[:300]
    store.write([Put("stickies", sid, s, None) for sid, s in gone])
    assert store._trash.holds("stickies") == 300
    # equal but other records (what a remote edit or a repair would bring), and edited ones
    back = [dataclasses.replace(s) for _sid, s in gone[:100]]
    back += [dataclasses.replace(s, text="دیگر") for _sid, s in gone[100:200]]
    back += [s for _sid, s in gone[200:]]  # the very records: copied back
    store.write([Put("stickies", s.id, None, s) for s in back])
    assert store._trash.restored == 100
    rows = dict(store.connection.execute("SELECT id, text FROM stickies").fetchall())
    assert rows[gone[150][0]] == "دیگر" and rows[gone[250][0]] == gone[250][1].text
    assert len(rows) == len(session.board.stickies)
    session.close()


def test_a_remote_edit_in_between_is_kept_again(tmp_path: Path, board: Board) -> None:
    session = _open(tmp_path, board)
    ids = sorted(session.board.stickies)
    session.execute(commands.delete_stickies(session.board, ids))
    session.seal()
    assert session.store is not None
    kept = session.store._trash.kept
    session.undo()
    session.execute(commands.set_text(session.board, ids[5], "از دور"), remote=True)
    session.execute(commands.delete_stickies(session.board, ids))
    session.seal()
    assert session.store._trash.kept == kept + 1  # only the edited one copied again
    session.undo()
    assert session.board.stickies[ids[5]].text == "از دور"
    assert_same_rows(tmp_path, session)
    session.close()


class _FailingCommit:
    """A connection whose COMMIT fails (what a full disk or a lost lock does at that moment)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "COMMIT":
            raise sqlite3.OperationalError("disk I/O error")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_a_failed_commit_leaves_the_trash_as_it_was(tmp_path: Path, board: Board) -> None:
    session = _open(tmp_path, board)
    store = session.store
    assert store is not None
    conn = store._conn
    assert conn is not None
    gone = sorted(session.board.stickies.items())[:500]
    store._conn = _FailingCommit(conn)  # type: ignore[assignment]
    with pytest.raises(StoreError):
        store.write([Put("stickies", sid, s, None) for sid, s in gone])
    store._conn = conn
    assert store._trash.holds("stickies") == 0
    assert conn.execute('SELECT count(*) FROM temp.sqlite_schema').fetchone() == (0,)
    store.write([Put("stickies", sid, s, None) for sid, s in gone])  # now it commits
    assert store._trash.holds("stickies") == 500
    store._conn = _FailingCommit(conn)  # type: ignore[assignment]
    with pytest.raises(StoreError):  # an undo that fails: the trash still holds them
        store.write([Put("stickies", sid, None, s) for sid, s in gone])
    store._conn = conn
    assert store._trash.holds("stickies") == 500
    store.write([Put("stickies", sid, None, s) for sid, s in gone])
    assert store._trash.restored == 1000  # the failed one copied too, then rolled back
    count = conn.execute("SELECT count(*) FROM stickies").fetchone()
    assert count == (len(session.board.stickies),)
    session.close()


def test_the_trash_is_bounded_and_never_in_the_file(
    tmp_path: Path, board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trash.Trash, "LIMIT", 1_000)
    session = _open(tmp_path, board)
    store = session.store
    assert store is not None
    stickies = sorted(session.board.stickies.items())
    store.write([Put("stickies", sid, s, None) for sid, s in stickies[:800]])
    store.write([Put("stickies", sid, s, None) for sid, s in stickies[800:1600]])
    assert store._trash.holds("stickies") == 800  # the first 800 forgotten
    temp_rows = store.connection.execute('SELECT count(*) FROM temp."stickies_trash"')
    assert temp_rows.fetchone() == (800,)
    assert store.connection.execute("PRAGMA temp_store").fetchone() == (2,)  # memory
    # the file's schema and checks see none of it; a copy holds no trash; a short run keeps none
    main = store.connection.execute("SELECT name FROM main.sqlite_schema").fetchall()
    assert not any(name.endswith("_trash") for (name,) in main)
    store.write([Put("stickies", sid, s, None) for sid, s in stickies[1600:1610]])
    assert store._trash.holds("stickies") == 800
    copy = save_board_as(session.board, tmp_path / "copy.storm")
    assert copy._trash.holds("stickies") == 0  # type: ignore[attr-defined]
    copy.close()
    hardening.verify_schema(store.connection, store.path, SCHEMA_VERSION)  # with a trash
    hardening.check_integrity(store.connection, store.path, full=True)
    session.close()


def test_a_delete_all_with_a_ghost_id_keeps_nothing(tmp_path: Path, board: Board) -> None:
    # as many ids as rows, so the trash copies the whole table; one id is not in the file:
    # the DELETE's count refuses the run and everything rolls back, the trash too
    session = _open(tmp_path, board)
    store = session.store
    assert store is not None
    links = sorted(session.board.links.items())
    ghost = Link("ghost", links[0][1].source_id, links[0][1].target_id)
    puts = [Put("links", lid, link, None) for lid, link in links[1:]]
    puts.append(Put("links", "ghost", ghost, None))
    with pytest.raises(StoreError, match="no longer matches"):
        store.write(puts)
    assert store._trash.holds("links") == 0
    count = store.connection.execute("SELECT count(*) FROM links").fetchone()
    assert count == (len(links),)
    session.close()


def test_an_undo_that_takes_back_the_whole_trash_copies_the_table(
    tmp_path: Path, board: Board
) -> None:
    """ADR 0242: an undo writing back every row the trash holds copies the table whole; one
    that takes back only some of them (the trash holds an earlier delete too) picks its ids,
    and neither brings back a row it should not."""
    session = _open(tmp_path, board)
    store = session.store
    assert store is not None
    bin_ = store._trash
    ids = sorted(session.board.stickies)
    total = len(ids)
    session.execute(commands.delete_stickies(session.board, ids[:300]))
    session.seal()
    session.execute(commands.delete_stickies(session.board, ids[300:]))
    session.seal()
    assert bin_.holds("stickies") == total
    for left in (total - 300, total):  # the trash holds more stickies than either undo writes back
        session.undo()
        assert_same_rows(tmp_path, session)
        assert len(session.board.stickies) == left and bin_.whole["stickies"] == 0
    session.redo()
    session.redo()
    assert not session.board.stickies and bin_.holds("stickies") == total
    for left in (total - 300, total):
        session.undo()
        assert_same_rows(tmp_path, session)
        assert len(session.board.stickies) == left and bin_.whole["stickies"] == 0
    session.execute(commands.delete_stickies(session.board, ids))  # held already: no copy in
    session.seal()
    session.undo()
    assert_same_rows(tmp_path, session)
    assert len(session.board.stickies) == total and bin_.whole["stickies"] == 1
    assert bin_.restored >= 3 * total
