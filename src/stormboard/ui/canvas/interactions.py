"""Pointer gestures on stickies: select, move one or many, resize. Each ends in ONE edit.

During a gesture the items show a preview; on release one command goes through the session,
and the ChangeSet it announces brings every item back in line with the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
)

from ...domain import rules
from .sticky_item import StickyItem

if TYPE_CHECKING:
    from .scene import BoardScene


#: from this many stickies on, a drag paints from two pictures (see BoardView)
PREVIEW_MIN = 40


def _view(event: QGraphicsSceneMouseEvent) -> QGraphicsView | None:
    widget = event.widget()
    view = widget.parent() if widget is not None else None
    return view if isinstance(view, QGraphicsView) else None


def _lod(event: QGraphicsSceneMouseEvent) -> float:
    view = _view(event)
    return max(view.transform().m11(), 1e-6) if view is not None else 1.0


class StickyInteractions:
    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene
        self._mode: str | None = None
        self._item: StickyItem | None = None
        self._start = QPointF()
        self._origins: dict[StickyItem, QPointF] = {}
        self._moved = False
        self._offset = (0.0, 0.0)
        self._was_selected = False
        self._lod = 1.0
        self._size = (0.0, 0.0)
        self._preview_view = None

    @property
    def active(self) -> bool:
        """True while a sticky is being dragged or resized (a pinch must not start then)."""
        return self._mode in ("move", "resize")

    def double_clicked(self, item: StickyItem) -> None:
        self.scene.begin_text_edit(item.sticky_id)

    def context_menu(self, item: StickyItem, event: QGraphicsSceneContextMenuEvent) -> None:
        scene = self.scene
        if not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
        scene.context_menu_requested.emit(event.screenPos(), event.scenePos())

    def press(self, item: StickyItem, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene
        scene.end_text_edit()
        event.accept()
        self._item = item
        self._start = event.scenePos()
        self._moved = False
        self._lod = _lod(event)
        mods = event.modifiers()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            item.setSelected(not item.isSelected())
            self._mode = None
            return
        local = item.mapFromScene(event.scenePos())
        if item.isSelected() and len(scene.selectedItems()) == 1 and (
            item.handle_rect(self._lod).contains(local)
        ):
            self._mode = "resize"
            self._size = (item.sticky.width, item.sticky.height)
            return
        self._was_selected = item.isSelected()
        if not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
        self._mode = "move"
        self._origins = {i: i.pos() for i in scene.selected_sticky_items()}

    def move(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._mode is None or self._item is None:
            return
        delta = event.scenePos() - self._start
        if not self._moved:
            threshold = QApplication.startDragDistance() / self._lod
            if delta.manhattanLength() < threshold:
                return
            self._moved = True
            view = _view(event)
            if self._mode == "move" and len(self._origins) >= PREVIEW_MIN and hasattr(
                view, "begin_move_preview"
            ):
                self._preview_view = view
                view.begin_move_preview(list(self._origins), self._item)
        if self._mode == "move":
            self._move_preview(delta)
        else:
            self._resize_preview(event.scenePos())

    def _move_preview(self, delta: QPointF) -> None:
        if self._item is None:  # only called between press and release
            raise RuntimeError("a move preview without a grabbed sticky")
        origin = self._origins.get(self._item, self._item.pos())
        dx, dy = delta.x(), delta.y()
        if self.scene.grid_enabled:
            # snap the grabbed sticky's corner; the others keep their places relative to it
            dx = self.scene.snap(origin.x() + dx) - origin.x()
            dy = self.scene.snap(origin.y() + dy) - origin.y()
        if (dx, dy) == self._offset:
            return
        self._offset = (dx, dy)
        offset = QPointF(dx, dy)
        for item, pos in self._origins.items():
            item.setPos(pos + offset)

    def _resize_preview(self, scene_pos: QPointF) -> None:
        item = self._item
        if item is None:  # only called between press and release
            raise RuntimeError("a resize preview without a grabbed sticky")
        # the corner follows the finger by the distance it moved (in the sticky's own frame)
        d = item.mapFromScene(scene_pos) - item.mapFromScene(self._start)
        w = max(self._size[0] + d.x(), rules.MIN_SIZE)
        h = max(self._size[1] + d.y(), rules.MIN_SIZE)
        if self.scene.grid_enabled:
            w = max(self.scene.snap(item.sticky.x + w) - item.sticky.x, rules.MIN_SIZE)
            h = max(self.scene.snap(item.sticky.y + h) - item.sticky.y, rules.MIN_SIZE)
        w, h = min(w, rules.MAX_SIZE), min(h, rules.MAX_SIZE)
        item.preview_size(w, h)

    def release(self, item: StickyItem, event: QGraphicsSceneMouseEvent) -> None:
        mode, self._mode = self._mode, None
        scene = self.scene
        if self._preview_view is not None:
            self._preview_view.end_move_preview()
            self._preview_view = None
        document = scene.document
        done = True
        try:
            if mode == "move" and self._moved and self._offset != (0.0, 0.0):
                done = document.move_stickies([i.sticky_id for i in self._origins], *self._offset)
            elif mode == "move" and not self._moved and self._was_selected:
                # a click on one of several selected stickies selects just that one
                scene.clearSelection()
                item.setSelected(True)
            elif mode == "resize" and self._moved:
                done = document.resize_sticky(item.sticky_id, item.sticky.width,
                                              item.sticky.height)
            if not done:  # refused (and reported): the items show the model again
                for i in self._origins:
                    scene.resync(i.sticky_id)
                scene.resync(item.sticky_id)
        finally:
            scene.session.seal()
            self._origins = {}
            self._offset = (0.0, 0.0)
            self._item = None
