"""Issue 10, touch first: in presentation mode every target a finger can reach on screen is at
least 9 mm across at the screen's real DPI (palette tiles, the way out, the lane ruler)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication

from stormboard.app import commands
from stormboard.app import timeline_commands as tc
from stormboard.ui.window import MainWindow
from stormboard.ui.window.palette import KindTile, pixels_per_mm

MIN_MM = 9.0


def test_presentation_targets_are_at_least_9_mm(window: MainWindow, qtbot) -> None:
    session = window.session
    session.execute(tc.add_lane(session.board, "Sales", 0, 400))
    session.execute(commands.add_sticky(session.board, commands.new_sticky(
        "domain_event", 100, 100, text="e")))
    window.set_presentation(True)
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())
    QApplication.processEvents()
    mm = pixels_per_mm(window)
    targets = [w for w in window.findChildren(QAbstractButton) + window.findChildren(KindTile)
               if w.isVisible() and w.width() > 0]
    assert len(targets) >= 10
    small = [(w.objectName() or type(w).__name__, w.width() / mm, w.height() / mm)
             for w in targets if min(w.width(), w.height()) < MIN_MM * mm - 0.5]
    assert small == []
    ruler = window.timeline.tools.lanes.ruler
    assert ruler is not None and ruler.isVisible() and ruler.width() >= MIN_MM * mm - 0.5
    window.set_presentation(False)


def test_presentation_palette_folds_to_an_edge_tab(window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    session = window.session
    session.execute(commands.add_sticky(session.board, commands.new_sticky(
        "domain_event", 100, 100, text="e")))
    window.set_presentation(True)
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())
    tab = window.fold_tab
    assert tab is not None and tab.isVisible()
    wall_before = window.view.viewport().width()
    QTest.mouseClick(tab, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.palette.isVisible())
    qtbot.waitUntil(lambda: window.view.viewport().width() > wall_before)
    mm = pixels_per_mm(window)
    assert window.palette_dock.width() < 16 * mm  # an edge tab, about a finger wide
    assert tab.isVisible() and min(tab.width(), tab.height()) >= MIN_MM * mm - 0.5
    QTest.mouseClick(tab, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.palette.isVisible())
    window.set_presentation(False)
    assert window.palette_dock.titleBarWidget() is None  # the ordinary dock again
