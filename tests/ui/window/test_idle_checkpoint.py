"""The board's file is checkpointed once the user is idle, never inside an edit (ADR 0237).
Counted: how often the store is asked, after a burst; never timed."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from stormboard.app import commands
from stormboard.app.ports import StoreError
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board
from stormboard.storage import create_board_file, open_board_file
from stormboard.ui.window import MainWindow
from stormboard.ui.window.idle_checkpoint import IdleCheckpoint


def _add(session: BoardSession, x: float) -> None:
    session.execute(commands.add_sticky(
        session.board, commands.new_sticky("domain_event", x, 0.0, text="idle")))
    session.seal()


@pytest.fixture
def session(tmp_path: Path):
    path = tmp_path / "idle.storm"
    create_board_file(path, Board()).close()
    opened = open_board_file(path)
    session = BoardSession(opened.board, opened.store)
    yield session
    session.close()


def _spy(session: BoardSession) -> list[bool]:
    """Record what each checkpoint of the session's store returned."""
    results: list[bool] = []
    real = session.store.checkpoint_when_idle

    def checkpoint() -> bool:
        results.append(real())
        return results[-1]

    session.store.checkpoint_when_idle = checkpoint
    return results


def test_one_checkpoint_after_a_burst_of_edits_once_quiet(qtbot, session: BoardSession) -> None:
    results = _spy(session)
    idle = IdleCheckpoint(session, quiet_ms=40)
    assert not idle.pending  # nothing to do before the first edit
    for i in range(5):
        _add(session, i * 200.0)
        assert idle.pending and results == []  # never inside the edit, restarted by each
    qtbot.waitUntil(lambda: results != [], timeout=5000)
    assert results == [True] and not idle.pending and idle.checkpoints == 1
    qtbot.wait(120)  # quiet: no second checkpoint without a new edit
    assert results == [True]
    _add(session, 2000.0)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    idle.close()
    _add(session, 4000.0)  # closed: no longer listening
    assert not idle.pending


def test_a_store_without_checkpoints_or_a_failing_one_is_harmless(
    qtbot, session: BoardSession, caplog: pytest.LogCaptureFixture
) -> None:
    idle = IdleCheckpoint(session, quiet_ms=10)
    real = session.store

    def failing() -> bool:
        raise StoreError(code="storage.save_io", name="idle.storm")

    session.store.checkpoint_when_idle = failing
    with caplog.at_level(logging.WARNING, logger="stormboard.ui.window.idle_checkpoint"):
        idle.checkpoint()
    assert idle.checkpoints == 0 and "idle checkpoint failed" in caplog.text
    session.store = None  # no store at all (a board in memory only)
    idle.checkpoint()
    session.store = real
    assert idle.checkpoints == 0 and session.store_error is None
    idle.close()


def test_the_window_checkpoints_the_session_it_shows(window: MainWindow) -> None:
    first = window._idle_checkpoint
    assert isinstance(first, IdleCheckpoint) and first._session is window.session
    _add(window.session, 10.0)
    assert first.pending
    first.checkpoint()
    assert first.checkpoints == 1
