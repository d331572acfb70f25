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
from stormboard.storage import create_board_file, editlog, open_board_file, read_board_file

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


def test_a_bulk_edit_is_logged_with_a_bounded_number_of_encoder_calls(
    tmp_path: Path, board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    # counted, not timed: one JSON encoder call per 256 puts, not one per put (ADR 0204)
    calls: list[int] = []
    real = editlog._ENCODER

    class Counting:
        def encode(self, value: object) -> str:
            calls.append(1)
            return real.encode(value)

    path = tmp_path / "count.storm"
    create_board_file(path, _many(board)).close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store)
    monkeypatch.setattr(editlog, "_ENCODER", Counting())
    edit = commands.delete_stickies(session.board, sorted(session.board.stickies))
    session.execute(edit)
    assert len(calls) <= len(edit.puts) // editlog._BATCH + 1
    monkeypatch.setattr(editlog, "_ENCODER", real)
    assert session.store is not None
    last = list(session.store.log.entries())[-1]
    session.close()
    assert last.puts == edit.puts  # the log reads back exactly what was done
