"""A -wal or -journal left beside a path by an earlier, crashed board must never be replayed
into a new board written there (SQLite would apply its pages to the wrong database)."""

from __future__ import annotations

import shutil
from pathlib import Path

from storage_samples import tricky_board

from stormboard.app import commands
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo
from stormboard.storage import create_board_file, open_board_file, read_board_file, save_board_as


def _stale_wal(path: Path, keep: Path) -> None:
    """Leave a valid -wal of another board beside ``path``, as a crash would."""
    create_board_file(path, tricky_board()).close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store)
    for i in range(30):
        session.execute(commands.add_sticky(
            session.board, commands.new_sticky("note", i, i, text="old board " * 20)))
    shutil.copy(f"{path}-wal", keep)
    session.close()


def test_save_as_over_a_crashed_board_ignores_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "x.storm"
    _stale_wal(path, tmp_path / "saved-wal")
    shutil.copy(tmp_path / "saved-wal", f"{path}-wal")
    fresh = Board(BoardInfo(title="fresh"))
    store = save_board_as(fresh, path, overwrite=True)
    store.close()
    assert read_board_file(path) == fresh
    assert not Path(f"{path}-wal").exists()


def test_create_where_a_deleted_board_left_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "y.storm"
    _stale_wal(path, tmp_path / "saved-wal")
    path.unlink()
    shutil.copy(tmp_path / "saved-wal", f"{path}-wal")
    fresh = Board(BoardInfo(title="fresh"))
    create_board_file(path, fresh).close()
    assert read_board_file(path) == fresh
    reopened = open_board_file(path)
    reopened.store.close()
    assert reopened.board == fresh
