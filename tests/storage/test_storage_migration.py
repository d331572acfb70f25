"""A real format-1 file is upgraded in place after a backup copy is written beside it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from storage_samples import digest, side_files, write_v1_file

from stormboard.app import commands
from stormboard.app.session import BoardSession
from stormboard.domain.entities import Decision, Workshop
from stormboard.storage import SCHEMA_VERSION, open_board_file, read_board_file
from stormboard.storage.hardening import expected_schema


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_v1_file_migrates_with_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.storm"
    write_v1_file(path)
    original = path.read_bytes()
    v1_board = read_board_file(path)

    opened = open_board_file(path)
    try:
        assert opened.migrated_from == 1
        assert opened.backup_path == tmp_path / "old.storm.v1.bak"
        backup = opened.backup_path.read_bytes()
        # page for page the same; only SQLite's change counter in the header moves
        assert backup[100:] == original[100:] and backup[:24] == original[:24]
        assert opened.board == v1_board
        assert opened.board.workshop == Workshop()  # the step's default row is the domain's
        assert len(opened.board.stickies) == 5
        assert opened.board.stickies["s3"].text == "رویداد 3"
        assert opened.board.stickies["s3"].co_authors == ()
        # the upgraded file takes edits in the new tables
        session = BoardSession(opened.board, opened.store)
        session.execute(commands.add_record(session.board, "decisions",
                                            Decision("s1", "سارا", "next"), "Decide"))
    finally:
        opened.store.close()
    assert _version(path) == SCHEMA_VERSION == 3
    assert read_board_file(path).decisions["s1"].owner == "سارا"
    # the backup is still a readable format-1 board
    assert _version(opened.backup_path) == 1
    assert read_board_file(opened.backup_path) == v1_board
    again = open_board_file(path)
    again.store.close()
    assert again.migrated_from is None and again.backup_path is None


def test_migrated_schema_equals_a_fresh_one(tmp_path: Path) -> None:
    path = tmp_path / "old.storm"
    write_v1_file(path)
    open_board_file(path).store.close()
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    conn.close()
    assert names == {n for _t, n, _tb, _s in expected_schema(SCHEMA_VERSION)}
    assert expected_schema(1) != expected_schema(2) != expected_schema(3)


def test_second_backup_gets_a_new_name(tmp_path: Path) -> None:
    path = tmp_path / "old.storm"
    write_v1_file(path)
    (tmp_path / "old.storm.v1.bak").write_bytes(b"an earlier backup")
    opened = open_board_file(path)
    opened.store.close()
    assert opened.backup_path == tmp_path / "old.storm.v1.2.bak"
    assert (tmp_path / "old.storm.v1.bak").read_bytes() == b"an earlier backup"


@pytest.mark.parametrize("how", ["read_only", "read"])
def test_old_file_read_without_migrating(tmp_path: Path, how: str) -> None:
    path = tmp_path / "old.storm"
    write_v1_file(path)
    before = digest(path)
    if how == "read_only":
        opened = open_board_file(path, read_only=True)
        opened.store.close()
        assert opened.migrated_from is None and opened.backup_path is None
        assert "older file format 1" in opened.read_only_reason
        board = opened.board
    else:
        board = read_board_file(path)
    assert len(board.stickies) == 5 and board.workshop == Workshop()
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.storm"]
    assert side_files(path) == []


def test_failed_step_leaves_the_old_file_and_its_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stormboard.storage import StormFileError, ddl

    path = tmp_path / "old.storm"
    write_v1_file(path)
    v1_board = read_board_file(path)

    def half_step(conn: sqlite3.Connection) -> None:
        conn.execute(ddl._V2_CO_AUTHORS)
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setitem(ddl.STEPS, 1, half_step)
    with pytest.raises(StormFileError, match=r"^old\.storm could not be upgraded to the current "
                                             r"format \(.*\); it is unchanged and a copy is in "
                                             r"old\.storm\.v1\.bak\.$"):
        open_board_file(path)
    assert _version(path) == 1
    assert read_board_file(path) == v1_board  # schema still exactly version 1
    assert read_board_file(tmp_path / "old.storm.v1.bak") == v1_board
    monkeypatch.undo()
    opened = open_board_file(path)  # the lock was released; a later attempt succeeds
    opened.store.close()
    assert opened.migrated_from == 1 and opened.backup_path == tmp_path / "old.storm.v1.2.bak"
