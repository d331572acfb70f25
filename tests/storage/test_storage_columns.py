"""A bulk removal told as columns (ADR 0254) is written, logged and read back exactly as the
same puts as tuples: the same rows, the same log text, the same references for its undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from stormboard.app import commands
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board, Put, PutColumns
from stormboard.domain.entities import Link, Sticky
from stormboard.storage import create_board_file, editlog, open_board_file, store


def _wall(n: int = 300) -> Board:
    board = Board()
    board.apply([Put("stickies", f"s{i:03}", None,
                     Sticky(f"s{i:03}", "domain_event", i * 10.0, 0.0, 160.0, 160.0, f"رویداد {i}"))
                 for i in range(n)])
    board.apply([Put("links", f"l{i}", None, Link(f"l{i}", f"s{i:03}", f"s{i + 1:03}"))
                 for i in range(0, n - 1, 3)])
    return board


def _tables(path: Path) -> dict[str, list]:
    with sqlite3.connect(path) as conn:
        tables = {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                  for t in ("stickies", "links", "edit_log")}
    tables["edit_log"] = tables["edit_log"][1:]  # the file's creation: at its own time
    return tables


def _session(path: Path) -> BoardSession:
    opened = open_board_file(path)
    return BoardSession(opened.board, opened.store, clock=lambda: 1000.0)


def test_columns_and_tuples_write_and_log_the_same(tmp_path: Path, monkeypatch) -> None:
    seen = []
    real = store._runs
    monkeypatch.setattr(store, "_runs", lambda puts: seen.append(type(puts)) or real(puts))
    out = {}
    for name, as_tuple in (("columns", False), ("tuples", True)):
        path = tmp_path / f"{name}.storm"
        create_board_file(path, _wall()).close()
        session = _session(path)
        ids = list(session.board.stickies)[5:]
        edit = commands.delete_stickies(session.board, ids)
        assert type(edit.puts) is PutColumns
        if as_tuple:
            edit = type(edit)(edit.label, tuple(edit.puts))
        session.execute(edit)
        session.seal()
        for step in (session.undo, session.redo, session.undo):
            step()
            session.seal()
        kept = {c: dict(ids) for c, ids in session.store._texts._kept.items()}  # type: ignore[union-attr]
        session.close()
        out[name] = (_tables(path), kept)
    assert seen.count(PutColumns) == 4 and seen.count(tuple) == 4
    assert out["columns"] == out["tuples"]
    # the undo and redo were logged as references, not rows
    assert all('"kind"' not in text for *_x, text in out["columns"][0]["edit_log"][1:])


def test_an_undo_of_a_removal_told_as_columns_reads_back_at_every_seq(tmp_path: Path) -> None:
    path = tmp_path / "replay.storm"
    create_board_file(path, _wall(120)).close()
    session = _session(path)
    boards = {}
    log = session.store.log  # type: ignore[union-attr]
    for step in ("delete", "undo", "redo", "undo"):
        if step == "delete":
            session.execute(commands.delete_stickies(session.board, list(session.board.stickies)))
        else:
            getattr(session, step)()
        session.seal()
        boards[log.last_seq()] = session.board.snapshot()
    for seq, snapshot in boards.items():
        assert log.board_at_seq(seq).snapshot() == snapshot
    session.close()
    assert editlog.RUN_AT <= 120
