"""Placing a new lane (at a clicked y) or milestone (at a clicked x): an action arms the tool,
the next tap on the wall places it, and its label editor opens at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, Qt
from PySide6.QtGui import QColor, QCursor, QKeyEvent, QPen
from PySide6.QtWidgets import QGraphicsLineItem

from ...app import timeline_commands as tc
from ...domain.entities import new_id
from .common import LANE, MILESTONE, Pointer, visible_rect, zoom_of
from .overlays import ACCENT, HANDLE_Z
from .tools import Tool

DEFAULT_LANE_HEIGHT = 260.0

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


class PlacementTool(Tool):
    def __init__(self, tools) -> None:
        super().__init__(tools)
        self.mode = ""
        self.guide = QGraphicsLineItem()
        pen = QPen(QColor(ACCENT), 3, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.guide.setPen(pen)
        self.guide.setZValue(HANDLE_Z)
        self.guide.setVisible(False)
        self.guide.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.scene.addItem(self.guide)

    def start(self, mode: str) -> None:
        """Arm: the next tap on the wall places a lane or a milestone."""
        self.mode = mode
        for view in self.tools.views:
            view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.tools.message.emit(
            translate("Timeline", "Tap the wall where the new lane should start.") if mode == LANE
            else translate("Timeline", "Tap the wall where the milestone should go.")
        )

    def stop(self) -> None:
        if self.mode:
            self.mode = ""
            self.guide.setVisible(False)
            for view in self.tools.views:
                view.viewport().unsetCursor()

    @property
    def armed(self) -> bool:
        return bool(self.mode)

    def hover(self, p: Pointer) -> Qt.CursorShape | None:
        if not self.mode:
            return None
        area = visible_rect(p.view)
        if self.mode == LANE:
            y = self._lane_top(p.scene_pos.y())
            line = QLineF(area.left(), y, area.right(), y)
        else:
            x = self.scene.snap(p.scene_pos.x())
            line = QLineF(x, area.top(), x, area.bottom())
        self.guide.setLine(line)
        self.guide.setVisible(True)
        return Qt.CursorShape.CrossCursor

    def _lane_top(self, y: float) -> float:
        """Inside a lane, a new lane goes above or below it (it cannot split one)."""
        board = self.scene.board
        lane_id = tc.lane_at_point(board, y)
        if lane_id is None:
            return self.scene.snap(y)
        lane = board.lanes[lane_id]
        return lane.y if y < lane.y + lane.height / 2 else lane.y + lane.height

    def claims(self, p: Pointer) -> bool:
        return bool(self.mode)

    def press(self, p: Pointer) -> bool:
        mode = self.mode
        self.stop()
        self.place(mode, p)
        return True

    def place(self, mode: str, p: Pointer) -> None:
        """Add a lane (top at the point's y) or a milestone (at its x) and open its label."""
        board = self.scene.board
        if mode == LANE:
            lane_id = new_id()
            y = self._lane_top(p.scene_pos.y())
            label = translate("Timeline", "New lane")
            if self.tools.run(lambda: tc.add_lane(board, label, y, DEFAULT_LANE_HEIGHT,
                                                  lane_id=lane_id)):
                self.tools.lanes.rename(lane_id, p.view)
        else:
            ms_id = new_id()
            x = self.scene.snap(p.scene_pos.x())
            label = translate("Timeline", "Milestone")
            if self.tools.run(lambda: tc.add_milestone(board, label, x, milestone_id=ms_id)):
                self.tools.milestones.rename(ms_id, p.view)

    def release(self, p: Pointer) -> None:
        pass

    def wants_key(self, event: QKeyEvent) -> bool:
        return bool(self.mode) and event.key() in (
            Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def key(self, event: QKeyEvent) -> bool:
        if not self.wants_key(event):
            return False
        view = self.tools.primary_view
        if event.key() == Qt.Key.Key_Escape or view is None:
            self.stop()
            return True
        # keyboard: place where the pointer is over the wall, else in the middle of the view
        vp = view.viewport()
        pos = vp.mapFromGlobal(QCursor.pos())
        if not vp.rect().contains(pos):
            pos = vp.rect().center()
        self.press(Pointer(view, pos, view.mapToScene(pos), vp.mapToGlobal(pos),
                           zoom_of(view)))
        return True


__all__ = ["LANE", "MILESTONE", "PlacementTool"]
