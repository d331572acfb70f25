"""A .storm file whose records do not fit together (a link to a missing sticky...) is not
opened as it is: the window offers a repair, saved in the file only when accepted (issue 13)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from stormboard.app import commands
from stormboard.domain.board import Board
from stormboard.storage import create_board_file, read_board_file


def _broken(path: Path) -> None:
    board = Board()
    board.load("stickies", [commands.new_sticky("domain_event", 0, 0, text="Order placed")])
    create_board_file(path, board).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO links VALUES ('l1', 'nowhere', 'gone', 'leads_to', '')")
    conn.close()


def test_cancel_leaves_the_file_alone(make_window, tmp_path: Path, dialogs) -> None:
    path = tmp_path / "broken.storm"
    _broken(path)
    before = path.read_bytes()
    window = make_window()
    assert window.new_board(tmp_path / "mine.storm")
    dialogs.read_only_answer = QMessageBox.StandardButton.Cancel
    assert not window.open_path(path)
    assert dialogs.questions and "link 'l1' joins a sticky" in dialogs.questions[-1]
    assert "stormboard repair" not in dialogs.questions[-1]  # no shell hint in the app
    assert window.session.path == tmp_path / "mine.storm"
    assert path.read_bytes() == before


def test_repair_opens_the_board_and_saves_the_repair(make_window, tmp_path: Path,
                                                     dialogs) -> None:
    path = tmp_path / "broken.storm"
    _broken(path)
    window = make_window()
    dialogs.read_only_answer = QMessageBox.StandardButton.Ok
    assert window.open_path(path)
    assert window.session.path == path
    assert "l1" not in window.session.board.links
    assert len(window.session.board.stickies) == 1
    window.close()
    assert "l1" not in read_board_file(path).links  # opens cleanly from now on
