"""Arrows that follow a dragged sticky stay under a layer that holds them (ADR 0236), and go
back with a cancelled drag."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from stormboard.app import commands
from stormboard.domain.entities import Link

from .conftest import add


def _linked_pair(session, scene, qtbot):
    """Two stickies 200 apart with an arrow "l1" between them: their ids and the arrow."""
    a = add(session, "domain_event", 50, 300)
    b = add(session, "domain_event", 250, 300)
    session.execute(commands.add_record(session.board, "links", Link("l1", a, b), "Link"))
    qtbot.wait(20)
    return a, b, scene.link_item("l1")


def test_an_arrow_followed_during_a_drag_stays_findable_and_painted(canvas, qtbot):
    """What link_tool.follow_drag does while stickies are dragged: the arrow follows the items
    and is found and painted along its new part."""
    session, scene, view = canvas
    a, b, item = _linked_pair(session, scene, qtbot)
    far = QPointF(740, 380)
    assert item not in scene.items(far)
    before = view.viewport().grab().toImage()
    # the drag: the item of b is 550 to the right, its arrow follows (link_tool.follow_drag)
    sb = session.board.stickies[b]
    sa = session.board.stickies[a]
    scene.sticky_item(b).setPos(800, 300)
    scene.follow_link(item, session.board.links["l1"], QRectF(sa.x, sa.y, sa.width, sa.height),
              QRectF(800, 300, sb.width, sb.height))
    qtbot.wait(20)
    assert item.sceneBoundingRect().contains(far)
    # hit-testing and show_contents both go through the index: the arrow must be found
    found = item in scene.items(far)
    img = view.viewport().grab().toImage()
    p = view.mapFromScene(far)
    painted = img.pixelColor(p) != before.pixelColor(p)
    assert (found, painted) == (True, True)


def test_an_arrow_dragged_far_is_painted_where_the_view_scrolled_to(canvas, qtbot):
    """Dragging a linked sticky far (the view scrolls along): a view that no longer shows where
    the arrow was still paints its new part."""
    session, scene, view = canvas
    a, b, item = _linked_pair(session, scene, qtbot)
    sa, sb = session.board.stickies[a], session.board.stickies[b]
    scene.sticky_item(b).setPos(2000, 300)
    scene.follow_link(item, session.board.links["l1"], QRectF(sa.x, sa.y, sa.width, sa.height),
              QRectF(2000, 300, sb.width, sb.height))
    view.centerOn(QPointF(1500, 350))  # the autoscroll of the drag
    qtbot.wait(20)
    far = QPointF(1500, 380)
    assert item.sceneBoundingRect().contains(far)
    img = view.viewport().grab().toImage()
    p = view.mapFromScene(far)
    empty = view.viewport().grab().toImage().pixelColor(view.mapFromScene(QPointF(1500, 600)))
    assert img.pixelColor(p) != empty, "no arrow painted on the scrolled-to part of the wall"


def test_an_arrow_followed_during_a_cancelled_drag_goes_back(canvas, qtbot):
    """Escape during a drag (Interactions.cancel -> _finish -> scene.resync of the stickies):
    the stickies go back, and so do the arrows that followed them."""
    session, scene, _view = canvas
    a, b, item = _linked_pair(session, scene, qtbot)
    line = item.line
    sa, sb = session.board.stickies[a], session.board.stickies[b]
    scene.sticky_item(b).setPos(2000, 300)
    scene.follow_link(item, session.board.links["l1"], QRectF(sa.x, sa.y, sa.width, sa.height),
              QRectF(2000, 300, sb.width, sb.height))  # link_tool.follow_drag
    scene.resync(b)  # what the cancel does
    assert item.line == line, "the arrow still points where the cancelled drag left it"
