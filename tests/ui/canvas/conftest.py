"""Canvas fixtures: a board session on a real .storm file, a scene and a shown view."""

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
from stormboard.domain.entities import Link

try:  # the storage adapter: every edit lands in a real SQLite .storm file
    from stormboard.storage import create_board_file, read_board_file
except ImportError:  # pragma: no cover - only before the storage package existed
    create_board_file = read_board_file = None


class Clock:
    """A controllable clock: merging of undo steps depends on time."""

    def __init__(self) -> None:
        self.t = 1_000.0

    def __call__(self) -> float:
        self.t += 0.01
        return self.t


class MemoryStore:
    """Fallback store: keeps a copy of the board as if it were the file."""

    def __init__(self, board: Board) -> None:
        self.board = board.copy()
        self.path = None
        self.read_only = False

    def write(self, puts, entry=None) -> None:
        self.board.apply(puts)

    def close(self) -> None:
        pass


@pytest.fixture
def open_board(tmp_path: Path) -> Iterator[Callable[..., BoardSession]]:
    """open_board(board=None, name="b") -> a session persisting to tmp_path/name.storm."""
    sessions: list[BoardSession] = []

    def make(board: Board | None = None, name: str = "board") -> BoardSession:
        board = board or Board()
        if create_board_file is not None:
            store = create_board_file(tmp_path / f"{name}.storm", board)
        else:
            store = MemoryStore(board)
        session = BoardSession(board, store, clock=Clock())
        sessions.append(session)
        return session

    yield make
    for s in sessions:
        s.close()


def reread(session: BoardSession) -> Board:
    """What the file holds now."""
    if read_board_file is not None and session.path is not None:
        return read_board_file(session.path)
    return session.store.board.copy()  # type: ignore[union-attr]


def grid_board(n: int, columns: int = 100, link_every: int = 0) -> Board:
    """``n`` events on a grid (220 apart), ids s00000...; a link from every ``link_every``-th
    sticky to the next one when given."""
    board = Board()
    board.load("stickies", [
        commands.new_sticky("domain_event", (i % columns) * 220.0, (i // columns) * 220.0,
                            text=f"Event {i}", sticky_id=f"s{i:05d}")
        for i in range(n)
    ])
    if link_every:
        board.load("links", [Link(f"l{i:04d}", f"s{i:05d}", f"s{i + 1:05d}")
                             for i in range(0, n - 1, link_every)])
    return board


def add(session: BoardSession, kind: str, x: float, y: float, text: str = "", **kw) -> str:
    s = commands.new_sticky(kind, x, y, text=text, **kw)
    session.execute(commands.add_sticky(session.board, s))
    session.seal()
    return s.id


@pytest.fixture
def canvas(qtbot, open_board):
    """(session, scene, view): an empty board in a 1000x700 view at 100 %."""
    from stormboard.ui.canvas import BoardScene, BoardView

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
    return session, scene, view


def mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, button=Qt.MouseButton.LeftButton,
          buttons=None, mods=Qt.KeyboardModifier.NoModifier) -> None:
    """Send one real mouse event (QTest cannot keep a button held across moves reliably)."""
    if buttons is None:
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    if kind == QEvent.Type.MouseMove:
        button = Qt.MouseButton.NoButton
    local = QPointF(pos)
    event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(pos)), button, buttons, mods)
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, start: QPoint, end: QPoint, steps: int = 8,
         button=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier) -> None:
    mouse(widget, QEvent.Type.MouseButtonPress, start, button, mods=mods)
    for i in range(1, steps + 1):
        p = start + (end - start) * i / steps
        mouse(widget, QEvent.Type.MouseMove, p, button, buttons=button, mods=mods)
    mouse(widget, QEvent.Type.MouseButtonRelease, end, button, mods=mods)


def type_text(widget: QWidget, text: str) -> None:
    """Type any Unicode text as real key events (QTest.keyClicks aborts on non-Latin-1)."""
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
