"""Timeline tools on the canvas: one object per scene that owns the overlays and puts small
tool classes (lanes, milestones, links, placing) into the wall's input route, in the manner of
orange-canvas-core's interaction handlers.

The route (``ui/canvas/input.py``) listens on each view's viewport, not on the scene: the view
turns a press on empty wall into a pan before the scene hears of it (ADR 0100). A tool claims a
press only where the model says it has something (a lane header, a milestone line, a link, the
link handle); every other event goes on to the view untouched, so sticky gestures and panning
are unchanged.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPointF
from PySide6.QtWidgets import (
    QGraphicsView,
    QMenu,
)

from ...app.edit import ChangeSet, Edit
from ...app.session import Subscription
from ..canvas import input as canvas_input
from ..canvas.input import InputRoute
from ..canvas.scene import BoardScene
from .common import LANE, MILESTONE, Pointer, visible_rect, zoom_of
from .decorations import StickyDecorations


class Tool(canvas_input.Tool):
    """A timeline tool: a tool of the wall's input route that knows its TimelineTools."""

    def __init__(self, tools: TimelineTools) -> None:
        self.tools = tools

    @property
    def scene(self) -> BoardScene:
        return self.tools.scene


class _TenseHint(Tool):
    """The tooltip over a past-tense hint badge."""

    def tip(self, p: Pointer) -> str:
        if not self.tools.decorations.tense_badge_at(p.scene_pos, p.zoom):
            return ""
        return QCoreApplication.translate(
            "Timeline", "Events read best in the past tense: \"Order placed\", "
            "not \"Place order\".")


class TimelineTools(QObject):
    """Lanes, milestones, links, chapters, find highlights and filters for one BoardScene."""

    def __init__(self, scene: BoardScene, parent: QObject | None = None) -> None:
        super().__init__(parent or scene)
        from .lane_tool import LaneTool
        from .link_tool import LinkTool
        from .milestone_tool import MilestoneTool
        from .placement import PlacementTool

        self.scene = scene
        self.views: list[QGraphicsView] = []
        self.decorations = StickyDecorations(scene)
        self.placement = PlacementTool(self)
        self.links = LinkTool(self)
        self.lanes = LaneTool(self)
        self.milestones = MilestoneTool(self)
        # order = priority: the link handle sits over stickies; placing beats everything else
        self.tools: list[Tool] = [self.placement, self.links, self.lanes, self.milestones,
                                  _TenseHint(self)]
        #: the wall's one input route: these tools sit in it after any already there
        self.route: InputRoute = scene.route
        for tool in self.tools:
            self.route.add(tool)
        self._connections: list[tuple[object, Callable]] = []
        self.detached = False
        self._subscription: Subscription | None = scene.session.subscribe(self._changed)
        #: sentences for the status bar go out through the scene's own signal
        self.message = scene.message
        scene.menu_extenders.append(self.extend_menu)
        scene.selection_changed_ids.connect(
            lambda _ids: self.detached or self.links.selection_changed())

    # -- wiring ------------------------------------------------------------------------------
    def attach_view(self, view: QGraphicsView) -> None:
        """Listen to a view of the scene (the first one also places the lane headers)."""
        if view in self.views:
            return
        self.views.append(view)
        view.destroyed.connect(lambda _obj=None, v=view: self._forget(v))
        self.route.attach_view(view)  # already routed (BoardView); the tools go first now
        signals = [view.horizontalScrollBar().valueChanged, view.verticalScrollBar().valueChanged]
        zoom_changed = getattr(view, "zoom_changed", None)
        if zoom_changed is not None:
            signals.append(zoom_changed)
        for signal in signals:
            def slot(_value: object, v: QGraphicsView = view) -> None:
                self._view_changed(v)

            signal.connect(slot)
            self._connections.append((signal, slot))
        self._view_changed(view)

    def detach(self) -> None:
        """Stop following the scene and its views (the board is being closed)."""
        self.detached = True
        for signal, slot in self._connections:
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)  # type: ignore[attr-defined]
        self._connections.clear()
        if shiboken6.isValid(self.scene) and self.extend_menu in self.scene.menu_extenders:
            self.scene.menu_extenders.remove(self.extend_menu)
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None
        self.decorations.detach()
        for tool in self.tools:
            self.route.remove(tool)
        self.views.clear()

    def _forget(self, view: QGraphicsView) -> None:
        if view in self.views:
            self.views.remove(view)

    @property
    def primary_view(self) -> QGraphicsView | None:
        for view in self.views:
            if shiboken6.isValid(view):
                return view
        return None

    def _view_changed(self, view: QGraphicsView) -> None:
        if self.detached or not shiboken6.isValid(self.scene):
            return
        if view is self.primary_view:
            for tool in self.tools:
                tool.view_changed(view)
            self.decorations.chapters.pinned_to = view.viewport()
            self.lanes.headers.pinned_to = view.viewport()
            # the lane headers sit in their own strip beside the viewport: no inset
            self.decorations.chapters.set_visible_area(visible_rect(view), 0.0)

    def _changed(self, changes: ChangeSet) -> None:
        if self.detached:
            return
        for tool in self.tools:
            tool.board_changed(changes)

    def refresh(self) -> None:
        """Redo every overlay from the model (after a new board or a view resize)."""
        self.decorations.update_all()
        self._changed(ChangeSet())
        if self.primary_view is not None:
            self._view_changed(self.primary_view)

    def extend_menu(self, menu: QMenu, scene_pos: QPointF) -> None:
        """Entries for the wall's context menu, acting where it was opened."""
        view = self.primary_view
        if view is None or self.scene.session.read_only:
            return
        pos = view.mapFromScene(scene_pos)
        p = Pointer(view, pos, QPointF(scene_pos), view.viewport().mapToGlobal(pos),
                    zoom_of(view))
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("Timeline", "Add lane here"),
                       lambda: self.placement.place(LANE, p))
        menu.addAction(QCoreApplication.translate("Timeline", "Add milestone here"),
                       lambda: self.placement.place(MILESTONE, p))

    # -- running edits -----------------------------------------------------------------------
    def run(self, build: Callable[[], Edit], seal: bool = True) -> bool:
        """Build and execute one edit through the document's runner (a refusal is reported
        there, once); sealed as its own undo step unless a drag goes on."""
        return self.scene.document.run(build, seal=seal)

    def cancel(self) -> None:
        """Abandon any gesture or placing mode in progress."""
        self.route.cancel()
        self.placement.stop()

