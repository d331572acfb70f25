"""Issue 10, defect 4 (canvas): lane names stay readable when stickies line a lane's top, and
the lane header column never hides a sticky, scrolled into the wall or zoomed far out."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from stormboard.app import timeline_commands as tc
from stormboard.ui.canvas import style

from .conftest import add


def _close(a: QColor, b: QColor, tol: int = 12) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tol


def _dark_pixels(image: QImage, top: int, bottom: int) -> int:
    n = 0
    for y in range(max(top, 0), min(bottom, image.height()), 2):
        for x in range(0, image.width(), 2):
            if QColor(image.pixel(x, y)).lightness() < 90:
                n += 1
    return n


def _lane_board(session):
    board = session.board
    session.execute(tc.add_lane(board, "Customer", 0, 400, color="#E3F2FD", lane_id="l1"))
    session.execute(tc.add_lane(board, "Warehouse", 400, 400, color="#E8F5E9", lane_id="l2"))
    ids = [add(session, "domain_event", x, y, "Order placed")
           for y in (5, 405) for x in range(0, 2400, 240)]
    QApplication.processEvents()
    return ids


def test_scrolled_into_the_wall_the_header_hides_no_sticky_and_names_each_lane(timeline):
    session, _scene, view, tools = timeline
    ids = _lane_board(session)
    view.set_zoom(1.0)
    # the view's left edge cuts through the fifth sticky of the top row
    first = session.board.stickies[ids[4]]
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    view.centerOn(QPointF(first.x + 20 + visible.width() / 2, 350))
    QApplication.processEvents()
    tools.refresh()
    QApplication.processEvents()
    left = view.mapToScene(view.viewport().rect()).boundingRect().left()
    assert first.x < left < first.x + first.width

    # what the viewer sees: the whole view widget, ruler included
    image = view.grab().toImage()
    origin = view.viewport().geometry().topLeft()
    orange = style.sticky_color(first, session.board.info)
    for dy in (30, 60, 100):
        pos = view.mapFromScene(QPointF(left + 5, first.y + dy)) + origin
        assert pos.x() >= view.viewport().geometry().left()
        assert _close(QColor(image.pixel(pos)), orange), (dy, QColor(image.pixel(pos)).name())

    # each lane's name is written in the ruler beside its lane
    ruler = tools.lanes.ruler
    assert ruler is not None and ruler.isVisible()
    assert ruler.geometry().right() < view.viewport().geometry().left()  # beside the wall
    strip = ruler.grab().toImage()
    for lane in session.board.lanes.values():
        top = view.mapFromScene(QPointF(0, lane.y)).y()
        bottom = view.mapFromScene(QPointF(0, lane.y + lane.height)).y()
        assert _dark_pixels(strip, top + 40, bottom - 40) > 20, lane.label


def test_zoomed_far_out_the_header_column_covers_no_sticky(timeline):
    session, scene, view, tools = timeline
    ids = _lane_board(session)
    view.zoom_to_fit()
    QApplication.processEvents()
    tools.refresh()
    QApplication.processEvents()
    assert view.zoom() < 0.5
    image = view.grab().toImage()
    origin = view.viewport().geometry().topLeft()
    for sid in ids:
        st = session.board.stickies[sid]
        item_rect = view.mapFromScene(
            scene.sticky_item(sid).sceneBoundingRect()).boundingRect()
        colour = style.sticky_color(st, session.board.info)
        # the left part of each sticky shows the sticky (far out, a block with greyed
        # lines of text), not a header over it
        probe = QPoint(item_rect.left() + max(item_rect.width() // 5, 1),
                       item_rect.top() + max(item_rect.height() // 6, 1)) + origin
        got = QColor(image.pixel(probe))
        assert _close(got, colour, 40) and got.red() - got.blue() > 80, (sid, got.name())
