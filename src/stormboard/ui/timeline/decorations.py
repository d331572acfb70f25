"""What the timeline shows on top of the stickies, recomputed from the model after each change:
collapsed lanes hide their stickies, a filter dims what does not match, chapters are shaded,
events that do not read as past tense get a small badge, find matches get a ring."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF

from ...app.edit import ChangeSet
from ...domain.entities import Sticky
from ...domain.search import FilterResult, StickyFilter
from ...domain.tense import reads_as_past
from ...domain.timeline import (
    CHAPTER,
    EVENT,
    boundary_x,
    chapter_heads,
    chapter_number,
    hidden_by_collapsed_lanes,
)
from ..canvas.decor import WALL_MARGIN
from ..canvas.scene import BoardScene
from .common import link_item
from .overlays import MARK_Z, ChapterShading, FoundRings, StickyMarks, Stretch

#: how strongly a filtered-out sticky still shows
DIM_OPACITY = 0.18
#: the canvas draws a pivotal event's boundary this far after its right edge (PivotalLineItem)


@lru_cache(maxsize=20000)
def _not_past(text: str) -> bool:
    return reads_as_past(text) is False


def _shapes(s: Sticky) -> bool:
    """A pivotal event bounds a chapter, a chapter sticky names one."""
    return s.pivotal or s.kind == CHAPTER


def chapter_name(index: int, name: str, named_by_sticky: bool) -> str:
    if named_by_sticky:
        return name
    number = QLocale().toString(chapter_number(index))  # people count from 1
    return QCoreApplication.translate("Timeline", "Chapter %1").replace("%1", number)


class StickyDecorations:
    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene
        self.filter = StickyFilter()
        self.filter_result: FilterResult | None = None
        self._hidden: frozenset[str] = frozenset()
        self._dimmed: frozenset[str] = frozenset()
        self.find_ids: tuple[str, ...] = ()
        self.find_current = ""
        #: the pivotal events and chapter stickies, in board order: the only stickies that
        #: shape chapters, kept per change set so a change never reads the whole wall
        self._shapers: dict[str, Sticky] = {}
        #: links whose arrow this left hidden or dimmed: with nothing hidden or dimmed, only
        #: these can need putting back (ADR 0234)
        self._faded_links: set[str] = set()
        self.chapters = ChapterShading()
        self.tense = StickyMarks(MARK_Z)
        self.found = FoundRings()
        for item in (self.chapters, self.tense, self.found):
            scene.addItem(item)
        self._subscription = scene.session.subscribe(self._changed)
        self.detached = False
        scene.extent_changed.connect(lambda _r: self.detached or self._update_wall())
        self.update_all()

    def detach(self) -> None:
        self.detached = True
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None

    def _alive(self) -> bool:
        """False once the board is closed (the scene and its items may be gone already)."""
        return not self.detached and shiboken6.isValid(self.scene)

    @property
    def board(self):
        return self.scene.board

    @property
    def hidden(self) -> frozenset[str]:
        return self._hidden

    @property
    def dimmed(self) -> frozenset[str]:
        return self._dimmed

    # -- following the model ---------------------------------------------------------------
    def _changed(self, changes: ChangeSet) -> None:
        # cheap unless the change can matter: a wall of 10,000 stickies pays ~nothing per drag
        stickies = changes.touches("stickies")
        info = "info" in changes.updated
        if changes.touches("lanes") or (stickies and self._collapsed_lanes()):
            self._update_hidden()
        if self.filter.is_active and (stickies or changes.touches("lanes")
                                      or changes.touches("participants")):
            self._update_filter()
        elif self._hidden or self._dimmed:
            if changes.touches("links") or stickies:
                self._apply_link_visibility()
        elif changes.touches("links"):  # every link shown in full: only the named ones change
            self._apply_link_visibility(changes.ids("links"))
        if info or (stickies and self.board.info.show_tense_hints):
            self._update_tense()
        if (stickies and self._follow_shapers(changes)) or info:
            self._update_chapters()
        if stickies and self.find_ids:
            self.set_found([i for i in self.find_ids if i in self.board.stickies],
                           self.find_current, moved=True)

    def update_all(self) -> None:
        self._shapers = {sid: s for sid, s in self.board.stickies.items() if _shapes(s)}
        self._update_hidden()
        self._update_filter()
        self._update_tense()
        self._update_chapters()

    def _collapsed_lanes(self) -> bool:
        return any(lane.collapsed for lane in self.board.lanes.values())

    def _follow_shapers(self, changes: ChangeSet) -> bool:
        """Keep the shapers in step; True when one of them came, went or changed."""
        shapers = self._shapers
        stickies = self.board.stickies
        if len(changes.ids("stickies")) * 2 > len(stickies):
            # most of the wall (a delete-all, its undo): one pass in board order beats a
            # look-up per id in hash order; ``_shapes`` inline (a call per sticky doubled it)
            self._shapers = {sid: s for sid, s in stickies.items()
                             if s.pivotal or s.kind == CHAPTER}
            return self._shapers != shapers or list(self._shapers) != list(shapers)
        removed = changes.removed.get("stickies", frozenset())
        touched = not shapers.keys().isdisjoint(removed)
        if touched:
            for sid in removed & shapers.keys():
                del shapers[sid]
        for part in (changes.updated, changes.added):
            for sid in part.get("stickies", ()):
                s = stickies.get(sid)
                if s is not None and _shapes(s):
                    shapers[sid] = s  # an update keeps its place, as on the board
                    touched = True
                elif shapers.pop(sid, None) is not None:
                    touched = True
        return touched

    # -- collapsed lanes ---------------------------------------------------------------------
    def _update_hidden(self) -> None:
        if not self._alive():
            return
        hidden = hidden_by_collapsed_lanes(self.board)
        scene = self.scene
        for sid in self._hidden - hidden:
            item = scene.sticky_item(sid)
            if item is not None:
                item.setVisible(True)
        for sid in hidden:
            item = scene.sticky_item(sid)
            if item is not None and item.isVisible():
                item.setSelected(False)
                item.setVisible(False)
        changed = hidden != self._hidden
        if changed:
            scene.blocks.invalidate()  # far out, the block layer paints the stickies
        self._hidden = hidden
        self._apply_link_visibility()
        if changed and self.find_ids:
            self._ring_found()

    # -- filter ------------------------------------------------------------------------------
    def set_filter(self, sticky_filter: StickyFilter) -> FilterResult | None:
        self.filter = sticky_filter
        self._update_filter()
        return self.filter_result

    def _update_filter(self) -> None:
        if not self._alive():
            return
        if self.filter.is_active:
            self.filter_result = self.filter.apply(self.board)
            dimmed = self.filter_result.dimmed
        else:
            self.filter_result = None
            dimmed = frozenset()
        scene = self.scene
        for sid in self._dimmed - dimmed:
            item = scene.sticky_item(sid)
            if item is not None:
                item.setOpacity(1.0)
        for sid in dimmed:
            item = scene.sticky_item(sid)
            if item is not None and item.opacity() != DIM_OPACITY:
                item.setOpacity(DIM_OPACITY)
        if dimmed != self._dimmed:
            scene.blocks.invalidate()  # far out, the block layer paints the stickies
        self._dimmed = dimmed
        self._apply_link_visibility()

    def _apply_link_visibility(self, only: Iterable[str] | None = None) -> None:
        """A link to a hidden sticky hides with it; a link to a dimmed one dims (``only``:
        just these links, when the others cannot have changed)."""
        if not self._alive():
            return
        links = self.board.links
        hidden, dimmed, faded = self._hidden, self._dimmed, self._faded_links
        if not hidden and not dimmed:
            # every arrow shows in full, new ones too: only those this left faded change (on a
            # board just opened, none: its 2,000 arrows are not read at start-up, ADR 0239)
            only = faded.intersection(only) if only is not None else set(faded)
        named = links.items() if only is None else (
            (lid, links[lid]) for lid in only if lid in links)
        for lid, link in named:
            item = link_item(self.scene, lid)
            if item is None:
                continue
            ends = (link.source_id, link.target_id)
            hide = any(e in hidden for e in ends)
            dim = any(e in dimmed for e in ends)
            item.setVisible(not hide)
            item.setOpacity(DIM_OPACITY if dim else 1.0)
            if hide or dim:
                faded.add(lid)
            else:
                faded.discard(lid)

    # -- past-tense hint ---------------------------------------------------------------------
    def tense_flagged(self) -> list[str]:
        """Events whose text does not read as past tense (when the board shows the hint)."""
        if not self.board.info.show_tense_hints:
            return []
        return [s.id for s in self.board.stickies.values()
                if s.kind == EVENT and s.text.strip() and _not_past(s.text)]

    def _update_tense(self) -> None:
        if not self._alive():
            return
        stickies = self.board.stickies
        self.tense.set_rects({
            sid: QRectF(stickies[sid].x, stickies[sid].y, stickies[sid].width,
                        stickies[sid].height)
            for sid in self.tense_flagged() if sid not in self._hidden
        })

    def tense_badge_at(self, scene_pos, zoom: float) -> str:
        """The sticky whose past-tense badge is under a wall point (a finger's width), or ""."""
        if not self.tense.isVisible():
            return ""
        reach = 17 / max(zoom, 1e-6)
        for sid, r in self.tense.rects.items():
            d = min(r.width(), r.height()) * 0.2
            c = r.bottomRight() - QPointF(d / 2 + 6, d / 2 + 6)
            if abs(c.x() - scene_pos.x()) <= max(d / 2, reach) and abs(
                    c.y() - scene_pos.y()) <= max(d / 2, reach):
                return sid
        return ""

    # -- chapters ----------------------------------------------------------------------------
    def stretches(self) -> list[Stretch]:
        board = self.board
        chs = chapter_heads(board, self._shapers.values())
        starts = []
        for ch in chs:
            p = board.stickies.get(ch.pivotal_id) if ch.pivotal_id else None
            starts.append(-float("inf") if p is None else boundary_x(p))
        ends = [*starts[1:], float("inf")]
        return [
            Stretch(ch.index, x0, x1,
                    chapter_name(ch.index, ch.name, ch.name_sticky_id is not None))
            for ch, x0, x1 in zip(chs, starts, ends, strict=True)
        ]

    def _update_chapters(self) -> None:
        if not self._alive():
            return
        if not self.board.info.show_chapters:
            self.chapters.set_chapters((), QRectF(), 0.0)
            return
        stretches = tuple(self.stretches())
        shading = self.chapters
        if not shading.wall.isNull():
            # the wall as last measured: a change to it comes by extent_changed
            # (_update_wall); asking the scene now would measure the wall before the frame
            # that measures it anyway (ADR 0234)
            if shading.stretches != stretches:
                shading.set_chapters(stretches, shading.wall, shading.name_top)
            return
        content = self.scene.content_rect()
        wall = content.adjusted(-WALL_MARGIN, -WALL_MARGIN, WALL_MARGIN, WALL_MARGIN)
        shading.set_chapters(stretches, wall, content.top() - 60)

    def _update_wall(self) -> None:
        """The wall grew or shrank: same chapters, new extent."""
        if not self._alive():
            return
        self.found.set_wall(self.scene.sceneRect())
        if self.chapters.stretches:
            content = self.scene.content_rect()
            wall = content.adjusted(-WALL_MARGIN, -WALL_MARGIN, WALL_MARGIN, WALL_MARGIN)
            self.chapters.set_chapters(self.chapters.stretches, wall, content.top() - 60)

    # -- find --------------------------------------------------------------------------------
    def set_found(self, ids: Iterable[str], current: str = "", moved: bool = False) -> None:
        if not self._alive():
            return
        stickies = self.board.stickies
        found = tuple(filter(stickies.__contains__, ids))  # in C: 10,000 matches per keystroke
        if not moved and found == self.find_ids and current == self.find_current \
                and self.found.ids:
            return  # a find keystroke rings the same matches twice (search, then jump)
        self.find_ids = found
        self.find_current = current if current in stickies else ""
        self._ring_found()

    def _ring_found(self) -> None:
        """Ring the matches a collapsed lane does not hide, at every zoom alike (close up the
        rings come from the scene's index, which leaves hidden stickies out)."""
        hidden = self._hidden
        shown = tuple(i for i in self.find_ids if i not in hidden) if hidden else self.find_ids
        current = self.find_current if self.find_current not in hidden else ""
        self.found.set_found(shown, self.board.stickies, current, self.scene.sceneRect())
