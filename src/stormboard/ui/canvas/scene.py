"""The board scene: mirrors a BoardSession's board as graphics items.

The scene owns no board state and makes no edit. Edits are made by its document controller
(``document.py``: ``commands`` -> ``session.execute``) and come back as a ChangeSet;
``_on_changes`` then updates only the items it names. Pointer input reaches no item: the
views feed the scene's input route (``input.py``), whose last tool is ``interactions``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

import shiboken6
from PySide6.QtCore import (
    QLineF,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneContextMenuEvent

from ...app.edit import ChangeSet
from ...app.session import BoardSession
from ...domain.board import Board
from ...domain.entities import Sticky
from . import style
from .blocks import BLOCK_ZOOM, SELF_PAINT_MAX, BlockLayer
from .decor import WALL_MARGIN, LaneItem, LinkItem, MilestoneItem, PivotalLineItem
from .document import BoardDocument
from .editor import StickyEditor
from .input import PLACE_KIND, STICKIES, InputRoute
from .interactions import PlaceKind, StickyInteractions
from .sticky_item import StickyItem

#: touch targets are at least this big on screen
TOUCH_TARGET_MM = 9.0


class BoardScene(QGraphicsScene):
    selection_changed_ids = Signal(list)
    #: a sentence for the status bar: a refused edit, an empty clipboard...
    message = Signal(str)
    #: text typed into a sticky was refused (over the limit); the sentence says why
    text_refused = Signal(str)
    #: right-click or long-press: (global screen position, scene position); selection is set
    context_menu_requested = Signal(QPoint, QPointF)
    #: id of the sticky whose text is being edited, or "" when editing ends
    editing_changed = Signal(str)

    def __init__(self, session: BoardSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.grid_size = 20.0
        self._grid_enabled = True
        #: the controller that makes every edit; the scene itself only mirrors (ADR 0114)
        self.document = BoardDocument(session, self, self)
        self.document.refused.connect(lambda sentence, _initiator: self.message.emit(sentence))
        self.interactions = StickyInteractions(self)
        #: the one input route every view of this scene feeds (ui/canvas/input.py, ADR 0115)
        self.route = InputRoute(self)
        self.route.add(PlaceKind(self), PLACE_KIND)
        self.route.add(self.interactions, STICKIES)
        self._stickies: dict[str, StickyItem] = {}
        self._lanes: dict[str, LaneItem] = {}
        self._milestones: dict[str, MilestoneItem] = {}
        self._pivotal: dict[str, PivotalLineItem] = {}
        self._links: dict[str, LinkItem] = {}
        self._links_by_sticky: dict[str, set[str]] = {}
        self._votes: dict[str, int] = {}
        self._editor: StickyEditor | None = None
        self._editing_id = ""
        self._selection_depth = 0
        #: the selected sticky ids last announced (a batch that changed nothing stays quiet)
        self._announced: list[str] | None = None
        self._selected_cache: list[StickyItem] | None = None
        self._block_mode = False
        self.single_selection = False
        self._block_painting: set[StickyItem] = set()
        #: callables (menu, scene position) that add entries to the wall's context menu; the
        #: view calls them before it shows the menu (the timeline tools add "Add lane here")
        self.menu_extenders: list = []
        self._content = QRectF()
        #: the stickies' own bounds, kept up to date per change set (see _extent_from)
        self._sticky_bounds: QRectF | None = None
        self._extent_rescan = True
        self._extent_grown = False
        screen = QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
        self.handle_px = TOUCH_TARGET_MM / 25.4 * dpi
        self._extent_timer = QTimer(self)
        self._extent_timer.setSingleShot(True)
        self._extent_timer.setInterval(0)
        self._extent_timer.timeout.connect(self._update_extent)
        self.blocks = BlockLayer()
        self.blocks.set_links(self._links.values())
        self.addItem(self.blocks)
        self._build()
        self._subscription = session.subscribe(self._on_changes)
        # a scene deleted without detach() must not be called by the session again
        self.destroyed.connect(lambda *_a, s=self._subscription: s.close())
        self.selectionChanged.connect(self._emit_selection)

    # -- model access -----------------------------------------------------------------------
    @property
    def board(self) -> Board:
        return self.session.board

    def now(self) -> float:
        return self.session.clock()

    def detach(self) -> None:
        """Stop following the session (the board is being closed)."""
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None

    # -- building and following the model ---------------------------------------------------
    def _build(self) -> None:
        board = self.board
        info = board.info
        for lane in board.lanes.values():
            self._add_lane(lane.id)
        for ms in board.milestones.values():
            self._add_milestone(ms.id)
        for s in board.stickies.values():
            item = StickyItem(s, info)
            self._stickies[s.id] = item
            self.addItem(item)
            if s.pivotal:
                self._set_pivotal_line(s)
        for link in board.links.values():
            self._add_link(link.id)
        self._refresh_votes()
        self._update_extent()

    def _on_changes(self, changes: ChangeSet) -> None:
        board = self.board
        info = board.info
        sticky_ids = changes.ids("stickies")
        removed = changes.removed.get("stickies", ())
        # deselected first, in one batch: removing a selected item makes Qt announce the
        # selection once per item (quadratic on delete-all, issue 12)
        leaving = [item for item in map(self._stickies.get, removed)
                   if item is not None and item.isSelected()]
        if leaving:
            with self.selection_batch():
                for item in leaving:
                    item.setSelected(False)
        gone: list[StickyItem] = []
        for sid in removed:
            item = self._stickies.pop(sid, None)
            if item is not None:
                if sid == self._editing_id:
                    self.end_text_edit()
                self._extent_from(item.sticky, None)
                self.removeItem(item)
                gone.append(item)
            self._set_pivotal_line(None, sid)
        changed: list[StickyItem] = []
        for sid in changes.added.get("stickies", ()):
            s = board.stickies[sid]
            item = StickyItem(s, info, self._block_mode)
            self._stickies[sid] = item
            self.addItem(item)
            self._extent_from(None, s)
            changed.append(item)
            self._set_pivotal_line(s)
        for sid in changes.updated.get("stickies", ()):
            s = board.stickies[sid]
            item = self._stickies.get(sid)
            if item is not None:
                self._extent_from(item.sticky, s)
                item.sync(s, info)
                changed.append(item)
            self._set_pivotal_line(s)
        if "info" in changes.updated:  # legend colours may have changed
            for sid, item in self._stickies.items():
                item.sync(board.stickies[sid], info)
        self._sync_records("lanes", changes, self._lanes, self._add_lane)
        self._sync_records("milestones", changes, self._milestones, self._add_milestone)
        link_ids = set(changes.ids("links"))
        for sid in sticky_ids:
            link_ids |= self._links_by_sticky.get(sid, set())
        for lid in link_ids:
            self._sync_link(lid)
        if (changes.touches("votes") or changes.touches("participants")
                or "workshop" in changes.updated or changes.added):
            self._refresh_votes()
        if "info" in changes.updated:
            self.blocks.invalidate()
        else:  # only the stickies named: one edit never rebuilds the whole layer (issue 12)
            self.blocks.forget(gone)
            self.blocks.refresh(changed)
        if changes.touches("lanes") or changes.touches("milestones"):
            self._extent_rescan = True
        if self._extent_rescan or self._extent_grown:
            self._extent_timer.start()

    def _sync_records(self, name: str, changes: ChangeSet, items: dict, add) -> None:
        coll = self.board.collection(name)
        for rid in changes.ids(name):
            record = coll.get(rid)
            item = items.get(rid)
            if record is None:
                if item is not None:
                    self.removeItem(items.pop(rid))
            elif item is None:
                add(rid)
            else:
                item.sync(record)

    def _add_lane(self, lane_id: str) -> None:
        item = LaneItem(self.board.lanes[lane_id])
        item.set_extent(self._content)
        self._lanes[lane_id] = item
        self.addItem(item)

    def _add_milestone(self, ms_id: str) -> None:
        item = MilestoneItem(self.board.milestones[ms_id])
        item.set_extent(self._content)
        self._milestones[ms_id] = item
        self.addItem(item)

    def _set_pivotal_line(self, sticky: Sticky | None, sticky_id: str = "") -> None:
        sid = sticky.id if sticky is not None else sticky_id
        line = self._pivotal.get(sid)
        if sticky is None or not sticky.pivotal:
            if line is not None:
                self.removeItem(self._pivotal.pop(sid))
            return
        if line is None:
            line = PivotalLineItem(sticky)
            line.set_extent(self._content)
            self._pivotal[sid] = line
            self.addItem(line)
        else:
            line.sync(sticky)

    def _add_link(self, link_id: str) -> None:
        item = LinkItem(self.board.links[link_id])
        # far out the block layer draws every link in a few calls (ADR 0202)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self._block_mode)
        self._links[link_id] = item
        self.addItem(item)
        self._sync_link(link_id)

    def _sync_link(self, link_id: str) -> None:
        link = self.board.links.get(link_id)
        item = self._links.get(link_id)
        if item is not None:  # forget the ends it had; the current ones are added below
            for end in (item.link.source_id, item.link.target_id):
                self._links_by_sticky.get(end, set()).discard(link_id)
        if link is None:
            if item is not None:
                self.removeItem(self._links.pop(link_id))
                self.blocks.invalidate_links()
            return
        if item is None:
            self._add_link(link_id)
            return
        for end in (link.source_id, link.target_id):
            self._links_by_sticky.setdefault(end, set()).add(link_id)
        item.sync(link, self._sticky_rect(link.source_id), self._sticky_rect(link.target_id))
        if self._block_mode:
            self.blocks.invalidate_links()

    def _sticky_rect(self, sticky_id: str) -> QRectF | None:
        s = self.board.stickies.get(sticky_id)
        return QRectF(s.x, s.y, s.width, s.height) if s is not None else None

    def _refresh_votes(self) -> None:
        # each revealed vote as its voter's colour, oldest first (style.VOTE_COLOR if unknown)
        colors: dict[str, list[str]] = {}
        if self.board.workshop.votes_revealed:
            people = self.board.participants
            for vote in sorted(self.board.votes.values(), key=lambda v: (v.created_at, v.id)):
                voter = people.get(vote.participant_id)
                colors.setdefault(vote.sticky_id, []).append(voter.color if voter else "")
        for sid in set(colors) | set(self._votes):
            item = self._stickies.get(sid)
            if item is not None:
                dots = tuple(colors.get(sid, ()))
                item.set_votes(len(dots), dots)
        self._votes = {sid: len(dots) for sid, dots in colors.items()}

    def resync(self, sticky_id: str) -> None:
        """Show the model's version of one sticky again (after a refused gesture)."""
        item = self._stickies.get(sticky_id)
        s = self.board.stickies.get(sticky_id)
        if item is not None and s is not None:
            item.sync(s, self.board.info)

    # -- extent ------------------------------------------------------------------------------
    def content_rect(self) -> QRectF:
        """The part of the wall with something on it (stickies, lanes, milestones)."""
        if self._extent_timer.isActive():  # a change is waiting to be measured: measure now,
            self._extent_timer.stop()  # so whoever asks sees the wall the next paint shows
            self._update_extent()
        return QRectF(self._content)

    def _extent_from(self, old: Sticky | None, new: Sticky | None) -> None:
        """Note one sticky's change for the extent: growing is a union; only a sticky that
        sat on the edge and moved or went asks for a rescan of every sticky (issue 12)."""
        if old is not None and new is not None and (old.x, old.y, old.width, old.height) == (
                new.x, new.y, new.width, new.height):
            return  # text, kind, colour: the extent cannot change
        bounds = self._sticky_bounds
        if old is not None and not _strictly_inside(old, bounds):
            self._extent_rescan = True
        if new is not None and not self._extent_rescan:
            rect = QRectF(new.x, new.y, new.width, new.height)
            if bounds is None or not bounds.contains(rect):
                self._sticky_bounds = rect if bounds is None else bounds.united(rect)
                self._extent_grown = True

    def _update_extent(self) -> None:
        board = self.board
        if self._extent_rescan or self._sticky_bounds is None:
            bounds = None
            if board.stickies:
                stickies = board.stickies.values()
                x0 = min(s.x for s in stickies)
                y0 = min(s.y for s in stickies)
                bounds = QRectF(x0, y0, max(s.x + s.width for s in stickies) - x0,
                                max(s.y + s.height for s in stickies) - y0)
            self._sticky_bounds = bounds
        self._extent_rescan = self._extent_grown = False
        xs0, ys0, xs1, ys1 = [], [], [], []
        if self._sticky_bounds is not None:
            b = self._sticky_bounds
            xs0.append(b.left())
            ys0.append(b.top())
            xs1.append(b.right())
            ys1.append(b.bottom())
        for lane in board.lanes.values():
            ys0.append(lane.y)
            ys1.append(lane.y + lane.height)
        for ms in board.milestones.values():
            xs0.append(ms.x)
            xs1.append(ms.x + 300)  # its label
        if not xs0 and not ys0:
            content = QRectF(0, 0, 1600, 1000)
        else:
            x0 = min(xs0) if xs0 else 0.0
            x1 = max(xs1) if xs1 else x0 + 1600
            y0 = min(ys0) if ys0 else 0.0
            y1 = max(ys1) if ys1 else y0 + 1000
            content = QRectF(x0, y0, max(x1 - x0, 1.0), max(y1 - y0, 1.0))
        if board.milestones:  # milestone labels sit above the wall's top edge
            content.setTop(content.top() - 70)
        self._content = content
        wall = content.adjusted(-WALL_MARGIN, -WALL_MARGIN, WALL_MARGIN, WALL_MARGIN)
        for group in (self._lanes, self._milestones, self._pivotal):
            for item in group.values():
                item.set_extent(wall)
        self.blocks.set_source(_Shown(self._stickies), content.adjusted(-300, -300, 300, 300))
        margin = max(2000.0, 0.5 * max(content.width(), content.height()))
        self.setSceneRect(content.adjusted(-margin, -margin, margin, margin))

    # -- selection ---------------------------------------------------------------------------
    def sticky_item(self, sticky_id: str) -> StickyItem | None:
        return self._stickies.get(sticky_id)

    def link_item(self, link_id: str) -> LinkItem | None:
        """The arrow drawn for a link (the timeline tools hit-test and highlight it)."""
        return self._links.get(link_id)

    def link_ids_of(self, sticky_id: str) -> frozenset[str]:
        """Links that start or end at a sticky."""
        return frozenset(self._links_by_sticky.get(sticky_id, ()))

    def selected_sticky_items(self) -> list[StickyItem]:
        # the selection as last announced; asked afresh only inside a batch, before the
        # announcement (converting 20,000 selected items to Python costs ~20 ms a time)
        if self._selection_depth == 0 and self._selected_cache is not None:
            return list(self._selected_cache)
        return [i for i in self.selectedItems() if isinstance(i, StickyItem)]

    def selected_sticky_ids(self) -> list[str]:
        if self._selection_depth == 0 and self._announced is not None:
            return list(self._announced)
        return [i.sticky_id for i in self.selected_sticky_items()]

    def select_ids(self, ids: Iterable[str]) -> None:
        wanted = {sid for sid in ids if sid in self._stickies}
        with self.selection_batch():
            for item in self.selected_sticky_items():
                if item.sticky_id not in wanted:
                    item.setSelected(False)
            for sid in wanted:
                self._stickies[sid].setSelected(True)

    def select_all(self) -> None:
        self.select_ids(self._stickies)

    @contextlib.contextmanager
    def selection_batch(self) -> Iterator[None]:
        """Change the selection item by item and announce it once, at the end.

        Qt emits ``selectionChanged`` for every item that changes; answering each by asking
        Qt for the whole selection made select-all, delete-all and their undo quadratic
        (issue 12). Inside a batch the scene's signals are blocked, so no Python slot runs per
        item; the one ``selectionChanged`` that ends the outermost batch is the only one.
        """
        self._selection_depth += 1
        before = self.blockSignals(True) if self._selection_depth == 1 else True
        try:
            yield
        finally:
            self._selection_depth -= 1
            if self._selection_depth == 0:
                self.blockSignals(before)
                if not before:
                    self.selectionChanged.emit()

    # -- level of detail ---------------------------------------------------------------------
    @property
    def block_mode(self) -> bool:
        return self._block_mode

    def update_block_mode(self) -> None:
        """Far out, stickies are drawn by the block layer, but only while EVERY view of this
        scene is far out (a presenter view may show the wall whole while the laptop's view is
        close up: then each sticky paints itself, with its own level of detail)."""
        zooms = [v.transform().m11() for v in self.views()]
        self._set_block_mode(bool(zooms) and max(zooms) < BLOCK_ZOOM)

    def _set_block_mode(self, on: bool) -> None:
        if on == self._block_mode:
            return
        self._block_mode = on
        self.blocks.active = on
        # every view repaints whole anyway; marked first, Qt skips marking each item dirty
        # below and processing 22,000 dirty items at the next frame (issue 12)
        self.update()
        flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        for item in self._stickies.values():
            item.setFlag(flag, on)
        for link in self._links.values():
            link.setFlag(flag, on)
        self._block_painting = set()
        self.blocks.paints_selected = False
        self.blocks.set_tinted([])
        self.blocks.invalidate()
        if on:  # the selection paints itself again, or is tinted by the layer when large
            self._selection_for_blocks(self.selected_sticky_items())

    @contextlib.contextmanager
    def full_detail(self) -> Iterator[None]:
        """Every sticky paints itself for the duration (rendering at another scale)."""
        was = self._block_mode
        if was:
            self._set_block_mode(False)
        try:
            yield
        finally:
            if was:
                self._set_block_mode(True)

    def render(self, painter: QPainter, target: QRectF | None = None,
               source: QRectF | None = None,
               mode: Qt.AspectRatioMode = Qt.AspectRatioMode.KeepAspectRatio) -> None:
        """QGraphicsScene.render at full detail: block mode belongs to the zoomed-out view."""
        with self.full_detail():
            super().render(painter, target or QRectF(), source or QRectF(), mode)

    def _selection_for_blocks(self, items: list[StickyItem]) -> None:
        # a few selected stickies paint themselves (highlight, drag preview); a large selection
        # is drawn by the block layer, tinted: thousands of paint() calls would take a second
        if not self._block_mode:
            return
        flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        blocks = self.blocks
        large = len(items) > SELF_PAINT_MAX
        selected = set() if large else set(items)
        for item in self._block_painting - selected:
            item.setFlag(flag, True)
        for item in selected - self._block_painting:
            item.setFlag(flag, False)
        changed = self._block_painting ^ selected
        self._block_painting = selected
        blocks.paints_selected = large
        blocks.set_tinted(items if large else [])
        blocks.refresh(changed)

    def _emit_selection(self) -> None:
        # cached for painting: asking Qt for the selection from every paint() is O(n^2)
        self._selected_cache = None
        selected = self.selected_sticky_items()
        self._selected_cache = selected
        self.single_selection = len(selected) == 1 and len(self.selectedItems()) == 1
        if self._block_mode:
            self._selection_for_blocks(selected)
        ids = [i.sticky.id for i in selected]
        before = self._announced
        # Qt's order is not stable: the same selection may come back in another order
        self._announced = ids
        if before is None or len(ids) != len(before) or set(ids) != set(before):
            self.selection_changed_ids.emit(list(ids))

    # -- grid --------------------------------------------------------------------------------
    @property
    def grid_enabled(self) -> bool:
        return self._grid_enabled

    @grid_enabled.setter
    def grid_enabled(self, value: bool) -> None:
        self._grid_enabled = bool(value)
        self.update()

    def snap(self, value: float) -> float:
        g = self.grid_size
        return round(value / g) * g if self._grid_enabled and g > 0 else value

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, style.WALL_COLOR)
        g = self.grid_size
        lod = painter.worldTransform().m11()
        if not self._grid_enabled or g <= 0:
            return
        while g * lod < 24:  # a light grid: lines at least 24 px apart (5x, 25x the step)
            g *= 5
            if g * lod < 4:
                return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(style.GRID_COLOR, 1)
        pen.setCosmetic(True)
        painter.setPen(pen)
        x = (rect.left() // g) * g
        lines = []
        while x <= rect.right():
            lines.append(QLineF(x, rect.top(), x, rect.bottom()))
            x += g
        y = (rect.top() // g) * g
        while y <= rect.bottom():
            lines.append(QLineF(rect.left(), y, rect.right(), y))
            y += g
        painter.drawLines(lines)

    # -- the document controller's edits, reached through the scene -------------------------
    # Kept so callers holding only the scene (menus, other branches' tests) still work; the
    # edits themselves live in ui/canvas/document.py and new code calls ``scene.document``.
    def create_sticky(self, kind_id: str, scene_pos: QPointF, edit_text: bool = True) -> str:
        return self.document.create_sticky(kind_id, scene_pos, edit_text)

    def delete_selection(self) -> None:
        self.document.delete_selection()

    def duplicate_selection(self) -> None:
        self.document.duplicate_selection()

    def copy_selection(self) -> None:
        self.document.copy_selection()

    def cut_selection(self) -> None:
        self.document.cut_selection()

    def paste(self, at: QPointF | None = None) -> None:
        self.document.paste(at)

    def nudge_selection(self, dx: float, dy: float) -> None:
        self.document.nudge_selection(dx, dy)

    def change_kind_of_selection(self, kind_id: str) -> None:
        self.document.change_kind_of_selection(kind_id)

    def set_color_of_selection(self, color: str | None) -> None:
        self.document.set_color_of_selection(color)

    def toggle_pivotal_of_selection(self) -> None:
        self.document.toggle_pivotal_of_selection()

    # -- the in-place text editor (its text goes to the document) ----------------------------
    def begin_text_edit(self, sticky_id: str, seal: bool = True) -> None:
        """Open the in-place editor; typing is one undo step (merged), sealed at the end."""
        self.end_text_edit()
        item = self._stickies.get(sticky_id)
        if item is None:
            return
        if self.session.read_only:
            self.message.emit(self.session.read_only_reason)
            return
        s = item.sticky
        from .text_render import renderer

        box, padding = style.text_box(style.kind_shape(s.kind), s.width, s.height)
        size = renderer().layout(s.text, box.width(), box.height(), padding).font_size
        if seal:
            self.session.seal()
        editor = StickyEditor(
            item,
            on_text=lambda text, sid=sticky_id: self.document.commit_text(sid, text),
            on_done=self.end_text_edit,
            font_px=max(round(size), 8),
            on_refused=self._text_refused,
        )
        self._editor = editor
        self._editing_id = sticky_id
        item.editing = True
        item.update()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setFocusItem(editor)
        self.editing_changed.emit(sticky_id)

    def _text_refused(self, sentence: str) -> None:
        self.text_refused.emit(sentence)
        self.message.emit(sentence)

    @property
    def editing_id(self) -> str:
        return self._editing_id

    def text_editor(self) -> StickyEditor | None:
        return self._editor

    def end_text_edit(self) -> None:
        editor, sid = self._editor, self._editing_id
        if editor is None:
            return
        self._editor = None
        self._editing_id = ""
        editor.finish()  # marks it closed so its focus-out does not call us again
        item = self._stickies.get(sid)
        if item is not None:
            item.editing = False
            item.update()
        editor.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        editor.hide()
        # removed once its own event handler (focus-out, key press) has returned
        QTimer.singleShot(0, self, lambda e=editor: self._dispose(e))
        self.session.seal()
        self.editing_changed.emit("")

    def _dispose(self, editor: StickyEditor) -> None:
        # the sticky it sat on may be gone already (undo), taking its child with it
        if shiboken6.isValid(editor) and editor.scene() is self:
            self.removeItem(editor)

    # -- context menu ------------------------------------------------------------------------
    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        super().contextMenuEvent(event)
        if not event.isAccepted():
            self.clearSelection()
            self.context_menu_requested.emit(event.screenPos(), event.scenePos())
            event.accept()


def _strictly_inside(s: Sticky, bounds: QRectF | None) -> bool:
    return bounds is not None and (
        s.x > bounds.left() and s.y > bounds.top()
        and s.x + s.width < bounds.right() and s.y + s.height < bounds.bottom())


class _Shown:
    """The sticky items the block layer paints: those not hidden (a collapsed lane hides its
    stickies), read afresh each time the layer rebuilds."""

    def __init__(self, items: dict[str, StickyItem]) -> None:
        self._items = items

    def __iter__(self) -> Iterator[StickyItem]:
        return (item for item in self._items.values() if item.isVisible())

