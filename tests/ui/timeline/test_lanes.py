"""Swimlanes with real mouse events: place, rename, reorder by the header, resize by the edge,
collapse. Each gesture is one undo step, on disk at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from stormboard.app import timeline_commands as tc
from stormboard.ui.timeline.placement import DEFAULT_LANE_HEIGHT, LANE

from .conftest import add, click, drag, mouse, reread, type_text, vp


def _place_lane(view, tools, y: float, name: str) -> str:
    before = set(tools.scene.board.lanes)
    tools.placement.start(LANE)
    click(view.viewport(), vp(view, 600, y))
    [lane_id] = set(tools.scene.board.lanes) - before
    editor = tools.lanes.editor
    assert editor is not None and editor.isVisible()  # the label editor opened at once
    editor.selectAll()
    type_text(editor, name)
    QApplication.sendEvent(editor, _key(Qt.Key.Key_Return))
    return lane_id


def _key(key):
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


def _grip(tools, lane_id):
    g = tools.lanes._geoms[lane_id]
    return g.rect.center().x(), (g.toggle.bottom() + g.resize.top()) / 2


def test_place_lanes_and_drag_a_header_moves_the_lane_with_its_stickies(timeline):
    session, scene, view, tools = timeline
    sales = _place_lane(view, tools, 100, "فروش Sales")
    store = _place_lane(view, tools, 420, "Warehouse")
    board = session.board
    assert board.lanes[sales].label == "فروش Sales"
    assert (board.lanes[sales].y, board.lanes[sales].height) == (100, DEFAULT_LANE_HEIGHT)
    assert board.lanes[store].y == 420
    a = add(session, "domain_event", 300, 140, "Order placed")
    b = add(session, "domain_event", 300, 470, "Parcel packed")
    steps = len(session.history._undo)
    before = {sid: board.stickies[sid].y for sid in (a, b)}

    # drag the Warehouse header above the Sales lane
    x, y = _grip(tools, store)
    drag(view.viewport(), vp(view, x, y), vp(view, x, 60), steps=10)
    assert len(session.history._undo) == steps + 1
    assert board.lanes[store].y == 100  # now on top
    assert board.lanes[sales].y == 100 + DEFAULT_LANE_HEIGHT + 60  # the gap stays between them
    # each sticky travelled with its lane
    assert board.stickies[b].y - before[b] == board.lanes[store].y - 420
    assert board.stickies[a].y - before[a] == board.lanes[sales].y - 100
    assert scene.sticky_item(b).pos().y() == board.stickies[b].y
    disk = reread(session)
    assert (disk.lanes[store].y, disk.stickies[b].y) == (board.lanes[store].y, board.stickies[b].y)
    # the header column followed the model
    assert tools.lanes._geoms[store].rect.top() == 100

    session.undo()
    assert (board.lanes[store].y, board.lanes[sales].y) == (420, 100)
    assert {sid: board.stickies[sid].y for sid in (a, b)} == before
    assert scene.sticky_item(b).pos().y() == before[b]
    assert reread(session).lanes[store].y == 420


def test_dragging_the_bottom_edge_resizes_in_one_step(timeline):
    session, _scene, view, tools = timeline
    lane = _place_lane(view, tools, 100, "Lane")
    below = add(session, "domain_event", 300, 500, "below")
    steps = len(session.history._undo)
    bottom = 100 + DEFAULT_LANE_HEIGHT
    drag(view.viewport(), vp(view, 700, bottom), vp(view, 700, bottom + 80), steps=8)
    assert session.board.lanes[lane].height == DEFAULT_LANE_HEIGHT + 80
    assert session.board.stickies[below].y == 580  # things below made room
    assert len(session.history._undo) == steps + 1  # the drag steps merged
    assert reread(session).lanes[lane].height == DEFAULT_LANE_HEIGHT + 80
    session.undo()
    assert session.board.lanes[lane].height == DEFAULT_LANE_HEIGHT
    assert session.board.stickies[below].y == 500


def test_collapse_button_hides_the_lane_stickies(timeline):
    session, scene, view, tools = timeline
    lane = _place_lane(view, tools, 100, "Lane")
    inside = add(session, "domain_event", 300, 140, "in")
    outside = add(session, "domain_event", 300, 600, "out")
    toggle = tools.lanes._geoms[lane].toggle.center()
    click(view.viewport(), vp(view, toggle.x(), toggle.y()))
    assert session.board.lanes[lane].collapsed
    assert not scene.sticky_item(inside).isVisible()
    assert scene.sticky_item(outside).isVisible()
    session.undo()
    assert scene.sticky_item(inside).isVisible()


def test_double_click_header_renames_and_menu_deletes_keeping_stickies(timeline):
    session, _scene, view, tools = timeline
    lane = _place_lane(view, tools, 100, "Old")
    sid = add(session, "domain_event", 300, 140, "stays")
    x, y = _grip(tools, lane)
    p = vp(view, x, y)
    mouse(view.viewport(), QEvent.Type.MouseButtonPress, p)
    mouse(view.viewport(), QEvent.Type.MouseButtonRelease, p)
    mouse(view.viewport(), QEvent.Type.MouseButtonDblClick, p)
    mouse(view.viewport(), QEvent.Type.MouseButtonRelease, p)
    editor = tools.lanes.editor
    assert editor is not None and not editor.closed and editor.text() == "Old"
    editor.selectAll()
    type_text(editor, "New")
    QApplication.sendEvent(editor, _key(Qt.Key.Key_Return))
    assert session.board.lanes[lane].label == "New"
    menu = tools.lanes.lane_menu(lane, view)
    [delete] = [a for a in menu.actions() if a.text().startswith("Delete lane")]
    delete.trigger()
    assert lane not in session.board.lanes
    assert sid in session.board.stickies
    session.undo()
    assert session.board.lanes[lane].label == "New"


def test_far_out_the_block_layer_leaves_out_a_collapsed_lane(timeline):
    session, scene, view, tools = timeline
    session.execute(tc.add_lane(session.board, "L", 0, 300, lane_id="l1"))
    inside = add(session, "domain_event", 300, 60, "in")
    outside = add(session, "domain_event", 300, 600, "out")
    view.set_zoom(0.05)
    assert scene.block_mode
    tools.lanes.toggle("l1")
    shown = {item.sticky_id for item in scene.blocks._source}
    assert outside in shown and inside not in shown


def test_a_second_view_sees_the_headers_at_the_wall_edge_not_pinned(timeline, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor

    from stormboard.ui.canvas import BoardView

    session, scene, view, tools = timeline
    session.execute(tc.add_lane(session.board, "L", 0, 400, color="#E3F2FD", lane_id="l1"))
    add(session, "domain_event", 100, 100, "a")
    add(session, "domain_event", 3000, 100, "b")
    QApplication.processEvents()
    view.centerOn(QPointF(2500, 200))  # the main view scrolls right: its headers follow
    g = tools.lanes._geoms["l1"]
    wall_left = scene.content_rect().left() - 400
    assert g.rect.left() > wall_left + 1000
    second = BoardView(scene)  # a presenter on the projector
    qtbot.addWidget(second)
    second.resize(800, 400)
    second.show()
    qtbot.waitExposed(second)
    second.set_zoom(0.2)
    second.centerOn(QPointF(1500, 200))
    image = second.viewport().grab().toImage()
    lane = QColor("#E3F2FD")

    def at(x: float, y: float) -> QColor:
        return QColor(image.pixel(second.mapFromScene(QPointF(x, y))))

    mid_y = 300  # below the collapse button, in the grip area
    assert at(wall_left + g.rect.width() / 2, mid_y) != lane  # headers at the wall's edge
    assert at(g.rect.center().x(), mid_y) == lane  # not where the main view pins them


def test_find_rings_leave_out_a_collapsed_lane_at_every_zoom(timeline):
    """A match hidden by a collapsed lane gets no ring, close up or far out (close up the
    rings come from the scene's index, which leaves hidden stickies out); expanding the
    lane rings it again."""
    from PySide6.QtCore import QRectF

    session, _scene, view, tools = timeline
    lane = _place_lane(view, tools, 100, "Lane")
    inside = add(session, "domain_event", 300, 140, "Order placed")
    outside = add(session, "domain_event", 300, 600, "Order paid")
    deco = tools.decorations
    deco.set_found([inside, outside], inside)
    found = deco.found
    wall = QRectF(-2000, -2000, 6000, 6000)

    def ringed(lod: float) -> set[str]:
        return {r[4] for r in found._in_view(wall, lod)}

    assert ringed(1.0) == ringed(0.05) == {inside, outside}
    session.execute(tc.set_lane_collapsed(session.board, lane, True))
    assert ringed(1.0) == ringed(0.05) == {outside}
    assert found.current == ""
    session.undo()
    assert ringed(1.0) == ringed(0.05) == {inside, outside}
    assert found.current == inside
