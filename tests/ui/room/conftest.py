"""A real main window on a board with participants, and phones in a thread of their own."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from stormboard.app.workshop_commands import add_participant
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo
from stormboard.storage import create_board_file
from stormboard.ui.window.main_window import MainWindow
from stormboard.ui.window.preferences import Preferences


def make_board_file(path: Path, names: tuple[str, ...] = ("Sara", "Ali")) -> dict[str, str]:
    board = Board(BoardInfo(title="Room"))
    ids = {}
    for name in names:
        edit = add_participant(board, name)
        board.apply(edit.puts)
        ids[name] = edit.puts[0].id
    create_board_file(path, board).close()
    return ids


@pytest.fixture
def room_window(qtbot, isolated_settings: QSettings, tmp_path: Path
                ) -> Iterator[tuple[MainWindow, Path, dict[str, str]]]:
    path = tmp_path / "room.storm"
    ids = make_board_file(path)
    window = MainWindow(preferences=Preferences(isolated_settings),
                        boards_dir=tmp_path / "boards")
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    yield window, path, ids
    window.room.close_room()
    window.close()


class InThread:
    """Runs a coroutine in a thread with its own event loop while the GUI thread spins."""

    def __init__(self, coro_fn: Callable[[], Awaitable[Any]]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self._fn = coro_fn
        self.thread.start()

    def _run(self) -> None:
        try:
            self.result = asyncio.run(self._fn())
        except BaseException as error:
            self.error = error

    def done(self) -> bool:
        return not self.thread.is_alive()

    def value(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.result
