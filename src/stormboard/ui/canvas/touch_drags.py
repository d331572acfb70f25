"""Several fingers on several stickies at once: each finger drags its own sticky, and each drag
ends in its own undo step (issue 10: two people at one touchscreen; ADR 0193).

The view hands this class the touch events of a sequence that began on a sticky (one that began
on the bare wall stays Qt's: the synthesized mouse pans, the pinch gesture zooms). A finger that
taps a sticky selects it (a second tap soon after opens its text), a finger that moves drags it
alone; the grid snaps it as a mouse drag would. The model changes only when a finger lifts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QEventPoint, QTouchEvent
from PySide6.QtWidgets import QApplication

from .sticky_item import StickyItem

if TYPE_CHECKING:
    from .view import BoardView


@dataclass
class _Drag:
    item: StickyItem
    start: QPointF  # scene position where the finger went down
    origin: QPointF  # the sticky's position then
    moved: bool = False
    offset: tuple[float, float] = (0.0, 0.0)


class TouchDrags:
    def __init__(self, view: BoardView) -> None:
        self.view = view
        self.drags: dict[int, _Drag] = {}
        self._last_tap: tuple[str, int] | None = None  # (sticky id, ms timestamp)

    @property
    def active(self) -> bool:
        return bool(self.drags)

    @property
    def moving(self) -> bool:
        """A finger is dragging (a still finger may still become a long press)."""
        return any(d.moved for d in self.drags.values())

    def sticky_under(self, point: QEventPoint) -> StickyItem | None:
        pos = point.position().toPoint()
        for item in self.view.items(pos):
            if isinstance(item, StickyItem):
                return item
        return None

    def begins_on_a_sticky(self, event: QTouchEvent) -> bool:
        """Whether this sequence is ours: a finger went down on a sticky (not while a text is
        being edited, a kind waits to be placed, or the board is read-only)."""
        scene = self.view.board_scene
        if scene.text_editor() is not None or self.view.pending_kind:
            return False
        if scene.session.read_only:
            return False
        return any(self.sticky_under(p) is not None for p in event.points()
                   if p.state() == QEventPoint.State.Pressed)

    def handle(self, event: QTouchEvent) -> None:
        for point in event.points():
            state = point.state()
            if state == QEventPoint.State.Pressed:
                self._press(point)
            elif state == QEventPoint.State.Updated:
                self._move(point)
            elif state == QEventPoint.State.Released:
                self._release(point, event.timestamp())

    def cancel(self) -> None:
        scene = self.view.board_scene
        for drag in self.drags.values():
            scene.resync(drag.item.sticky_id)
        self.drags.clear()

    # -- one finger ---------------------------------------------------------------------------
    def _press(self, point: QEventPoint) -> None:
        item = self.sticky_under(point)
        if item is None or any(d.item is item for d in self.drags.values()):
            return  # the bare wall, or a sticky another finger already holds
        scene_pos = self.view.mapToScene(point.position().toPoint())
        self.drags[point.id()] = _Drag(item, scene_pos, item.pos())

    def _move(self, point: QEventPoint) -> None:
        drag = self.drags.get(point.id())
        if drag is None:
            return
        scene = self.view.board_scene
        delta = self.view.mapToScene(point.position().toPoint()) - drag.start
        if not drag.moved:
            zoom = max(self.view.zoom(), 1e-6)
            if delta.manhattanLength() < QApplication.startDragDistance() / zoom:
                return
            drag.moved = True
        dx, dy = delta.x(), delta.y()
        if scene.grid_enabled:
            dx = scene.snap(drag.origin.x() + dx) - drag.origin.x()
            dy = scene.snap(drag.origin.y() + dy) - drag.origin.y()
        drag.offset = (dx, dy)
        drag.item.setPos(drag.origin + QPointF(dx, dy))

    def _release(self, point: QEventPoint, timestamp: int) -> None:
        drag = self.drags.pop(point.id(), None)
        if drag is None:
            return
        scene = self.view.board_scene
        sid = drag.item.sticky_id
        if not drag.moved:
            self._tap(drag.item, timestamp)
            return
        if drag.offset == (0.0, 0.0):
            return
        scene.session.seal()  # a step of its own, whatever the other fingers are doing
        try:
            if not scene.document.move_stickies([sid], *drag.offset):
                scene.resync(sid)  # refused (and reported): the sticky goes back
        finally:
            scene.session.seal()

    def _tap(self, item: StickyItem, timestamp: int) -> None:
        scene = self.view.board_scene
        sid = item.sticky_id
        last, self._last_tap = self._last_tap, (sid, timestamp)
        if last is not None and last[0] == sid and (
                timestamp - last[1] <= QApplication.doubleClickInterval()):
            self._last_tap = None
            scene.begin_text_edit(sid)  # a double tap writes on it
            return
        scene.end_text_edit()
        scene.clearSelection()
        item.setSelected(True)
