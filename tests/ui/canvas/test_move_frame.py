"""A move of many stickies far out, up to the frame after (issue 12, ADR 0236): the arrows stay
out of Qt's index, the picture of the blocks is patched where blocks moved and comes out as a
freshly drawn wall; counted and compared by pixels, never timed."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from stormboard.app import commands

from .test_bulk_frame import N, wall  # noqa: F401  (the fixture)

MOVED = 300
FEW = 20  # a picture is patched up to PATCH_MAX blocks put or dropped (a move: 2 per sticky)


def _moved(session, count: int = MOVED) -> list[str]:
    return sorted(session.board.stickies)[:count]


def _fresh(scene, view):
    """The same wall drawn afresh: the layer re-reads every sticky and arrow, no picture to
    start from."""
    layer = scene.blocks
    layer.invalidate()
    layer._pictures.clear()
    layer._link_pictures.clear()  # and the arrows drawn anew (ADR 0251)
    layer._link_contents.clear()
    before, arrows = layer.drawn_directly, layer.link_pictures_made
    image = view.viewport().grab().toImage()
    assert layer.drawn_directly == before + 1
    assert layer.link_pictures_made == arrows + bool(layer._solid or layer._dashed)
    return image


def test_a_small_move_far_out_patches_the_picture_into_the_freshly_drawn_wall(wall):  # noqa: F811
    session, scene, view = wall
    layer = scene.blocks
    vp = view.viewport()
    vp.grab()
    first = vp.grab().toImage()  # the picture of the blocks is made
    assert layer.pictures_made == 1
    direct = layer.drawn_directly
    session.execute(commands.move_stickies(session.board, _moved(session, FEW), 40, 30))
    moved = vp.grab().toImage()
    # the frame after blits the picture patched where the blocks were and are: no block is
    # drawn for the whole wall, no picture made anew
    assert (layer.pictures_patched, layer.pictures_made, layer.drawn_directly) == (1, 1, direct)
    assert moved != first
    assert moved == _fresh(scene, view)
    vp.grab()
    vp.grab()  # a picture again
    made = layer.pictures_made
    session.seal()
    scene.document.step_history(redo=False)
    undone = vp.grab().toImage()
    assert layer.pictures_made == made and layer.pictures_patched == 2
    assert undone == first == _fresh(scene, view)


def test_a_large_move_patches_one_rectangle_round_it_and_edits_after_it_patch_again(wall):  # noqa: F811
    from stormboard.ui.canvas.blocks import PATCH_MAX

    assert 2 * FEW <= PATCH_MAX < 2 * MOVED
    session, scene, view = wall
    layer = scene.blocks
    vp = view.viewport()
    vp.grab()
    vp.grab()
    made, direct = layer.pictures_made, layer.drawn_directly
    moving = _moved(session)
    session.execute(commands.move_stickies(session.board, moving, 40, 30))
    # hundreds of blocks put and dropped: one rectangle round them all (ADR 0253)
    (bounds,) = layer._plain.since
    for sid in moving:
        s = session.board.stickies[sid]
        assert bounds.contains(QRectF(s.x, s.y, s.width, s.height))
        assert bounds.contains(QRectF(s.x - 40, s.y - 30, s.width, s.height))
    moved = vp.grab().toImage()
    assert (layer.pictures_patched, layer.pictures_made, layer.drawn_directly) == (
        1, made, direct)
    assert moved == _fresh(scene, view)
    made = layer.pictures_made
    # an edit at a time after it: a picture of these blocks, then patched edit by edit
    middle = sorted(session.board.stickies)[N // 2 + 20]  # inside the wall: the view stays
    for _step in range(3):
        session.execute(commands.move_stickies(session.board, [middle], 20, 0))
        vp.grab()
    # drawn directly: the fresh wall's frame only; then made, patched twice
    assert (layer.pictures_made, layer.pictures_patched, layer.drawn_directly) == (
        made + 1, 3, direct + 1)
    assert vp.grab().toImage() == _fresh(scene, view)


def test_a_move_far_out_reads_only_the_moved_blocks_and_their_arrows(wall, monkeypatch):  # noqa: F811
    from stormboard.ui.canvas.blocks import BlockLayer
    from stormboard.ui.canvas.decor import LinkItem

    session, _scene, view = wall
    vp = view.viewport()
    vp.grab()
    vp.grab()
    counts = {"blocks": 0, "heads": 0}
    blocks_of, head = BlockLayer._blocks_of, LinkItem.arrow_head

    def count_blocks(self, items, *made):
        for block in blocks_of(self, items, *made):
            counts["blocks"] += 1
            yield block

    def count_heads(self):
        counts["heads"] += 1
        return head(self)

    monkeypatch.setattr(BlockLayer, "_blocks_of", count_blocks)
    monkeypatch.setattr(LinkItem, "arrow_head", count_heads)
    moved = set(_moved(session))
    arrows = {lid for lid, link in session.board.links.items()
              if link.source_id in moved or link.target_id in moved}
    assert 0 < len(arrows) < len(session.board.links)
    session.execute(commands.move_stickies(session.board, sorted(moved), 40, 30))
    vp.grab()
    assert counts == {"blocks": MOVED, "heads": len(arrows)}


def test_the_arrows_are_kept_out_of_qts_index_and_still_found(wall, qtbot):  # noqa: F811
    session, scene, _view = wall
    from stormboard.ui.canvas.scene import LinkLayer

    layers = set(scene.link_layers.values())
    assert len(layers) > 1
    assert all(layer.flags() & QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
               for layer in layers)
    arrows = [scene.link_item(lid) for lid in session.board.links]
    assert all(a.parentItem() in layers for a in arrows)
    assert all(a.parentItem().boundingRect().contains(a.sceneBoundingRect()) for a in arrows)
    assert all(a in scene.items(a.sceneBoundingRect()) for a in arrows[:20])
    # taken off the scene (a bulk removal, tidied) and brought back: under the layer again
    scene.select_all()
    scene.delete_selection()
    scene._kept._timer.start()
    qtbot.waitUntil(lambda: scene._kept.hiding == 0)
    assert all(a.scene() is None for a in arrows)
    session.seal()
    scene.document.step_history(redo=False)
    assert all(isinstance(a.parentItem(), LinkLayer) and a.scene() is scene for a in arrows)
    assert all(a.parentItem().boundingRect().contains(a.sceneBoundingRect()) for a in arrows)
    # a new arrow too
    from stormboard.domain.entities import Link, LinkKind

    a, b = sorted(session.board.stickies)[:2]
    session.execute(commands.add_record(session.board, "links",
                                        Link("lnew", a, b, LinkKind.LEADS_TO), "Link"))
    assert isinstance(scene.link_item("lnew").parentItem(), LinkLayer)
    # a move far: the arrows go to the layer of their new cell, which holds them
    session.execute(commands.move_stickies(session.board, [a, b], 30_000, 30_000))
    new = scene.link_item("lnew")
    assert new.parentItem().boundingRect().contains(new.sceneBoundingRect())
    assert new.parentItem() not in layers


def test_the_arrow_layer_takes_no_input(wall):  # noqa: F811
    from PySide6.QtCore import Qt

    _session, scene, _view = wall
    for layer in scene.link_layers.values():
        assert layer.acceptedMouseButtons() == Qt.MouseButton.NoButton
        assert not layer.acceptHoverEvents() and not layer.acceptDrops()
