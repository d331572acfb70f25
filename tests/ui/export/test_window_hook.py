"""File ▸ Export… (Ctrl+E) opens the Export dialog on the window's board and selection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSettings
from PySide6.QtGui import QKeySequence

from stormboard.ui.export.window_hook import install_export_action, make_export_dialog
from stormboard.ui.window import MainWindow, Preferences


def test_export_action_in_the_file_menu(qtbot, isolated_settings: QSettings, tmp_path: Path):
    window = MainWindow(preferences=Preferences(isolated_settings), boards_dir=tmp_path / "b")
    qtbot.addWidget(window)
    action = window.actions_by_name.get("export") or install_export_action(window)
    assert not action.isEnabled()  # no board yet
    assert window.new_board(tmp_path / "wall.storm")
    assert action.isEnabled()
    assert action.shortcut() == QKeySequence("Ctrl+E")
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names.index("action_export") == names.index("action_save_as") + 1
    assert action.text().replace("&", "") == "Export…"

    sid = window.scene.create_sticky("domain_event", QPointF(0, 0), edit_text=False)
    window.scene.select_ids([sid])
    dialog = make_export_dialog(window)
    assert dialog is not None and dialog.board is window.session.board
    assert dialog.selection == {sid}
    assert Path(dialog.path_edit.text()) == tmp_path / "wall.pdf"  # beside the board file
    dialog.deleteLater()
    window.close()
