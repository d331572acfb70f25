"""The one input route: every pointer gesture on the wall goes through the tool slot that each
view of a scene feeds (ui/canvas/input.py, ADR 0115)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from stormboard.ui.canvas import BoardView
from stormboard.ui.canvas.input import STICKIES, TIMELINE, Pointer, Tool

from .conftest import add, drag, mouse


def test_right_click_on_a_sticky_selects_it_and_asks_for_the_menu(canvas, qtbot) -> None:
    session, scene, view = canvas
    sid = add(session, "domain_event", 200, 200)
    pos = view.mapFromScene(QPointF(250, 250))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    with qtbot.waitSignal(scene.context_menu_requested) as asked:
        QApplication.sendEvent(view.viewport(), event)
    assert scene.selected_sticky_ids() == [sid]
    assert asked.args[1] == view.mapToScene(pos)


def test_double_click_on_a_sticky_opens_its_editor(canvas) -> None:
    session, scene, view = canvas
    sid = add(session, "domain_event", 200, 200)
    pos = view.mapFromScene(QPointF(250, 250))
    mouse(view.viewport(), QEvent.Type.MouseButtonPress, pos)
    mouse(view.viewport(), QEvent.Type.MouseButtonRelease, pos)
    mouse(view.viewport(), QEvent.Type.MouseButtonDblClick, pos)
    assert scene.editing_id == sid


def test_escape_during_a_drag_puts_the_sticky_back(canvas, qtbot) -> None:
    session, scene, view = canvas
    sid = add(session, "domain_event", 200, 200)
    start = view.mapFromScene(QPointF(250, 250))
    mouse(view.viewport(), QEvent.Type.MouseButtonPress, start)
    for step in range(1, 6):
        mouse(view.viewport(), QEvent.Type.MouseMove, start + QPoint(20 * step, 0),
              buttons=Qt.MouseButton.LeftButton)
    assert scene.sticky_item(sid).pos().x() > 250
    view.setFocus()
    qtbot.keyPress(view, Qt.Key.Key_Escape)
    mouse(view.viewport(), QEvent.Type.MouseButtonRelease, start + QPoint(100, 0))
    assert scene.sticky_item(sid).pos().x() == 200
    assert session.board.stickies[sid].x == 200
    session.undo()  # no move was recorded: the one step is the sticky's creation
    assert sid not in session.board.stickies


class _Stamp(Tool):
    """A tool a newcomer might add: it claims presses on empty wall left of x = 0."""

    def __init__(self) -> None:
        self.pressed: list[QPointF] = []

    def claims(self, p: Pointer) -> bool:
        return p.scene_pos.x() < 0

    def press(self, p: Pointer) -> bool:
        self.pressed.append(p.scene_pos)
        return True


def test_a_new_tool_goes_in_one_place_and_every_view_of_the_scene_feeds_it(canvas) -> None:
    session, scene, view = canvas
    second = BoardView(scene)  # a presenter's view of the same wall
    second.resize(600, 400)
    second.show()
    stamp = _Stamp()
    scene.route.add(stamp, TIMELINE)
    assert scene.route.tools.index(stamp) < scene.route.tools.index(scene.interactions)
    for v in (view, second):
        v.centerOn(QPointF(0, 0))
        pos = v.mapFromScene(QPointF(-50, 10))
        drag(v.viewport(), pos, pos + QPoint(30, 0))
    assert len(stamp.pressed) == 2
    # a press the tool does not claim goes on: the sticky tool takes a press on a sticky
    sid = add(session, "domain_event", 100, 0)
    pos = view.mapFromScene(QPointF(150, 50))
    drag(view.viewport(), pos, pos + QPoint(60, 0))
    assert session.board.stickies[sid].x > 100
    scene.route.remove(stamp)
    second.close()
    second.deleteLater()


def test_the_orders_put_votes_before_timeline_before_stickies() -> None:
    from stormboard.ui.canvas.input import VOTES

    assert VOTES < TIMELINE < STICKIES
