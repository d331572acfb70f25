"""Timeline tools on the canvas: one object per scene that owns the overlays and routes pointer
events to small tool classes (lanes, milestones, links, placing), in the manner of
orange-canvas-core's interaction handlers.

The tools listen on each view's viewport, not on the scene: the view turns a press on empty
wall into a pan before the scene hears of it (ADR 0100). A tool claims a press only where the
model says it has something (a lane header, a milestone line, a link, the link handle); every
other event goes on to the view untouched, so sticky gestures and panning are unchanged.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsView,
    QMenu,
    QTapAndHoldGesture,
    QToolTip,
    QWidget,
)

from ...app.edit import ChangeSet, Edit
from ...domain.errors import DomainError
from ..canvas.scene import BoardScene
from .common import LANE, MILESTONE, Pointer, visible_rect, zoom_of
from .decorations import StickyDecorations


class Tool:
    """A pointer tool. ``press`` claims the gesture by returning True; the claiming tool then
    gets every move and the release. The other hooks return True when they handled the event."""

    def __init__(self, tools: TimelineTools) -> None:
        self.tools = tools

    @property
    def scene(self) -> BoardScene:
        return self.tools.scene

    def claims(self, p: Pointer) -> bool:
        """Does a press here belong to this tool? (Asked before ``press``; no side effects.)"""
        return False

    def press(self, p: Pointer) -> bool:
        """Start the gesture; False gives the press back to the view."""
        return True

    def move(self, p: Pointer) -> None:
        pass

    def release(self, p: Pointer) -> None:
        pass

    def hover(self, p: Pointer) -> Qt.CursorShape | None:
        """The cursor to show over this point, if this tool has something here."""
        return None

    def double_click(self, p: Pointer) -> bool:
        return False

    def context_menu(self, p: Pointer) -> bool:
        return False

    def key(self, event: QKeyEvent) -> bool:
        return False

    def wants_key(self, event: QKeyEvent) -> bool:
        """Would ``key`` handle this? (Asked before the window's shortcuts see the key.)"""
        return False

    def cancel(self) -> None:
        pass

    def view_changed(self, view: QGraphicsView) -> None:
        """The visible part of the wall moved or zoomed."""

    def board_changed(self, changes: ChangeSet) -> None:
        pass


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
        self.tools: list[Tool] = [self.placement, self.links, self.lanes, self.milestones]
        self._active: Tool | None = None
        self._connections: list[tuple[object, Callable]] = []
        self.detached = False
        self._follow_pending = False
        self._cursor_set: set[QWidget] = set()
        self._unsubscribe: Callable[[], None] | None = scene.session.subscribe(self._changed)
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
        vp = view.viewport()
        vp.setMouseTracking(True)  # the link handle shows on hover
        vp.installEventFilter(self)
        view.installEventFilter(self)
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
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.decorations.detach()
        for view in self.views:
            if shiboken6.isValid(view):
                view.viewport().removeEventFilter(self)
                view.removeEventFilter(self)
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
        """Build and execute one edit; a refusal becomes a status message, not an exception."""
        try:
            self.scene.run(build())
        except DomainError as error:
            self.message.emit(str(error))
            return False
        finally:
            if seal:
                self.scene.session.seal()
        return True

    # -- event routing -----------------------------------------------------------------------
    def _pointer(self, view: QGraphicsView, pos, global_pos, mods) -> Pointer:
        return Pointer(view, pos, view.mapToScene(pos), global_pos, zoom_of(view), mods)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        t = event.type()
        for view in self.views:
            if not shiboken6.isValid(view):
                continue  # being destroyed: its destroyed() signal comes later
            if obj is view.viewport():
                return self._viewport_event(view, t, event)
            if obj is view and t in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
                return self._key_event(view, t, event)  # type: ignore[arg-type]
        return False

    def _viewport_event(self, view: QGraphicsView, t: QEvent.Type, event: QEvent) -> bool:
        if t in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            return self._mouse(view, t, event)  # type: ignore[arg-type]
        if t == QEvent.Type.ContextMenu:
            ev: QContextMenuEvent = event  # type: ignore[assignment]
            p = self._pointer(view, ev.pos(), ev.globalPos(), ev.modifiers())
            if self._active is None and any(tool.context_menu(p) for tool in self.tools):
                return True
        if t == QEvent.Type.Gesture and self._active is None:
            return self._long_press(view, event)  # type: ignore[arg-type]
        if t == QEvent.Type.Leave and self._active is None:
            self.links.pointer_left()
        return False

    def _long_press(self, view: QGraphicsView, event: QGestureEvent) -> bool:
        """Touch: a long press on a lane header, milestone or link opens its menu, as a
        right-click does (the view would open the wall's menu instead)."""
        hold = event.gesture(Qt.GestureType.TapAndHoldGesture)
        if not isinstance(hold, QTapAndHoldGesture) or (
                hold.state() != Qt.GestureState.GestureFinished):
            return False
        global_pos = hold.position().toPoint()
        pos = view.viewport().mapFromGlobal(global_pos)
        p = self._pointer(view, pos, global_pos, Qt.KeyboardModifier.NoModifier)
        if any(tool.context_menu(p) for tool in self.tools):
            event.accept(hold)
            return True
        return False

    def _mouse(self, view: QGraphicsView, t: QEvent.Type, event: QMouseEvent) -> bool:
        pos = event.position().toPoint()
        p = self._pointer(view, pos, event.globalPosition().toPoint(), event.modifiers())
        left = event.button() == Qt.MouseButton.LeftButton
        if t == QEvent.Type.MouseButtonPress:
            if self._active is not None:  # a second button during a gesture: ignore it
                return True
            if not left:
                return False
            for tool in self.tools:
                if tool.claims(p):
                    # focus first: a tool may open an editor that must keep the focus
                    view.setFocus(Qt.FocusReason.MouseFocusReason)
                    self._active = tool
                    if not tool.press(p):
                        self._active = None
                        return False
                    return True
            return False
        if t == QEvent.Type.MouseMove:
            if self._active is not None:
                self._active.move(p)
                return True
            if event.buttons() == Qt.MouseButton.NoButton:
                self._hover(view, p)
            elif not self._follow_pending:
                # a sticky drag: let the view move the stickies first, then bend the arrows
                self._follow_pending = True
                QTimer.singleShot(0, self._follow_drag)
            return False
        if t == QEvent.Type.MouseButtonRelease:
            if self._active is not None and left:
                tool, self._active = self._active, None
                tool.release(p)
                self._hover(view, p)
                return True
            return self._active is not None
        if t == QEvent.Type.MouseButtonDblClick and left:
            if self._active is not None:
                return True
            return any(tool.double_click(p) for tool in self.tools)
        return False

    def _follow_drag(self) -> None:
        self._follow_pending = False
        if not self.detached and shiboken6.isValid(self.scene):
            self.links.follow_drag()

    def _hover(self, view: QGraphicsView, p: Pointer) -> None:
        cursor = None
        for tool in self.tools:
            cursor = tool.hover(p)
            if cursor is not None:
                break
        vp = view.viewport()
        hint = self.decorations.tense_badge_at(p.scene_pos, p.zoom)
        if hint:
            QToolTip.showText(p.global_pos, QCoreApplication.translate(
                "Timeline", "Events read best in the past tense: \"Order placed\", "
                "not \"Place order\"."), vp)
        if cursor is not None:
            vp.setCursor(cursor)
            self._cursor_set.add(vp)
        elif vp in self._cursor_set:
            self._cursor_set.discard(vp)
            vp.unsetCursor()

    def _key_event(self, view: QGraphicsView, t: QEvent.Type, event: QKeyEvent) -> bool:
        if t == QEvent.Type.ShortcutOverride:
            # keys a tool wants (Delete on a selected link, Escape while placing) must reach
            # the view instead of triggering the window's actions
            if any(tool.wants_key(event) for tool in self.tools):
                event.accept()
                return True
            return False
        if event.key() == Qt.Key.Key_Escape and self._active is not None:
            self._active.cancel()
            self._active = None
            return True
        return any(tool.key(event) for tool in self.tools)

    def cancel(self) -> None:
        """Abandon any gesture or placing mode in progress."""
        if self._active is not None:
            self._active.cancel()
            self._active = None
        self.placement.stop()

