"""Links drawn from the edge handle, links following moves, deleting a link with the keyboard,
milestones placed, dragged and renamed, pivotal boundaries and chapter shading."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication

from stormboard.domain import notation
from stormboard.domain.entities import LinkKind
from stormboard.ui.timeline.common import link_item
from stormboard.ui.timeline.placement import MILESTONE

from .conftest import add, click, drag, hover, mouse, press_and_move, reread, type_text, vp


def _two_events(session):
    a = add(session, "domain_event", 200, 200, "Order placed")
    b = add(session, "domain_event", 600, 260, "Order paid")
    return a, b


def _draw_link(view, tools, source, target_point):
    s = tools.scene.board.stickies[source]
    hover(view.viewport(), vp(view, s.x + s.width / 2, s.y + s.height / 2))
    assert tools.links.handle.isVisible() and tools.links.handle.sticky_id == source
    c = tools.links.handle.boundingRect().center()
    drag(view.viewport(), vp(view, c.x(), c.y()), target_point, steps=10)


def test_dragging_the_edge_handle_onto_a_sticky_links_them(timeline):
    session, scene, view, tools = timeline
    a, b = _two_events(session)
    tb = session.board.stickies[b]
    _draw_link(view, tools, a, vp(view, tb.x + 60, tb.y + 60))
    [link] = session.board.links.values()
    assert (link.source_id, link.target_id, link.kind) == (a, b, LinkKind.LEADS_TO)
    assert link.id in reread(session).links
    assert not tools.links.rubber.isVisible()
    assert tools.links.selected_link == link.id  # the new link is selected
    item = link_item(scene, link.id)
    assert item is not None and not item.line.isNull()
    session.undo()
    assert not session.board.links
    assert link_item(scene, link.id) is None
    session.redo()
    assert link.id in session.board.links


def test_a_command_to_an_event_gets_a_triggers_link_and_a_drop_on_the_wall_makes_none(timeline):
    session, _scene, view, tools = timeline
    cmd = add(session, "command", 200, 200, "Place order")
    ev = add(session, "domain_event", 600, 200, "Order placed")
    _draw_link(view, tools, cmd, vp(view, 400, 600))  # dropped on empty wall
    assert not session.board.links
    t = session.board.stickies[ev]
    _draw_link(view, tools, cmd, vp(view, t.x + 50, t.y + 50))
    [link] = session.board.links.values()
    assert link.kind == LinkKind.TRIGGERS


def test_link_follows_a_moved_sticky_and_undo_puts_it_back(timeline):
    session, scene, view, tools = timeline
    a, b = _two_events(session)
    tb = session.board.stickies[b]
    _draw_link(view, tools, a, vp(view, tb.x + 60, tb.y + 60))
    [link] = session.board.links.values()
    item = link_item(scene, link.id)
    end_before = QPointF(item.line.p2())
    # move the target sticky with the mouse
    start = vp(view, tb.x + 40, tb.y + 40)
    drag(view.viewport(), start, start + (vp(view, 0, 200) - vp(view, 0, 0)), steps=8)
    moved = session.board.stickies[b]
    assert moved.y == tb.y + 200
    # the arrow's head went along: it now ends on the moved sticky's outline
    new_rect = QRectF(moved.x, moved.y, moved.width, moved.height)
    old_rect = QRectF(tb.x, tb.y, tb.width, tb.height)
    head = item.line.p2()
    assert new_rect.adjusted(-1, -1, 1, 1).contains(head)
    assert not new_rect.adjusted(1, 1, -1, -1).contains(head)
    assert not old_rect.contains(head)
    session.undo()
    assert session.board.stickies[b].y == tb.y
    assert item.line.p2() == end_before


def test_tap_a_link_then_delete_removes_it(timeline):
    session, scene, view, tools = timeline
    a, b = _two_events(session)
    tb = session.board.stickies[b]
    _draw_link(view, tools, a, vp(view, tb.x + 60, tb.y + 60))
    [link] = session.board.links.values()
    tools.links.select_link("")
    mid = link_item(scene, link.id).line.center()
    click(view.viewport(), vp(view, mid.x(), mid.y()))
    assert tools.links.selected_link == link.id
    assert tools.links.highlight.isVisible()
    view.setFocus()
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete,
                                           Qt.KeyboardModifier.NoModifier))
    assert not session.board.links
    assert not tools.links.highlight.isVisible()
    session.undo()
    assert link.id in session.board.links


def test_link_label_from_double_click(timeline):
    session, scene, view, tools = timeline
    a, b = _two_events(session)
    tb = session.board.stickies[b]
    _draw_link(view, tools, a, vp(view, tb.x + 60, tb.y + 60))
    [link] = session.board.links.values()
    mid = link_item(scene, link.id).line.center()
    p = vp(view, mid.x(), mid.y())
    click(view.viewport(), p)
    mouse(view.viewport(), QEvent.Type.MouseButtonDblClick, p)
    mouse(view.viewport(), QEvent.Type.MouseButtonRelease, p)
    editor = tools.links.editor
    assert editor is not None and not editor.closed
    type_text(editor, "پس از ۲ روز")
    QApplication.sendEvent(editor, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                             Qt.KeyboardModifier.NoModifier))
    assert session.board.links[link.id].label == "پس از ۲ روز"


def test_milestone_placed_dragged_and_renamed(timeline):
    session, _scene, view, tools = timeline
    add(session, "domain_event", 100, 200, "x")
    tools.placement.start(MILESTONE)
    click(view.viewport(), vp(view, 503, 500))
    [m] = session.board.milestones.values()
    assert m.x == 500  # on the grid
    editor = tools.milestones.editor
    editor.selectAll()
    type_text(editor, "End of month")
    QApplication.sendEvent(editor, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                                             Qt.KeyboardModifier.NoModifier))
    assert session.board.milestones[m.id].label == "End of month"
    steps = len(session.history._undo)
    drag(view.viewport(), vp(view, 502, 600), vp(view, 742, 600), steps=12)
    assert session.board.milestones[m.id].x == 740
    assert len(session.history._undo) == steps + 1
    assert reread(session).milestones[m.id].x == 740
    session.undo()
    assert session.board.milestones[m.id].x == 500


def _pixel(view, x: float, y: float) -> QColor:
    image = view.viewport().grab().toImage()
    return QColor(image.pixel(vp(view, x, y)))


def test_marking_pivotal_draws_the_boundary_and_shades_chapters(timeline, qtbot):
    session, scene, view, tools = timeline
    a = add(session, "domain_event", 100, 200, "Order placed")
    b = add(session, "domain_event", 500, 200, "Order shipped")
    s = session.board.stickies[a]
    boundary = s.x + s.width + 20
    wall = QColor(_pixel(view, boundary, 500))
    scene.select_ids([a])
    scene.toggle_pivotal_of_selection()
    assert session.board.stickies[a].pivotal
    qtbot.wait(10)
    line = _pixel(view, boundary, 500)
    brown = QColor(notation.PIVOTAL_FRAME_COLOR)
    assert abs(line.red() - brown.red()) + abs(line.green() - brown.green()) < 60
    assert line != wall
    stretches = tools.decorations.stretches()
    assert [st.index for st in stretches] == [0, 1]
    assert stretches[1].x0 == boundary
    assert tools.decorations.chapters.isVisible()
    # the second chapter is tinted, the first is not
    right = _pixel(view, boundary + 150, 600)
    left = _pixel(view, boundary - 60, 600)
    assert right != left
    session.undo()
    assert not session.board.stickies[a].pivotal
    assert not tools.decorations.chapters.isVisible()
    assert b in session.board.stickies


def test_arrow_bends_while_the_sticky_is_dragged(timeline, qtbot):
    session, scene, view, tools = timeline
    a, b = _two_events(session)
    tb = session.board.stickies[b]
    _draw_link(view, tools, a, vp(view, tb.x + 60, tb.y + 60))
    [link] = session.board.links.values()
    item = link_item(scene, link.id)
    before = QLineF(item.line)
    start = vp(view, tb.x + 40, tb.y + 40)
    p = start + (vp(view, 0, 300) - vp(view, 0, 0))
    press_and_move(view.viewport(), start, p, steps=6)
    QApplication.processEvents()
    assert session.board.stickies[b].y == tb.y  # not released: the model has not moved yet
    assert item.line.p2().y() > before.p2().y() + 200  # but the arrow already follows
    mouse(view.viewport(), QEvent.Type.MouseButtonRelease, p)
    assert session.board.stickies[b].y == tb.y + 300


def test_a_refused_link_is_said_in_the_ui_language(timeline, qapp, english):
    """Linking the same two events again, once every allowed kind is used: the refusal the
    tool reports is the Persian sentence, not the domain's English one."""
    from stormboard.ui.i18n import install_translations

    install_translations(qapp, "fa")
    session, _scene, _view, tools = timeline
    a, b = _two_events(session)
    said: list[str] = []
    tools.message.connect(said.append)
    while tools.links.link(a, b):
        pass
    assert said, "the last attempt is refused with a message"
    assert any("\u0600" <= c <= "\u06ff" for c in said[-1]), said[-1]
    assert "already" not in said[-1]
