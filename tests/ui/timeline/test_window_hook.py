"""The timeline in a real main window: its menu, Ctrl+F, the filter dock, a new board."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from stormboard.ui.timeline import install_timeline
from stormboard.ui.window import MainWindow, Preferences


def test_install_on_the_main_window_follows_boards_and_opens_find(qtbot, tmp_path: Path):
    prefs = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(preferences=prefs, boards_dir=tmp_path / "boards")
    qtbot.addWidget(window)
    ui = getattr(window, "timeline", None) or install_timeline(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.new_board(tmp_path / "one.storm")
    assert ui.tools is not None and ui.tools.scene is window.scene
    assert window.view in ui.tools.views
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Timeline" in titles
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    assert ui.actions["find"].shortcut().toString() == "Ctrl+F"
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ui.find_toolbar.isVisible()
    assert QApplication.focusWidget() is ui.find_bar.field
    ui.actions["filter"].trigger()
    assert ui.filter_dock.isVisible()
    first = ui.tools
    assert window.new_board(tmp_path / "two.storm")  # a new board gets new tools
    assert ui.tools is not first and ui.tools.scene is window.scene
    assert ui.filter_panel.tools is ui.tools and ui.find_bar.tools is ui.tools
