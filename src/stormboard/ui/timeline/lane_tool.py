"""Swimlanes on the wall: a header column pinned to the visible left edge (collapse button,
drag grip, resize grip), dragging a header reorders lanes, dragging a lane's bottom edge resizes
it, double-click renames, and a context menu offers the rest."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QGraphicsView, QMenu

from ...app import timeline_commands as tc
from ...app.edit import ChangeSet
from ...domain.entities import Lane
from ...domain.timeline import lane_order
from ..canvas.decor import LABEL_SIZE, WALL_MARGIN
from .common import Pointer, sticky_at, visible_rect, zoom_of
from .inline_editor import InlineEditor
from .lane_ruler import LaneRuler
from .overlays import HeaderGeom, LaneHeaders
from .tools import Tool

COLLAPSED_HEIGHT = LABEL_SIZE * 1.6  # what the canvas draws of a collapsed lane
HEADER_TOUCH = 1.3  # header width in touch targets
EDGE_PX = 10.0  # the grab band along a lane's bottom edge, for a mouse

#: (name for the menu, colour): light tints that keep stickies readable
LANE_COLORS = (
    (QT_TRANSLATE_NOOP("Timeline", "Grey"), "#ECEFF1"),
    (QT_TRANSLATE_NOOP("Timeline", "Blue"), "#E3F2FD"),
    (QT_TRANSLATE_NOOP("Timeline", "Green"), "#E8F5E9"),
    (QT_TRANSLATE_NOOP("Timeline", "Yellow"), "#FFF8E1"),
    (QT_TRANSLATE_NOOP("Timeline", "Pink"), "#FCE4EC"),
    (QT_TRANSLATE_NOOP("Timeline", "Purple"), "#F3E5F5"),
)

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def shown_height(lane: Lane) -> float:
    return COLLAPSED_HEIGHT if lane.collapsed else lane.height


def swatch(color: str) -> QIcon:
    pix = QPixmap(16, 16)
    pix.fill(QColor(color))
    return QIcon(pix)


class LaneTool(Tool):
    def __init__(self, tools) -> None:
        super().__init__(tools)
        self.headers = LaneHeaders()
        self.scene.addItem(self.headers)
        self.scene.extent_changed.connect(lambda _r: self.tools.detached or self.layout())
        self._geoms: dict[str, HeaderGeom] = {}
        self._mode = ""
        self._lane_id = ""
        self._start = QPointF()
        self._moved = False
        self._target = -1
        self._drag_dy = 0.0
        self.editor: InlineEditor | None = None
        self.ruler: LaneRuler | None = None
        self.layout()

    # -- geometry ----------------------------------------------------------------------------
    def column(self) -> tuple[float, float]:
        """Left x and width of the header column, in wall units: in the main view, just left
        of the visible wall, where its ruler strip shows it (lane_ruler)."""
        view = self.tools.primary_view
        zoom = zoom_of(view) if view is not None else 1.0
        width = self.scene.handle_px * HEADER_TOUCH / zoom
        if view is None:
            return self.scene.content_rect().left() - WALL_MARGIN, width
        return visible_rect(view).left() - width, width

    def _ruler_for(self, view: QGraphicsView) -> LaneRuler:
        if self.ruler is None or self.ruler.view is not view or not shiboken6.isValid(
                self.ruler):
            if self.ruler is not None and shiboken6.isValid(self.ruler):
                self.ruler.set_column_width(0)
                self.ruler.deleteLater()
            self.ruler = LaneRuler(view, self)
        return self.ruler

    def _wall(self) -> QRectF:
        c = self.scene.content_rect()
        return c.adjusted(-WALL_MARGIN, -WALL_MARGIN, WALL_MARGIN, WALL_MARGIN)

    def geometry(self, lane: Lane, dy: float = 0.0) -> HeaderGeom:
        x, w = self.column()
        h = shown_height(lane)
        rect = QRectF(x, lane.y + dy, w, h)
        toggle = QRectF(x, lane.y + dy, w, min(w, h))
        # a full touch target where the lane is tall enough, else half of what is left
        rh = 0.0 if lane.collapsed else min(w / HEADER_TOUCH, max(h - toggle.height(), 0.0) / 2)
        resize = QRectF(x, lane.y + dy + h - rh, w, rh)
        return HeaderGeom(lane.id, lane.label, lane.color, lane.collapsed, rect, toggle, resize)

    def layout(self) -> None:
        """Place the headers (and, during a drag, the moving one and the drop line)."""
        board = self.scene.board
        view = self.tools.primary_view
        if view is not None and not self.tools.detached:
            width = round(self.scene.handle_px * HEADER_TOUCH) if board.lanes else 0
            self._ruler_for(view).set_column_width(width)
        geoms = {}
        slot = drop = None
        for lane in lane_order(board.lanes.values()):
            dragging = self._mode == "drag" and lane.id == self._lane_id and self._moved
            geoms[lane.id] = self.geometry(lane, self._drag_dy if dragging else 0.0)
            if dragging:
                slot = self.geometry(lane).rect
        if self._mode == "drag" and self._moved:
            drop = self._drop_y()
        self._geoms = geoms
        # the dragged header paints last, over the others
        ordered = sorted(geoms.values(), key=lambda g: g.lane_id == self._lane_id)
        self.headers.set_headers(ordered, self._wall(), slot, drop)
        if self.ruler is not None and shiboken6.isValid(self.ruler):
            self.ruler.update()

    def header_at(self, scene_pos: QPointF) -> HeaderGeom | None:
        for g in self._geoms.values():
            if g.rect.contains(scene_pos):
                return g
        return None

    def _edge_at(self, p: Pointer) -> str:
        """The lane whose bottom edge is under the pointer (not on a sticky), or ""."""
        if sticky_at(p.view, p.pos) is not None:
            return ""
        y = p.scene_pos.y()
        band = p.px(EDGE_PX) / 2
        for lane in self.scene.board.lanes.values():
            if not lane.collapsed and abs(lane.y + lane.height - y) <= band:
                return lane.id
        return ""

    # -- pointer -----------------------------------------------------------------------------
    def _part_at(self, p: Pointer) -> tuple[str, str]:
        g = self.header_at(p.scene_pos)
        if g is not None:
            if g.toggle.contains(p.scene_pos):
                return "toggle", g.lane_id
            if not g.collapsed and g.resize.contains(p.scene_pos):
                return "resize", g.lane_id
            return "drag", g.lane_id
        edge = self._edge_at(p)
        return ("resize", edge) if edge else ("", "")

    def claims(self, p: Pointer) -> bool:
        return bool(self._part_at(p)[0])

    def press(self, p: Pointer) -> bool:
        self._mode, self._lane_id = self._part_at(p)
        self._start = p.scene_pos
        self._moved = False
        self._drag_dy = 0.0
        self.scene.session.seal()
        return bool(self._mode)

    def move(self, p: Pointer) -> None:
        lane = self.scene.board.lanes.get(self._lane_id)
        if lane is None:
            return
        delta = p.scene_pos - self._start
        if not self._moved and delta.manhattanLength() < p.px(6):
            return
        self._moved = True
        if self._mode == "drag":
            self._drag_dy = delta.y()
            self.layout()
        elif self._mode == "resize":
            height = self.scene.snap(p.scene_pos.y()) - lane.y
            height = min(max(height, tc.MIN_LANE_HEIGHT), tc.MAX_LANE_HEIGHT)
            if height != lane.height:
                # each step is executed (the wall follows live) and merges into one undo step
                self.tools.run(lambda: tc.resize_lane(self.scene.board, lane.id, height),
                               seal=False)

    def release(self, p: Pointer) -> None:
        mode, lane_id, moved = self._mode, self._lane_id, self._moved
        self._mode = ""
        board = self.scene.board
        if mode == "toggle" and not moved and lane_id in board.lanes:
            self.toggle(lane_id)
        elif mode == "drag" and moved and self._target >= 0:
            target = self._target
            self.tools.run(lambda: tc.move_lane(board, lane_id, target))
        self.scene.session.seal()
        self._moved = False
        self._target = -1
        self._lane_id = ""
        self.layout()

    def cancel(self) -> None:
        self._mode = ""
        self._moved = False
        self.scene.session.seal()
        self.layout()

    def _drop_y(self) -> float | None:
        """Where the dragged lane would land (a line between lanes); sets the target index."""
        board = self.scene.board
        order = lane_order(board.lanes.values())
        lane = board.lanes.get(self._lane_id)
        if lane is None:
            return None
        others = [o for o in order if o.id != lane.id]
        centre = lane.y + shown_height(lane) / 2 + self._drag_dy
        index = sum(1 for o in others if o.y + shown_height(o) / 2 < centre)
        self._target = index
        if index == order.index(lane) or not others:
            return None
        if index < len(others):
            return others[index].y
        last = others[-1]
        return last.y + shown_height(last)

    def hover(self, p: Pointer) -> Qt.CursorShape | None:
        part, _lane = self._part_at(p)
        return {
            "toggle": Qt.CursorShape.PointingHandCursor,
            "resize": Qt.CursorShape.SizeVerCursor,
            "drag": Qt.CursorShape.OpenHandCursor,
        }.get(part)

    def double_click(self, p: Pointer) -> bool:
        g = self.header_at(p.scene_pos)
        if g is None or g.toggle.contains(p.scene_pos):
            return g is not None
        self.rename(g.lane_id, p.view)
        return True

    def context_menu(self, p: Pointer) -> bool:
        g = self.header_at(p.scene_pos)
        if g is None:
            return False
        self.lane_menu(g.lane_id, p.view).popup(p.global_pos)
        return True

    # -- commands ----------------------------------------------------------------------------
    def toggle(self, lane_id: str) -> None:
        lane = self.scene.board.lanes[lane_id]
        self.tools.run(lambda: tc.set_lane_collapsed(self.scene.board, lane_id, not lane.collapsed))

    def rename(self, lane_id: str, view: QGraphicsView | None = None) -> InlineEditor | None:
        view = view or self.tools.primary_view
        lane = self.scene.board.lanes.get(lane_id)
        if view is None or lane is None:
            return None
        if self.editor is not None and not self.editor.closed:
            self.editor.commit()
        g = self._geoms.get(lane_id) or self.geometry(lane)
        zoom = zoom_of(view)
        rect = QRectF(g.rect.right(), lane.y, 360 / zoom, LABEL_SIZE * 1.6)
        self.editor = InlineEditor(
            view, rect, lane.label,
            lambda text: self.tools.run(lambda: tc.rename_lane(self.scene.board, lane_id, text)),
            min_px=self.scene.handle_px,
        )
        return self.editor

    def recolor(self, lane_id: str, color: str) -> None:
        self.tools.run(lambda: tc.recolor_lane(self.scene.board, lane_id, color))

    def move_by(self, lane_id: str, step: int) -> None:
        order = [lane.id for lane in lane_order(self.scene.board.lanes.values())]
        index = order.index(lane_id) + step
        if 0 <= index < len(order):
            self.tools.run(lambda: tc.move_lane(self.scene.board, lane_id, index))

    def delete(self, lane_id: str) -> None:
        self.tools.run(lambda: tc.delete_lane(self.scene.board, lane_id))

    def lane_menu(self, lane_id: str, parent: QGraphicsView | None = None) -> QMenu:
        lane = self.scene.board.lanes[lane_id]
        menu = QMenu(parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(translate("Timeline", "Rename lane"), lambda: self.rename(lane_id, parent))
        colors = menu.addMenu(translate("Timeline", "Lane colour"))
        for name, color in LANE_COLORS:
            colors.addAction(swatch(color), _tr(name), lambda c=color: self.recolor(lane_id, c))
        colors.addAction(translate("Timeline", "Other colour…"),
                         lambda: self._pick_color(lane_id, parent))
        toggle_text = (translate("Timeline", "Expand lane") if lane.collapsed
                       else translate("Timeline", "Collapse lane"))
        menu.addAction(toggle_text, lambda: self.toggle(lane_id))
        menu.addAction(translate("Timeline", "Move lane up"), lambda: self.move_by(lane_id, -1))
        menu.addAction(translate("Timeline", "Move lane down"), lambda: self.move_by(lane_id, 1))
        menu.addSeparator()
        menu.addAction(translate("Timeline", "Delete lane (stickies stay)"),
                       lambda: self.delete(lane_id))
        return menu

    def _pick_color(self, lane_id: str, parent) -> None:
        lane = self.scene.board.lanes.get(lane_id)
        if lane is None:
            return
        title = translate("Timeline", "Lane colour")
        color = QColorDialog.getColor(QColor(lane.color), parent, title)
        if color.isValid():
            self.recolor(lane_id, color.name().upper())

    # -- following ---------------------------------------------------------------------------
    def view_changed(self, view: QGraphicsView) -> None:
        self.layout()

    def board_changed(self, changes: ChangeSet) -> None:
        if changes.touches("lanes") or changes.is_empty:
            self.layout()
