"""Delete-all, its undo and a large move do work proportional to what they change, and reuse what
they can (issue 12, ADRs 0220-0224): counted, never timed."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from stormboard.app import commands
from stormboard.domain.board import Board, Put
from stormboard.domain.entities import Vote

from .conftest import grid_board

N = 1_200


def _wall(n: int = N) -> Board:
    return grid_board(n, columns=40, link_every=10)


def _scene(open_board, board: Board | None = None):
    from stormboard.ui.canvas import BoardScene

    session = open_board(board or _wall())
    return session, BoardScene(session)


def test_undo_of_delete_all_reuses_every_item(qtbot, open_board):
    session, scene = _scene(open_board)
    built = scene.items_built
    before = {sid: scene.sticky_item(sid) for sid in session.board.stickies}
    arrows = {lid: scene.link_item(lid) for lid in session.board.links}
    scene.select_all()
    scene.delete_selection()
    assert not scene.board.stickies and scene.sticky_item("s00000") is None
    assert not any(item.isVisible() for item in before.values())  # hidden, leaving later
    session.seal()
    scene.document.step_history(redo=False)
    assert scene.items_built == built  # not one item made again
    for sid, item in before.items():
        assert scene.sticky_item(sid) is item and item.scene() is scene
        assert item.sticky is session.board.stickies[sid]
        assert not item.isSelected()
    # links came back with their stickies: the same arrows, shown
    assert {lid: scene.link_item(lid) for lid in session.board.links} == arrows
    assert all(a.isVisible() and a.scene() is scene for a in arrows.values())


def test_a_kept_item_comes_back_as_a_new_one_would(qtbot, open_board):
    # hidden, dimmed, voted on, recoloured while gone: back as the model says now
    session, scene = _scene(open_board, _wall(30))
    item = scene.sticky_item("s00003")
    item.setVisible(False)
    item.setOpacity(0.3)
    item.set_votes(2, ("#FF0000", "#00FF00"))
    session.execute(commands.delete_stickies(session.board, ["s00003"]))
    session.seal()
    session.undo()
    again = scene.sticky_item("s00003")
    assert again is item
    assert again.isVisible() and again.opacity() == 1.0 and again.votes == 0
    # a different record under a kept id (redo, then a new sticky with that id): synced
    session.redo()
    s = commands.new_sticky("hotspot", 5.0, 7.0, text="new", sticky_id="s00003")
    session.execute(commands.add_sticky(session.board, s))
    assert scene.sticky_item("s00003").sticky is s
    assert scene.sticky_item("s00003").pos().x() == 5.0


def test_votes_of_a_restored_sticky_are_shown_again(qtbot, open_board):
    board = _wall(10)
    board.load("votes", [Vote("v1", "p1", "s00002", 1.0)])
    board.apply([Put("workshop", board.workshop.id, board.workshop,
                     dataclasses.replace(board.workshop, votes_revealed=True))])
    session, scene = _scene(open_board, board)
    shown = scene.sticky_item("s00002").votes
    assert shown == 1
    session.execute(commands.delete_stickies(session.board, list(session.board.stickies)))
    session.seal()
    session.undo()
    assert scene.sticky_item("s00002").votes == shown


def test_kept_items_are_let_go_in_chunks_at_the_next_removal(qtbot, open_board):
    from stormboard.ui.canvas import kept_items

    session, scene = _scene(open_board)
    ids = sorted(session.board.stickies)
    session.execute(commands.delete_stickies(session.board, ids[:700]))
    session.seal()
    assert len(scene._kept.items) == 700 and scene._kept.retiring == 0
    session.execute(commands.delete_stickies(session.board, ids[700:701]))
    assert len(scene._kept.items) == 1
    retiring = scene._kept.retiring
    assert retiring == 700 + 70  # the stickies and their links: not destroyed inside the edit
    scene._kept._timer.stop()
    while scene._kept.hiding:  # the 700 were hidden: off the scene first, a chunk at a time
        scene._kept._tidy()
    scene._kept._tidy()  # one turn of the event loop lets go one chunk
    assert scene._kept.retiring == retiring - kept_items.CHUNK
    scene._kept._timer.start()
    qtbot.waitUntil(lambda: scene._kept.retiring == 0)


def test_far_out_the_blocks_of_a_restored_wall_are_put_back_not_rebuilt(qtbot, open_board,
                                                                       monkeypatch):
    session, scene = _scene(open_board)
    scene._set_block_mode(True)
    layer = scene.blocks
    layer._rebuild()
    rects = {item.sticky_id: r for item, r in layer._plain.rects.items()}
    made = []
    monkeypatch.setattr(layer, "_blocks_of",
                        lambda items, *a, f=layer._blocks_of: made.extend(items) or f(items, *a))
    scene.select_all()
    scene.delete_selection()
    assert not layer._plain.where
    session.seal()
    scene.document.step_history(redo=False)
    assert made == []  # every block came back as it was made
    assert {item.sticky_id: r for item, r in layer._plain.rects.items()} == rects
    flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert all(scene.sticky_item(sid).flags() & flag for sid in session.board.stickies)


def test_block_mode_reaches_the_kept_items(qtbot, open_board):
    session, scene = _scene(open_board, _wall(20))
    session.execute(commands.delete_stickies(session.board, list(session.board.stickies)))
    session.seal()
    scene._set_block_mode(True)  # zoomed out while the stickies were gone
    session.undo()
    flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert all(scene.sticky_item(sid).flags() & flag for sid in session.board.stickies)


def test_the_extent_follows_a_delete_all_and_its_undo(qtbot, open_board):
    session, scene = _scene(open_board)
    full = scene.content_rect()
    session.execute(commands.delete_stickies(session.board, list(session.board.stickies)))
    assert scene.content_rect() != full
    session.seal()
    session.undo()
    assert scene.content_rect() == full


def test_the_scene_rect_stays_put_while_the_wall_moves_inside_it(qtbot, open_board):
    # Qt rebuilds its whole index when the scene rectangle changes (ADR 0224)
    session, scene = _scene(open_board)
    rects, extents = [], []
    scene.sceneRectChanged.connect(rects.append)
    scene.extent_changed.connect(lambda r: extents.append((QRectF(r), scene.sceneRect())))
    ids = sorted(session.board.stickies)[:100]  # the top rows: on the wall's edge
    session.execute(commands.move_stickies(session.board, ids, 20, 0))
    full = scene.content_rect()
    assert rects == []  # moved inside the room the scene rectangle leaves
    assert extents and extents[-1][0] == full  # the lanes and chapters hear of it
    session.execute(commands.move_stickies(session.board, ids, 0, -50_000))
    scene.content_rect()
    assert len(rects) == 1  # far out of it: the rectangle follows, before the extent is told
    assert extents[-1][1].contains(extents[-1][0])


def test_an_edge_sticky_moving_asks_no_rescan_while_others_hold_the_edge(qtbot, open_board,
                                                                        monkeypatch):
    from stormboard.ui.canvas.extent import StickyExtent

    session, scene = _scene(open_board)
    scene.content_rect()
    scans = []
    real = StickyExtent.rescan
    monkeypatch.setattr(StickyExtent, "rescan",
                        lambda self, stickies: scans.append(len(stickies)) or real(self, stickies))
    left_column = [sid for sid, s in session.board.stickies.items() if s.x == 0.0]
    session.execute(commands.move_stickies(session.board, left_column[:5], 10, 0))
    scene.content_rect()
    assert scans == []  # 25 others still hold the left edge
    session.execute(commands.move_stickies(session.board, left_column[5:], 10, 0))
    scene.content_rect()
    assert scans == [N]  # the last one left: measured once
    assert scene.content_rect().left() == 10.0


def test_a_bulk_removal_hides_first_and_leaves_the_scene_in_chunks(qtbot, open_board):
    from PySide6.QtCore import QPoint

    from stormboard.ui.canvas import BoardView, kept_items
    from stormboard.ui.canvas.sticky_item import StickyItem

    session, scene = _scene(open_board)
    view = BoardView(scene)
    view.resize(600, 400)
    qtbot.addWidget(view)
    view.show()
    view.centerOn(80, 80)
    item = scene.sticky_item("s00000")
    scene.select_all()
    scene.delete_selection()
    assert item.scene() is scene and not item.isVisible()  # only hidden, for now
    pos = view.mapFromScene(80, 80)
    assert not [i for i in view.items(QPoint(pos)) if isinstance(i, StickyItem)]
    assert not scene.selectedItems()
    scene._kept._timer.stop()
    scene._kept._tidy()
    assert scene._kept.hiding == N - kept_items.CHUNK
    scene._kept._timer.start()
    qtbot.waitUntil(lambda: scene._kept.hiding == 0)
    assert item.scene() is None
    session.seal()
    scene.document.step_history(redo=False)  # off the scene by now: added back
    assert item.scene() is scene and item.isVisible()


def test_an_undo_right_after_a_bulk_delete_shows_the_hidden_items(qtbot, open_board):
    session, scene = _scene(open_board)
    built = scene.items_built
    scene.select_all()
    scene.delete_selection()
    session.seal()
    scene._kept._timer.stop()
    scene._kept._tidy()  # one chunk left the scene, the rest is still hidden there
    scene.document.step_history(redo=False)
    assert scene.items_built == built
    items = [scene.sticky_item(sid) for sid in session.board.stickies]
    assert all(i.scene() is scene and i.isVisible() for i in items)
    scene._kept._timer.start()
    qtbot.waitUntil(lambda: scene._kept.hiding == 0)
    assert all(i.scene() is scene and i.isVisible() for i in items)  # none taken off


def test_select_all_does_not_ask_qt_for_the_selection(qtbot, open_board, monkeypatch):
    from PySide6.QtWidgets import QGraphicsScene

    _session, scene = _scene(open_board)
    scene.select_ids(["s00001"])  # the scene has announced a selection once
    hidden = scene.sticky_item("s00007")
    hidden.setVisible(False)  # a collapsed lane's sticky: Qt will not select it
    asked = []
    real = QGraphicsScene.selectedItems
    monkeypatch.setattr(type(scene), "selectedItems", lambda this: asked.append(1) or real(this))
    announced = []
    scene.selection_changed_ids.connect(announced.append)
    scene.select_all()
    assert asked == []  # the selection select_ids made is the one announced
    assert len(announced) == 1 and len(announced[0]) == N - 1
    assert "s00007" not in announced[0]
    assert sorted(scene.selected_sticky_ids()) == sorted(
        i.sticky_id for i in real(scene) if i is not hidden)


def test_a_board_switch_or_an_export_leaves_the_open_wall_frozen(qtbot, open_board, monkeypatch):
    """gc.freeze is one switch for the whole process (ADR 0221): the old wall's detach after a
    switch, or a throwaway export scene, must not unfreeze the wall that stays open."""
    import gc

    from stormboard.app.session import BoardSession
    from stormboard.ui.canvas import BoardScene
    from stormboard.ui.canvas import scene as scene_module
    from stormboard.ui.canvas.scene import FREEZE_AT
    from stormboard.ui.export.image_export import _ExportScene

    monkeypatch.setattr(scene_module, "_frozen_scenes", set())  # walls other tests left open
    gc.unfreeze()
    old = BoardScene(open_board(grid_board(FREEZE_AT), name="a"))
    assert gc.get_freeze_count() > 0
    new = BoardScene(open_board(grid_board(FREEZE_AT), name="b"))  # as set_session: new first
    old.detach()
    del old
    qtbot.wait(10)  # the re-freeze runs once the old wall is dropped
    assert new._frozen and gc.get_freeze_count() > 0
    export = _ExportScene(BoardSession(new.board))  # an export or a print of the open board
    assert not export._frozen
    export.detach()
    assert gc.get_freeze_count() > 0
    new.detach()
    qtbot.wait(10)
    assert gc.get_freeze_count() == 0  # the last wall closed: everything collectable again


def test_the_extent_follows_a_resize_made_with_the_handle(qtbot, open_board):
    """The resize gesture previews the new size on the item before the edit: the extent must
    compare the board's old record with the new one, not the preview with the new one."""
    session, scene = _scene(open_board, grid_board(3))
    last = max(session.board.stickies.values(), key=lambda s: s.x)
    right = last.x + last.width
    item = scene.sticky_item(last.id)
    for width, height in ((last.width - 100, last.height), (last.width + 300, last.height + 200)):
        item.preview_size(width, height)
        scene.document.resize_sticky(last.id, width, height)
        session.seal()
        content = scene.content_rect()
        assert content.right() == last.x + width and content.bottom() == last.y + height
    assert right != content.right()


