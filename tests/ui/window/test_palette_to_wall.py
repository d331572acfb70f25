"""The core gesture: drag a kind from the palette onto the wall, type, undo, redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from stormboard.storage import read_board_file
from stormboard.ui.window import MainWindow
from stormboard.ui.window.palette import MIN_TOUCH_MM, pixels_per_mm


def drop_tile(window: MainWindow, kind_id: str, at: QPoint) -> None:
    """What Qt delivers when the palette tile's own drag ends over the wall at ``at``."""
    mime = window.palette.tiles[kind_id].mime_data()
    viewport = window.view.viewport()
    action = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, action, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the wall refused the palette's drag"
    move = QDragMoveEvent(at, action, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(at), action, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


def test_drag_from_palette_type_undo_redo(window: MainWindow, tmp_path: Path, qtbot) -> None:
    at = QPoint(300, 220)
    scene_at = window.view.mapToScene(at)
    drop_tile(window, "hotspot", at)
    board = window.session.board
    assert len(board.stickies) == 1
    sticky = next(iter(board.stickies.values()))
    assert sticky.kind == "hotspot"
    # the sticky sits at the drop point
    assert sticky.x <= scene_at.x() <= sticky.x + sticky.width
    assert sticky.y <= scene_at.y() <= sticky.y + sticky.height
    qtbot.waitUntil(lambda: window.legend.rows() == [("hotspot", "#FF4F9A", 1)])

    # the drop opened the text editor: typing goes into the sticky
    qtbot.keyClicks(window.view.viewport(), "Who pays?")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Escape)
    qtbot.wait(10)  # a person takes longer than one event-loop turn to reach for Undo
    assert board.stickies[sticky.id].text == "Who pays?"
    on_disk = read_board_file(tmp_path / "wall.storm")
    assert on_disk.stickies[sticky.id].text == "Who pays?"
    assert on_disk.stickies[sticky.id].kind == "hotspot"

    # the canvas merges "place it and type its text" into one step: one Undo takes it away
    undo = window.actions_by_name["undo"]
    redo = window.actions_by_name["redo"]
    assert undo.isEnabled() and not redo.isEnabled()
    assert undo.text() == "&Undo Add Hotspot"
    undo.trigger()
    assert sticky.id not in board.stickies
    assert not undo.isEnabled() and redo.isEnabled()
    assert redo.text() == "&Redo Add Hotspot"
    assert sticky.id not in read_board_file(tmp_path / "wall.storm").stickies
    redo.trigger()
    assert board.stickies[sticky.id].text == "Who pays?"
    assert read_board_file(tmp_path / "wall.storm").stickies[sticky.id].text == "Who pays?"
    assert undo.isEnabled() and not redo.isEnabled()


def test_undo_while_typing_closes_the_editor_first(window: MainWindow, qtbot) -> None:
    drop_tile(window, "domain_event", QPoint(200, 200))
    qtbot.keyClicks(window.view.viewport(), "Paid")
    assert window.scene.text_editor() is not None
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: not window.session.board.stickies)
    assert window.scene.text_editor() is None
    window.actions_by_name["redo"].trigger()
    assert [s.text for s in window.session.board.stickies.values()] == ["Paid"]


def test_tap_tile_then_wall_arms_pending_kind(window: MainWindow, qtbot) -> None:
    tile = window.palette.tiles["domain_event"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.palette.pending == "domain_event"
    assert tile.is_checked()
    at = QPoint(250, 250)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    kinds = [s.kind for s in window.session.board.stickies.values()]
    assert kinds == ["domain_event"]


def test_tapping_the_armed_tile_again_disarms_it(window: MainWindow, qtbot) -> None:
    tile = window.palette.tiles["command"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.palette.pending is None and not tile.is_checked()


def test_tiles_are_big_enough_for_a_finger(window: MainWindow) -> None:
    per_mm = pixels_per_mm(window.palette)
    for tile in window.palette.tiles.values():
        assert tile.height() >= MIN_TOUCH_MM * per_mm
        assert tile.width() >= MIN_TOUCH_MM * per_mm
