"""Timeline fixtures: a board session on a real .storm file, a shown view with the timeline
tools attached, and real mouse events on the view's viewport."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from stormboard.app import commands
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board
from stormboard.storage import create_board_file, read_board_file


class Clock:
    def __init__(self) -> None:
        self.t = 1_000.0

    def __call__(self) -> float:
        self.t += 0.01
        return self.t


@pytest.fixture
def open_board(tmp_path: Path) -> Iterator[Callable[..., BoardSession]]:
    sessions: list[BoardSession] = []

    def make(board: Board | None = None, name: str = "board") -> BoardSession:
        board = board or Board()
        session = BoardSession(board, create_board_file(tmp_path / f"{name}.storm", board),
                               clock=Clock())
        sessions.append(session)
        return session

    yield make
    for s in sessions:
        s.close()


def reread(session: BoardSession) -> Board:
    return read_board_file(session.path)


def add(session: BoardSession, kind: str, x: float, y: float, text: str = "", **kw) -> str:
    s = commands.new_sticky(kind, x, y, text=text, **kw)
    session.execute(commands.add_sticky(session.board, s))
    session.seal()
    return s.id


@pytest.fixture
def timeline(qtbot, open_board):
    """(session, scene, view, tools): an empty board in a 1000x700 view at 100 %."""
    from stormboard.ui.canvas import BoardScene, BoardView
    from stormboard.ui.timeline import TimelineTools

    session = open_board()
    scene = BoardScene(session)
    view = BoardView(scene)
    view.builtin_context_menu = False
    view.resize(1000, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.centerOn(QPointF(500, 350))
    tools = TimelineTools(scene)
    tools.attach_view(view)
    yield session, scene, view, tools
    tools.detach()


def vp(view, x: float, y: float) -> QPoint:
    """The viewport pixel showing a wall point."""
    return view.mapFromScene(QPointF(x, y))


def mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, button=Qt.MouseButton.LeftButton,
          buttons=None, mods=Qt.KeyboardModifier.NoModifier) -> None:
    if buttons is None:
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    if kind == QEvent.Type.MouseMove:
        button = Qt.MouseButton.NoButton
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        mods)
    QApplication.sendEvent(widget, event)


def hover(widget: QWidget, pos: QPoint) -> None:
    mouse(widget, QEvent.Type.MouseMove, pos, buttons=Qt.MouseButton.NoButton)


def press_and_move(widget: QWidget, start: QPoint, end: QPoint, steps: int = 8) -> None:
    """The first half of a drag: pressed at ``start``, moved to ``end``, still held."""
    mouse(widget, QEvent.Type.MouseButtonPress, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * i / steps
        mouse(widget, QEvent.Type.MouseMove, p, buttons=Qt.MouseButton.LeftButton)


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 8) -> None:
    press_and_move(widget, start, end, steps)
    mouse(widget, QEvent.Type.MouseButtonRelease, end)


def click(widget: QWidget, pos: QPoint) -> None:
    mouse(widget, QEvent.Type.MouseButtonPress, pos)
    mouse(widget, QEvent.Type.MouseButtonRelease, pos)


def double_click(widget: QWidget, pos: QPoint) -> None:
    click(widget, pos)
    mouse(widget, QEvent.Type.MouseButtonDblClick, pos)
    mouse(widget, QEvent.Type.MouseButtonRelease, pos)


def type_text(widget: QWidget, text: str) -> None:
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
