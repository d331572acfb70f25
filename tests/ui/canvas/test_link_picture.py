"""Far out, the arrows come from a picture of them (ADR 0251): a frame that changes no arrow
blits it, an undo of delete-all takes it back, a changed arrow makes a new one that comes out
as a freshly drawn wall; a render or print still draws them. Counted and compared by pixels,
never timed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from stormboard.app import commands
from stormboard.ui.canvas import style

from .test_bulk_frame import wall  # noqa: F401  (the fixture)
from .test_move_frame import _fresh


def _first_frame(wall):  # noqa: F811
    """(session, scene, view, its viewport, the frame it shows, arrow pictures made so far)."""
    session, scene, view = wall
    vp = view.viewport()
    first = vp.grab().toImage()
    return session, scene, view, vp, first, scene.blocks.link_pictures_made


def test_frames_that_change_no_arrow_blit_one_picture(wall):  # noqa: F811
    session, scene, _view, vp, first, made = _first_frame(wall)
    layer = scene.blocks
    assert made >= 1 and session.board.links
    assert vp.grab().toImage() == first
    scene.select_all()
    vp.grab()
    scene.clearSelection()
    # a sticky with no arrow gets a new text: its block, not an arrow
    linked = {end for link in session.board.links.values()
              for end in (link.source_id, link.target_id)}
    lone = next(sid for sid in sorted(session.board.stickies) if sid not in linked)
    session.execute(commands.set_text(session.board, lone, "nothing to do with arrows"))
    assert vp.grab().toImage() == first
    assert layer.link_pictures_made == made


def test_an_undo_of_delete_all_takes_the_arrows_picture_back(wall):  # noqa: F811
    session, scene, view, vp, first, made = _first_frame(wall)
    layer = scene.blocks
    scene.select_all()
    scene.delete_selection()
    assert vp.grab().toImage() != first
    session.seal()
    scene.document.step_history(redo=False)
    assert vp.grab().toImage() == first
    assert layer.link_pictures_made == made  # the same arrows: the same picture
    assert _fresh(scene, view) == first


def test_a_moved_arrow_makes_a_new_picture_like_a_fresh_wall(wall):  # noqa: F811
    session, scene, view, vp, first, made = _first_frame(wall)
    layer = scene.blocks
    end = next(iter(session.board.links.values())).source_id
    session.execute(commands.move_stickies(session.board, [end], 0, 300))
    moved = vp.grab().toImage()
    assert moved != first and layer.link_pictures_made == made + 1
    assert _fresh(scene, view) == moved
    session.seal()
    session.undo()  # the arrows as they were: the first picture again, still kept
    assert vp.grab().toImage() == first


def test_painted_on_anything_but_a_view_the_layer_draws_the_arrows_itself(wall):  # noqa: F811
    _session, scene, _view = wall
    layer = scene.blocks
    made = layer.link_pictures_made
    # the first arrow and its two stickies, large, painted by the layer with no view (as a
    # print or an image of the far-out wall would): the arrow some pixels wide
    image = QImage(880, 320, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setTransform(QTransform.fromScale(2.0, 2.0))
    layer.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    assert layer.link_pictures_made == made  # no picture without a view
    link = QColor(style.LINK_COLOR)
    near = sum(
        1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
        if _close(image.pixelColor(x, y), link))
    assert near > 20  # the arrow is there, in its colour


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60
