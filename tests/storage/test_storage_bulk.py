"""Bulk edits (issue 12, ADR 0204): a delete of hundreds of stickies and its undo are written in
runs of one statement each and logged in batches, with the same result and the same refusals
as one row at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from stormboard.app import commands
from stormboard.app.ports import StoreError
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board, Put
from stormboard.domain.entities import Sticky
from stormboard.storage import (
    create_board_file,
    editlog,
    open_board_file,
    read_board_file,
    trash,
)

N = 600


def _many(board: Board) -> Board:
    board.apply([Put("stickies", f"b{i:04}", None,
                     Sticky(f"b{i:04}", "domain_event", i * 10.0, 50.0, 160.0, 160.0,
                            f"رویداد {i} event"))
                 for i in range(N)])
    return board


def test_delete_and_undo_of_many_stickies_round_trip(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "bulk.storm"
    create_board_file(path, _many(board)).close()
    original = read_board_file(path)
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store)
    ids = sorted(session.board.stickies)
    session.execute(commands.delete_stickies(session.board, ids))
    assert read_board_file(path).stickies == {}
    session.seal()
    session.undo()
    session.close()
    again = read_board_file(path)
    assert again.stickies == original.stickies and again.links == original.links
    assert again.votes == original.votes and again.decisions == original.decisions


def test_a_run_with_one_missing_row_writes_nothing(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "ghost.storm"
    store = create_board_file(path, _many(board))
    ghost = Sticky("ghost", "note", 0, 0, 120.0, 120.0)
    puts = [Put("stickies", sid, s, s) for sid, s in sorted(board.stickies.items())[:50]]
    puts.insert(25, Put("stickies", "ghost", ghost, ghost))  # in the middle of one run
    with pytest.raises(StoreError, match="no longer matches"):
        store.write(puts)
    new = Sticky("fresh", "note", 0, 0, 120.0, 120.0)
    with pytest.raises(StoreError):
        store.write([Put("stickies", "fresh", None, new), Put("stickies", "b0001", None,
                     board.stickies["b0001"])])  # an insert run with a duplicate
    store.close()
    assert "fresh" not in read_board_file(path).stickies


def test_a_bulk_delete_its_undo_and_redo_encode_no_row(tmp_path: Path, board: Board) -> None:
    # counted, not timed: a delete logs no row (its before is elided); the undo writes the very
    # records the delete logged as before, the redo those the undo logged, so both refer back
    # to the entry that holds them (ADR 0232)
    path = tmp_path / "count.storm"
    create_board_file(path, _many(board)).close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store)
    texts = opened.store._texts
    edit = commands.delete_stickies(session.board, sorted(session.board.stickies))
    session.execute(edit)
    assert texts.encoded == 0
    session.seal()
    session.undo()
    assert texts.encoded == 0
    session.redo()
    assert texts.encoded == 0
    fresh = Sticky("fresh", "note", 0, 0, 120.0, 120.0)
    session.execute(commands.add_sticky(session.board, fresh))
    assert texts.encoded == 1  # a record no entry holds yet: its row
    assert session.store is not None
    entries = list(session.store.log.entries())
    session.close()
    assert entries[-4].puts == edit.puts  # the log reads back exactly what was done
    assert entries[-3].puts == edit.inverse().puts
    assert entries[-2].puts == edit.puts
    assert list(read_board_file(path).stickies) == ["fresh"]


def test_the_log_text_is_the_json_encoder_s(board: Board) -> None:
    # a row is exactly what json writes with the log's options (ADR 0150's format); a before
    # is elided as true, a missing record is null (format 2, ADR 0232)
    board = _many(board)
    puts = [Put("stickies", sid, None, s) for sid, s in sorted(board.stickies.items())[:5]]
    puts.append(Put("stickies", "b0001", board.stickies["b0001"], None))
    expected = editlog._ENCODER.encode([
        [p.collection, p.id, None if p.before is None else True,
         None if p.after is None else editlog.to_row(p.collection, p.after)] for p in puts])
    assert editlog.encode_puts(puts) == [expected]


def test_a_bulk_insert_takes_many_rows_per_statement_and_refuses_a_duplicate_whole(
    tmp_path: Path, board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the tuples' path: no trash to copy the undo from (ADR 0238 covers that path)
    monkeypatch.setattr(trash, "THRESHOLD", 10**9)
    path = tmp_path / "many.storm"
    create_board_file(path, _many(board)).close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store)
    edit = commands.delete_stickies(session.board, sorted(session.board.stickies))
    session.execute(edit)
    session.seal()
    inserts: list[str] = []
    opened.store.connection.set_trace_callback(
        lambda sql: inserts.append(sql) if sql.startswith("INSERT INTO stickies") else None)
    session.undo()  # N stickies back: one statement per 76 rows (13 columns), the rest alone
    opened.store.connection.set_trace_callback(None)
    assert len(inserts) < N // 20
    back = [p.before for p in edit.puts if p.collection == "stickies"][:200]
    session.close()
    assert read_board_file(path).stickies == session.board.stickies
    store = open_board_file(path).store
    fresh = [Sticky(f"new{i}", "note", 0, 0, 120.0, 120.0) for i in range(150)]
    with pytest.raises(StoreError):  # one already there, inside the first statement's rows
        store.write([Put("stickies", s.id, None, s) for s in fresh[:40]]
                    + [Put("stickies", back[7].id, None, back[7])]
                    + [Put("stickies", s.id, None, s) for s in fresh[40:]])
    store.close()
    assert not set(read_board_file(path).stickies) & {s.id for s in fresh}
