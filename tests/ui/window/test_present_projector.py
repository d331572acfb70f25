"""Issue 10, projector view: `stormboard --present FILE.storm` opens straight into presentation
mode on the largest screen; a fit leaves the countdown and the way out clear of every sticky;
the wall re-fits whenever it is resized while presenting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QRectF
from PySide6.QtWidgets import QApplication

from stormboard.app import commands
from stormboard.app import workshop_commands as wc
from stormboard.ui.app import largest_screen, launch
from stormboard.ui.window import MainWindow

from .test_files import board_file


def _corner_board(window: MainWindow) -> None:
    """Stickies in the four corners of a wall about as tall as it is wide: a fit fills the
    screen's height, so the top corners reach under the floating widgets."""
    session = window.session
    for i, (x, y) in enumerate([(0, 0), (1500, 0), (0, 1000), (1500, 1000)]):
        s = commands.new_sticky("domain_event", x, y, text=f"Corner {i}", now=session.clock())
        session.execute(commands.add_sticky(session.board, s))
    session.execute(wc.set_wizard(session.board, True, now=session.clock()))
    session.seal()


def _sticky_rects(window: MainWindow) -> list[QRect]:
    view = window.view
    origin = view.viewport().pos()
    out = []
    for s in window.session.board.stickies.values():
        r = view.mapFromScene(QRectF(s.x, s.y, s.width, s.height)).boundingRect()
        out.append(r.translated(origin))  # in the view's coordinates, as the overlays
    return out


def _clear_and_visible(window: MainWindow) -> bool:
    view = window.view
    floating = [w.geometry() for w in (window.exit_button, window.presentation_timer)
                if w is not None and w.isVisible()]
    area = view.viewport().geometry()
    rects = _sticky_rects(window)
    return bool(floating) and all(area.contains(r) for r in rects) and not any(
        r.intersects(f) for r in rects for f in floating)


def test_present_opens_presentation_on_the_largest_screen(make_window, tmp_path: Path, qtbot):
    path = board_file(tmp_path / "wall.storm", stickies=6)
    window: MainWindow = make_window()
    launch(window, path, present=True)
    qtbot.waitExposed(window)
    assert window.presentation and window.session.path == path
    assert window.screen() is largest_screen()
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())
    assert window.view.keep_fitted


def test_fit_keeps_the_countdown_and_the_way_out_clear(window: MainWindow, qtbot):
    qtbot.waitExposed(window)
    _corner_board(window)
    window.set_presentation(True)
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())
    timer = window.presentation_timer
    qtbot.waitUntil(lambda: timer is not None and timer.isVisible())
    window.view.zoom_to_fit()
    QApplication.processEvents()
    assert _clear_and_visible(window), (_sticky_rects(window), timer.geometry(),
                                        window.exit_button.geometry())


def test_presenting_wall_refits_on_every_resize(window: MainWindow, qtbot):
    qtbot.waitExposed(window)
    _corner_board(window)
    window.set_presentation(True)
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())
    qtbot.wait(1700)  # long after entering: the settle-time re-fits are over
    zoom = window.view.zoom()
    window.setGeometry(0, 0, 900, 560)  # a projector with a smaller resolution
    qtbot.waitUntil(lambda: abs(window.view.zoom() - zoom) > 1e-3)
    qtbot.waitUntil(lambda: _clear_and_visible(window))
