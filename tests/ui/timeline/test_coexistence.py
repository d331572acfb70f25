"""The tools take only what is theirs: stickies still drag, the wall still pans; keyboard and
context-menu paths; right-to-left views."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu

from stormboard.app import timeline_commands as tc
from stormboard.ui.timeline.placement import LANE

from .conftest import add, drag, vp


def test_a_sticky_on_a_lane_edge_still_drags_and_empty_wall_still_pans(timeline):
    session, _scene, view, _tools = timeline
    session.execute(tc.add_lane(session.board, "L", 0, 300, lane_id="l1"))
    session.execute(tc.add_milestone(session.board, "M", 2000, milestone_id="m1"))
    sid = add(session, "domain_event", 400, 220, "on the edge")  # straddles y = 300
    s = session.board.stickies[sid]
    start = vp(view, s.x + 40, 300)
    drag(view.viewport(), start, start + QPoint(100, 0))
    assert session.board.stickies[sid].x == s.x + 100  # the sticky moved
    assert session.board.lanes["l1"].height == 300  # the lane did not resize
    h = view.horizontalScrollBar().value()
    drag(view.viewport(), vp(view, 900, 600), vp(view, 700, 600))
    assert view.horizontalScrollBar().value() > h  # an ordinary pan
    assert session.board.milestones["m1"].x == 2000


def test_enter_places_an_armed_lane_and_escape_disarms(timeline, qtbot):
    session, _scene, view, tools = timeline
    view.setFocus()
    tools.placement.start(LANE)
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape,
                                           Qt.KeyboardModifier.NoModifier))
    assert not tools.placement.armed and not session.board.lanes
    tools.placement.start(LANE)
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                           Qt.KeyboardModifier.NoModifier))
    [lane] = session.board.lanes.values()
    assert tools.lanes.editor is not None and not tools.lanes.editor.closed
    tools.lanes.editor.cancel()
    assert session.board.lanes[lane.id].label == lane.label


def test_right_click_on_a_lane_header_opens_the_lane_menu(timeline, qtbot):
    session, _scene, view, tools = timeline
    session.execute(tc.add_lane(session.board, "L", 100, 300, lane_id="l1"))
    g = tools.lanes._geoms["l1"]
    pos = vp(view, g.rect.center().x(), g.rect.center().y())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    texts = [a.text() for a in menu.actions()]
    assert "Rename lane" in texts and "Collapse lane" in texts
    [collapse] = [a for a in menu.actions() if a.text() == "Collapse lane"]
    collapse.trigger()
    menu.close()
    assert session.board.lanes["l1"].collapsed


def test_header_drag_in_a_right_to_left_view(timeline):
    session, _scene, view, tools = timeline
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QApplication.processEvents()
    board = session.board
    session.execute(tc.add_lane(board, "A", 100, 200, lane_id="a"))
    session.execute(tc.add_lane(board, "B", 300, 200, lane_id="b"))
    tools.refresh()
    g = tools.lanes._geoms["a"]
    x = g.rect.center().x()
    y = (g.toggle.bottom() + g.resize.top()) / 2
    # the header is on screen, in the ruler strip left of the wall (as in left to right)
    ruler = tools.lanes.ruler
    assert ruler.isVisible() and ruler.geometry().right() < view.viewport().geometry().left()
    at = vp(view, x, y) + QPoint(ruler.width(), 0)
    assert ruler.rect().contains(at)
    drag(ruler, at, vp(view, x, 480) + QPoint(ruler.width(), 0), steps=10)
    assert (board.lanes["b"].y, board.lanes["a"].y) == (100, 300)


def test_wall_menu_offers_a_lane_and_a_milestone_where_it_opened(timeline):
    session, scene, _view, tools = timeline
    assert tools.extend_menu in scene.menu_extenders
    menu = QMenu()
    at = QPointF(400, 440)
    for extend in scene.menu_extenders:  # what the view does before it shows the wall's menu
        extend(menu, at)
    actions = {a.text(): a for a in menu.actions()}
    actions["Add lane here"].trigger()
    [lane] = session.board.lanes.values()
    assert lane.y == 440
    tools.lanes.editor.cancel()
    actions["Add milestone here"].trigger()
    [m] = session.board.milestones.values()
    assert m.x == 400
    tools.detach()
    assert tools.extend_menu not in scene.menu_extenders


def test_right_click_on_empty_wall_offers_the_timeline_entries(timeline, qtbot):
    session, _scene, view, _tools = timeline
    view.builtin_context_menu = True  # the fixture turns the wall's own menu off
    pos = vp(view, 600, 500)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    actions = {a.text(): a for a in menu.actions()}
    assert "Paste" in actions and "Add lane here" in actions and "Add milestone here" in actions
    actions["Add milestone here"].trigger()
    menu.close()
    [milestone] = session.board.milestones.values()
    assert abs(milestone.x - 600) < 40  # where the menu was asked for


def test_far_out_blocks_show_filtered_stickies_dimmed(timeline, qtbot):
    from PySide6.QtGui import QColor, QImage, QPainter

    from stormboard.domain.search import StickyFilter

    session, scene, _view, tools = timeline
    keep = add(session, "domain_event", 0, 0, "keep")
    dim = add(session, "domain_event", 400, 0, "dim")
    tools.decorations.set_filter(StickyFilter.of(text="keep"))
    assert scene.sticky_item(dim).opacity() < 1.0
    scene.blocks.active = True  # what the scene switches on when the view is far out

    def pixel_at(sid):
        s = session.board.stickies[sid]
        image = QImage(40, 40, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.translate(-(s.x + s.width / 2) + 20, -(s.y + s.height / 2) + 20)
        scene.blocks.paint(painter, None)
        painter.end()
        return image.pixelColor(20, 20)

    kept, dimmed = pixel_at(keep), pixel_at(dim)
    assert kept == QColor("#FFA94D")
    # the dimmed block is the event colour faded toward the white behind it
    assert dimmed != kept and dimmed.lightness() > kept.lightness()
