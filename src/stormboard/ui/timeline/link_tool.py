"""Links between stickies: drag from the round handle on a sticky's edge to another sticky to
link them (the first kind the notation allows), tap a link to select it, Delete removes it,
double-click or the context menu edits its label or kind."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QMenu

from ...app import timeline_commands as tc
from ...app.edit import ChangeSet
from ...domain.entities import LinkKind, new_id
from ...domain.errors import DomainError
from ..canvas.decor import _edge_point
from ..error_text import sentence
from .common import Pointer, link_item, sticky_at, zoom_of
from .inline_editor import InlineEditor
from .overlays import LinkHandle, LinkHighlight, LinkRubber
from .tools import Tool

KIND_NAMES = {
    LinkKind.LEADS_TO: QT_TRANSLATE_NOOP("Timeline", "Leads to"),
    LinkKind.TRIGGERS: QT_TRANSLATE_NOOP("Timeline", "Triggers"),
    LinkKind.RELATES_TO: QT_TRANSLATE_NOOP("Timeline", "Relates to"),
}

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def kind_name(kind: LinkKind) -> str:
    return _tr(KIND_NAMES[kind])


def _distance(line: QLineF, p: QPointF) -> float:
    """Distance from a point to a segment."""
    d = line.p2() - line.p1()
    length2 = d.x() ** 2 + d.y() ** 2
    if length2 == 0:
        return QLineF(line.p1(), p).length()
    t = max(0.0, min(1.0, QPointF.dotProduct(p - line.p1(), d) / length2))
    return QLineF(line.p1() + d * t, p).length()


class LinkTool(Tool):
    def __init__(self, tools) -> None:
        super().__init__(tools)
        self.handle = LinkHandle()
        self.rubber = LinkRubber()
        self.highlight = LinkHighlight()
        for item in (self.handle, self.rubber, self.highlight):
            self.scene.addItem(item)
        self.selected_link = ""
        self._source = ""
        self._mode = ""
        self.editor: InlineEditor | None = None

    # -- the handle --------------------------------------------------------------------------
    def handle_rect(self, sticky_id: str, zoom: float) -> QRectF | None:
        s = self.scene.board.stickies.get(sticky_id)
        if s is None:
            return None
        d = self.scene.handle_px / max(zoom, 1e-6)
        d = min(d, max(s.height, 24.0))  # never taller than a small sticky at close zoom
        cx = s.x + s.width + d * 0.3  # straddles the right edge, mostly outside it
        return QRectF(cx - d / 2, s.y + s.height / 2 - d / 2, d, d)

    def _show_handle(self, sticky_id: str, view: QGraphicsView) -> None:
        rect = self.handle_rect(sticky_id, zoom_of(view)) if sticky_id else None
        if rect is None or self.scene.session.read_only:
            self.handle.hide_handle()
        else:
            self.handle.show_at(sticky_id, rect)

    def _selected_one(self) -> str:
        ids = self.scene.selected_sticky_ids()
        return ids[0] if len(ids) == 1 else ""

    def selection_changed(self) -> None:
        if self.scene.selected_sticky_ids():
            self.select_link("")
        view = self.tools.primary_view
        if view is not None and self._mode != "draw":
            self._show_handle(self._selected_one() or self.handle.sticky_id, view)

    def pointer_left(self) -> None:
        view = self.tools.primary_view
        if view is not None and self._mode != "draw":
            self._show_handle(self._selected_one(), view)

    def _on_handle(self, p: Pointer) -> bool:
        return self.handle.isVisible() and self.handle.boundingRect().contains(p.scene_pos)

    def hover(self, p: Pointer) -> Qt.CursorShape | None:
        if self._on_handle(p):
            return Qt.CursorShape.CrossCursor
        item = sticky_at(p.view, p.pos)
        self._show_handle(item.sticky_id if item is not None else self._selected_one(), p.view)
        if item is None and self.link_at(p):
            return Qt.CursorShape.PointingHandCursor
        return None

    # -- pointer -----------------------------------------------------------------------------
    def link_at(self, p: Pointer) -> str:
        if sticky_at(p.view, p.pos) is not None:
            return ""
        best, best_d = "", p.px(self.scene.handle_px) / 2
        for lid in self.scene.board.links:
            item = link_item(self.scene, lid)
            if item is None or not item.isVisible() or item.line.isNull():
                continue
            d = _distance(item.line, p.scene_pos)
            if d <= best_d:
                best, best_d = lid, d
        return best

    def claims(self, p: Pointer) -> bool:
        return self._on_handle(p) or bool(self.link_at(p))

    def press(self, p: Pointer) -> bool:
        if self._on_handle(p):
            self._mode = "draw"
            self._source = self.handle.sticky_id
            self._update_rubber(p)
            return True
        lid = self.link_at(p)
        self._mode = "select"
        self.scene.clearSelection()
        self.select_link(lid)
        return True

    def _target_at(self, p: Pointer) -> str:
        item = sticky_at(p.view, p.pos)
        if item is None or item.sticky_id == self._source:
            return ""
        return item.sticky_id

    def _update_rubber(self, p: Pointer) -> None:
        board = self.scene.board
        src = board.stickies.get(self._source)
        if src is None:
            return
        src_rect = QRectF(src.x, src.y, src.width, src.height)
        target = self._target_at(p)
        dst = board.stickies.get(target) if target else None
        if dst is not None:
            dst_rect = QRectF(dst.x, dst.y, dst.width, dst.height)
            end = _edge_point(dst_rect, src_rect.center())
        else:
            dst_rect = None
            end = p.scene_pos
        self.rubber.set_line(QLineF(_edge_point(src_rect, end), end), dst_rect)

    def move(self, p: Pointer) -> None:
        if self._mode == "draw":
            self._update_rubber(p)

    def release(self, p: Pointer) -> None:
        mode, self._mode = self._mode, ""
        self.rubber.setVisible(False)
        if mode == "draw":
            target = self._target_at(p)
            if target:
                self.link(self._source, target)
            self._source = ""
            self._show_handle(self._selected_one(), p.view)

    def cancel(self) -> None:
        self._mode = ""
        self._source = ""
        self.rubber.setVisible(False)

    def double_click(self, p: Pointer) -> bool:
        lid = self.link_at(p)
        if lid:
            self.select_link(lid)
            self.edit_label(lid, p.view)
        return bool(lid)

    def context_menu(self, p: Pointer) -> bool:
        lid = self.link_at(p)
        if lid:
            self.scene.clearSelection()
            self.select_link(lid)
            self.link_menu(lid, p.view).popup(p.global_pos)
        return bool(lid)

    def wants_key(self, event: QKeyEvent) -> bool:
        return bool(self.selected_link) and event.key() in (
            Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

    def key(self, event: QKeyEvent) -> bool:
        if self.wants_key(event):
            self.delete(self.selected_link)
            return True
        if event.key() == Qt.Key.Key_Escape and self.selected_link:
            self.select_link("")
        return False

    # -- commands ----------------------------------------------------------------------------
    def link(self, source_id: str, target_id: str) -> str:
        """Link two stickies with the first kind the notation allows; the new link's id."""
        board = self.scene.board
        src, dst = board.stickies[source_id], board.stickies[target_id]
        error = ""
        for kind in tc.allowed_link_kinds(src.kind, dst.kind):
            link_id = new_id()
            try:
                # raw execute: a refusal here means "try the next kind", not a report
                self.scene.session.execute(
                    tc.add_link(board, source_id, target_id, kind, link_id=link_id))
            except DomainError as refused:  # already linked that way: try the next kind
                error = error or sentence(refused)
                continue
            finally:
                self.scene.session.seal()
            self.scene.clearSelection()
            self.select_link(link_id)
            return link_id
        self.tools.message.emit(error)
        return ""

    def select_link(self, link_id: str) -> None:
        self.selected_link = link_id if link_id in self.scene.board.links else ""
        self._update_highlight()

    def _update_highlight(self) -> None:
        item = link_item(self.scene, self.selected_link)
        self.highlight.set_line(item.line if item is not None else None)

    def delete(self, link_id: str) -> None:
        if self.tools.run(lambda: tc.delete_link(self.scene.board, link_id)):
            self.select_link("")

    def set_kind(self, link_id: str, kind: LinkKind) -> None:
        self.tools.run(lambda: tc.set_link_kind(self.scene.board, link_id, kind))

    def edit_label(self, link_id: str, view: QGraphicsView | None = None) -> InlineEditor | None:
        view = view or self.tools.primary_view
        item = link_item(self.scene, link_id)
        link = self.scene.board.links.get(link_id)
        if view is None or item is None or link is None:
            return None
        if self.editor is not None and not self.editor.closed:
            self.editor.commit()
        zoom = zoom_of(view)
        mid = item.line.center()
        w, h = 280 / zoom, self.scene.handle_px / zoom
        self.editor = InlineEditor(
            view, QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h), link.label,
            lambda text: self.tools.run(lambda: tc.relabel_link(self.scene.board, link_id, text)),
            min_px=self.scene.handle_px,
        )
        return self.editor

    def link_menu(self, link_id: str, parent: QGraphicsView | None = None) -> QMenu:
        board = self.scene.board
        link = board.links[link_id]
        menu = QMenu(parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(translate("Timeline", "Edit link label"),
                       lambda: self.edit_label(link_id, parent))
        kinds = menu.addMenu(translate("Timeline", "Link kind"))
        src, dst = board.stickies.get(link.source_id), board.stickies.get(link.target_id)
        if src is not None and dst is not None:
            for kind in tc.allowed_link_kinds(src.kind, dst.kind):
                action = kinds.addAction(kind_name(kind), lambda k=kind: self.set_kind(link_id, k))
                action.setCheckable(True)
                action.setChecked(kind == link.kind)
        menu.addSeparator()
        menu.addAction(translate("Timeline", "Delete link"), lambda: self.delete(link_id))
        return menu

    # -- following ---------------------------------------------------------------------------
    def stickies_dragged(self) -> None:
        if not self.tools.detached:
            self.follow_drag()

    def follow_drag(self) -> None:
        """While stickies are dragged (before the model hears of it), their arrows follow the
        items; the release's change set then syncs every arrow from the model."""
        scene = self.scene
        if not scene.interactions.active:
            return
        moved = {}
        for item in scene.selected_sticky_items():
            s = item.sticky
            if (item.pos().x(), item.pos().y()) != (s.x, s.y):
                moved[s.id] = QRectF(item.pos().x(), item.pos().y(), s.width, s.height)
        if not moved:
            return
        board = scene.board
        link_ids = set().union(*(scene.link_ids_of(sid) for sid in moved))
        for lid in link_ids:
            link, item = board.links.get(lid), link_item(scene, lid)
            if link is None or item is None:
                continue
            ends = []
            for sid in (link.source_id, link.target_id):
                s = board.stickies.get(sid)
                ends.append(moved.get(sid) or (QRectF(s.x, s.y, s.width, s.height)
                                               if s is not None else None))
            scene.follow_link(item, link, ends[0], ends[1])
        if self.selected_link in link_ids:
            self._update_highlight()

    def board_changed(self, changes: ChangeSet) -> None:
        if self.selected_link and self.selected_link not in self.scene.board.links:
            self.selected_link = ""
        if self.selected_link:
            self._update_highlight()
        else:
            self.highlight.setVisible(False)
        sid = self.handle.sticky_id
        view = self.tools.primary_view
        if sid and view is not None and changes.touches("stickies"):
            self._show_handle(sid if sid in self.scene.board.stickies else "", view)

    def view_changed(self, view: QGraphicsView) -> None:
        if self.handle.sticky_id:
            self._show_handle(self.handle.sticky_id, view)
