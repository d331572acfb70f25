"""app.slices on a real file: take, unique names, and the automatic slice at each phase end."""

from __future__ import annotations

from pathlib import Path

import pytest

from stormboard.app import workshop_commands as w
from stormboard.app.session import BoardSession
from stormboard.app.slices import (
    NoSlicesError,
    PhaseEndSlicer,
    slice_book,
    take_slice,
    unique_name,
)
from stormboard.domain.board import Board
from stormboard.storage import create_board_file, open_board_file


class Tick:
    def __init__(self) -> None:
        self.t = 5_000.0

    def __call__(self) -> float:
        self.t += 1.0
        return self.t


def _session(tmp_path: Path) -> BoardSession:
    path = tmp_path / "w.storm"
    create_board_file(path, Board()).close()
    opened = open_board_file(path)
    return BoardSession(opened.board, opened.store, clock=Tick())


def test_take_slice_and_unique_names(tmp_path: Path) -> None:
    session = _session(tmp_path)
    take_slice(session, "start")
    book = slice_book(session)
    assert unique_name(book, "start") == "start (2)"
    assert unique_name(book, "other") == "other"
    session.close()
    with pytest.raises(NoSlicesError):
        take_slice(BoardSession(Board()), "x")


def test_a_slice_is_taken_at_each_phase_end_with_the_wizard_on(tmp_path: Path) -> None:
    session = _session(tmp_path)
    taken = []
    slicer = PhaseEndSlicer(session, on_taken=taken.append)
    b = session.board
    session.execute(w.reset_plan(b))
    session.execute(w.start_workshop(b, session.clock()))
    first = session.board.workshop.plan[0].title
    second = session.board.workshop.plan[1].title
    session.execute(w.next_phase(session.board, session.clock()))
    session.execute(w.next_phase(session.board, session.clock()))
    session.undo()  # going back does not end a phase: no slice
    session.execute(w.finish_workshop(session.board, session.clock()))
    names = [s.name for s in slice_book(session).slices()]
    assert names == [f"after {first}", f"after {second}", f"after {second} (2)"]
    assert [s.name for s in taken] == names
    slicer.close()
    session.execute(w.start_workshop(session.board, session.clock()))
    session.execute(w.next_phase(session.board, session.clock()))
    assert len(slice_book(session).slices()) == 3  # closed: no more automatic slices
    session.close()
