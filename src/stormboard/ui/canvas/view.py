"""The view onto the wall: zoom, pan (touch, mouse, keyboard), drops from the palette."""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCursor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QTouchEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsItem,
    QGraphicsTextItem,
    QGraphicsView,
    QMenu,
    QPinchGesture,
    QStyleOptionGraphicsItem,
    QTapAndHoldGesture,
    QWidget,
)

from ...domain import notation
from .. import shortcuts
from . import keyboard_nav, pictures
from .scene import BoardScene
from .sticky_item import StickyItem
from .touch_drags import TouchDrags

#: drag-and-drop type of a kind dragged from the palette; the data is the kind id in UTF-8
KIND_MIME = "application/x-stormboard-kind"

MIN_ZOOM = 0.02
MAX_ZOOM = 6.0
ZOOM_STEP = 1.25
MAX_FIT_ZOOM = 2.0  # zooming to one small sticky stops here


class BoardView(QGraphicsView):
    zoom_changed = Signal(float)
    #: the kind waiting to be placed by the next tap, or "" when none
    pending_kind_changed = Signal(str)

    def __init__(self, scene: BoardScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.board_scene = scene
        self.builtin_context_menu = True  # the main window may switch it off and use the signal
        self._pending_kind: str | None = None
        self._one_finger = "pan"
        self._space = False
        self._pan_last: QPoint | None = None
        self._pan_moved = False
        self._pan_tap_clears = False
        self._preview: tuple | None = None
        self._painted_scale: float | None = None  # the last frame's, for pictures (ADR 0227)
        #: widgets floating over the wall (a countdown, a way out) that a fit keeps clear of
        self.fit_avoid: list[QWidget] = []
        #: re-fit the board on every resize (presentation, the projector's window)
        self.keep_fitted = False
        self._fit_watcher: _FitWatcher | None = None
        #: fingers dragging stickies, each its own (touch_drags.py)
        self.touch = TouchDrags(self)
        self._touching = False
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.viewport().grabGesture(Qt.GestureType.TapAndHoldGesture)
        scene.context_menu_requested.connect(self._builtin_menu)
        scene.route.attach_view(self)  # the tool slot: tools see pointer and keys first
        scene.update_block_mode()
        self._make_actions()

    # -- drag preview: many stickies moving paint as two pictures --------------------------
    def begin_move_preview(self, items: list[StickyItem], anchor: StickyItem) -> None:
        """Paint a multi-sticky drag as the wall without them plus one picture of them.

        Each frame of a 500-sticky drag would otherwise call 500+ Python paint() methods; the
        items still move (hit-testing stays true), only their painting is borrowed.
        """
        self.end_move_preview()
        vp = self.viewport()
        dpr = vp.devicePixelRatioF()
        # the wall's items in view paint themselves before their flags are borrowed (ADR 0230)
        self.board_scene.show_contents(self.mapToScene(vp.rect()).boundingRect())
        flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        had = [bool(i.flags() & flag) for i in items]
        for i in items:
            i.setFlag(flag, True)
        wall = QPixmap(vp.size() * dpr)
        wall.setDevicePixelRatio(dpr)
        painter = QPainter(wall)
        blocks = getattr(self.board_scene, "blocks", None)  # far out it may draw the selection
        with blocks.without_selected() if blocks is not None else contextlib.nullcontext():
            self.render(painter, QRectF(0, 0, vp.width(), vp.height()), vp.rect())
        painter.end()
        for i, flagged in zip(items, had, strict=True):
            i.setFlag(flag, flagged)
        margin = QPoint(vp.width() // 2, vp.height() // 2)
        ghost = QPixmap((vp.size() + QSize(2 * margin.x(), 2 * margin.y())) * dpr)
        ghost.setDevicePixelRatio(dpr)
        ghost.fill(Qt.GlobalColor.transparent)
        painter = QPainter(ghost)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        to_ghost = self.viewportTransform() * QTransform.fromTranslate(margin.x(), margin.y())
        area = QRectF(ghost.rect()).adjusted(0, 0, 0, 0)
        option = QStyleOptionGraphicsItem()
        for i in items:
            t = i.sceneTransform() * to_ghost
            if not t.mapRect(i.boundingRect()).intersects(area):
                continue
            painter.setTransform(t)
            i.paint(painter, option, None)
        painter.end()
        self._preview = (wall, ghost, margin, anchor, anchor.pos())
        vp.update()

    def end_move_preview(self) -> None:
        if self._preview is not None:
            self._preview = None
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._preview is None:
            # the same scale as the last frame: stickies may blit their pictures (ADR 0227)
            t = self.transform()
            scale = t.m11() if t.m12() == 0 and t.m21() == 0 and t.m11() == t.m22() else None
            steady = scale if scale is not None and scale == self._painted_scale else None
            self._painted_scale = scale
            # close up, the items this frame shows paint themselves (ADR 0230)
            self.board_scene.show_contents(
                self.mapToScene(event.region().boundingRect()).boundingRect())
            with pictures.frame(steady):
                super().paintEvent(event)
            return
        wall, ghost, margin, anchor, start = self._preview
        d = self.transform().map(anchor.pos()) - self.transform().map(start)
        painter = QPainter(self.viewport())
        painter.drawPixmap(0, 0, wall)
        painter.drawPixmap(QPointF(d.x() - margin.x(), d.y() - margin.y()), ghost)
        painter.end()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.end_move_preview()  # the pictures no longer match the wall
        super().scrollContentsBy(dx, dy)

    # -- zoom --------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None,
                 center: QPointF | None = None) -> None:
        """Zoom to ``factor`` (1.0 = 100 %), keeping the scene point ``anchor`` where it is on
        screen (default: the centre of the view), or with the scene point ``center`` in the
        middle (the block mode is left where the view lands, ADR 0230)."""
        factor = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        self.end_move_preview()
        if center is not None:
            self.setTransform(QTransform.fromScale(factor, factor))
            self.centerOn(center)
        else:
            if anchor is None:
                anchor = self.mapToScene(self.viewport().rect().center())
            before = self.viewportTransform().map(anchor)
            self.setTransform(QTransform.fromScale(factor, factor))
            after = self.viewportTransform().map(anchor)
            self._pan_by(after.x() - before.x(), after.y() - before.y())
        self.board_scene.update_block_mode()
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_actual(self) -> None:
        """100 %: a sticky as large as it is on the board."""
        self.set_zoom(1.0)

    def _fit(self, rect: QRectF, cap: float = MAX_ZOOM) -> None:
        if rect.isEmpty():
            return
        vp = self.viewport().rect()
        factor = 0.95 * min(vp.width() / rect.width(), vp.height() / rect.height())
        band, side = self._overlay_room()
        if band or side:
            # the board is centred: either leave a band above and below it as tall as the
            # floating widgets reach down, or a strip left and right as wide as they reach in;
            # whichever shows the board larger (a wide wall gives up height, a tall one width)
            by_height = 0.95 * min(vp.width() / rect.width(),
                                   max(vp.height() - 2 * band, 1) / rect.height())
            by_width = 0.95 * min(max(vp.width() - 2 * side, 1) / rect.width(),
                                  vp.height() / rect.height())
            factor = min(factor, max(by_height, by_width))
        self.set_zoom(min(factor, cap), center=rect.center())
        self.centerOn(rect.center())
        self.zoom_changed.emit(self.zoom())

    def _overlay_room(self) -> tuple[float, float]:
        """How far the floating widgets reach into the viewport: down from its top (or up
        from its bottom) and in from its nearer side, plus a small gap, in pixels."""
        vp = self.viewport()
        band = side = 0.0
        for widget in self.fit_avoid:
            if not shiboken6.isValid(widget) or widget.parentWidget() is None or widget.isHidden():
                continue
            r = widget.geometry().translated(-vp.pos())
            if r.isEmpty():
                continue
            gap = 8.0
            top_half = r.center().y() < vp.height() / 2
            band = max(band, (r.bottom() + 1 if top_half else vp.height() - r.top()) + gap)
            left_half = r.center().x() < vp.width() / 2
            side = max(side, (r.right() + 1 if left_half else vp.width() - r.left()) + gap)
        return band, side

    def set_fit_avoid(self, widgets: list[QWidget], keep_fitted: bool) -> None:
        """Keep fits clear of these floating widgets; with ``keep_fitted`` re-fit on every
        resize and whenever one of them shows, hides or changes size."""
        if self._fit_watcher is None:
            self._fit_watcher = _FitWatcher(self)
        for widget in self.fit_avoid:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self._fit_watcher)
        self.fit_avoid = [w for w in widgets if w is not None]
        self.keep_fitted = keep_fitted
        for widget in self.fit_avoid:
            widget.installEventFilter(self._fit_watcher)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.keep_fitted:
            # after the resize settles (the floating widgets place themselves on it too)
            QTimer.singleShot(0, self._refit_if_kept)

    def _refit_if_kept(self) -> None:
        if self.keep_fitted and shiboken6.isValid(self) and self.board_scene.board.stickies:
            self.zoom_to_fit()

    def zoom_to_fit(self) -> None:
        self._fit(self.board_scene.content_rect())

    def zoom_to_selection(self) -> None:
        items = self.board_scene.selected_sticky_items()
        if not items:
            self.zoom_to_fit()
            return
        rect = QRectF()
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        self._fit(rect, MAX_FIT_ZOOM)

    def wheelEvent(self, event: QWheelEvent) -> None:
        mods = event.modifiers()
        if mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier):
            super().wheelEvent(event)  # scroll
            return
        delta = event.angleDelta().y() or event.pixelDelta().y()
        if delta:
            anchor = self.mapToScene(event.position().toPoint())
            self.set_zoom(self.zoom() * (1.0015 ** delta), anchor)
        event.accept()

    # -- modes -------------------------------------------------------------------------------
    def set_pending_kind(self, kind_id: str | None) -> None:
        """Palette tap: the next tap on the wall places a sticky of this kind."""
        if kind_id is not None:
            notation.kind(kind_id)  # refuse unknown ids early
        self._pending_kind = kind_id
        if kind_id:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.viewport().unsetCursor()
        self.pending_kind_changed.emit(kind_id or "")

    @property
    def pending_kind(self) -> str | None:
        return self._pending_kind

    @property
    def space_held(self) -> bool:
        """Space is down: a left drag pans, even over stickies."""
        return self._space

    def set_one_finger_mode(self, mode: str) -> None:
        """"pan": a finger (or left drag) on empty wall pans; "select": it draws a rubber band."""
        if mode not in ("pan", "select"):
            raise ValueError(f"Unknown one-finger mode {mode!r}.")
        self._one_finger = mode

    @property
    def one_finger_mode(self) -> str:
        return self._one_finger

    # -- pointer -----------------------------------------------------------------------------
    def _sticky_at(self, pos: QPoint) -> StickyItem | QGraphicsTextItem | None:
        for item in self.items(pos):
            if isinstance(item, StickyItem | QGraphicsTextItem):
                return item
        return None

    def _start_pan(self, pos: QPoint, tap_clears: bool) -> None:
        self._pan_last = pos
        self._pan_moved = False
        self._pan_tap_clears = tap_clears
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        button = event.button()
        left = button == Qt.MouseButton.LeftButton
        if button == Qt.MouseButton.MiddleButton or (left and self._space):
            self._start_pan(pos, False)
            event.accept()
            return
        if left and self._sticky_at(pos) is None:
            self.board_scene.end_text_edit()
            mods = event.modifiers()
            extend = mods & (
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
            )
            if self._one_finger == "pan" and not extend:
                self._start_pan(pos, True)
                event.accept()
                return
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        else:
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_last is not None:
            pos = event.position().toPoint()
            d = pos - self._pan_last
            if d.manhattanLength() > 0:
                self._pan_moved = True
            self._pan_last = pos
            self._pan_by(-d.x(), -d.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_last is not None:
            if not self._pan_moved and self._pan_tap_clears:
                self.board_scene.clearSelection()  # a tap on empty wall deselects
            self._pan_last = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)

    def _pan_by(self, dx: float, dy: float) -> None:
        """Move the visible area by device pixels (right-to-left: the scroll bar runs the other
        way, the wall does not)."""
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(-dx if self.isRightToLeft() else dx))
        v.setValue(v.value() + round(dy))

    # -- touch gestures ----------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Gesture:
            return self._gesture(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent):
            # a finger on a sticky: this sequence's fingers drag stickies, each its own (a
            # sequence that starts on the bare wall stays Qt's: pan and pinch)
            self._touching = self.touch.begins_on_a_sticky(event)
            if self._touching:
                self.touch.handle(event)
                event.accept()
                return True
        elif kind in (QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd) and self._touching:
            self.touch.handle(event)  # type: ignore[arg-type]
            if kind == QEvent.Type.TouchEnd:
                self._touching = False
                self.touch.cancel()  # fingers not released one by one (should not happen)
            event.accept()
            return True
        elif kind == QEvent.Type.TouchCancel and self._touching:
            self._touching = False
            self.touch.cancel()
            return True
        return super().viewportEvent(event)

    def _gesture(self, event: QGestureEvent) -> bool:
        pinch = event.gesture(Qt.GestureType.PinchGesture)
        if isinstance(pinch, QPinchGesture):
            if self.board_scene.interactions.active or self.touch.active:
                event.ignore(pinch)  # never zoom while a sticky is being dragged
            else:
                self._pinch(pinch)
                event.accept(pinch)
        hold = event.gesture(Qt.GestureType.TapAndHoldGesture)
        if isinstance(hold, QTapAndHoldGesture) and hold.state() == Qt.GestureState.GestureFinished:
            if not self.board_scene.interactions.active and not self.touch.moving:
                self.long_press(self.viewport().mapFromGlobal(hold.position().toPoint()))
            event.accept(hold)
        return True

    def _pinch(self, pinch: QPinchGesture) -> None:
        self._pan_last = None  # two fingers: the one-finger pan stops
        flags = pinch.changeFlags()
        center = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
        if flags & QPinchGesture.ChangeFlag.CenterPointChanged:
            d = pinch.centerPoint() - pinch.lastCenterPoint()
            self._pan_by(-d.x(), -d.y())
        if flags & QPinchGesture.ChangeFlag.ScaleFactorChanged and pinch.scaleFactor() > 0:
            self.set_zoom(self.zoom() * pinch.scaleFactor(), self.mapToScene(center))

    def long_press(self, pos: QPoint) -> None:
        """Touch: a long press acts as a right-click (context menu) at a viewport position."""
        scene = self.board_scene
        item = self._sticky_at(pos)
        if isinstance(item, StickyItem):
            if not item.isSelected():
                scene.clearSelection()
                item.setSelected(True)
        else:
            scene.clearSelection()
        scene.context_menu_requested.emit(self.viewport().mapToGlobal(pos), self.mapToScene(pos))

    def _builtin_menu(self, global_pos: QPoint, scene_pos: QPointF) -> None:
        if not self.builtin_context_menu:
            return
        scene = self.board_scene
        document = scene.document
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if scene.selected_sticky_ids():
            menu.addAction(self.tr("Edit text"), self._edit_selected)
            menu.addAction(self.tr("Duplicate"), document.duplicate_selection)
            menu.addAction(self.tr("Copy"), document.copy_selection)
            menu.addAction(self.tr("Cut"), document.cut_selection)
            menu.addAction(self.tr("Pivotal event"), document.toggle_pivotal_of_selection)
            menu.addAction(self.tr("Delete"), document.delete_selection)
            menu.addSeparator()
        at = QPointF(scene_pos)
        menu.addAction(self.tr("Paste"), lambda: document.paste(at))
        menu.addAction(self.tr("Zoom to fit"), self.zoom_to_fit)
        for extend in scene.menu_extenders:  # e.g. the timeline's "Add lane here"
            extend(menu, at)
        menu.popup(global_pos)

    def _edit_selected(self) -> None:
        ids = self.board_scene.selected_sticky_ids()
        if len(ids) == 1:
            self.board_scene.begin_text_edit(ids[0])

    # -- keyboard ----------------------------------------------------------------------------
    def _cursor_scene_pos(self) -> QPointF:
        pos = self.viewport().mapFromGlobal(QCursor.pos())
        if not self.viewport().rect().contains(pos):
            pos = self.viewport().rect().center()
        return self.mapToScene(pos)

    def _make_actions(self) -> None:
        """The wall's shortcuts, as QActions from the one table (ui/shortcuts.py); a main
        window replaces some by its own menu actions (:meth:`share_actions`)."""
        scene = self.board_scene
        document = scene.document
        slots = {
            "cut": document.cut_selection,
            "copy": document.copy_selection,
            "paste": lambda: document.paste(self._cursor_scene_pos()),
            "duplicate": document.duplicate_selection,
            "delete": document.delete_selection,
            "select_all": scene.select_all,
            "edit_text": self._edit_selected,
            "undo": lambda: self._history(redo=False),
            "redo": lambda: self._history(redo=True),
            "zoom_in": self.zoom_in,
            "zoom_out": self.zoom_out,
            "zoom_actual": self.zoom_actual,
            "zoom_fit": self.zoom_to_fit,
            "zoom_selection": self.zoom_to_selection,
        }
        for name, (dx, dy) in _NUDGES.items():
            slots[name] = lambda dx=dx, dy=dy: self._nudge_or_pan(dx, dy)
            # Alt+arrow: the nearest sticky that way becomes the selection (keyboard_nav.py)
            slots[name.replace("nudge_", "select_")] = (
                lambda dx=dx, dy=dy: keyboard_nav.nearest(self, dx, dy))
        for k in notation.KINDS:
            if f"kind_{k.id}" in shortcuts.BY_ID:
                slots[f"kind_{k.id}"] = lambda k=k.id: document.create_sticky(
                    k, self._cursor_scene_pos())
        self.shortcut_actions: dict[str, QAction] = {}
        for name, slot in slots.items():
            action = shortcuts.apply(QAction(self), name)
            # named, so a screen reader (and the Help sheet) can say what the key does
            action.setText(shortcuts.label(shortcuts.BY_ID[name]))
            # a window-wide entry acts only on this view until a window shares its own action
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.addAction(action)
            self.shortcut_actions[name] = action

    def share_actions(self, actions: dict[str, QAction]) -> None:
        """Use the window's actions instead of the view's own for these ids: one QAction per
        key, or Qt finds two and runs neither. Wall-scoped ones are added to the view (their
        shortcut acts while the wall has the focus); window-wide ones need nothing here."""
        for name, action in actions.items():
            own = self.shortcut_actions.pop(name, None)
            if own is not None:
                self.removeAction(own)
                own.setParent(None)
                own.deleteLater()
            if shortcuts.BY_ID[name].scope == shortcuts.WALL:
                self.addAction(action)
                self.shortcut_actions[name] = action

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab step through the stickies; past the last (or first) one the focus
        leaves the wall as usual, so it is never a keyboard trap."""
        if self.hasFocus() and self.board_scene.text_editor() is None and keyboard_nav.step(
                self, next):
            return True
        return super().focusNextPrevChild(next)

    def _nudge_or_pan(self, dx: int, dy: int) -> None:
        scene = self.board_scene
        if scene.selected_sticky_ids():
            step = scene.grid_size if scene.grid_enabled else 10.0
            scene.document.nudge_selection(dx * step, dy * step)
        else:
            vp = self.viewport().rect()
            self._pan_by(dx * vp.width() * 0.1, dy * vp.height() * 0.1)

    def event(self, event: QEvent) -> bool:
        # while a sticky's text is edited, plain keys (letters, arrows, Delete, Return, Shift+1)
        # are typing: claim them before the wall's shortcuts see them
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.board_scene.text_editor() is not None
            and not event.modifiers() & _COMMAND_MODIFIERS  # type: ignore[attr-defined]
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Only what is not a command: typing into the editor, holding Space to pan, and
        Escape, which cancels here first and otherwise travels up (out of presentation)."""
        scene = self.board_scene
        if scene.text_editor() is not None:
            super().keyPressEvent(event)  # typing goes to the in-place editor
            return
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if key == Qt.Key.Key_Escape and (self._pending_kind or scene.selected_sticky_ids()):
            self.set_pending_kind(None)
            scene.clearSelection()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            if self._pan_last is None:
                self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def _history(self, redo: bool) -> None:
        self.board_scene.end_text_edit()
        self.board_scene.document.step_history(redo)

    # -- drops from the palette --------------------------------------------------------------
    def _kind_of(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if mime is None or not mime.hasFormat(KIND_MIME):
            return None
        kind_id = bytes(mime.data(KIND_MIME).data()).decode("utf-8", "replace").strip()
        return kind_id if kind_id in notation.KINDS_BY_ID else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._kind_of(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._kind_of(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        kind_id = self._kind_of(event)
        if kind_id is None:
            super().dropEvent(event)
            return
        pos = self.mapToScene(event.position().toPoint())
        self.board_scene.document.create_sticky(kind_id, pos, edit_text=True)
        event.acceptProposedAction()
        self.setFocus(Qt.FocusReason.OtherFocusReason)


_NUDGES = {
    "nudge_left": (-1, 0),
    "nudge_right": (1, 0),
    "nudge_up": (0, -1),
    "nudge_down": (0, 1),
}
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class _FitWatcher(QObject):
    """Re-fits a kept-fitted view when a widget floating over it shows, hides or resizes (a
    filter of its own, so the view's viewport events never pass through Python for this)."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.view.keep_fitted and event.type() in (
            QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize
        ):
            QTimer.singleShot(0, self.view._refit_if_kept)
        return False
