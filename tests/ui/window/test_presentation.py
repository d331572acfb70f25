"""Issue 10, defect 3: presentation mode is left by Escape typed on the wall and by an on-screen
button (touch), shows the countdown, and re-fits the board when entering and leaving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from stormboard.app import commands
from stormboard.ui.window import MainWindow


def _stickies(window: MainWindow) -> None:
    session = window.session
    for i, (x, y) in enumerate([(0, 0), (1800, 0), (0, 1100), (1800, 1100)]):
        s = commands.new_sticky("domain_event", x, y, text=f"Event {i}", now=session.clock())
        session.execute(commands.add_sticky(session.board, s))
    session.seal()


def _fitted(window: MainWindow) -> bool:
    """Whether the view shows the board as "zoom to fit" would; the view is left as it was."""
    view = window.view
    zoom, transform = view.zoom(), view.transform()
    h, v = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    view.zoom_to_fit()
    fitted = abs(view.zoom() - zoom) < 1e-6
    view.setTransform(transform)
    view.horizontalScrollBar().setValue(h)
    view.verticalScrollBar().setValue(v)
    return fitted


def _enter(window: MainWindow, qtbot) -> None:
    window.actions_by_name["full_screen"].trigger()
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())
    assert window.presentation


def test_escape_on_the_wall_leaves_presentation(window: MainWindow, qtbot) -> None:
    qtbot.waitExposed(window)
    _stickies(window)
    window.scene.select_all()  # the first Escape only clears the selection
    _enter(window, qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    # no workshop running: no countdown box on the wall, but the way out is there
    assert window.presentation_timer is not None and window.presentation_timer.isHidden()
    assert window.exit_button is not None and window.exit_button.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.presentation and window.scene.selected_sticky_ids() == []
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.presentation
    assert not window.menuBar().isHidden()


def test_escape_while_editing_ends_the_edit_only(window: MainWindow, qtbot) -> None:
    qtbot.waitExposed(window)
    _stickies(window)
    _enter(window, qtbot)
    sid = next(iter(window.session.board.stickies))
    window.scene.begin_text_edit(sid)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.scene.text_editor() is None
    assert window.presentation


def test_exit_button_timer_and_refit(window: MainWindow, qtbot) -> None:
    qtbot.waitExposed(window)
    _stickies(window)
    panel = window.facilitator_dock.panel
    panel.show_page("kickoff")
    panel.start_button.click()
    window.view.set_zoom(0.2)  # not fitted before entering
    _enter(window, qtbot)
    qtbot.waitUntil(lambda: _fitted(window))
    # a finger can leave: a visible button on the wall
    exit_button = window.view.findChild(QPushButton, "leavePresentation")
    assert exit_button is not None and exit_button.isVisible()
    assert exit_button.width() >= 30 and exit_button.height() >= 30
    # the countdown floats over the wall
    overlay = window.presentation_timer
    assert overlay is not None and overlay.isVisible()
    assert overlay.display.isVisible()
    # the timer and the button do not overlap
    assert not overlay.geometry().intersects(exit_button.geometry())
    qtbot.mouseClick(exit_button, Qt.MouseButton.LeftButton)
    assert not window.presentation
    window.view.set_zoom(0.2)
    assert not _fitted(window)
    assert window.presentation_timer is None
    assert window.view.findChild(QPushButton, "leavePresentation") is None or not \
        window.view.findChild(QPushButton, "leavePresentation").isVisible()
    qtbot.waitUntil(lambda: _fitted(window))
