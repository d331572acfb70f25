"""Panning by mouse and keyboard, right-to-left layouts, editor commit by clicking away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QMenu

from .conftest import add, drag


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_wall_follows_the_finger_and_zoom_anchor_holds(canvas, direction):
    _session, _scene, view = canvas
    view.setLayoutDirection(direction)
    view.centerOn(QPointF(500, 350))
    start = QPoint(300, 300)
    under = view.mapToScene(start)
    drag(view.viewport(), start, start + QPoint(100, 50))
    assert view.mapToScene(start + QPoint(100, 50)) == under
    anchor = QPointF(200, 100)
    before = view.mapFromScene(anchor)
    view.set_zoom(2.0, anchor)
    assert (view.mapFromScene(anchor) - before).manhattanLength() <= 2


def test_middle_drag_and_space_drag_pan_even_over_stickies(canvas, qtbot):
    session, _scene, view = canvas
    sid = add(session, "domain_event", 200, 200)
    on_sticky = view.mapFromScene(QPointF(280, 280))
    under = view.mapToScene(on_sticky)
    drag(view.viewport(), on_sticky, on_sticky + QPoint(60, 0), button=Qt.MouseButton.MiddleButton)
    assert view.mapToScene(on_sticky + QPoint(60, 0)) == under
    assert session.board.stickies[sid].x == 200  # the sticky stayed put

    view.setFocus()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    start = view.mapFromScene(QPointF(280, 280))
    under = view.mapToScene(start)
    drag(view.viewport(), start, start + QPoint(0, 40))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.mapToScene(start + QPoint(0, 40)) == under
    assert session.board.stickies[sid].y == 200


def test_arrow_keys_pan_when_nothing_is_selected(canvas, qtbot):
    _session, _scene, view = canvas
    view.setFocus()
    h = view.horizontalScrollBar().value()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.horizontalScrollBar().value() > h
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.25)


def test_clicking_the_wall_commits_the_edit(canvas, qtbot):
    session, scene, view = canvas
    sid = add(session, "command", 100, 100)
    scene.begin_text_edit(sid)
    qtbot.keyClicks(view, "Pay")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(QPointF(700, 600)))
    qtbot.wait(1)
    assert scene.editing_id == "" and scene.text_editor() is None
    assert session.board.stickies[sid].text == "Pay"
    qtbot.keyClicks(view, "x")  # typing no longer goes into the sticky
    assert session.board.stickies[sid].text == "Pay"


def test_builtin_context_menu_offers_sticky_actions(canvas, qtbot):
    session, _scene, view = canvas
    view.builtin_context_menu = True
    sid = add(session, "domain_event", 100, 100)
    pos = view.mapFromScene(QPointF(180, 180))
    from PySide6.QtGui import QContextMenuEvent

    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)))
    menus = [m for m in view.findChildren(QMenu) if m.isVisible()]
    assert menus
    texts = [a.text() for a in menus[-1].actions()]
    assert "Duplicate" in texts and "Delete" in texts and "Paste" in texts
    delete = next(a for a in menus[-1].actions() if a.text() == "Delete")
    delete.trigger()
    menus[-1].close()
    assert sid not in session.board.stickies


def test_read_only_board_refuses_new_stickies_with_a_message(canvas, qtbot):
    session, scene, _view = canvas
    session.read_only_reason = "The file is read-only."
    with qtbot.waitSignal(scene.message) as blocker:
        assert scene.create_sticky("domain_event", QPointF(0, 0)) == ""
    assert "read-only" in blocker.args[0]
    assert not session.board.stickies
