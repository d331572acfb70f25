"""What the start of the app does before the wall's first frame (ADR 0246). Counted, never
timed: collections of the cyclic collector, modules loaded, objects built."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent

from stormboard.app.commands import new_sticky
from stormboard.app.session import StartupPause
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo, Link
from stormboard.storage import create_board_file
from stormboard.ui.app import end_after_first_frame
from stormboard.ui.event_watch import EventWatch
from stormboard.ui.window import MainWindow


def _board(path: Path, stickies: int = 60) -> Path:
    board = Board(BoardInfo(title="Start"))
    made = [new_sticky("domain_event", (i % 20) * 300, (i // 20) * 300, text=f"Event {i}",
                       sticky_id=f"s{i:04d}") for i in range(stickies)]
    board.load("stickies", made)
    board.load("links", [Link(f"l{i:04d}", made[i].id, made[i + 1].id)
                         for i in range(0, stickies - 1, 10)])
    create_board_file(path, board).close()
    return path


def _first_frame(tmp_path: Path, board: Path) -> list[str]:
    """Start ``stormboard BOARD`` with the first-frame hook; what the hook wrote."""
    mark = tmp_path / "frame.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STORMBOARD_FIRST_FRAME=str(mark),
               STORMBOARD_SETTINGS=str(tmp_path / "s.ini"), XDG_CACHE_HOME=str(tmp_path / "c"))
    subprocess.run([sys.executable, "-m", "stormboard.cli", str(board)], env=env, check=True,
                   capture_output=True, timeout=120)
    return mark.read_text().split()


def test_no_collection_runs_before_the_first_frame(tmp_path: Path) -> None:
    """The collector is paused from before the UI's imports until the first frame: the
    imports alone crossed its threshold ~70 times, opening 20,000 stickies ~250 more."""
    _wall, _cpu, collections = _first_frame(tmp_path, _board(tmp_path / "wall.storm"))
    assert int(collections) == 0


@pytest.fixture
def paused():
    was = gc.isenabled()
    pause = StartupPause()
    yield pause
    pause.end()
    if was:
        gc.enable()


def test_the_collector_runs_again_after_the_first_frame(make_window, paused, tmp_path,
                                                          qtbot) -> None:
    window: MainWindow = make_window()
    assert window.new_board(tmp_path / "wall.storm")
    end_after_first_frame(window, paused)
    painted: list[bool] = []
    EventWatch(window.view.viewport(), QEvent.Type.Paint, lambda: painted.append(paused.over),
               once=True)
    assert not gc.isenabled()
    window.show()
    qtbot.waitUntil(lambda: paused.over)
    assert painted == [False]  # the frame came first, still paused
    assert gc.isenabled()


def test_a_pause_ends_once_and_keeps_a_collector_someone_disabled() -> None:
    was = gc.isenabled()
    try:
        gc.disable()
        pause = StartupPause()
        pause.end()
        assert not gc.isenabled()  # disabled before the pause (a poster job): stays so
        gc.enable()
        pause = StartupPause()
        assert not gc.isenabled()
        pause.end()
        assert gc.isenabled()
        gc.disable()
        pause.end()  # a second end does nothing
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()