def test_a_bulk_change_on_a_frozen_wall_is_frozen_with_it(qtbot, open_board, monkeypatch):
    """ADR 0241: the records and puts a delete-all or its undo makes are moved out of the
    collector's reach like the wall's own (the collections after a bulk edit walked them all);
    a small edit freezes nothing, and closing the wall makes everything collectable again."""
    import gc

    from stormboard.app import commands
    from stormboard.ui.canvas import BoardScene
    from stormboard.ui.canvas import scene as scene_module
    from stormboard.ui.canvas.scene import FREEZE_AT

    monkeypatch.setattr(scene_module, "_frozen_scenes", set())
    gc.unfreeze()
    session = open_board(grid_board(FREEZE_AT))
    scene = BoardScene(session)
    built = gc.get_freeze_count()
    assert scene._frozen and built > 0
    first = next(iter(session.board.stickies))
    session.execute(commands.move_stickies(session.board, [first], 10, 0))
    assert gc.get_freeze_count() <= built  # one edit: nothing frozen (its old record freed)
    built = gc.get_freeze_count()
    session.execute(commands.delete_stickies(session.board, list(session.board.stickies)))
    deleted = gc.get_freeze_count()
    assert deleted >= built + FREEZE_AT  # at least a put per sticky
    session.seal()
    session.undo()
    assert gc.get_freeze_count() >= deleted  # the undo makes few lasting objects of its own
    assert len(session.board.stickies) == FREEZE_AT and scene.sticky_item(first) is not None
    scene.detach()
    qtbot.wait(10)
    assert gc.get_freeze_count() == 0
