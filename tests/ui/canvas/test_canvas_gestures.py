"""Select, move, resize, rubber band, clipboard, grid: each gesture is one undo step on disk."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt

from stormboard.ui.canvas import BoardScene

from .conftest import add, drag, mouse, reread


def _vp(view, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def test_dragging_100_selected_stickies_is_one_undo_step(canvas):
    session, scene, view = canvas
    ids = [add(session, "domain_event", 20 + (i % 10) * 60, 20 + (i // 10) * 60, f"e{i}",
               width=40, height=40) for i in range(100)]
    scene.select_all()
    steps_before = len(session.history._undo)
    before = {sid: session.board.stickies[sid] for sid in ids}
    grab = _vp(view, QPointF(40, 40))  # the middle of the first sticky
    drag(view.viewport(), grab, grab + QPoint(120, 80), steps=12)
    assert len(session.history._undo) == steps_before + 1
    on_disk = reread(session)
    for sid in ids:
        s, b = session.board.stickies[sid], before[sid]
        assert (s.x - b.x, s.y - b.y) == (120, 80)
        assert (on_disk.stickies[sid].x, on_disk.stickies[sid].y) == (s.x, s.y)
        assert scene.sticky_item(sid).pos() == QPointF(s.x, s.y)
    assert len(scene.selected_sticky_ids()) == 100
    session.undo()
    for sid in ids:
        assert (session.board.stickies[sid].x, session.board.stickies[sid].y) == (
            before[sid].x, before[sid].y)
        assert scene.sticky_item(sid).pos() == QPointF(before[sid].x, before[sid].y)


def test_grid_snapping_on_and_off(canvas):
    session, scene, view = canvas
    sid = add(session, "domain_event", 100, 100)
    start = _vp(view, QPointF(180, 180))
    drag(view.viewport(), start, start + QPoint(37, 13))
    s = session.board.stickies[sid]
    assert (s.x, s.y) == (140, 120)  # 137, 113 snapped to the 20-unit grid
    scene.grid_enabled = False
    start = _vp(view, QPointF(s.x + 80, s.y + 80))
    drag(view.viewport(), start, start + QPoint(7, 3))
    s = session.board.stickies[sid]
    assert (s.x, s.y) == (147, 123)


def test_click_selects_ctrl_click_adds_tap_on_wall_clears(canvas, qtbot):
    session, scene, view = canvas
    a = add(session, "domain_event", 100, 100)
    b = add(session, "command", 400, 100)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_vp(view, QPointF(180, 180)))
    assert scene.selected_sticky_ids() == [a]
    with qtbot.waitSignal(scene.selection_changed_ids):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier, _vp(view, QPointF(480, 180)))
    assert set(scene.selected_sticky_ids()) == {a, b}
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_vp(view, QPointF(300, 600)))
    assert scene.selected_sticky_ids() == []


def test_rubber_band_selects_what_it_touches(canvas):
    session, scene, view = canvas
    ids = [add(session, "domain_event", 50 + i * 200, 100) for i in range(4)]
    view.set_one_finger_mode("select")
    drag(view.viewport(), _vp(view, QPointF(20, 60)), _vp(view, QPointF(450, 300)))
    assert set(scene.selected_sticky_ids()) == set(ids[:3])
    # in the default "pan" mode a drag on the wall pans and selects nothing
    scene.clearSelection()
    view.set_one_finger_mode("pan")
    h = view.horizontalScrollBar().value()
    drag(view.viewport(), _vp(view, QPointF(20, 600)), _vp(view, QPointF(300, 650)))
    assert scene.selected_sticky_ids() == []
    assert view.horizontalScrollBar().value() < h
    # Shift-drag draws a rubber band even in pan mode
    drag(view.viewport(), _vp(view, QPointF(20, 60)), _vp(view, QPointF(250, 300)),
         mods=Qt.KeyboardModifier.ShiftModifier)
    assert set(scene.selected_sticky_ids()) == set(ids[:2])


def test_resize_with_handle_is_one_step(canvas):
    session, scene, view = canvas
    sid = add(session, "domain_event", 100, 100)
    scene.select_ids([sid])
    item = scene.sticky_item(sid)
    handle = item.handle_rect(view.zoom())
    assert handle.width() >= scene.handle_px / view.zoom() - 1e-6 or handle.width() == 80
    corner = _vp(view, item.mapToScene(handle.center()))
    steps = len(session.history._undo)
    drag(view.viewport(), corner, corner + QPoint(60, 40))
    s = session.board.stickies[sid]
    assert (s.width, s.height) == (220, 200)
    assert len(session.history._undo) == steps + 1
    assert reread(session).stickies[sid].width == 220


def test_touch_targets_are_at_least_9_mm(canvas):
    _session, scene, _view = canvas
    from PySide6.QtGui import QGuiApplication

    dpi = QGuiApplication.primaryScreen().logicalDotsPerInch()
    assert scene.handle_px / dpi * 25.4 >= 9.0 - 1e-9


def test_copy_paste_between_two_boards(canvas, open_board, qtbot):
    session, scene, _view = canvas
    a = add(session, "hotspot", 100, 100, "چرا؟", color="#00FF00")
    b = add(session, "command", 400, 100, "Pay")
    add(session, "note", 800, 800, "left behind")
    scene.select_ids([a, b])
    scene.copy_selection()
    other_session = open_board(name="other")
    other = BoardScene(other_session)
    other.paste()
    pasted = sorted(other_session.board.stickies.values(), key=lambda s: s.x)
    assert [(s.kind, s.text, s.x, s.y, s.color) for s in pasted] == [
        ("hotspot", "چرا؟", 100, 100, "#00FF00"), ("command", "Pay", 400, 100, None)]
    assert not {s.id for s in pasted} & {a, b}  # fresh ids
    assert set(other.selected_sticky_ids()) == {s.id for s in pasted}
    assert len(reread(other_session).stickies) == 2
    other_session.undo()
    assert not other_session.board.stickies
    # pasting back onto the originals offsets the copies; pasting at a point centres them
    scene.paste()
    assert len(session.board.stickies) == 5
    scene.paste(QPointF(2000, 2000))
    group = [session.board.stickies[i] for i in scene.selected_sticky_ids()]
    cx = (min(s.x for s in group) + max(s.x + s.width for s in group)) / 2
    assert abs(cx - 2000) <= scene.grid_size


def test_paste_plain_text_from_elsewhere(canvas):
    from PySide6.QtGui import QGuiApplication

    session, scene, _view = canvas
    QGuiApplication.clipboard().setText("Order placed\n\nOrder shipped")
    scene.paste(QPointF(300, 300))
    assert sorted(s.text for s in session.board.stickies.values()) == [
        "Order placed", "Order shipped"]


def test_delete_duplicate_kind_colour_pivotal_are_single_steps(canvas):
    session, scene, _view = canvas
    a = add(session, "domain_event", 100, 100, "A")
    b = add(session, "domain_event", 400, 100, "B")
    scene.select_ids([a, b])
    n = len(session.history._undo)

    scene.duplicate_selection()
    assert len(session.board.stickies) == 4 and len(session.history._undo) == n + 1
    session.undo()
    scene.select_ids([a, b])

    scene.change_kind_of_selection("hotspot")
    assert {session.board.stickies[i].kind for i in (a, b)} == {"hotspot"}
    assert scene.sticky_item(a).outline().elementCount() > 4  # drawn as a diamond now
    session.undo()
    scene.set_color_of_selection("#123456")
    assert session.board.stickies[a].color == "#123456"
    assert scene.sticky_item(a)._color.name().upper() == "#123456"
    session.undo()
    scene.toggle_pivotal_of_selection()
    assert session.board.stickies[a].pivotal and session.board.stickies[b].pivotal
    assert a in scene._pivotal  # a boundary line is drawn after it
    scene.toggle_pivotal_of_selection()
    assert not session.board.stickies[a].pivotal and a not in scene._pivotal
    scene.delete_selection()
    assert not session.board.stickies
    assert scene.sticky_item(a) is None
    session.undo()
    assert set(session.board.stickies) == {a, b}
    assert reread(session).stickies[a].text == "A"


def test_refused_move_snaps_back_and_reports(canvas, qtbot):
    session, scene, view = canvas
    sid = add(session, "domain_event", 100, 100)
    session.read_only_reason = "Opened read-only."
    start = _vp(view, QPointF(180, 180))
    with qtbot.waitSignal(scene.message) as blocker:
        drag(view.viewport(), start, start + QPoint(100, 0))
    assert "read-only" in blocker.args[0]
    assert scene.sticky_item(sid).pos() == QPointF(100, 100)


def test_context_menu_signal_selects_item(canvas, qtbot):
    session, scene, view = canvas
    sid = add(session, "domain_event", 100, 100)
    pos = _vp(view, QPointF(180, 180))
    with qtbot.waitSignal(scene.context_menu_requested) as blocker:
        mouse(view.viewport(), QEvent.Type.MouseButtonPress, pos, Qt.MouseButton.RightButton)
        from PySide6.QtGui import QContextMenuEvent
        from PySide6.QtWidgets import QApplication

        QApplication.sendEvent(view.viewport(), QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)))
    assert scene.selected_sticky_ids() == [sid]
    assert abs(blocker.args[1].x() - 180) < 2
    with qtbot.waitSignal(scene.context_menu_requested):
        view.long_press(_vp(view, QPointF(900, 600)))
    assert scene.selected_sticky_ids() == []


def test_keyboard_delete_and_undo(canvas, qtbot):
    session, scene, view = canvas
    sid = add(session, "domain_event", 100, 100)
    scene.select_ids([sid])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not session.board.stickies
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sid in session.board.stickies
    scene.select_ids([sid])
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert session.board.stickies[sid].x == 120


def test_drag_pictures_show_the_stickies_where_they_will_land(canvas):
    """A big drag paints from two pictures; mid-drag the screen matches the result."""
    session, scene, view = canvas
    scene.grid_enabled = False
    for i in range(60):
        add(session, "command" if i % 2 else "domain_event", 20 + (i % 10) * 90,
            20 + (i // 10) * 90, f"n{i}", width=70, height=70)
    scene.select_all()
    vp = view.viewport()
    start = view.mapFromScene(QPointF(55, 55))
    end = start + QPoint(130, 90)
    mouse(vp, QEvent.Type.MouseButtonPress, start)
    for i in range(1, 6):
        mouse(vp, QEvent.Type.MouseMove, start + (end - start) * i / 5,
              buttons=Qt.MouseButton.LeftButton)
    assert view._preview is not None  # painting from pictures
    before = view._preview[0].toImage()  # the wall without them
    during = vp.grab().toImage()
    mouse(vp, QEvent.Type.MouseButtonRelease, end)
    assert view._preview is None
    after = vp.grab().toImage()
    differing = sum(
        1 for x in range(0, during.width(), 4) for y in range(0, during.height(), 4)
        if during.pixel(x, y) != after.pixel(x, y)
    )
    assert differing < 0.01 * (during.width() // 4) * (during.height() // 4)
    moved_away = sum(
        1 for x in range(0, during.width(), 4) for y in range(0, during.height(), 4)
        if during.pixel(x, y) != before.pixel(x, y)
    )
    assert moved_away > 20 * differing + 100  # the comparison can tell a wrong picture
