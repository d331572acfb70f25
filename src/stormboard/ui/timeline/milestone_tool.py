"""Temporal milestones: drag the line (or its label) to move it, double-click to rename, and a
context menu to rename, recolour or delete it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QGraphicsView, QMenu

from ...app import timeline_commands as tc
from ...domain.entities import Milestone
from ..canvas.decor import LABEL_SIZE
from .common import Pointer, label_layout, sticky_at, zoom_of
from .inline_editor import InlineEditor
from .lane_tool import swatch
from .tools import Tool

MILESTONE_COLORS = (
    (QT_TRANSLATE_NOOP("Timeline", "Blue"), "#90CAF9"),
    (QT_TRANSLATE_NOOP("Timeline", "Teal"), "#80CBC4"),
    (QT_TRANSLATE_NOOP("Timeline", "Amber"), "#FFD54F"),
    (QT_TRANSLATE_NOOP("Timeline", "Red"), "#EF9A9A"),
    (QT_TRANSLATE_NOOP("Timeline", "Grey"), "#B0BEC5"),
)

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


class MilestoneTool(Tool):
    def __init__(self, tools) -> None:
        super().__init__(tools)
        self._id = ""
        self._offset = 0.0
        self.editor: InlineEditor | None = None

    def label_rect(self, m: Milestone) -> QRectF:
        """Where the canvas writes the milestone's label (MilestoneItem.label_top)."""
        _layout, width = label_layout(m.label, LABEL_SIZE)
        top = self.scene.content_rect().top() + 8
        return QRectF(m.x + 10, top, min(width, 880), LABEL_SIZE * 1.3)

    def milestone_at(self, p: Pointer) -> str:
        if sticky_at(p.view, p.pos) is not None:
            return ""
        half = p.px(self.scene.handle_px) / 2
        best, best_d = "", half
        for m in self.scene.board.milestones.values():
            d = abs(p.scene_pos.x() - m.x)
            if d <= best_d:
                best, best_d = m.id, d
            elif not best and self.label_rect(m).contains(p.scene_pos):
                best = m.id
        return best

    def claims(self, p: Pointer) -> bool:
        return bool(self.milestone_at(p))

    def press(self, p: Pointer) -> bool:
        self._id = self.milestone_at(p)
        m = self.scene.board.milestones.get(self._id)
        if m is None:
            return False
        self._offset = p.scene_pos.x() - m.x
        self.scene.session.seal()
        return True

    def move(self, p: Pointer) -> None:
        m = self.scene.board.milestones.get(self._id)
        if m is None:
            return
        x = self.scene.snap(p.scene_pos.x() - self._offset)
        if x != m.x:  # each step lands at once and merges into one undo step
            self.tools.run(lambda: tc.move_milestone(self.scene.board, m.id, x), seal=False)

    def release(self, p: Pointer) -> None:
        self._id = ""
        self.scene.session.seal()

    def cancel(self) -> None:
        self.release(None)  # type: ignore[arg-type]

    def hover(self, p: Pointer) -> Qt.CursorShape | None:
        return Qt.CursorShape.SizeHorCursor if self.milestone_at(p) else None

    def double_click(self, p: Pointer) -> bool:
        ms_id = self.milestone_at(p)
        if ms_id:
            self.rename(ms_id, p.view)
        return bool(ms_id)

    def context_menu(self, p: Pointer) -> bool:
        ms_id = self.milestone_at(p)
        if ms_id:
            self.milestone_menu(ms_id, p.view).popup(p.global_pos)
        return bool(ms_id)

    # -- commands ----------------------------------------------------------------------------
    def rename(self, ms_id: str, view: QGraphicsView | None = None) -> InlineEditor | None:
        view = view or self.tools.primary_view
        m = self.scene.board.milestones.get(ms_id)
        if view is None or m is None:
            return None
        if self.editor is not None and not self.editor.closed:
            self.editor.commit()
        rect = self.label_rect(m)
        rect.setWidth(max(rect.width(), 320 / zoom_of(view)))
        self.editor = InlineEditor(
            view, rect, m.label,
            lambda text: self.tools.run(lambda: tc.rename_milestone(self.scene.board, ms_id, text)),
            min_px=self.scene.handle_px,
        )
        return self.editor

    def recolor(self, ms_id: str, color: str) -> None:
        self.tools.run(lambda: tc.recolor_milestone(self.scene.board, ms_id, color))

    def delete(self, ms_id: str) -> None:
        self.tools.run(lambda: tc.delete_milestone(self.scene.board, ms_id))

    def milestone_menu(self, ms_id: str, parent: QGraphicsView | None = None) -> QMenu:
        menu = QMenu(parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(translate("Timeline", "Rename milestone"),
                       lambda: self.rename(ms_id, parent))
        colors = menu.addMenu(translate("Timeline", "Milestone colour"))
        for name, color in MILESTONE_COLORS:
            colors.addAction(swatch(color), _tr(name), lambda c=color: self.recolor(ms_id, c))
        colors.addAction(translate("Timeline", "Other colour…"),
                         lambda: self._pick_color(ms_id, parent))
        menu.addSeparator()
        menu.addAction(translate("Timeline", "Delete milestone"), lambda: self.delete(ms_id))
        return menu

    def _pick_color(self, ms_id: str, parent) -> None:
        m = self.scene.board.milestones.get(ms_id)
        if m is None:
            return
        title = translate("Timeline", "Milestone colour")
        color = QColorDialog.getColor(QColor(m.color), parent, title)
        if color.isValid():
            self.recolor(ms_id, color.name().upper())
