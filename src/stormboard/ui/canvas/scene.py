"""The board scene: mirrors a BoardSession's board as graphics items.

The scene owns no board state and makes no edit. Edits are made by its document controller
(``document.py``: ``commands`` -> ``session.execute``) and come back as a ChangeSet;
``_on_changes`` then updates only the items it names. Pointer input reaches no item: the
views feed the scene's input route (``input.py``), whose last tool is ``interactions``.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import itertools
import math
import operator
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
from ...domain.entities import Link, Sticky
from ..error_text import sentence
from . import style
from .blocks import BLOCK_ZOOM, SELF_PAINT_MAX, BlockLayer
from .decor import LINK_Z, WALL_MARGIN, LaneItem, LinkItem, MilestoneItem, PivotalLineItem
from .document import BoardDocument
from .editor import StickyEditor
from .extent import RESCAN_SHARE, StickyExtent
from .input import PLACE_KIND, STICKIES, InputRoute
from .interactions import PlaceKind, StickyInteractions
from .kept_items import KeptItems
from .sticky_item import STICKY_OF, StickyItem

#: touch targets are at least this big on screen
TOUCH_TARGET_MM = 9.0
#: a removal of this many stickies or more hides them first (ADR 0222)
HIDE_AT = 200
#: what a view shows is widened by this (scene units) when its items are switched to paint
#: themselves: Qt paints an item whose bounds come within a pixel or two of the exposed area
LAZY_MARGIN = 40.0
#: arrows are grouped by the cell of the wall their middle lies in (scene units), and a
#: group's bounds grow with this much room (ADR 0236)
LINK_CELL = 4000.0
LINK_ROOM = 400.0
#: a wall of this many stickies or more is moved out of the cyclic collector's reach once
#: built (gc.freeze, ADR 0221): a full collection would walk all its objects
FREEZE_AT = 5_000
#: the live scenes that froze the collector: gc.freeze is one switch for the whole process,
#: so the last of them to go unfreezes, and a board switch re-freezes what stays (ADR 0221)
_frozen_scenes: set[int] = set()


class BoardScene(QGraphicsScene):
    #: the ids of the selected stickies, once per change of the selection. ``object``, not
    #: ``list``: Qt would copy 20,000 ids into a QVariantList and back for each slot (8 ms
    #: each on a select-all, ADR 0242)
    selection_changed_ids = Signal(object)
    #: a sentence for the status bar: a refused edit, an empty clipboard...
    message = Signal(str)
    #: text typed into a sticky was refused (over the limit); the sentence says why
    text_refused = Signal(str)
    #: right-click or long-press: (global screen position, scene position); selection is set
    context_menu_requested = Signal(QPoint, QPointF)
    #: id of the sticky whose text is being edited, or "" when editing ends
    editing_changed = Signal(str)
    #: the part of the wall with something on it changed (content_rect()); the scene
    #: rectangle, which stays put while the wall moves inside it, is already updated
    extent_changed = Signal(QRectF)
    #: a large wall is frozen out of the cyclic collector's reach; a throwaway scene (export,
    #: print) is not (ADR 0221)
    freezes_collector = True

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
        #: the selection select_ids just made, as (items, their ids): its batch's announcement
        #: uses it
        self._selection_hint: tuple[list[StickyItem], list[str]] | None = None
        self._block_mode = False
        self.single_selection = False
        self._block_painting: set[StickyItem] = set()
        #: close up, the items that paint themselves once block mode was left: the rest still
        #: carry its ItemHasNoContents and are switched as a view comes to show them (ADR 0230);
        #: None while every item paints (block mode never entered yet)
        self._painting: set[QGraphicsItem] | None = None
        self._frozen = False
        #: items of the latest removal, kept for its undo (ADR 0222)
        self._kept = KeptItems(self)
        self._kept.settled.connect(self._extent_timer_start)
        #: ids whose item must not be kept (an editor may still hang on it)
        self._unkept: set[str] = set()
        #: the stickies' edges when the latest removal took the whole wall (its undo)
        self._kept_extent: tuple[list[float], list[int]] | None = None
        #: StickyItems built since the wall was (counted by the tests: an undo reuses)
        self.items_built = 0
        #: items switched to paint themselves since block mode was left (counted by tests)
        self.contents_shown = 0
        #: callables (menu, scene position) that add entries to the wall's context menu; the
        #: view calls them before it shows the menu (the timeline tools add "Add lane here")
        self.menu_extenders: list = []
        self._content = QRectF()
        self._rect_set = False
        #: the stickies' own bounds, kept up to date per change set (ADR 0224)
        self._extent = StickyExtent()
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
        #: the arrows' parents, one per cell of the wall: they keep them out of Qt's index
        #: (ADR 0236)
        self.link_layers: dict[tuple[int, int], LinkLayer] = {}
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
        self._kept.clear()
        if self._frozen:  # its objects may be collected again (ADR 0221)
            self._frozen = False
            _frozen_scenes.discard(id(self))
            gc.unfreeze()
            if _frozen_scenes:  # another wall stays open (a board switch builds it first):
                QTimer.singleShot(0, _refreeze)  # freeze it again once this one is dropped

    # -- building and following the model ---------------------------------------------------
    def _build(self) -> None:
        board = self.board
        info = board.info
        for lane in board.lanes.values():
            self._add_lane(lane.id)
        for ms in board.milestones.values():
            self._add_milestone(ms.id)
        # a large wall is first shown whole (the window fits it): its items start as leaving
        # block mode leaves them, switched as a view shows them close up (ADR 0230), so the
        # fit's entering block mode flips none of 22,000 (ADR 0246)
        far = len(board.stickies) >= FREEZE_AT and self.freezes_collector
        if far:
            self._painting = set()
        for s in board.stickies.values():
            item = StickyItem(s, info, far)
            self.items_built += 1
            self._stickies[s.id] = item
            self.addItem(item)
            if s.pivotal:
                self._set_pivotal_line(s)
        self._sync_links(list(board.links), far_out=far)
        self._refresh_votes()
        self._update_extent()
        if len(self._stickies) >= FREEZE_AT and self.freezes_collector:
            gc.freeze()
            self._frozen = True
            _frozen_scenes.add(id(self))

    def _on_changes(self, changes: ChangeSet) -> None:
        board = self.board
        info = board.info
        sticky_ids = changes.ids("stickies")
        removed = changes.removed.get("stickies", ())
        gone = self._remove_stickies(removed) if removed else []
        everything = bool(gone) and not self._stickies  # every block of the layer is gone
        added = changes.added.get("stickies", ())
        back = self._add_stickies(added) if added else []
        changed: list[StickyItem] = []
        for sid in changes.updated.get("stickies", ()):
            s = board.stickies[sid]
            item = self._stickies.get(sid)
            if item is not None:
                self._extent.change(item.record, s)  # not a resize preview's size
                item.sync(s, info)
                changed.append(item)
            self._set_pivotal_line(s)
        if "info" in changes.updated:  # legend colours may have changed
            for sid, item in self._stickies.items():
                item.sync(board.stickies[sid], info)
        self._sync_records("lanes", changes, self._lanes, self._add_lane)
        self._sync_records("milestones", changes, self._milestones, self._add_milestone)
        link_ids = set(changes.ids("links"))
        by_sticky = self._links_by_sticky
        for ends in filter(None, map(by_sticky.get, sticky_ids)):  # the empty ones in C
            link_ids |= ends
        if link_ids:
            self._sync_links(link_ids)
        if (changes.touches("votes") or changes.touches("participants")
                or "workshop" in changes.updated or changes.added):
            self._refresh_votes()
        if "info" in changes.updated:
            self.blocks.invalidate()
        else:  # only the stickies named: one edit never rebuilds the whole layer (issue 12)
            self.blocks.forget(gone, everything)
            self.blocks.restore(back)
            self.blocks.refresh(changed)
        extent = self._extent
        if extent.stale or extent.grown or changes.touches("lanes") \
                or changes.touches("milestones"):
            self._extent_timer.start()
        if self._frozen and len(gone) + len(back) + len(changed) >= FREEZE_AT:
            # a bulk change made tens of thousands of lasting objects (records, the history's
            # puts): frozen with the wall, as its own were, or the collections after it walk
            # them all (8 ms, and 31 ms when a full one falls due; ADR 0241). Detach unfreezes.
            gc.freeze()

    def _remove_stickies(self, removed: frozenset[str]) -> list[StickyItem]:
        """Take the items of removed stickies off the wall, in the order they were added (Qt
        finds each in its lists from the front: a random order took 2.5x as long, and walking
        20,000 items out of the order they lie in memory doubles every call, ADR 0233). They
        are kept for an undo that brings them back (``_add_stickies``); many are only hidden,
        and leave the scene a chunk at a time later (ADR 0222)."""
        items = self._stickies
        whole = len(removed) >= len(items) and removed.issuperset(items)  # in C
        if whole:
            ordered = list(items)
        elif len(removed) * 4 >= len(items):  # a bulk removal: one pass in insertion order
            ordered = [sid for sid in items if sid in removed]
        else:
            ordered = [sid for sid in removed if sid in items]
        gone = list(items.values()) if whole else [items[sid] for sid in ordered]
        if self._editing_id in removed:
            self.end_text_edit()
        if whole and not self._extent.stale and self._extent.edges is not None:
            self._kept_extent = (list(self._extent.edges), list(self._extent.counts))
        else:
            self._kept_extent = None
        if len(gone) > RESCAN_SHARE * len(items):
            self._extent.stale = True  # one scan of what is left beats a test per item
        else:
            leave = self._extent.leave
            for item in gone:
                leave(item.sticky)
        for sid in [sid for sid in self._pivotal if sid in removed]:
            self._set_pivotal_line(None, sid)
        kept = self._kept
        kept.retire()
        kept.info = self.board.info
        keep = kept.items
        # the selection as last announced says whether any of them is selected, without a
        # question to Qt per item; hiding or removing a selected item deselects it, and
        # inside a batch that is announced once (quadratic on delete-all otherwise, issue 12)
        selected = self._selected_cache if self._selection_depth == 0 else None
        if selected is None:
            selecting = any(item.isSelected() for item in gone)
        else:
            selecting = any(item.sticky.id in removed for item in selected)
        everything = gone
        with self.selection_batch() if selecting else contextlib.nullcontext():
            unkept = [sid for sid in self._unkept if sid in removed]
            for sid in unkept:  # its editor may still hang on it: let go at once
                self.removeItem(items.pop(sid))
            if unkept:
                ordered = [sid for sid in ordered if sid in items]
                gone = [items[sid] for sid in ordered]
            if whole and not unkept:
                keep.update(items)
                items.clear()
            else:
                pop = items.pop
                for sid in ordered:
                    keep[sid] = pop(sid)
            if len(gone) >= HIDE_AT:  # hidden now, off the scene later (ADR 0222)
                # the views repaint whole: Qt skips marking each item dirty (ADR 0233)
                self.update()
                for item in gone:
                    item.setVisible(False)
                kept.hidden(keep, ordered)
            else:
                remove = self.removeItem
                for item in gone:
                    remove(item)
                kept.off.update(gone)
        return everything

    def _add_stickies(self, added: frozenset[str]) -> list[StickyItem]:
        """Items for added stickies: the ones a removal kept when it was this record (an undo
        of a delete), else new ones (ADR 0222). Kept items come back in the order they were
        first added to the wall (ADR 0233)."""
        board = self.board
        info = board.info
        stickies = board.stickies
        block_mode = self._block_mode
        kept = self._kept.items
        items = self._stickies
        changed: list[StickyItem] = []
        if kept:
            if len(added) >= len(kept) and added.issuperset(kept):
                back = list(kept)
            elif len(added) * 4 >= len(kept):
                back = [sid for sid in kept if sid in added]
            else:
                back = [sid for sid in added if sid in kept]
        else:
            back = []
        # the whole wall of the latest removal back on an empty wall, record for record:
        # its edges are the ones it had (no scan of 20,000 stickies, ADR 0233)
        edges = self._kept_extent if not items and len(back) == len(kept) == len(added) \
            else None
        if back:
            changed, synced = self._reuse(back)
            if synced:
                edges = None
        if len(back) < len(added):
            add = self.addItem
            painting = self._painting
            taken = set(back)
            fresh = [sid for sid in added if sid not in taken]
            for sid in fresh:
                s = stickies[sid]
                item = StickyItem(s, info, block_mode)
                add(item)
                if painting is not None and not block_mode:
                    painting.add(item)
                items[sid] = item
                changed.append(item)
                if s.pivotal:
                    self._set_pivotal_line(s)
            self.items_built += len(fresh)
        extent = self._extent
        if edges is not None:
            extent.edges, extent.counts = list(edges[0]), list(edges[1])
            extent.stale, extent.grown = False, True
        elif len(changed) > RESCAN_SHARE * len(items):
            extent.stale = True
        else:
            arrive = extent.arrive
            for item in changed:
                arrive(item.sticky)
        return changed

    def _reuse(self, back: list[str]) -> tuple[list[StickyItem], int]:
        """Kept items back on the wall as new ones would be: the record and legend of now,
        shown, not dimmed, no votes (the listeners set those as for any added sticky). Also
        says how many had to be synced (another record or legend)."""
        kept = self._kept
        info = self.board.info
        stickies = self.board.stickies
        items = self._stickies
        off = kept.off
        synced = info is not kept.info
        if len(back) >= HIDE_AT:
            self.update()  # the views repaint whole: Qt skips marking each item (ADR 0233)
        # the dimmed or voted ones (few) that are not on the wall now: those coming back are
        # reset below, without reading 20,000 items
        marked = [item for item in StickyItem.marked if items.get(item.sticky_id) is not item]
        # column by column, in C where it can be: a Python step per item was a fifth of the
        # scene's part of an undo of delete-all (ADR 0242)
        reused: list[StickyItem] = list(map(kept.items.pop, back))
        records = list(map(stickies.__getitem__, back))
        items.update(zip(back, reused, strict=True))
        resynced = 0
        if synced:
            stale = list(zip(reused, records, strict=True))
        else:
            same = map(operator.is_, map(STICKY_OF, reused), records)
            stale = [(item, s) for item, s, ok in zip(reused, records, same, strict=True)
                     if not ok]
        for item, s in stale:
            item.sync(s, info)
            resynced += 1
        for s in [s for s in records if s.pivotal]:
            self._set_pivotal_line(s)
        collections.deque(map(StickyItem.setVisible, reused, itertools.repeat(True)), 0)
        for item in [item for item in marked if items.get(item.sticky_id) is item]:
            if item.dimmed:
                item.setOpacity(1.0)
            if item.votes:
                item.set_votes(0)
        if off:  # not hidden on the wall: taken off it
            add = self.addItem
            for item in [item for item in reused if item in off]:
                off.discard(item)
                add(item)
        return reused, resynced

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

    def _sync_links(self, link_ids: Iterable[str], far_out: bool = False) -> None:
        """Bring the arrows of these links in line with the model, in one pass: the removed
        ones leave in the order they came (and are kept for an undo), kept ones come back in
        that order (ADR 0233), an arrow whose link and ends did not move is not recomputed,
        the block layer re-reads the links once (ADR 0223). ``far_out``: new arrows start
        as block mode leaves them (a large wall's first build, ADR 0246)."""
        links = self.board.links
        stickies = self.board.stickies
        items = self._links
        by_sticky = self._links_by_sticky
        removed = [lid for lid in link_ids if lid not in links and lid in items]
        if removed:
            if len(removed) * 4 >= len(items):
                wanted = set(removed)
                removed = [lid for lid in items if lid in wanted]
            self._kept.retire_links()
            kept = self._kept.links
            # many: hidden, off the scene later (Qt looks for each arrow in a list that has
            # every sticky before it, ADR 0222)
            hide = len(removed) >= HIDE_AT
            for lid in removed:
                item = items.pop(lid)
                for end in (item.link.source_id, item.link.target_id):
                    ends = by_sticky.get(end)
                    if ends is not None:
                        ends.discard(lid)
                if hide:
                    item.setVisible(False)
                else:
                    self.removeItem(item)
                kept[lid] = item
            if hide:
                self._kept.hidden(kept, removed)
            else:
                self._kept.off.update(kept[lid] for lid in removed)
        kept = self._kept.links
        off = self._kept.off
        no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        block_mode = self._block_mode or far_out
        wanted = link_ids if isinstance(link_ids, (set, frozenset)) else set(link_ids)
        if len(kept) >= HIDE_AT and len(wanted) * 4 >= len(kept):
            # many may come back: in the order they were kept
            link_ids = [lid for lid in kept if lid in wanted] + \
                [lid for lid in wanted if lid not in kept]
        # a link added or removed: the layer reads them all; else only those redrawn
        whole = bool(removed)
        redrawn: list[LinkItem] = []
        placed: list[LinkItem] = []  # arrows off the wall that come back as they were
        painting = self._painting
        for lid in link_ids:
            link = links.get(lid)
            if link is None:
                continue
            item = items.get(lid)
            if item is None:
                item = kept.pop(lid, None)
                if item is None:
                    item = LinkItem(link)
                    item.drawn_for = None  # what the arrow was last drawn from (below)
                    # far out the block layer draws every link in a few calls (ADR 0202)
                    item.setFlag(no_contents, block_mode)
                    if painting is not None and not block_mode:
                        painting.add(item)
                else:
                    # close up a kept arrow still flagged is switched when a view shows it
                    if block_mode:
                        item.setFlag(no_contents, True)  # Qt returns at once if it is
                    item.setVisible(True)  # the visibility pass hides it if it must
                    if item in off:  # taken off the wall, not only hidden
                        off.discard(item)
                        placed.append(item)
                items[lid] = item
                whole = True
                _index_ends(by_sticky, link, lid)
            elif item.link is not link:
                old = item.link
                for end in (old.source_id, old.target_id):
                    ends = by_sticky.get(end)
                    if ends is not None:
                        ends.discard(lid)
                _index_ends(by_sticky, link, lid)
            source, target = stickies.get(link.source_id), stickies.get(link.target_id)
            drawn = item.drawn_for
            # the same records (an undo brings back the very ones) need no comparison, nor a
            # call to say so
            if drawn is None or drawn[0] is not link \
                    or (drawn[1] is not source and not _same_place(drawn[1], source)) \
                    or (drawn[2] is not target and not _same_place(drawn[2], target)):
                item.drawn_for = (link, source, target)
                item.sync(link, _rect(source), _rect(target))
                redrawn.append(item)
        for item in (*placed, *redrawn):
            self._place_link(item)
        if whole:
            self.blocks.invalidate_links()
        elif redrawn:
            self.blocks.refresh_links(redrawn)

    def _place_link(self, item: LinkItem) -> None:
        """Under the layer of the cell its middle lies in, which is grown to hold it first (a
        layer promises Qt its arrows lie inside it, ADR 0236)."""
        bounds = item.boundingRect()
        middle = bounds.center()
        key = (math.floor(middle.x() / LINK_CELL), math.floor(middle.y() / LINK_CELL))
        layer = self.link_layers.get(key)
        if layer is None:
            layer = self.link_layers[key] = LinkLayer()
            self.addItem(layer)
        layer.cover(bounds)
        if item.parentItem() is not layer:
            item.setParentItem(layer)

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
        """Show the model's version of one sticky again, and of the arrows that followed it
        (after a refused or cancelled gesture)."""
        item = self._stickies.get(sticky_id)
        s = self.board.stickies.get(sticky_id)
        if item is not None and s is not None:
            item.sync(s, self.board.info)
        ends = self._links_by_sticky.get(sticky_id)
        if ends:  # follow_link left them undrawn for the model: redrawn, re-placed (ADR 0236)
            self._sync_links(set(ends))

    def follow_link(self, arrow: LinkItem, link: Link, source: QRectF | None,
                    target: QRectF | None) -> None:
        """Draw an arrow between the ends a gesture shows (not yet the model's), still under a
        layer that holds it: a layer promises Qt its arrows lie inside it (ADR 0236), else
        the arrow's new part is neither found nor painted."""
        arrow.drawn_for = None  # not the model's ends: the next change redraws it
        arrow.sync(link, source, target)
        self._place_link(arrow)

    # -- extent ------------------------------------------------------------------------------
    def content_rect(self) -> QRectF:
        """The part of the wall with something on it (stickies, lanes, milestones)."""
        if self._extent_timer.isActive():  # a change is waiting to be measured: measure now,
            self._extent_timer.stop()  # so whoever asks sees the wall the next paint shows
            self._update_extent()
        return QRectF(self._content)

    def _extent_timer_start(self) -> None:
        self._extent_timer.start()  # the wall may shrink its scene rectangle now

    def _update_extent(self) -> None:
        board = self.board
        extent = self._extent
        if extent.stale:
            extent.rescan(board.stickies.values())
        extent.grown = False
        xs0, ys0, xs1, ys1 = [], [], [], []
        if extent.edges is not None:
            x0, y0, x1, y1 = extent.edges
            xs0.append(x0)
            ys0.append(y0)
            xs1.append(x1)
            ys1.append(y1)
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
        changed = content != self._content
        self._content = content
        wall = content.adjusted(-WALL_MARGIN, -WALL_MARGIN, WALL_MARGIN, WALL_MARGIN)
        for group in (self._lanes, self._milestones, self._pivotal):
            for item in group.values():
                item.set_extent(wall)
        self.blocks.set_source(_Shown(self._stickies), content.adjusted(-300, -300, 300, 300))
        margin = max(2000.0, 0.5 * max(content.width(), content.height()))
        # the scene rectangle moves only when the wall comes near its edge or shrinks well
        # inside it: Qt rebuilds its whole BSP index (a Python boundingRect per item) each
        # time it changes (ADR 0224)
        rect = self.sceneRect() if self._rect_set else None
        # nor while the items of a bulk removal still lie hidden in the index: a smaller
        # rectangle would re-index them all at the next frame, and an undo would grow it again
        # (ADR 0233); the wall shrinks once they have left (``KeptItems.settled``)
        if not _room_for(rect, content, margin) and not (
                self._kept.hiding and _holds(rect, content, margin)):
            self._rect_set = changed = True
            self.setSceneRect(content.adjusted(-margin, -margin, margin, margin))
        if changed:  # after the scene rectangle: a listener may read both
            self.extent_changed.emit(QRectF(content))

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
        stickies = self._stickies
        wanted = set(filter(stickies.__contains__, ids))
        # read before the batch: outside one the selection comes from the cache, inside one
        # Qt is asked for it (20,000 items wrapped for Python, issue 12)
        current = self.selected_sticky_items()
        outermost = self._selection_depth == 0
        with self.selection_batch():
            dropped = [item for item in current if item.sticky_id not in wanted]
            if len(dropped) >= HIDE_AT:
                self.update()  # as below
            for item in dropped:
                item.setSelected(False)
            # item by item in C, not in a Python loop (a select-all of 20,000, ADR 0242)
            sids = list(wanted)
            items = list(map(stickies.__getitem__, sids))
            if len(items) >= HIDE_AT:
                # the views repaint whole: marked first, Qt skips marking each item (as a
                # bulk removal does, ADR 0233)
                self.update()
            collections.deque(map(StickyItem.setSelected, items, itertools.repeat(True)), 0)
            if outermost:  # the selection is known: Qt need not be asked for it (issue 12)
                # (a hidden sticky, in a collapsed lane, is not selected)
                took = list(map(StickyItem.isSelected, items))
                if not all(took):
                    items = list(itertools.compress(items, took))
                    sids = list(itertools.compress(sids, took))
                self._selection_hint = (items, sids)

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
        painting = self._painting
        if on:
            if painting is None:  # every item paints: all of them stop
                for item in self._stickies.values():
                    item.setFlag(flag, True)
                for item in self._kept.items.values():  # so an undo needs not (ADR 0222)
                    item.setFlag(flag, True)
                for link in self._links.values():
                    link.setFlag(flag, True)
            else:  # only the ones a view showed since block mode was left (ADR 0230)
                for item in painting:
                    item.setFlag(flag, True)
            self._painting = set()
        else:
            # the few selected stickies that painted themselves far out still do; the others
            # are switched as a view shows them: now for what the views show (ADR 0230)
            self._painting = set(self._block_painting)
            for view in self.views():
                self.show_contents(view.mapToScene(view.viewport().rect()).boundingRect())
        self._block_painting = set()
        self.blocks.paints_selected = False
        self.blocks.set_tinted([])
        self.blocks.invalidate()
        if on:  # the selection paints itself again, or is tinted by the layer when large
            self._selection_for_blocks(self.selected_sticky_items())

    def show_contents(self, rect: QRectF | None = None) -> None:
        """Close up, make the stickies and arrows in ``rect`` (of the scene; None: all of them)
        paint themselves, before anything paints that area (ADR 0230). Leaving block mode
        switches only what the views show; a view calls this before each frame, a render
        for its source."""
        painting = self._painting
        if self._block_mode or painting is None:
            return
        flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        if rect is None:
            found: Iterable[QGraphicsItem] = [*self._stickies.values(), *self._links.values()]
        else:
            found = self.items(rect.adjusted(-LAZY_MARGIN, -LAZY_MARGIN,
                                             LAZY_MARGIN, LAZY_MARGIN),
                               Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                               Qt.SortOrder.AscendingOrder)
        flipped = 0
        for item in found:
            if item not in painting and isinstance(item, (StickyItem, LinkItem)):
                painting.add(item)
                item.setFlag(flag, False)
                flipped += 1
        self.contents_shown += flipped

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
            self.show_contents(source if source is not None and not source.isEmpty() else None)
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
        hint, self._selection_hint = self._selection_hint, None
        if hint is None:
            selected = self.selected_sticky_items()
            ids = [i.sticky.id for i in selected]
        else:
            selected, ids = hint
        self._selected_cache = selected
        self.single_selection = len(selected) == 1 and len(self.selectedItems()) == 1
        if self._block_mode:
            self._selection_for_blocks(selected)
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
            self.message.emit(sentence(self.session.read_only_reason))
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
        self._unkept = {sid}  # its editor is disposed later: the item is never kept
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


def _index_ends(by_sticky: dict[str, set[str]], link: Link, lid: str) -> None:
    """Note the link under both its ends (no empty set made per end: 2,000 arrows back)."""
    for end in (link.source_id, link.target_id):
        ends = by_sticky.get(end)
        if ends is None:
            by_sticky[end] = {lid}
        else:
            ends.add(lid)


def _same_place(drawn: Sticky | None, now: Sticky | None) -> bool:
    """An arrow end drawn for ``drawn`` stands where ``now`` is."""
    if drawn is now:
        return True
    if drawn is None or now is None:
        return False
    return (drawn.x, drawn.y, drawn.width, drawn.height) == (now.x, now.y, now.width, now.height)


def _rect(s: Sticky | None) -> QRectF | None:
    return None if s is None else QRectF(s.x, s.y, s.width, s.height)


def _holds(rect: QRectF | None, content: QRectF, margin: float) -> bool:
    """The scene rectangle still leaves half a margin around the content."""
    if rect is None:
        return False
    half = margin / 2
    return rect.contains(content.adjusted(-half, -half, half, half))


def _room_for(rect: QRectF | None, content: QRectF, margin: float) -> bool:
    """The scene rectangle still leaves half a margin around the content and is not more than
    half as large again as a fresh one would be."""
    return rect is not None and _holds(rect, content, margin) and \
        rect.width() <= 1.5 * (content.width() + 2 * margin) and \
        rect.height() <= 1.5 * (content.height() + 2 * margin)


class LinkLayer(QGraphicsItem):
    """The parent of the arrows whose middle lies in one cell of the wall, drawing nothing. It
    promises Qt its children stay inside its bounds (``ItemContainsChildrenInShape``), so Qt
    keeps the arrows out of its BSP index: an arrow whose ends moved costs no removal from and
    insertion into the many index leaves a long arrow spans (a move of 1,000 stickies redraws
    ~120 arrows: ~10 ms, ADR 0236). A query or a frame that reaches a layer tests each of its
    arrows' bounds; one per cell keeps that to the arrows near the area asked about. Qt lists a
    layer among the items at a point in it (above the stickies, like the arrows): it takes no
    button, no hover and no drop, so input passes to what lies under it."""

    def __init__(self) -> None:
        super().__init__()
        flag = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flag.ItemHasNoContents | flag.ItemContainsChildrenInShape)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(LINK_Z)
        self._rect = QRectF()

    def cover(self, rect: QRectF) -> None:
        """Grow to hold ``rect`` (with some room: a small move need not grow it again)."""
        if self._rect.contains(rect):
            return
        self.prepareGeometryChange()
        room = rect.adjusted(-LINK_ROOM, -LINK_ROOM, LINK_ROOM, LINK_ROOM)
        self._rect = room if self._rect.isEmpty() else self._rect.united(room)

    def boundingRect(self) -> QRectF:
        return self._rect  # shared: callers use adjusted()/mapRect(), never adjust()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        pass


class _Shown:
    """The sticky items the block layer paints: those not hidden (a collapsed lane hides its
    stickies), read afresh each time the layer rebuilds."""

    def __init__(self, items: dict[str, StickyItem]) -> None:
        self._items = items

    def __iter__(self) -> Iterator[StickyItem]:
        return (item for item in self._items.values() if item.isVisible())


def _refreeze() -> None:
    """After a board switch: what the detached wall left in cycles goes, the open wall is
    frozen again (gc.freeze acts on the whole process, ADR 0221)."""
    if _frozen_scenes:
        gc.collect()
        gc.freeze()
