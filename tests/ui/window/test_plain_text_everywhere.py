"""A board from someone else is untrusted: markup in its titles, names and texts shows as typed
and is never rendered as rich text, anywhere in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from stormboard.app import commands as c
from stormboard.app import workshop_commands as wc
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo
from stormboard.storage import create_board_file
from stormboard.ui.plain_text import error_box, escaped_tooltip

MARKUP = '<b>Ana</b><img src="/etc/passwd">'


def hostile_board(path: Path) -> Path:
    board = Board(BoardInfo(title=f"<i>Bookshop</i> {MARKUP}"))
    for build in (
        lambda: wc.set_wizard(board, True, now=1.0),
        lambda: wc.set_goal(board, f"Goal {MARKUP}"),
        lambda: wc.add_participant(board, MARKUP, "<u>role</u>", "#FF0000", participant_id="p1"),
        lambda: wc.set_active_participant(board, "p1"),
    ):
        board.apply(build().puts)
    board.apply(c.add_sticky(board, c.new_sticky("hotspot", 0, 0, text=MARKUP)).puts)
    create_board_file(path, board).close()
    return path


def test_every_label_in_the_window_is_plain_text(make_window, tmp_path: Path) -> None:
    window = make_window()
    assert window.open_path(hostile_board(tmp_path / "hostile.storm"))
    labels = window.findChildren(QLabel)
    assert labels
    rich = [(lb.objectName(), lb.text()[:40]) for lb in labels
            if lb.textFormat() != Qt.TextFormat.PlainText]
    assert rich == []
    shown = [lb.text() for lb in labels if "<b>Ana</b>" in lb.text()]
    assert shown or "<i>Bookshop</i>" in window.windowTitle()


def test_error_boxes_and_tooltips_show_markup_literally(qtbot) -> None:
    box = error_box(None, "Cannot Open Board", f"{MARKUP}.storm is not a board.")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    tip = escaped_tooltip(f"Say {MARKUP}\nnext line")
    assert "<b>" not in tip and "&lt;b&gt;Ana&lt;/b&gt;" in tip and "<br>" in tip
