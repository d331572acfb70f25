"""Zoom, level of detail, wall structure drawing, minimap, the board font."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from stormboard.domain.board import Board
from stormboard.domain.entities import Lane, Link, Milestone, Vote, Workshop
from stormboard.ui.canvas import BoardScene, BoardView, Minimap, text_render

from .conftest import add


def test_set_zoom_keeps_anchor_in_place(canvas):
    _session, _scene, view = canvas
    anchor = QPointF(300, 200)
    before = view.mapFromScene(anchor)
    with_signal = []
    view.zoom_changed.connect(with_signal.append)
    view.set_zoom(2.5, anchor)
    assert view.zoom() == 2.5 and with_signal[-1] == 2.5
    after = view.mapFromScene(anchor)
    assert (after - before).manhattanLength() <= 2
    view.zoom_in()
    assert abs(view.zoom() - 2.5 * 1.25) < 1e-9
    view.zoom_out()
    view.zoom_out()
    assert abs(view.zoom() - 2.0) < 1e-9
    view.set_zoom(1000)
    assert view.zoom() == 6.0


def test_wheel_zooms_around_cursor(canvas, qtbot):
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    _session, _scene, view = canvas
    pos = QPoint(200, 150)
    under = view.mapToScene(pos)
    event = QWheelEvent(QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() > 1.1
    assert (view.mapFromScene(under) - pos).manhattanLength() <= 2


def test_zoom_to_fit_and_to_selection(canvas):
    session, scene, view = canvas
    a = add(session, "domain_event", -3000, -2000)
    b = add(session, "domain_event", 5000, 4000)
    scene._update_extent()
    view.zoom_to_fit()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    for sid in (a, b):
        assert visible.contains(scene.sticky_item(sid).sceneBoundingRect())
    scene.select_ids([b])
    view.zoom_to_selection()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(scene.sticky_item(b).sceneBoundingRect())
    assert not visible.intersects(scene.sticky_item(a).sceneBoundingRect())
    assert view.zoom() <= 2.0


def _count_text_draws(monkeypatch, view) -> int:
    calls = []
    original = text_render.TextRenderer.draw_plan

    def spy(self, painter, plan):
        calls.append(plan)
        original(self, painter, plan)

    monkeypatch.setattr(text_render.TextRenderer, "draw_plan", spy)
    view.viewport().grab()
    monkeypatch.setattr(text_render.TextRenderer, "draw_plan", original)
    return len(calls)


def _render(scene, rect: QRectF, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, size, size), rect)
    painter.end()
    return image


def test_level_of_detail_text_only_when_readable(canvas, monkeypatch):
    session, scene, view = canvas
    scene.grid_enabled = False
    sid = add(session, "domain_event", 0, 0, "Order placed and paid")
    view.centerOn(QPointF(80, 80))
    assert _count_text_draws(monkeypatch, view) == 1
    view.set_zoom(0.05, QPointF(80, 80))
    assert _count_text_draws(monkeypatch, view) == 0
    assert scene.block_mode  # the block layer draws the wall, items paint nothing
    item = scene.sticky_item(sid)
    assert item.flags() & item.GraphicsItemFlag.ItemHasNoContents
    view.set_zoom(0.5, QPointF(80, 80))
    assert not scene.block_mode
    view.set_zoom(0.05, QPointF(80, 80))
    # far out the sticky is one flat block of its colour: no outline, no text pixels
    image = _render(scene, QRectF(0, 0, 160, 160), 8)
    colours = {image.pixelColor(x, y).name() for x in range(1, 7) for y in range(1, 7)}
    assert colours == {"#ffa94d"}
    close = _render(scene, QRectF(0, 0, 160, 160), 320)
    dark = sum(
        1 for x in range(0, 320, 2) for y in range(0, 320, 2)
        if image_is_dark(close.pixelColor(x, y))
    )
    assert dark > 20  # the text is there close up
    assert scene.sticky_item(sid) is not None


def image_is_dark(c: QColor) -> bool:
    return c.red() + c.green() + c.blue() < 200


def test_votes_lanes_milestones_links_are_drawn(qtbot, open_board):
    board = Board(workshop=Workshop(votes_revealed=True))
    session = open_board(board)
    a = add(session, "hotspot", 100, 100, "?")
    b = add(session, "domain_event", 500, 100, "done", pivotal=True)
    from stormboard.app import commands

    session.execute(commands.add_record(session.board, "lanes", Lane("l", "Sales", 0, 400),
                                        "lane"))
    session.execute(commands.add_record(session.board, "milestones",
                                        Milestone("m", "Launch", 900), "ms"))
    session.execute(commands.add_record(session.board, "links", Link("k", a, b), "link"))
    for i in range(3):
        session.execute(commands.add_record(session.board, "votes", Vote(f"v{i}", "p", a),
                                            "vote"))
    scene = BoardScene(session)
    assert scene.sticky_item(a).votes == 3
    assert set(scene._lanes) == {"l"} and set(scene._milestones) == {"m"}
    assert set(scene._links) == {"k"} and set(scene._pivotal) == {b}
    link = scene._links["k"]
    assert link.line.p1().x() < link.line.p2().x()
    # moving the target moves the arrow; hiding votes clears the badge
    session.execute(commands.move_stickies(session.board, [b], 300, 0))
    assert link.line.p2().x() == 800  # the left edge of the moved target
    ws = session.board.workshop
    session.execute(commands.update_record(session.board, "workshop", ws.id, "hide",
                                           votes_revealed=False))
    assert scene.sticky_item(a).votes == 0
    image = _render(scene, QRectF(-100, -100, 1400, 700), 400)
    assert not image.isNull()
    session.execute(commands.remove_record(session.board, "lanes", "l", "rm"))
    assert not scene._lanes


def test_minimap_jumps_the_view(canvas, qtbot):
    session, scene, view = canvas
    add(session, "domain_event", 0, 0)
    add(session, "domain_event", 8000, 3000)
    scene._update_extent()
    minimap = Minimap(view)
    minimap.resize(200, 100)
    qtbot.addWidget(minimap)
    minimap.show()
    qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=QPoint(195, 95))
    centre = view.mapToScene(view.viewport().rect().center())
    assert centre.x() > 5000
    qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    centre2 = view.mapToScene(view.viewport().rect().center())
    assert centre2.x() < centre.x()
    assert not minimap.grab().isNull()


def test_pinch_zooms_but_never_during_a_sticky_drag(canvas):
    from PySide6.QtWidgets import QGestureEvent, QPinchGesture

    session, scene, view = canvas
    add(session, "domain_event", 100, 100)

    def pinch(scale: float) -> None:
        g = QPinchGesture()
        g.setChangeFlags(QPinchGesture.ChangeFlag.ScaleFactorChanged)
        g.setScaleFactor(scale)
        g.setCenterPoint(QPointF(view.viewport().mapToGlobal(QPoint(500, 350))))
        g.setLastCenterPoint(g.centerPoint())
        view._gesture(QGestureEvent([g]))

    scene.interactions._mode = "move"  # a sticky is being dragged
    pinch(2.0)
    assert view.zoom() == 1.0
    scene.interactions._mode = None
    pinch(2.0)
    assert abs(view.zoom() - 2.0) < 1e-9


def test_register_board_font_is_idempotent(qapp):
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from stormboard.ui.fonts import board_font, register_board_font

    family = register_board_font()
    assert family == register_board_font()
    assert family in QFontDatabase.families()
    assert QFontInfo(board_font(20)).family() == family


def test_view_of_a_board_with_everything(qtbot, open_board):
    session = open_board()
    for i, kind in enumerate(["domain_event", "hotspot", "chapter", "opportunity"]):
        add(session, kind, i * 300, 0, f"{kind} متن")
    scene = BoardScene(session)
    view = BoardView(scene)
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    view.zoom_to_fit()
    assert not view.grab().isNull()
    assert scene.sticky_item(next(iter(session.board.stickies))).rotation() == 0
    chapter = next(s for s in session.board.stickies.values() if s.kind == "chapter")
    assert scene.sticky_item(chapter.id).rotation() == -3.0


def test_block_mode_only_while_every_view_is_far_out(canvas, qtbot):
    session, scene, view = canvas
    add(session, "domain_event", 0, 0, "far")
    presenter = BoardView(scene)  # a second view on the same scene (presenter window)
    qtbot.addWidget(presenter)
    presenter.set_zoom(0.03)
    assert not scene.block_mode  # the laptop view is still close up
    view.set_zoom(0.04)
    assert scene.block_mode
    presenter.set_zoom(1.0)
    assert not scene.block_mode


def test_legend_colour_and_own_colour_are_honoured(canvas):
    import dataclasses

    from stormboard.app import commands

    session, scene, _view = canvas
    plain = add(session, "domain_event", 0, 0)
    own = add(session, "domain_event", 300, 0, color="#102030")
    assert scene.sticky_item(plain)._color.name() == "#ffa94d"
    info = session.board.info
    legend = dict(info.legend, domain_event="#AA0000")
    session.execute(commands.update_record(session.board, "info", info.id, "legend",
                                           legend=legend))
    assert scene.sticky_item(plain)._color.name() == "#aa0000"
    assert scene.sticky_item(own)._color.name() == "#102030"  # its own colour wins
    assert dataclasses.replace(info, legend=legend) == session.board.info


def test_deleted_scene_and_minimap_stop_listening(open_board, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    session = open_board()
    scene = BoardScene(session)
    view = BoardView(scene)
    minimap = Minimap(view)
    listeners = len(session._listeners)
    assert listeners == 2
    scene.detach()
    minimap.deleteLater()
    view.deleteLater()
    scene.deleteLater()
    qtbot.wait(10)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert session._listeners == []
    add(session, "domain_event", 0, 0)  # nobody dead is called


def test_a_rotated_sticky_turns_about_its_centre_through_resize_and_kind_changes(
        qtbot, open_board):
    """Only a rotated kind sets a transform origin (start-up, ADR 0239); a resize moves the
    origin with the centre, and a kind without rotation takes the turn away."""
    from stormboard.app import commands

    session = open_board()
    add(session, "chapter", 0, 0, "فصل")
    add(session, "domain_event", 400, 0, "event")
    scene = BoardScene(session)
    chapter = next(s for s in session.board.stickies.values() if s.kind == "chapter")
    event = next(s for s in session.board.stickies.values() if s.kind == "domain_event")
    item = scene.sticky_item(chapter.id)
    assert item.rotation() == -3.0
    assert item.transformOriginPoint() == QPointF(chapter.width / 2, chapter.height / 2)
    session.execute(commands.resize_sticky(session.board, chapter.id, 0, 0, 300, 200))
    assert item.transformOriginPoint() == QPointF(150, 100)
    assert item.rotation() == -3.0
    session.execute(commands.change_kind(session.board, [chapter.id], "domain_event"))
    assert item.rotation() == 0
    session.execute(commands.change_kind(session.board, [event.id], "chapter"))
    turned, now = scene.sticky_item(event.id), session.board.stickies[event.id]
    assert turned.rotation() == -3.0
    assert turned.transformOriginPoint() == QPointF(now.width / 2, now.height / 2)
