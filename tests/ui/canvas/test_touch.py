"""Touch with real QTouchEvents (QTest touch sequences on a touchscreen QPointingDevice):
two people drag two stickies at once, each drag its own undo step; a finger taps to select; a
pinch zooms, two fingers pan, and a long press opens the menu (issue 10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from .conftest import add, reread


@pytest.fixture(scope="module")
def screen_device():
    return QTest.createTouchDevice()


def _vp(view, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(x, y))


def _centre(session, sid: str) -> tuple[float, float]:
    return session.board.stickies[sid].center


def test_two_fingers_drag_two_stickies_each_one_undo_step(canvas, screen_device, qtbot):
    session, scene, view = canvas
    scene.grid_enabled = False
    a = add(session, "domain_event", 100, 100, "Order placed")
    b = add(session, "domain_event", 600, 100, "Order paid")
    steps = len(session.history._undo)
    ax, ay = _centre(session, a)
    bx, by = _centre(session, b)
    vp = view.viewport()
    # both fingers down, one on each sticky, then moving at the same time
    QTest.touchEvent(vp, screen_device).press(0, _vp(view, ax, ay), vp).press(
        1, _vp(view, bx, by), vp).commit()
    for i in range(1, 11):
        QTest.touchEvent(vp, screen_device).move(0, _vp(view, ax + 12 * i, ay + 20 * i), vp).move(
            1, _vp(view, bx - 10 * i, by + 5 * i), vp).commit()
    assert session.board.stickies[a].x == 100  # nothing is written while fingers are down
    QTest.touchEvent(vp, screen_device).release(0, _vp(view, ax + 120, ay + 200), vp).stationary(
        1).commit()
    QTest.touchEvent(vp, screen_device).release(1, _vp(view, bx - 100, by + 50), vp).commit()
    QApplication.processEvents()
    board = session.board
    assert (board.stickies[a].x, board.stickies[a].y) == pytest.approx((220, 300), abs=1)
    assert (board.stickies[b].x, board.stickies[b].y) == pytest.approx((500, 150), abs=1)
    assert len(session.history._undo) == steps + 2  # one step per finger
    assert view.zoom() == pytest.approx(1.0)  # two fingers on stickies never pinch-zoom
    disk = reread(session)
    assert disk.stickies[a].x == pytest.approx(220, abs=1)
    session.undo()
    assert board.stickies[b].x == 600 and board.stickies[a].x == pytest.approx(220, abs=1)
    session.undo()
    assert board.stickies[a].x == 100


def test_a_finger_tap_selects_the_sticky(canvas, screen_device):
    session, scene, view = canvas
    a = add(session, "domain_event", 100, 100, "Tap me")
    vp = view.viewport()
    at = _vp(view, *_centre(session, a))
    QTest.touchEvent(vp, screen_device).press(0, at, vp).commit()
    QTest.touchEvent(vp, screen_device).release(0, at, vp).commit()
    assert scene.selected_sticky_ids() == [a]


def test_pinch_on_the_wall_zooms(canvas, screen_device, qtbot):
    session, _scene, view = canvas
    add(session, "domain_event", 100, 100, "far away")
    vp = view.viewport()
    c = QPoint(500, 350)
    QTest.touchEvent(vp, screen_device).press(0, c - QPoint(50, 0), vp).press(
        1, c + QPoint(50, 0), vp).commit()
    for i in range(1, 16):
        QTest.touchEvent(vp, screen_device).move(0, c - QPoint(50 + 10 * i, 0), vp).move(
            1, c + QPoint(50 + 10 * i, 0), vp).commit()
        qtbot.wait(5)
    QTest.touchEvent(vp, screen_device).release(0, c - QPoint(200, 0), vp).release(
        1, c + QPoint(200, 0), vp).commit()
    qtbot.waitUntil(lambda: view.zoom() > 1.5)


def test_two_fingers_pan_the_wall(canvas, screen_device, qtbot):
    _session, _scene, view = canvas
    vp = view.viewport()
    before = view.mapToScene(vp.rect().center())
    a, b = QPoint(400, 300), QPoint(500, 300)
    QTest.touchEvent(vp, screen_device).press(0, a, vp).press(1, b, vp).commit()
    for i in range(1, 16):
        d = QPoint(0, 12 * i)
        QTest.touchEvent(vp, screen_device).move(0, a + d, vp).move(1, b + d, vp).commit()
        qtbot.wait(5)
    QTest.touchEvent(vp, screen_device).release(0, a + QPoint(0, 180), vp).release(
        1, b + QPoint(0, 180), vp).commit()
    after = view.mapToScene(vp.rect().center())
    assert before.y() - after.y() > 100  # the wall followed the fingers down
    assert view.zoom() == pytest.approx(1.0, abs=0.05)


def test_long_press_opens_the_menu_of_the_sticky(canvas, screen_device, qtbot):
    session, scene, view = canvas
    a = add(session, "domain_event", 100, 100, "Hold me")
    asked: list = []
    scene.context_menu_requested.connect(lambda g, s: asked.append(s))
    vp = view.viewport()
    at = _vp(view, *_centre(session, a))
    QTest.touchEvent(vp, screen_device).press(0, at, vp).commit()
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    QTest.touchEvent(vp, screen_device).release(0, at, vp).commit()
    assert scene.selected_sticky_ids() == [a]
    assert session.board.stickies[a].x == 100  # held, not dragged
