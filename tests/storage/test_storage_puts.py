"""Every Put (add, update, remove) of every collection reaches the file, one edit per
transaction, touching only its rows."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from stormboard.app import commands
from stormboard.app.ports import StoreError
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board, Put
from stormboard.domain.entities import (
    Decision,
    Lane,
    Link,
    LinkKind,
    Milestone,
    Participant,
    PhasePlan,
    Sticky,
    Vote,
)
from stormboard.storage import create_board_file, open_board_file, read_board_file

NEW = {
    "participants": Participant("pn", "نیما", "dev"),
    "lanes": Lane("ln", "Shipping", 900.0, 180.0),
    "milestones": Milestone("mn", "Launch", 4000.5),
    "stickies": Sticky("sn", "command", 1.5, 2.5, 160.0, 160.0, "Place order\tnow"),
    "links": Link("kn", "s0", "sn", LinkKind.RELATES_TO),
    "votes": Vote("vn", "p2", "s0", 9.0),
    "decisions": Decision("s5", "Ali", "Prototype ✓"),
}
CHANGE = {
    "participants": {"role": "نقش"},
    "lanes": {"collapsed": False, "label": "Lane\nنو"},
    "milestones": {"x": -0.125},
    "stickies": {"text": "تغییر کرد 🎉", "color": "#000000", "co_authors": ("p1",)},
    "links": {"label": "because"},
    "votes": {"created_at": 10.25},
    "decisions": {"next_step": ""},
}


def _reload(path: Path) -> Board:
    return read_board_file(path)


@pytest.mark.parametrize("collection", sorted(NEW))
def test_add_update_remove_persist(tmp_path: Path, board: Board, collection: str) -> None:
    path = tmp_path / "p.storm"
    store = create_board_file(path, board)
    try:
        record = NEW[collection]
        add = Put(collection, record.id, None, record)
        board.apply([add])
        store.write([add])
        assert _reload(path) == board

        changed = dataclasses.replace(record, **CHANGE[collection])
        update = Put(collection, record.id, record, changed)
        board.apply([update])
        store.write([update])
        assert _reload(path).get(collection, record.id) == changed

        remove = Put(collection, record.id, changed, None)
        board.apply([remove])
        store.write([remove])
        assert _reload(path) == board
    finally:
        store.close()


def test_singletons_update(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "s.storm"
    store = create_board_file(path, board)
    info = dataclasses.replace(board.info, title="عنوان نو", legend={"note": "#010203"})
    workshop = dataclasses.replace(
        board.workshop, plan=(*board.workshop.plan, PhasePlan("x", "Extra", 5.0)),
        timer_started_at=123.456,
    )
    puts = [Put("info", "board", board.info, info),
            Put("workshop", "workshop", board.workshop, workshop)]
    board.apply(puts)
    store.write(puts)
    store.close()
    back = _reload(path)
    assert back.info == info and back.workshop == workshop


def test_one_edit_is_one_transaction(tmp_path: Path, board: Board) -> None:
    """If any Put of an edit cannot be written, none of them is."""
    path = tmp_path / "t.storm"
    store = create_board_file(path, board)
    ghost = Sticky("ghost", "note", 0, 0, 120.0, 120.0)
    new = NEW["stickies"]
    with pytest.raises(StoreError, match="no longer matches"):
        # the update finds no row: the file and memory disagree, so the whole edit is refused
        store.write([Put("stickies", new.id, None, new), Put("stickies", "ghost", ghost, ghost)])
    store.close()
    assert "sn" not in _reload(path).stickies


def test_only_the_changed_rows_are_written(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "c.storm"
    store = create_board_file(path, board)
    store.close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store)
    statements: list[str] = []
    opened.store._conn.set_trace_callback(statements.append)  # type: ignore[union-attr]
    session.execute(commands.move_stickies(session.board, ["s1", "s2"], 5.0, 0.0))
    opened.store._conn.set_trace_callback(None)  # type: ignore[union-attr]
    session.close()
    writes = [s for s in statements if not s.startswith(("BEGIN", "COMMIT", "SELECT"))]
    # the two rows, then the edit's log entry in the same transaction (ADR 0150)
    assert len(writes) == 3 and all(s.startswith("UPDATE stickies") for s in writes[:2])
    assert writes[2].startswith("INSERT INTO edit_log")
    assert statements[0] == "BEGIN IMMEDIATE" and statements[-1] == "COMMIT"
    assert _reload(path).stickies["s1"].x == board.stickies["s1"].x + 5.0


def test_session_edits_undo_redo_persist(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "u.storm"
    create_board_file(path, board).close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store, clock=lambda: 7.0)
    sticky = commands.new_sticky("hotspot", 10.0, 20.0, text="چرا؟")
    session.execute(commands.add_sticky(session.board, sticky))
    session.seal()
    session.execute(commands.set_text(session.board, sticky.id, "Why?\nچرا؟"))
    session.seal()
    session.execute(commands.delete_stickies(session.board, ["s1"]))
    assert _reload(path) == session.board
    session.undo()
    assert _reload(path) == session.board
    session.redo()
    assert _reload(path) == session.board
    session.close()
    assert _reload(path) == session.board


def test_write_after_close_is_a_store_error(tmp_path: Path, board: Board) -> None:
    store = create_board_file(tmp_path / "x.storm", board)
    store.close()
    store.close()  # closing twice is harmless
    with pytest.raises(StoreError, match="closed"):
        store.write([Put("stickies", "sn", None, NEW["stickies"])])


def test_raw_file_has_one_row_per_record(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "r.storm"
    create_board_file(path, board).close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM stickies").fetchone()[0] == len(board.stickies)
    assert conn.execute("SELECT co_authors FROM stickies WHERE id='s1'").fetchone()[0] == \
        '["p2","p1"]'
    conn.close()
