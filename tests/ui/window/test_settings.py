"""Geometry, recent files and preferences survive a restart (a second window, same settings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from stormboard.ui.themes import Theme
from stormboard.ui.window import MainWindow, Preferences


def test_preferences_persist_across_two_windows(
    make_window,
    settings_file: Path,
    tmp_path: Path,
    qapp,
) -> None:
    first: MainWindow = make_window(
        Preferences(QSettings(str(settings_file), QSettings.Format.IniFormat))
    )
    assert first.new_board(tmp_path / "a.storm")
    first.show()
    first.resize(720, 520)  # inside the offscreen 800x600 screen
    first.move(40, 30)
    first.set_grid(False)
    first.set_touch_selects(True)
    first.set_theme(Theme.HIGH_CONTRAST)
    first.legend_dock.hide()
    assert first.close()

    second: MainWindow = make_window(
        Preferences(QSettings(str(settings_file), QSettings.Format.IniFormat))
    )
    assert second.size().width() == 720 and second.size().height() == 520
    assert second.prefs.grid is False
    assert not second.actions_by_name["grid"].isChecked()
    assert second.actions_by_name["touch_selects"].isChecked()
    assert second.prefs.one_finger_mode == "select"
    assert second.actions_by_name["theme_high_contrast"].isChecked()
    assert second.prefs.recent_files()[0] == (tmp_path / "a.storm").resolve()
    assert second.new_board(tmp_path / "b.storm")
    assert second.scene.grid_enabled is False
    second.show()
    assert second.legend_dock.isHidden()
    second.set_theme(Theme.SYSTEM)  # leave the application's palette as it was


def test_recent_files_are_most_recent_first_and_bounded(prefs: Preferences, tmp_path: Path) -> None:
    for i in range(15):
        prefs.add_recent(tmp_path / f"{i}.storm")
    prefs.add_recent(tmp_path / "3.storm")
    files = prefs.recent_files()
    assert len(files) == 10
    assert files[0] == (tmp_path / "3.storm").resolve()
    assert files.count((tmp_path / "3.storm").resolve()) == 1


def test_bad_stored_values_fall_back_to_defaults(isolated_settings: QSettings) -> None:
    isolated_settings.setValue("view/theme", "sparkly")
    isolated_settings.setValue("view/one_finger_mode", "juggle")
    prefs = Preferences(isolated_settings)
    assert prefs.theme is Theme.SYSTEM
    assert prefs.one_finger_mode == "pan"
