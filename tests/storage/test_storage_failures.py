"""Failed writes: one sentence as StoreError, the board in memory intact, Save As recovers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from storage_samples import side_files

from stormboard.app import commands
from stormboard.app.ports import StoreError
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board
from stormboard.storage import (
    create_board_file,
    open_board_file,
    read_board_file,
    save_board_as,
)


def _session(path: Path, board: Board) -> tuple[BoardSession, list[StoreError]]:
    create_board_file(path, board).close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store)
    errors: list[StoreError] = []
    session.on_store_error(errors.append)
    return session, errors


def _conn(session: BoardSession) -> sqlite3.Connection:
    return session.store._conn  # type: ignore[union-attr]  # the test reaches in to simulate


def test_disk_full(tmp_path: Path, board: Board) -> None:
    """The file may not grow (PRAGMA max_page_count = its size) - SQLite's own SQLITE_FULL."""
    path = tmp_path / "full.storm"
    session, errors = _session(path, board)
    conn = _conn(session)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}").fetchall()
    kept = read_board_file(path)
    added = []
    for i in range(200):  # fill the last free space, then one more edit fails
        sticky = commands.new_sticky("note", i, i, text="پر " * 600)
        session.execute(commands.add_sticky(session.board, sticky))
        added.append(sticky.id)
        if errors:
            break
    assert errors, "the file never filled up"
    assert str(errors[0]) == (
        "The disk is full, so the last change was not saved to full.storm; free some space or "
        "use Save As."
    )
    assert session.has_unsaved_changes
    assert added[-1] in session.board.stickies  # memory keeps the edit
    assert added[-1] not in read_board_file(path).stickies  # the file does not
    assert set(read_board_file(path).stickies) - set(kept.stickies) == set(added[:-1])

    rescue = tmp_path / "rescue.storm"
    store = save_board_as(session.board, rescue)
    session.replace_store(store)
    assert not session.has_unsaved_changes
    session.execute(commands.set_title(session.board, "نجات"))
    session.close()
    assert read_board_file(rescue) == session.board
    assert side_files(rescue) == []


def test_permission_lost(tmp_path: Path, board: Board) -> None:
    """Simulated: PRAGMA query_only makes SQLite refuse writes with SQLITE_READONLY, the code a
    write gets when the file turned read-only under us."""
    path = tmp_path / "perm.storm"
    session, errors = _session(path, board)
    _conn(session).execute("PRAGMA query_only = ON").fetchall()
    session.execute(commands.move_stickies(session.board, ["s1"], 10.0, 0.0))
    assert [str(e) for e in errors] == [
        "perm.storm can no longer be written (read-only or permission lost), so the last change "
        "was not saved; use Save As."
    ]
    assert session.board.stickies["s1"].x == board.stickies["s1"].x + 10.0
    assert read_board_file(path).stickies["s1"].x == board.stickies["s1"].x
    session.close()


def test_save_copy_is_self_contained(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "a.storm"
    session, _ = _session(path, board)
    session.execute(commands.set_title(session.board, "کپی"))
    copy = tmp_path / "copy.storm"
    session.store.save_copy(copy)  # type: ignore[union-attr]
    raw = copy.read_bytes()[:100]
    assert raw[18] == raw[19] == 1 and side_files(copy) == []
    assert read_board_file(copy) == session.board
    with pytest.raises(StoreError, match=r"cannot replace a\.storm itself"):
        session.store.save_copy(path)  # type: ignore[union-attr]
    other = open_board_file(copy)  # someone edits the copy now: it must not be replaced
    with pytest.raises(StoreError, match="already open for editing"):
        session.store.save_copy(copy)  # type: ignore[union-attr]
    other.store.close()
    session.close()
    with pytest.raises(StoreError, match="closed"):
        session.store.save_copy(tmp_path / "late.storm")  # type: ignore[union-attr]


def test_save_as_overwrite(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "o.storm"
    create_board_file(path, Board()).close()
    store = save_board_as(board, path, overwrite=True)
    store.close()
    assert read_board_file(path) == board
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.storm"]


def test_save_as_into_missing_folder(tmp_path: Path, board: Board) -> None:
    from stormboard.storage import StormFileError

    with pytest.raises(StormFileError, match=r"^x\.storm could not be written"):
        save_board_as(board, tmp_path / "no" / "x.storm")
