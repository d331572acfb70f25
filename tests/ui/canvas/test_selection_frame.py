"""A large selection change marks the whole scene for repainting before it selects item by
item, so Qt does not mark each of 20,000 items dirty (issue 12, ADR 0252): the frames after
it are those of the same change made with each item marked, far out and close up."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from stormboard.ui.canvas import scene as scene_module

from .test_bulk_frame import N, wall  # noqa: F401  (the fixture)


def _shown(vp) -> QImage:
    """What the window shows after the event loop painted what was marked (the backing
    store, not a fresh render: a pixel Qt was told not to repaint would stay stale here)."""
    QApplication.processEvents()
    return vp.window().backingStore().paintDevice().copy()  # a QImage on raster platforms


def _frames(scene, vp) -> tuple:
    """(all selected, none selected again) through the scene's own select_ids."""
    scene.select_ids([])
    _shown(vp)
    scene.select_all()
    selected = _shown(vp)
    scene.select_ids([])
    return selected, _shown(vp)


def test_a_large_selection_change_paints_as_with_each_item_marked(wall, monkeypatch):  # noqa: F811
    session, scene, view = wall
    assert N >= scene_module.HIDE_AT
    vp = view.viewport()
    for zoom in (None, 1.0):  # far out (blocks, tint), then close up (outlines)
        if zoom is not None:
            view.set_zoom(zoom, center=QPointF(600, 400))
        _frames(scene, vp)  # once first: the first close-up frames differ in a pixel anyway
        with monkeypatch.context() as plain:
            plain.setattr(scene_module, "HIDE_AT", 10**9)  # each item marked dirty by Qt
            marked = _frames(scene, vp)
        bulk = _frames(scene, vp)
        assert marked[0] != marked[1]
        assert bulk == marked, zoom
        scene.select_all()
        assert len(scene.selected_sticky_ids()) == len(session.board.stickies)
