"""Issue 10, defects 1 and 2: facilitator buttons keep no keyboard focus, no phase change while a
sticky is being edited, and the wheel over the panel scrolls it instead of changing values."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from stormboard.domain import workshop as wz
from stormboard.ui.window import MainWindow, Preferences

from .conftest import add_sticky, click


def _window(qtbot, tmp_path: Path, settings_file: Path) -> MainWindow:
    prefs = Preferences(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(preferences=prefs, boards_dir=tmp_path / "boards")
    qtbot.addWidget(window)
    assert window.new_board(tmp_path / "wall.storm")
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_space_typed_after_next_does_not_press_it(qtbot, tmp_path, settings_file) -> None:
    window = _window(qtbot, tmp_path, settings_file)
    panel = window.facilitator_dock.panel
    window.view.setFocus()
    click(qtbot, panel.start_button)
    click(qtbot, panel.next_button)
    phase = wz.current_phase(window.session.board.workshop).key
    # the keyboard still belongs to the wall, not to the button just clicked
    assert QApplication.focusWidget() is window.view
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert wz.current_phase(window.session.board.workshop).key == phase
    # Tab still reaches the buttons for keyboard users
    assert panel.next_button.focusPolicy() == Qt.FocusPolicy.TabFocus
    window.close()


def test_no_phase_change_while_a_sticky_is_edited(qtbot, tmp_path, settings_file) -> None:
    window = _window(qtbot, tmp_path, settings_file)
    panel = window.facilitator_dock.panel
    click(qtbot, panel.start_button)
    sid = add_sticky(window.session, "note", 100, 100)
    window.scene.begin_text_edit(sid)
    assert window.scene.text_editor() is not None
    before = window.session.board.workshop.current
    click(qtbot, panel.next_button)
    assert window.session.board.workshop.current == before
    assert "being edited" in window.status.currentMessage()
    assert window.scene.text_editor() is not None  # the edit goes on
    window.scene.end_text_edit()
    click(qtbot, panel.next_button)
    assert window.session.board.workshop.current == before + 1
    window.close()


def test_wheel_over_the_panel_scrolls_it(qtbot, tmp_path, settings_file) -> None:
    window = _window(qtbot, tmp_path, settings_file)
    dock = window.facilitator_dock
    panel = dock.panel
    panel.show_page("voting")
    qtbot.waitUntil(lambda: panel.voting.budget.isVisible())
    budget = panel.voting.budget
    scroll = dock.widget()
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the panel must be taller than the dock for this test"
    bar.setValue(bar.maximum() // 2)
    start = bar.value()
    value = budget.value()
    undo_before = window.session.history.can_undo
    pos = QPointF(budget.rect().center())
    event = QWheelEvent(pos, QPointF(budget.mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(budget, event)
    assert budget.value() == value
    assert window.session.history.can_undo == undo_before
    assert bar.value() != start  # the panel scrolled instead
    # once focused (clicked or tabbed to), the wheel changes the value as usual
    budget.setFocus()
    qtbot.waitUntil(budget.hasFocus)
    QApplication.sendEvent(budget, QWheelEvent(
        pos, QPointF(budget.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False))
    assert budget.value() == value + 1
    window.close()
