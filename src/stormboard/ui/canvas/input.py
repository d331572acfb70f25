"""The single input route of the wall: one ordered tool slot that every view of a scene feeds.

Each BoardView hands its viewport's pointer events (press, move, release, double-click,
context menu, long press, hover) and its keys to the scene's :class:`InputRoute` before the
view itself sees them. The route asks its tools in order whether a press is theirs
(:meth:`Tool.claims`); the claiming tool then gets every move and the release. What no tool
claims goes on to the view untouched: panning, rubber-band selection and the stickies' own
move/resize gesture (``interactions``, reached through the items) are unchanged.

Tools today: vote taps (while voting mode is on), placing a lane or milestone, the link
handle, lane headers, milestones (ADR 0115 lists what still has its own route).
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QTapAndHoldGesture, QToolTip, QWidget

from ...app.edit import ChangeSet


@dataclass(frozen=True, slots=True)
class Pointer:
    """One pointer event as the tools see it: where on screen, where on the wall, how zoomed."""

    view: QGraphicsView
    pos: QPoint  # viewport pixels
    scene_pos: QPointF
    global_pos: QPoint
    zoom: float
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier

    def px(self, pixels: float) -> float:
        """A length of so many screen pixels, in wall units."""
        return pixels / max(self.zoom, 1e-6)


def zoom_of(view: QGraphicsView) -> float:
    return max(view.transform().m11(), 1e-6)


class Tool:
    """A pointer tool in the route. ``press`` claims the gesture by returning True; the
    claiming tool then gets every move and the release. The other hooks return True (or a
    value) when they handled the event; the defaults leave everything to the next tool."""

    def claims(self, p: Pointer) -> bool:
        """Does a left press here belong to this tool? (Asked before ``press``; no side
        effects.)"""
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

    def tip(self, p: Pointer) -> str:
        """A tooltip for this point ("" for none)."""
        return ""

    def double_click(self, p: Pointer) -> bool:
        return False

    def context_menu(self, p: Pointer) -> bool:
        return False

    def key(self, event: QKeyEvent) -> bool:
        return False

    def wants_key(self, event: QKeyEvent) -> bool:
        """Would ``key`` handle this? (Asked before the window's shortcuts see the key.)"""
        return False

    def pointer_left(self) -> None:
        """The pointer left a view (hover marks go away)."""

    def stickies_dragged(self) -> None:
        """Sticky items moved under a drag the model has not heard of yet; called once per
        event loop turn, after the items moved (the link tool bends their arrows)."""

    def cancel(self) -> None:
        pass

    def view_changed(self, view: QGraphicsView) -> None:
        """The visible part of the wall moved or zoomed."""

    def board_changed(self, changes: ChangeSet) -> None:
        pass


#: the places in line of the route's tools: vote taps take a press on a sticky first, the
#: timeline's tools (placing, link handle, lane headers, milestones) next, then placing a kind
#: from the palette, the stickies' own move/resize last
VOTES, TIMELINE, PLACE_KIND, STICKIES = 0, 10, 20, 90


class InputRoute(QObject):
    """The tool slot of every view of one scene (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tools: list[Tool] = []
        self._order: dict[int, int] = {}  # id(tool) -> its place in line
        self.views: list[QGraphicsView] = []
        self.active: Tool | None = None
        self._drag_pending = False
        self._cursor_set: set[QWidget] = set()

    # -- wiring ------------------------------------------------------------------------------
    def add(self, tool: Tool, order: int = TIMELINE) -> None:
        """Put a tool in the slot. Lower ``order`` is asked first (VOTES, TIMELINE,
        STICKIES); tools of one order are asked in the order they were added."""
        if tool in self.tools:
            return
        self._order[id(tool)] = order
        self.tools.append(tool)
        self.tools.sort(key=lambda t: self._order[id(t)])  # stable: equal orders keep theirs
        for view in self.views:  # asked before filters installed meanwhile (the window's)
            self._install(view)

    def remove(self, tool: Tool) -> None:
        if tool in self.tools:
            self.tools.remove(tool)
            self._order.pop(id(tool), None)
        if self.active is tool:
            self.active = None

    def attach_view(self, view: QGraphicsView) -> None:
        """Route this view's pointer and keys (BoardView does it when it is made)."""
        if view in self.views:
            self._install(view)
            return
        self.views.append(view)
        view.destroyed.connect(lambda _obj=None, v=view: self._forget(v))
        view.viewport().setMouseTracking(True)  # hover marks (the link handle) need it
        self._install(view)

    def _install(self, view: QGraphicsView) -> None:
        # installing again moves the route to the front: the most recent filter runs first
        if shiboken6.isValid(view):
            view.viewport().installEventFilter(self)
            view.installEventFilter(self)

    def _forget(self, view: QGraphicsView) -> None:
        if view in self.views:
            self.views.remove(view)

    def cancel(self) -> None:
        """Abandon the gesture in progress."""
        if self.active is not None:
            tool, self.active = self.active, None
            tool.cancel()

    # -- routing -----------------------------------------------------------------------------
    def pointer(self, view: QGraphicsView, pos: QPoint, global_pos: QPoint,
                mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Pointer:
        return Pointer(view, pos, view.mapToScene(pos), global_pos, zoom_of(view), mods)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.tools:
            return False
        t = event.type()
        for view in self.views:
            if not shiboken6.isValid(view):
                continue  # being destroyed: its destroyed() signal comes later
            if obj is view.viewport():
                return self._viewport_event(view, t, event)
            if obj is view and t in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
                return self._key_event(t, event)  # type: ignore[arg-type]
        return False

    def _viewport_event(self, view: QGraphicsView, t: QEvent.Type, event: QEvent) -> bool:
        if t in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                 QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            return self._mouse(view, t, event)  # type: ignore[arg-type]
        if t == QEvent.Type.ContextMenu:
            ev: QContextMenuEvent = event  # type: ignore[assignment]
            p = self.pointer(view, ev.pos(), ev.globalPos(), ev.modifiers())
            if self.active is None and any(tool.context_menu(p) for tool in list(self.tools)):
                return True
        if t == QEvent.Type.Gesture and self.active is None:
            return self._long_press(view, event)  # type: ignore[arg-type]
        if t == QEvent.Type.Leave and self.active is None:
            for tool in list(self.tools):
                tool.pointer_left()
        return False

    def _long_press(self, view: QGraphicsView, event: QGestureEvent) -> bool:
        """Touch: a long press on something a tool owns opens its menu, as a right-click
        does (the view would open the wall's menu instead)."""
        hold = event.gesture(Qt.GestureType.TapAndHoldGesture)
        if not isinstance(hold, QTapAndHoldGesture) or (
                hold.state() != Qt.GestureState.GestureFinished):
            return False
        global_pos = hold.position().toPoint()
        p = self.pointer(view, view.viewport().mapFromGlobal(global_pos), global_pos)
        if any(tool.context_menu(p) for tool in list(self.tools)):
            event.accept(hold)
            return True
        return False

    def _mouse(self, view: QGraphicsView, t: QEvent.Type, event: QMouseEvent) -> bool:
        p = self.pointer(view, event.position().toPoint(), event.globalPosition().toPoint(),
                         event.modifiers())
        left = event.button() == Qt.MouseButton.LeftButton
        if t == QEvent.Type.MouseButtonPress:
            return self._press(view, p, left)
        if t == QEvent.Type.MouseMove:
            if self.active is not None:
                self.active.move(p)
                return True
            if event.buttons() == Qt.MouseButton.NoButton:
                self._hover(view, p)
            else:
                self.stickies_dragged()  # a drag the view handles (rubber band)
            return False
        if t == QEvent.Type.MouseButtonRelease:
            if self.active is not None and left:
                tool, self.active = self.active, None
                tool.release(p)
                self._hover(view, p)
                return True
            return self.active is not None
        if t == QEvent.Type.MouseButtonDblClick and left:
            if self.active is not None:
                return True
            return any(tool.double_click(p) for tool in list(self.tools))
        return False

    def _press(self, view: QGraphicsView, p: Pointer, left: bool) -> bool:
        if self.active is not None:  # a second button during a gesture: ignore it
            return True
        if not left:
            return False
        for tool in list(self.tools):
            if tool.claims(p):
                # focus first: a tool may open an editor that must keep the focus
                view.setFocus(Qt.FocusReason.MouseFocusReason)
                self.active = tool
                if not tool.press(p):
                    self.active = None
                    return False
                return True
        return False

    def stickies_dragged(self) -> None:
        """Tell the tools, once per event loop turn, that sticky items moved under a drag."""
        if not self._drag_pending:
            self._drag_pending = True
            QTimer.singleShot(0, self._after_drag)

    def _after_drag(self) -> None:
        self._drag_pending = False
        for tool in list(self.tools):
            tool.stickies_dragged()

    def _hover(self, view: QGraphicsView, p: Pointer) -> None:
        cursor = None
        for tool in self.tools:
            cursor = tool.hover(p)
            if cursor is not None:
                break
        vp = view.viewport()
        tip = next((text for tool in self.tools if (text := tool.tip(p))), "")
        if tip:
            QToolTip.showText(p.global_pos, tip, vp)
        if cursor is not None:
            vp.setCursor(cursor)
            self._cursor_set.add(vp)
        elif vp in self._cursor_set:
            self._cursor_set.discard(vp)
            vp.unsetCursor()

    def _key_event(self, t: QEvent.Type, event: QKeyEvent) -> bool:
        if t == QEvent.Type.ShortcutOverride:
            # keys a tool wants (Delete on a selected link, Escape while placing) must reach
            # the view instead of triggering the window's actions
            if any(tool.wants_key(event) for tool in self.tools):
                event.accept()
                return True
            return False
        if event.key() == Qt.Key.Key_Escape and self.active is not None:
            self.cancel()
            return True
        return any(tool.key(event) for tool in list(self.tools))
