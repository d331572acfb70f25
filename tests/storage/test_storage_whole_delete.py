"""A delete of every row of a table empties it in one statement (issue 12, ADR 0250), and only
when the ids are exactly the table's: the same count with another id, a row left, odd ids."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from stormboard.app import commands
from stormboard.app.ports import StoreError
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board, Put
from stormboard.domain.entities import Link, Sticky
from stormboard.storage import create_board_file, open_board_file, read_board_file, store

N = 120


def _wall(ids: list[str] | None = None) -> Board:
    board = Board()  # its stickies and links only: a delete of them all is a delete-all
    ids = ids or [f"w{i:04}" for i in range(N)]
    board.apply([Put("stickies", sid, None,
                     Sticky(sid, "domain_event", i * 10.0, 50.0, 160.0, 160.0, f"رویداد {i}"))
                 for i, sid in enumerate(ids)])
    board.apply([Put("links", f"l{i}", None, Link(f"l{i}", ids[i], ids[i + 1]))
                 for i in range(len(ids) - 1)])
    return board


def _session(path: Path) -> tuple[BoardSession, list[str]]:
    opened = open_board_file(path)
    deletes: list[str] = []
    opened.store.connection.set_trace_callback(
        lambda sql: deletes.append(sql) if sql.startswith("DELETE FROM") else None)
    return BoardSession(opened.board, opened.store), deletes


@pytest.fixture(autouse=True)
def _small_walls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "WHOLE_AT", 50)


def test_delete_all_empties_each_table_in_one_statement_and_undo_restores(
    tmp_path: Path
) -> None:
    path = tmp_path / "all.storm"
    create_board_file(path, _wall()).close()
    original = read_board_file(path)
    session, deletes = _session(path)
    session.execute(commands.delete_stickies(session.board, list(session.board.stickies)))
    assert 'DELETE FROM main."stickies"' in deletes
    assert 'DELETE FROM main."links"' in deletes
    assert not [sql for sql in deletes if "json_each" in sql and "trash" not in sql]
    on_disk = read_board_file(path)
    assert on_disk.stickies == {} and on_disk.links == {}
    session.seal()
    session.undo()
    session.close()
    back = read_board_file(path)
    assert back.stickies == original.stickies and back.links == original.links
    # in the order they were written: the file reads back as it did
    assert list(back.stickies) == list(original.stickies)


def test_all_but_one_row_goes_by_id_and_keeps_that_row(tmp_path: Path) -> None:
    path = tmp_path / "one_left.storm"
    create_board_file(path, _wall()).close()
    session, deletes = _session(path)
    ids = sorted(session.board.stickies)
    session.execute(commands.delete_stickies(session.board, ids[1:]))
    session.close()
    assert not [sql for sql in deletes if sql == 'DELETE FROM main."stickies"']
    assert list(read_board_file(path).stickies) == [ids[0]]


def test_the_same_count_with_another_id_is_refused_and_nothing_written(
    tmp_path: Path
) -> None:
    path = tmp_path / "out_of_step.storm"
    create_board_file(path, _wall()).close()
    session, deletes = _session(path)
    ids = sorted(session.board.stickies)
    # the file no longer what the board in memory holds: one row under another id
    conn: sqlite3.Connection = session.store.connection  # type: ignore[union-attr]
    conn.execute("UPDATE stickies SET id = 'elsewhere' WHERE id = ?", (ids[3],))
    session.execute(commands.delete_stickies(session.board, ids))
    # the session keeps the board in memory and stops writing (Save As is offered)
    assert isinstance(session.store_error, StoreError)
    assert "no longer matches" in str(session.store_error)
    assert not [sql for sql in deletes if sql == 'DELETE FROM main."stickies"']
    session.close()
    # rolled back whole (the file holds no valid board now: read its tables)
    with contextlib.closing(sqlite3.connect(path)) as check:
        assert check.execute("SELECT count(*) FROM stickies").fetchone()[0] == N
        assert check.execute("SELECT count(*) FROM links").fetchone()[0] == N - 1


@pytest.mark.parametrize("odd", ['q"uote', "back\\slash", "tab\tbell\x07", "فارسی", "🙂emoji",
                                 "\u2028line"])
def test_odd_ids_delete_all_and_undo_the_same_either_way(
    tmp_path: Path, odd: str
) -> None:
    path = tmp_path / "odd.storm"
    ids = [f"{odd}{i:04}" for i in range(N)]
    create_board_file(path, _wall(ids)).close()
    original = read_board_file(path)
    session, _deletes = _session(path)
    session.execute(commands.delete_stickies(session.board, ids))
    assert read_board_file(path).stickies == {}
    session.seal()
    session.undo()
    session.close()
    assert read_board_file(path).stickies == original.stickies


def test_every_row_is_told_exactly(tmp_path: Path) -> None:
    path = tmp_path / "told.storm"
    create_board_file(path, _wall()).close()
    opened = open_board_file(path)
    conn = opened.store.connection
    ids = sorted(opened.board.stickies)
    assert store._every_row(conn, "stickies", list(reversed(ids)))
    assert not store._every_row(conn, "stickies", ids[:-1])
    assert not store._every_row(conn, "stickies", ids[:-1] + ids[:1])  # a duplicate
    assert not store._every_row(conn, "stickies", [*ids[:-1], "nowhere"])
    persian = sorted(["فارسی", "abc", "Zed", "éclair"])
    assert store._every_row(_table(persian), "stickies", persian[::-1])
    opened.store.close()


def _table(ids: list[str]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE stickies (id TEXT PRIMARY KEY)")
    conn.executemany("INSERT INTO stickies VALUES (?)", [(i,) for i in ids])
    return conn
