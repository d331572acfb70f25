"""The facilitator dock inside the main window: it follows the open board, the palette shows only
the kinds the phase unlocked, and the panel's sentences reach the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from stormboard.ui.window import MainWindow, Preferences

from .conftest import click


def test_window_hosts_the_facilitator(qtbot, tmp_path: Path, settings_file: Path) -> None:
    prefs = Preferences(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(preferences=prefs, boards_dir=tmp_path / "boards")
    qtbot.addWidget(window)
    assert window.new_board(tmp_path / "wall.storm")
    window.show()
    qtbot.waitExposed(window)
    panel = window.facilitator_dock.panel
    assert panel.session is window.session and panel.scene is window.scene
    tiles = window.palette.tiles
    assert all(not t.isHidden() for t in tiles.values())  # wizard off: every kind
    panel.show_page("kickoff")
    click(qtbot, panel.start_button)
    assert not tiles["note"].isHidden()
    assert tiles["domain_event"].isHidden() and tiles["hotspot"].isHidden()
    click(qtbot, panel.next_button)
    assert not tiles["domain_event"].isHidden() and tiles["hotspot"].isHidden()
    click(qtbot, panel.wizard_switch)  # off: free modelling again
    assert all(not t.isHidden() for t in tiles.values())
    # a refused step is said in the status bar
    panel.jump_to("no-such-phase")
    assert "no phase" in window.status.currentMessage()
    # opening another board moves the panel to it
    old = window.session
    assert window.new_board(tmp_path / "other.storm")
    assert panel.session is window.session is not old
    assert not panel.wizard_switch.isChecked()
    window.close()
