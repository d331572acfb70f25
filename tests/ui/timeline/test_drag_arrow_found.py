"""End to end (ADR 0236): a linked sticky dragged 800 units by the mouse; while the button is
held the arrow follows (link_tool.follow_drag) and Qt's index finds it along its new part (its
layer grows to hold it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtWidgets import QApplication

from stormboard.app import commands
from stormboard.domain.entities import Link

from .conftest import add, mouse, press_and_move, vp


def test_the_arrow_of_a_dragged_sticky_is_found_along_it_while_dragging(timeline, qtbot):
    session, scene, view, _tools = timeline
    a = add(session, "domain_event", 50, 100)
    b = add(session, "domain_event", 250, 100)
    session.execute(commands.add_record(session.board, "links", Link("l1", a, b), "Link"))
    view.set_zoom(0.5)
    view.centerOn(QPointF(700, 300))
    qtbot.wait(20)
    item = scene.link_item("l1")
    tb = session.board.stickies[b]
    start = vp(view, tb.x + 40, tb.y + 40)
    p = start + (vp(view, 800, 0) - vp(view, 0, 0))
    press_and_move(view.viewport(), start, p)
    QApplication.processEvents()
    assert session.board.stickies[b].x == tb.x  # the model has not moved yet
    assert item.line.p2().x() > 900  # the arrow follows
    probe = QPointF(900, item.line.p1().y())
    assert item.sceneBoundingRect().contains(probe)
    found = item in scene.items(probe)
    mouse(view.viewport(), QEvent.Type.MouseButtonRelease, p)
    assert found, "mid-drag, the arrow is not in scene.items() along its new part"
