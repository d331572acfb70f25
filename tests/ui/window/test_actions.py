"""Menu and toolbar actions do what their names say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from stormboard.ui.window import MainWindow
from stormboard.ui.window.status import SaveState


def add(window: MainWindow, kind: str, x: float, y: float) -> str:
    return window.scene.create_sticky(kind, QPointF(x, y), edit_text=False)


def test_menus_hold_the_promised_actions(window: MainWindow) -> None:
    menus = {
        m.title().replace("&", ""): m
        for m in (window.file_menu, window.edit_menu, window.view_menu)
    }
    names = {a.objectName() for m in menus.values() for a in m.actions() if a.objectName()}
    for name in (
        "new",
        "open",
        "save_as",
        "undo",
        "redo",
        "cut",
        "copy",
        "paste",
        "delete",
        "select_all",
        "zoom_in",
        "zoom_out",
        "zoom_fit",
        "zoom_selection",
        "full_screen",
        "grid",
    ):
        assert f"action_{name}" in names
    assert window.recent_menu.title()


def test_standard_shortcuts(window: MainWindow) -> None:
    n = window.actions_by_name
    for name, key in (
        ("undo", QKeySequence.StandardKey.Undo),
        ("copy", QKeySequence.StandardKey.Copy),
        ("paste", QKeySequence.StandardKey.Paste),
        ("select_all", QKeySequence.StandardKey.SelectAll),
        ("zoom_in", QKeySequence.StandardKey.ZoomIn),
        ("open", QKeySequence.StandardKey.Open),
    ):
        assert n[name].shortcut() == QKeySequence(key), name


def test_select_all_copy_paste_delete(window: MainWindow) -> None:
    n = window.actions_by_name
    a = add(window, "domain_event", 0, 0)
    b = add(window, "command", 400, 0)
    board = window.session.board
    window.scene.clearSelection()
    assert not n["delete"].isEnabled() and not n["copy"].isEnabled()
    n["select_all"].trigger()
    assert set(window.scene.selected_sticky_ids()) == {a, b}
    assert n["delete"].isEnabled() and n["copy"].isEnabled()
    assert "2" in window.status.count_label.text()
    n["copy"].trigger()
    n["paste"].trigger()
    assert len(board.stickies) == 4
    n["select_all"].trigger()
    n["delete"].trigger()
    assert len(board.stickies) == 0
    n["undo"].trigger()
    assert len(board.stickies) == 4


def test_cut_removes_and_paste_brings_back(window: MainWindow) -> None:
    n = window.actions_by_name
    sid = add(window, "hotspot", 100, 100)
    window.scene.select_ids([sid])
    n["cut"].trigger()
    assert not window.session.board.stickies
    n["paste"].trigger()
    kinds = [s.kind for s in window.session.board.stickies.values()]
    assert kinds == ["hotspot"]


def test_zoom_actions_change_zoom_and_status(window: MainWindow) -> None:
    n = window.actions_by_name
    add(window, "domain_event", 0, 0)
    add(window, "domain_event", 3000, 2000)
    start = window.view.zoom()
    n["zoom_in"].trigger()
    assert window.view.zoom() > start
    assert str(round(window.view.zoom() * 100)) in window.status.zoom_label.text()
    n["zoom_out"].trigger()
    n["zoom_out"].trigger()
    assert window.view.zoom() < start
    n["zoom_fit"].trigger()
    fitted = window.view.zoom()
    window.scene.select_ids([next(iter(window.session.board.stickies))])
    assert n["zoom_selection"].isEnabled()
    n["zoom_selection"].trigger()
    assert window.view.zoom() > fitted


def test_grid_toggle_reaches_scene_and_preferences(window: MainWindow) -> None:
    grid = window.actions_by_name["grid"]
    before = window.scene.grid_enabled
    grid.trigger()
    assert window.scene.grid_enabled is (not before)
    assert window.prefs.grid is (not before)


def test_undo_label_and_state_follow_history(window: MainWindow) -> None:
    undo = window.actions_by_name["undo"]
    assert not undo.isEnabled()
    add(window, "note", 0, 0)
    assert undo.isEnabled() and undo.text() != "&Undo"


def test_full_screen_hides_chrome_and_escape_leaves(window: MainWindow, qtbot) -> None:
    before = window.geometry()
    window.actions_by_name["full_screen"].trigger()
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry())
    assert window.presentation
    assert window.menuBar().isHidden() and window.statusBar().isHidden()
    assert window.toolbar.isHidden() and window.legend_dock.isHidden()
    others = [d for d in window.findChildren(QDockWidget) if d is not window.palette_dock]
    assert others and all(d.isHidden() for d in others)
    assert window.palette_dock.isVisible() and window.view.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presentation
    assert not window.menuBar().isHidden() and not window.statusBar().isHidden()
    assert window.legend_dock.isVisible()
    assert not window.actions_by_name["full_screen"].isChecked()
    assert window.geometry() == before


def test_title_names_board_and_file(window: MainWindow, tmp_path: Path) -> None:
    assert "wall" in window.windowTitle()
    assert window.windowFilePath() == str(tmp_path / "wall.storm")
    assert window.status.state is SaveState.SAVED


def test_legend_counts_kinds_in_use(window: MainWindow, qtbot) -> None:
    add(window, "domain_event", 0, 0)
    add(window, "domain_event", 300, 0)
    add(window, "hotspot", 0, 300)
    qtbot.waitUntil(
        lambda: window.legend.rows() == [("domain_event", "#FFA94D", 2), ("hotspot", "#FF4F9A", 1)]
    )


def test_legend_follows_kind_changes_deletes_and_undo(window: MainWindow, qtbot) -> None:
    from stormboard.ui.window.legend import kinds_in_use

    a = add(window, "domain_event", 0, 0)
    add(window, "domain_event", 300, 0)
    window.scene.select_ids([a])
    window.scene.change_kind_of_selection("command")
    qtbot.waitUntil(lambda: window.legend.rows() == kinds_in_use(window.session))
    assert [r[0] for r in window.legend.rows()] == ["domain_event", "command"]
    window.scene.select_all()
    window.scene.delete_selection()
    qtbot.waitUntil(lambda: window.legend.rows() == [])
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: window.legend.rows() == kinds_in_use(window.session))
    assert len(window.legend.rows()) == 2
