"""The hardened connection really has its defences on, on Python 3.11 and 3.12+."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stormboard.domain.board import Board
from stormboard.domain.entities import Sticky
from stormboard.storage import create_board_file, open_board_file, read_board_file
from stormboard.storage.hardening import MAX_VALUE_BYTES, connect


def test_pragmas_and_limits(tmp_path: Path) -> None:
    path = tmp_path / "h.storm"
    create_board_file(path, Board()).close()
    conn = connect(path, read_only=True)
    try:
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert conn.execute("PRAGMA cell_size_check").fetchone()[0] == 1
        assert conn.execute("PRAGMA mmap_size").fetchone()[0] == 0
        assert conn.getlimit(sqlite3.SQLITE_LIMIT_LENGTH) == MAX_VALUE_BYTES
        assert conn.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED) == 0
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("ATTACH ':memory:' AS other")
        with pytest.raises(sqlite3.DataError):  # a value beyond the length limit
            conn.execute("SELECT zeroblob(?)", (MAX_VALUE_BYTES + 1,)).fetchall()
    finally:
        conn.close()


def test_defensive_dbconfig_where_python_has_it(tmp_path: Path) -> None:
    """Not a skip on 3.11 (CI fails on skips): there the check is that the switches are
    really out of reach, so the PRAGMA defences above are all the file gets."""
    path = tmp_path / "h.storm"
    create_board_file(path, Board()).close()
    conn = connect(path, read_only=False)
    try:
        if sys.version_info < (3, 12):
            assert not hasattr(conn, "setconfig") and not hasattr(conn, "getconfig")
            assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
            return
        assert conn.getconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE) is True
        assert conn.getconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_TRIGGER) is False
        assert conn.getconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA) is False
        conn.execute("PRAGMA writable_schema = ON")  # ignored in defensive mode
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("UPDATE sqlite_schema SET sql = 'x' WHERE name = 'info'")
    finally:
        conn.close()


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    from stormboard.app.ports import StoreError
    from stormboard.domain.board import Put

    path = tmp_path / "r.storm"
    create_board_file(path, Board()).close()
    opened = open_board_file(path, read_only=True)
    sticky = Sticky("a", "note", 0.0, 0.0, 120.0, 120.0)
    with pytest.raises(StoreError, match="open read-only"):
        opened.store.write([Put("stickies", "a", None, sticky)])
    opened.store.close()


_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(_TEXT, min_size=1, max_size=5), x=st.floats(-1e7, 1e7))
def test_any_text_and_position_round_trips(tmp_path_factory: pytest.TempPathFactory,
                                           texts: list[str], x: float) -> None:
    board = Board()
    board.load("stickies", [Sticky(f"s{i}", "note", x, -x, 120.0, 120.0, t)
                            for i, t in enumerate(texts)])
    path = tmp_path_factory.mktemp("h") / "p.storm"
    create_board_file(path, board).close()
    assert read_board_file(path) == board
