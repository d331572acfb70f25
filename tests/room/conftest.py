"""Rooms in tests: a board file with two participants, a bridge, a server on 127.0.0.1 only."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from stormboard.app.session import BoardSession
from stormboard.app.workshop_commands import add_participant
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo
from stormboard.room.bridge import Limits, RoomBridge
from stormboard.room.server import RoomServer
from stormboard.storage import create_board_file, open_board_file


def make_board_file(path: Path, names: tuple[str, ...] = ("Sara", "Ali")) -> dict[str, str]:
    """A board with participants; returns name -> participant id."""
    board = Board(BoardInfo(title="Room"))
    ids = {}
    for name in names:
        edit = add_participant(board, name)
        board.apply(edit.puts)
        ids[name] = edit.puts[0].id
    create_board_file(path, board).close()
    return ids


@pytest.fixture
def board_file(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "room.storm"
    return path, make_board_file(path)


class Room:
    """A session on a file, its bridge and a started server (inside a running loop)."""

    def __init__(self, path: Path, limits: Limits | None = None) -> None:
        opened = open_board_file(path)
        self.session = BoardSession(opened.board, opened.store)
        self.bridge = RoomBridge(self.session, limits=limits)
        self.server = RoomServer(self.bridge, bind="127.0.0.1", port=0)

    async def __aenter__(self) -> Room:
        await self.server.start()
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.server.stop()
        self.bridge.close()
        self.session.close()


def run(coro_fn: Callable[[], Awaitable[Any]], timeout: float = 60) -> Any:
    async def main() -> Any:
        return await asyncio.wait_for(coro_fn(), timeout)

    return asyncio.run(main())
