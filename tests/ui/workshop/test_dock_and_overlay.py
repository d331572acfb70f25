"""The dock before and after a board opens, switching boards, the floating countdown, and the
wrap-up table following undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from stormboard.app import workshop_commands as wc
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board
from stormboard.ui.canvas import BoardScene
from stormboard.ui.workshop import FacilitatorDock

from .conftest import add_sticky, click


def test_dock_without_board_then_switching_boards(qtbot, clock) -> None:
    dock = FacilitatorDock(clock=clock)
    qtbot.addWidget(dock)
    dock.show()
    panel = dock.panel
    assert not panel.isEnabled()
    panel.tick()  # no board: nothing to read, no error
    first = BoardSession(Board(), clock=clock)
    scene1 = BoardScene(first)
    panel.set_session(first, scene1)
    assert panel.isEnabled()
    click(qtbot, panel.start_button)
    assert first.board.workshop.enabled
    presenter = panel.open_presenter()
    qtbot.waitExposed(presenter)
    second = BoardSession(Board(), clock=clock)
    scene2 = BoardScene(second)
    seen = []
    panel.allowed_kinds_changed.connect(seen.append)
    panel.set_session(second, scene2)
    assert panel.presenter is None and not presenter.isVisible()  # it showed the old board
    assert not panel.wizard_switch.isChecked()  # shows the new board's state
    assert len(seen[-1]) > 2  # and re-announces its kinds (wizard off there)
    first.execute(wc.next_phase(first.board, clock()))  # the old board no longer drives it
    assert panel.phase_list.current_key == ""
    panel.voting.filter.active = True
    assert panel.voting.filter._scenes == [scene2]
    panel.set_session(None)
    assert not panel.isEnabled()
    for s in (scene1, scene2):
        s.detach()


def test_float_timer_over_a_widget_pulses_at_the_end(qtbot, env) -> None:
    panel, clock = env.panel, env.clock
    wall = QWidget()
    wall.resize(800, 500)
    qtbot.addWidget(wall)
    wall.show()
    click(qtbot, panel.start_button)
    overlay = panel.float_timer_over(wall)
    assert overlay.display.digits.text() == "10:00"
    assert overlay.x() > 400 and overlay.y() < 50
    clock.advance(10 * 60 + 5)
    panel.tick()
    first = overlay.display.background().name()
    panel.tick()
    assert overlay.display.is_over and overlay.display.digits.text() == "+0:05"
    assert overlay.display.background().name() != first
    wall.resize(1200, 500)
    qtbot.wait(10)
    assert overlay.geometry().right() > 800  # follows the wall's size
    assert overlay.display.instruction.isHidden()  # the panel shows it already
    wall.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.wait(10)
    assert overlay.x() < 100  # right to left: the top corner on the other side


def test_wrapup_table_follows_undo(qtbot, env) -> None:
    panel, session, board = env.panel, env.session, env.session.board
    hot = add_sticky(session, "hotspot", 0, 0, "Late deliveries")
    panel.show_page("wrapup")
    wrap = panel.wrapup
    wrap.set_owner(0, "Logistics")
    assert board.decisions[hot].owner == "Logistics"
    session.seal()
    session.undo()
    assert hot not in board.decisions
    assert wrap.table.item(0, 4).text() == ""
    session.redo()
    assert wrap.table.item(0, 4).text() == "Logistics"
    # typing on the wall reaches the open wrap-up page too (coalesced)
    from stormboard.app import commands

    session.execute(commands.set_text(board, hot, "Late deliveries in winter", env.clock()))
    qtbot.waitUntil(lambda: wrap.table.item(0, 3).text() == "Late deliveries in winter")
