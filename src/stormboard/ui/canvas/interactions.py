"""Pointer gestures on stickies: select, move one or many, resize. Each ends in ONE edit.

During a gesture the items show a preview; on release one command goes through the session,
and the ChangeSet it announces brings every item back in line with the model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from ...domain import rules
from .input import Pointer, Tool
from .sticky_item import StickyItem

if TYPE_CHECKING:
    from .scene import BoardScene


#: from this many stickies on, a drag paints from two pictures (see BoardView)
PREVIEW_MIN = 40


class StickyInteractions(Tool):
    """The stickies' own gesture, as a tool of the wall's input route: a left press on a
    sticky selects it and starts a move (or a resize, on the handle of a lone selection)."""

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

    @staticmethod
    def item_at(p: Pointer) -> StickyItem | None:
        """The sticky a press here lands on: the topmost item that takes the mouse, if it is a
        sticky (the text editor sits above the sticky it edits and keeps its own clicks)."""
        for item in p.view.items(p.pos):
            if item.acceptedMouseButtons() & Qt.MouseButton.LeftButton and item.isVisible():
                return item if isinstance(item, StickyItem) else None
        return None

    # -- the route's hooks -------------------------------------------------------------------
    def claims(self, p: Pointer) -> bool:
        # the view's own modes win: a held Space pans, a kind from the palette is placed
        if getattr(p.view, "space_held", False) or getattr(p.view, "pending_kind", None):
            return False
        return self.item_at(p) is not None

    def double_click(self, p: Pointer) -> bool:
        item = self.item_at(p)
        if item is None:
            return False
        self.scene.begin_text_edit(item.sticky_id)
        return True

    def context_menu(self, p: Pointer) -> bool:
        """Right-click or long press on a sticky: it joins (or becomes) the selection."""
        item = self.item_at(p)
        if item is None:
            return False
        scene = self.scene
        if not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
        scene.context_menu_requested.emit(p.global_pos, p.scene_pos)
        return True

    def press(self, p: Pointer) -> bool:
        item = self.item_at(p)
        if item is None:
            return False
        scene = self.scene
        scene.end_text_edit()
        self._item = item
        self._start = p.scene_pos
        self._moved = False
        self._lod = p.zoom
        if p.modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            item.setSelected(not item.isSelected())
            self._mode = None
            return True
        local = item.mapFromScene(p.scene_pos)
        if item.isSelected() and len(scene.selectedItems()) == 1 and (
            item.handle_rect(self._lod).contains(local)
        ):
            self._mode = "resize"
            self._size = (item.sticky.width, item.sticky.height)
            return True
        self._was_selected = item.isSelected()
        if not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
        self._mode = "move"
        self._origins = {i: i.pos() for i in scene.selected_sticky_items()}
        return True

    def move(self, p: Pointer) -> None:
        if self._mode is None or self._item is None:
            return
        delta = p.scene_pos - self._start
        if not self._moved:
            threshold = QApplication.startDragDistance() / self._lod
            if delta.manhattanLength() < threshold:
                return
            self._moved = True
            view = p.view
            if self._mode == "move" and len(self._origins) >= PREVIEW_MIN and hasattr(
                view, "begin_move_preview"
            ):
                self._preview_view = view
                view.begin_move_preview(list(self._origins), self._item)
        if self._mode == "move":
            self._move_preview(delta)
        else:
            self._resize_preview(p.scene_pos)
        self.scene.route.stickies_dragged()  # arrows follow the items before the model does

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

    def cancel(self) -> None:
        """Escape during a drag: everything goes back to where the model has it."""
        self._finish(lambda: False)

    def release(self, p: Pointer) -> None:
        item = self._item
        if item is None:
            return
        mode, moved, was_selected = self._mode, self._moved, self._was_selected
        scene = self.scene
        document = scene.document

        def commit() -> bool:
            if mode == "move" and moved and self._offset != (0.0, 0.0):
                return document.move_stickies([i.sticky_id for i in self._origins],
                                              *self._offset)
            if mode == "move" and not moved and was_selected:
                # a click on one of several selected stickies selects just that one
                scene.clearSelection()
                item.setSelected(True)
            elif mode == "resize" and moved:
                return document.resize_sticky(item.sticky_id, item.sticky.width,
                                              item.sticky.height)
            return True

        self._finish(commit)

    def _finish(self, commit: Callable[[], bool]) -> None:
        item, self._mode = self._item, None
        scene = self.scene
        if self._preview_view is not None:
            self._preview_view.end_move_preview()
            self._preview_view = None
        try:
            if not commit() and item is not None:  # refused or cancelled: show the model
                for i in self._origins:
                    scene.resync(i.sticky_id)
                scene.resync(item.sticky_id)
        finally:
            scene.session.seal()
            self._origins = {}
            self._offset = (0.0, 0.0)
            self._item = None


class PlaceKind(Tool):
    """A kind tapped in the palette waits on the view; the next press on the wall places a
    sticky of it there (centred, snapped) and opens its editor."""

    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene

    def claims(self, p: Pointer) -> bool:
        return bool(getattr(p.view, "pending_kind", None)) and not getattr(
            p.view, "space_held", False)

    def press(self, p: Pointer) -> bool:
        kind = p.view.pending_kind  # type: ignore[attr-defined]
        p.view.set_pending_kind(None)  # type: ignore[attr-defined]
        self.scene.document.create_sticky(kind, p.scene_pos)
        return True
