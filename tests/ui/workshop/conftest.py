"""Fixtures for the facilitator's wizard: a board on a real .storm file, a shown wall view and
a facilitator panel, all on one fake clock the test moves by hand."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from stormboard.app import commands
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


class FakeClock:
    """Seconds since the epoch, moved only by the test."""

    def __init__(self, t: float = 1_800_000_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> float:
        self.t += seconds
        return self.t


@dataclass
class Env:
    clock: FakeClock
    session: BoardSession
    scene: object
    view: object
    panel: object


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def env(qtbot, tmp_path: Path, clock: FakeClock) -> Iterator[Env]:
    from stormboard.storage import create_board_file
    from stormboard.ui.canvas import BoardScene, BoardView
    from stormboard.ui.workshop import FacilitatorPanel

    board = Board()
    store = create_board_file(tmp_path / "workshop.storm", board)
    session = BoardSession(board, store, clock=clock)
    scene = BoardScene(session)
    view = BoardView(scene)
    view.builtin_context_menu = False
    view.resize(1000, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.centerOn(QPointF(500, 350))
    panel = FacilitatorPanel(session, scene, clock=clock)
    panel.resize(460, 1500)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    yield Env(clock, session, scene, view, panel)
    panel.detach()
    if panel.presenter is not None:
        panel.presenter.close()
    scene.detach()
    session.close()


def add_sticky(session: BoardSession, kind: str, x: float, y: float, text: str = "",
               **kw) -> str:
    s = commands.new_sticky(kind, x, y, text=text, now=kw.pop("now", session.clock()), **kw)
    session.execute(commands.add_sticky(session.board, s))
    session.seal()
    return s.id


def mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint,
          mods=Qt.KeyboardModifier.NoModifier) -> None:
    button = Qt.MouseButton.LeftButton
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        mods)
    QApplication.sendEvent(widget, event)


def tap(view, scene_point: QPointF, mods=Qt.KeyboardModifier.NoModifier) -> None:
    """A finger tap on the wall: press and release on the view's viewport."""
    pos = view.mapFromScene(scene_point)
    viewport = view.viewport()
    mouse(viewport, QEvent.Type.MouseButtonPress, pos, mods)
    mouse(viewport, QEvent.Type.MouseButtonRelease, pos, mods)


def tap_sticky(env: Env, sticky_id: str, mods=Qt.KeyboardModifier.NoModifier) -> None:
    s = env.session.board.stickies[sticky_id]
    tap(env.view, QPointF(*s.center), mods)


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    assert button.isVisible(), f"{button.objectName()} is hidden"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
