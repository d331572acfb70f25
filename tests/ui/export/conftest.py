"""A small known board for the export tests."""

from __future__ import annotations

import pytest

from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo, Lane, Sticky


def small_board(texts: bool = False, lane: bool = True) -> Board:
    """An event and a command side by side (0..460 × 0..160 units), a lane behind them."""
    board = Board(BoardInfo(title="Small"))
    if lane:
        board.load("lanes", [Lane("lane1", "Sales", -40.0, 240.0, color="#ECEFF1")])
    board.load("stickies", [
        Sticky("ev", "domain_event", 0.0, 0.0, 160.0, 160.0, text="Order placed" if texts else ""),
        Sticky("cmd", "command", 300.0, 0.0, 160.0, 160.0, text="Place order" if texts else ""),
    ])
    return board


@pytest.fixture
def make_board():
    return small_board


@pytest.fixture
def board() -> Board:
    return small_board()


@pytest.fixture
def text_board() -> Board:
    return small_board(texts=True)
