"""Far-out drawing of the whole wall in one item: every unselected sticky as a coloured block.

Qt's chip example paints 40,000 items in C++; from Python each item's paint() call costs tens
of microseconds, which alone would exceed a frame. So below ``BLOCK_ZOOM`` the sticky items
stop painting (ItemHasNoContents: still selectable, still hit-tested) and this layer draws
them with one drawRects() call per colour. Selected stickies keep painting themselves, so a
drag far out still shows. Links stop painting too: their lines are two drawLines() calls
(solid, dashed) and their heads one cached path (ADR 0202).

A large selection (more than ``SELF_PAINT_MAX``) is drawn here too, tinted, rather than by
thousands of paint() calls (select-all far out, issue 12); a drag preview asks for the wall
without it (``without_selected``).

The lists are kept per sticky: an edit or a selection change refreshes only the stickies it
names (``refresh``), so one edit on a 20,000-sticky wall does not rebuild them all; a full
rebuild (``invalidate``) is for the rare whole-wall changes (a filter, the legend, block mode).
"""

from __future__ import annotations

import contextlib
import itertools
import math
import operator
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QRegion, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...domain.entities import Sticky
from . import style
from .decor import LinkItem
from .sticky_item import STICKY_OF, StickyItem

#: below this zoom a standard sticky is under 12 px: the wall draws as blocks
BLOCK_ZOOM = 0.075
BLOCK_Z = 0.0  # above lanes (-100) and lines (-50), below links (50) and painting stickies
#: up to this many selected stickies paint themselves far out; more are tinted blocks here
SELF_PAINT_MAX = 300
SELECTED_TINT = QColor(21, 101, 192, 120)
#: what a block was made of: the record and the rectangle made from it
Made = tuple[Sticky, QRectF]
#: pictures of the blocks kept (the view's and the one a delete-all took away, ADR 0233)
PICTURES = 2
#: up to this many blocks put or dropped since a picture was made, it is updated where each
#: was and is (ADR 0236); more, and within one rectangle round them all (ADR 0253)
PATCH_MAX = 64
_versions = itertools.count(1)


def _place(painter: QPainter, widget: QWidget | None) -> tuple | None:
    """Where a picture painted on ``widget`` goes, or None where one cannot be used (no view:
    a render, a print; a rotated view; a device not the view's size). Returns the key of the
    place, the transform from the scene into the picture, its whole-pixel offset on the
    device, the logical-to-device transform and the picture's size in device pixels."""
    t = painter.worldTransform()
    device = painter.device()
    if widget is None or t.m12() != 0 or t.m21() != 0 or device is None or (
            device.width(), device.height()) != (widget.width(), widget.height()):
        return None
    painter.setWorldTransform(QTransform())
    base = painter.deviceTransform()  # logical to device pixels (ratio, redirection)
    painter.setWorldTransform(t)
    dpr = base.m11()
    # whole device pixels: the picture is blitted without resampling, any fraction of the
    # redirection is drawn inside it
    ox, oy = math.floor(base.dx()), math.floor(base.dy())
    size = widget.size()
    width, height = round(size.width() * dpr), round(size.height() * dpr)
    key_tail = (id(widget), t.m11(), t.m22(), t.dx(), t.dy(), dpr, base.dx(), base.dy(), width,
                height)
    return key_tail, t * base * QTransform.fromTranslate(-ox, -oy), ox, oy, base, width, height


def _picture(width: int, height: int, to_picture: QTransform,
             draw: Callable[[QPainter], None]) -> QPixmap:
    """A transparent picture of the view's size in device pixels, ``draw`` painted into it."""
    picture = QPixmap(width, height)
    picture.fill(Qt.GlobalColor.transparent)
    p = QPainter(picture)
    p.setTransform(to_picture)
    draw(p)
    p.end()
    return picture


def _plain_painter(plain: _Groups) -> Callable[[QPainter], None]:
    def draw(p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        plain.paint(p)
    return draw


def _keep(pictures: OrderedDict[tuple, QPixmap], key: tuple, picture: QPixmap) -> None:
    pictures[key] = picture
    while len(pictures) > PICTURES:
        pictures.popitem(last=False)


def _blit(painter: QPainter, picture: QPixmap, ox: int, oy: int, base: QTransform) -> None:
    """The picture onto the device at whole pixels, the painter's transform kept."""
    t = painter.worldTransform()
    painter.setWorldTransform(QTransform.fromTranslate(ox, oy) * base.inverted()[0])
    painter.drawPixmap(0, 0, picture)
    painter.setWorldTransform(t)


class _Groups:
    """Blocks by colour, kept per item; the list painted per colour is cached."""

    def __init__(self) -> None:
        self.by_color: dict[int, tuple[QColor, dict[StickyItem, QRectF]]] = {}
        self.where: dict[StickyItem, int] = {}
        self.lists: dict[int, list[QRectF]] = {}
        self.rects: dict[StickyItem, QRectF] = {}  # every item's block, whatever its colour
        self.records: dict[StickyItem, Sticky] = {}  # the record each block was made from
        #: some block was put with a dimmed colour (a filter): the groups cannot come back
        #: whole for items shown undimmed (``BlockLayer.restore``)
        self.dimmed = False
        #: changes whenever a block is put or dropped: a picture of the groups is of one version
        self.version = next(_versions)
        #: the version a picture was last made or updated at, and the rectangles of the blocks
        #: put or dropped since (past PATCH_MAX, one round them all): that picture can be
        #: patched there (ADR 0236, 0253); None: it cannot
        self.pictured = 0
        self.since: list[QRectF] | None = []

    def _touched(self, rects: list[QRectF]) -> None:
        since = self.since
        if since is not None:
            if len(since) + len(rects) > PATCH_MAX:
                # many: one rectangle round them all, patched in one clip (a move of 1,000
                # stickies in a band of the wall redraws the band, not the wall, ADR 0253)
                bounds = QRectF(since[0]) if since else QRectF(rects[0])
                for rect in itertools.chain(since, rects):
                    bounds = bounds.united(rect)
                self.since = [bounds]
            else:
                since.extend(rects)

    def drop_many(self, items: Iterable[StickyItem]) -> dict[StickyItem, Made]:
        """Take these items' blocks out; what they were made of (for ``put_many`` to reuse)."""
        where, by_color, rects, records = self.where, self.by_color, self.rects, self.records
        touched = set()
        made: dict[StickyItem, Made] = {}
        for item in items:
            key = where.pop(item, None)
            if key is not None:
                del by_color[key][1][item]
                made[item] = (records.pop(item), rects.pop(item))
                touched.add(key)
        for key in touched:
            self.lists.pop(key, None)
        if touched:
            self.version = next(_versions)
            self._touched([rect for _record, rect in made.values()])
        return made

    def put_many(self, blocks: Iterable[tuple[StickyItem, QColor, Made]]) -> None:
        """Blocks of items not in the groups (``drop_many`` them first)."""
        by_color, where, rects, records = self.by_color, self.where, self.rects, self.records
        keys: dict[int, int] = {}  # id of a shared colour -> its key (rgba() is a Qt call)
        touched = set()
        put: list[QRectF] = []
        for item, color, (record, rect) in blocks:
            put.append(rect)
            key = keys.get(id(color))
            if key is None:
                key = keys[id(color)] = color.rgba()
            group = by_color.get(key)
            if group is None:
                group = by_color[key] = (color, {})
            group[1][item] = rect
            where[item] = key
            rects[item] = rect
            records[item] = record
            touched.add(key)
        for key in touched:
            self.lists.pop(key, None)
        if touched:
            self.version = next(_versions)
            self._touched(put)

    def paint(self, painter: QPainter) -> None:
        for key, (color, blocks) in self.by_color.items():
            if not blocks:
                continue
            rects = self.lists.get(key)
            if rects is None:
                rects = self.lists[key] = list(blocks.values())
            painter.setBrush(color)
            painter.drawRects(rects)

    def paint_except(self, painter: QPainter, left_out: set[StickyItem]) -> None:
        for color, blocks in self.by_color.values():
            painter.setBrush(color)
            painter.drawRects([r for item, r in blocks.items() if item not in left_out])


class BlockLayer(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(BLOCK_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, False)
        self._rect = QRectF()
        self._plain = _Groups()
        #: blocks of the stickies last forgotten, for an undo that brings them back
        self._forgotten: dict[StickyItem, Made] = {}
        #: the whole layer's groups, when the last forget took every block (delete-all):
        #: an undo puts them back as one (ADR 0233)
        self._forgotten_groups: _Groups | None = None
        self._tinted: list[StickyItem] = []  # a large selection: blocks drawn with a tint
        self._tint: list[QRectF] | None = None
        #: a large selection is drawn by this layer (the scene decides; see SELF_PAINT_MAX)
        self.paints_selected = False
        self._hide_selected = False
        self._dirty = True
        self._links_dirty = True
        self._source: Iterable[StickyItem] = ()
        self._link_source: Iterable[LinkItem] = ()
        self._solid: list = []
        self._dashed: list = []
        self._heads = QPainterPath()
        #: each drawn link's line, dashed or not and head, kept between rebuilds; a move
        #: re-reads only the links it named (``refresh_links``)
        self._link_parts: dict[LinkItem, tuple] = {}
        self._link_changed: set[LinkItem] = set()
        #: the arrows as device pixels, per content and place on a view (ADR 0251): the
        #: content is a token per list of lines and heads drawn; a rebuild that yields a list
        #: drawn before (the arrows an undo of delete-all brings back) takes its token again
        self._link_token = 0
        self._link_contents: list[tuple[int, tuple]] = []
        self._link_pictures: OrderedDict[tuple, QPixmap] = OrderedDict()
        self.link_pictures_made = 0  # counted by the tests
        self.active = False
        #: the blocks as device pixels, per version of the groups and place on a view
        #: (ADR 0233): made the second time the same blocks are painted at the same place
        self._pictures: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._painted_key: tuple | None = None
        self._painted_place: tuple | None = None  # the groups (by id) and the place
        self.pictures_made = 0  # counted by the tests
        self.pictures_patched = 0
        self.drawn_directly = 0

    def set_source(self, items: Iterable[StickyItem], extent: QRectF) -> None:
        """Items to draw (re-read lazily at the next full rebuild) and the area they cover."""
        self._source = items
        if extent != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(extent)
            self.update()

    def set_links(self, items: Iterable[LinkItem]) -> None:
        """Link items to draw while active (re-read lazily at the next paint)."""
        self._link_source = items
        self.invalidate_links()

    def invalidate(self) -> None:
        """Everything is read again at the next paint (a filter, the legend, block mode)."""
        self._dirty = True
        self._forgotten_groups = None  # its colours may be the old legend's
        self._links_dirty = True
        self.update()

    def invalidate_links(self) -> None:
        self._links_dirty = True
        self._link_changed = set()
        self.update()

    def refresh_links(self, items: Iterable[LinkItem]) -> None:
        """These links' arrows were redrawn (their ends moved): only they are read again."""
        if not self._links_dirty:
            self._link_changed.update(items)
        self.update()

    def refresh(self, items: Iterable[StickyItem]) -> None:
        """These stickies changed (moved, recoloured, selected, added): update only them."""
        if self._dirty:  # a full rebuild is pending anyway
            self.update()
            return
        items = list(items)
        made = self._plain.drop_many(items)
        self._plain.put_many(self._blocks_of(items, made, self._forgotten))
        self._tint = None
        self.update()

    def restore(self, items: Iterable[StickyItem]) -> None:
        """Items back on the wall as they were (shown, not selected, not dimmed: the scene's
        reused items, ADR 0222): a block forgotten for the same record is put back as it was,
        without asking Qt about each item; any other is placed as by ``refresh``. When the
        last forget took the whole layer and all of it comes back, its groups (and their
        painted lists) are taken back as they are (ADR 0233)."""
        items = list(items)
        if not items:
            return
        groups, self._forgotten_groups = self._forgotten_groups, None
        if self._dirty:
            self.update()
            return
        if groups is not None:
            records = groups.records
            # told in C, column by column: a Python step per item was 9 ms at 20,000 (ADR 0242)
            same = map(operator.is_, map(records.get, items), map(STICKY_OF, items))
            other = list(itertools.compress(items, map(operator.not_, same)))
            stale = [item for item in other if item in records]  # another record now
            if not self._plain.where and not groups.dimmed \
                    and len(items) - len(other) + len(stale) == len(groups.where):
                groups.drop_many(stale)
                self._plain = groups
                self._tint = None
                self.refresh(other)
                return
            self._forgotten = groups.drop_many(list(groups.where))
        forgotten = self._forgotten
        back, other = [], []
        for item in items:
            old = forgotten.pop(item, None)
            if old is not None and old[0] is item.sticky:
                back.append((item, item._color, old))
            else:
                other.append(item)
        self._plain.put_many(back)
        self.refresh(other)

    def forget(self, items: Iterable[StickyItem], everything: bool = False) -> None:
        """These stickies left the wall (``everything``: every sticky on it did)."""
        items = list(items)
        if not items:
            return
        # kept until the next forget: an undo brings the same records back
        self._forgotten_groups = None
        if self._dirty:
            self._forgotten = {}
        elif everything:  # the whole layer at once, no work per block (ADR 0233)
            self._forgotten = {}
            self._forgotten_groups, self._plain = self._plain, _Groups()
            self._tint = None
        else:
            self._forgotten = self._plain.drop_many(items)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    @contextlib.contextmanager
    def without_selected(self) -> Iterator[None]:
        """Paint the wall without the selection for the duration (a drag's still picture)."""
        self._hide_selected = True
        try:
            yield
        finally:
            self._hide_selected = False

    def set_tinted(self, items: list[StickyItem]) -> None:
        """The large selection this layer draws (with ``paints_selected``), or none."""
        self._tinted = items
        self._tint = None
        self.update()

    def _blocks_of(
        self, items: Iterable[StickyItem], *made_before: dict[StickyItem, Made],
        anyone_selected: bool = True,
    ) -> Iterator[tuple[StickyItem, QColor, Made]]:
        # a large selection stays among the blocks (only a tint is added over it), so
        # selecting thousands moves nothing between the lists. A block made before for the
        # same place is reused: building a QRectF from Python is ~1.6 us (issue 12). With
        # nothing selected in the scene (a board just opened) no item is asked (ADR 0246)
        selected_out = anyone_selected and not self.paints_selected
        made_before = tuple(made for made in made_before if made)
        for item in items:
            if (selected_out and item.isSelected()) or not item.isVisible() \
                    or item.scene() is None:
                continue
            s = item.sticky
            color = item._color
            if item.dimmed:  # by a filter: far out it must look dimmed too
                self._plain.dimmed = True
                color = QColor(color)
                color.setAlphaF(color.alphaF() * item.opacity())
            rect = None
            for before in made_before:
                old = before.get(item)
                if old is not None:
                    o = old[0]
                    if o is s or (o.x, o.y, o.width, o.height) == (s.x, s.y, s.width, s.height):
                        rect = old[1]
                    break
            yield item, color, (s, rect or QRectF(s.x, s.y, s.width, s.height))

    def _rebuild(self) -> None:
        made = self._plain.drop_many(list(self._plain.where))
        self._plain, self._tint = _Groups(), None
        scene = self.scene()
        anyone = scene is None or bool(scene.selectedItems())
        self._plain.put_many(self._blocks_of(self._source, made, anyone_selected=anyone))
        self._plain.since = []  # a wall read afresh is no change a picture of it must patch
        self._dirty = False

    def _rebuild_links(self) -> None:
        parts = self._link_parts
        if self._links_dirty:
            parts.clear()
            changed: Iterable[LinkItem] = self._link_source
        else:
            changed = self._link_changed
        for link in changed:
            if link.line.isNull() or not link.isVisible():
                parts.pop(link, None)
            else:
                parts[link] = (link.line, link.link.kind == "relates_to", link.arrow_head())
        self._link_changed = set()
        solid, dashed, heads, polygons = [], [], QPainterPath(), []
        for line, is_dashed, head in parts.values():
            (dashed if is_dashed else solid).append(line)
            heads.addPolygon(head)
            polygons.append(head)
        self._solid, self._dashed, self._heads = solid, dashed, heads
        self._links_dirty = False
        self._take_link_token((tuple(solid), tuple(dashed), tuple(polygons)))

    def _take_link_token(self, content: tuple) -> None:
        """The token of these arrows: one of a content drawn before if equal (compared in C,
        the very lines first, then by value: the same lines and heads in the same order make
        the same pixels), else a new one. Only the latest ``PICTURES`` contents are kept."""
        contents = self._link_contents
        for i, (token, drawn) in enumerate(contents):
            if drawn == content:
                contents.append(contents.pop(i))
                self._link_token = token
                return
        self._link_token = next(_versions)
        contents.append((self._link_token, content))
        while len(contents) > PICTURES:
            gone, _ = contents.pop(0)
            for key in [key for key in self._link_pictures if key[0] == gone]:
                del self._link_pictures[key]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, w: QWidget | None = None):
        if not self.active:
            return
        if self._dirty:
            self._rebuild()
        if self._links_dirty or self._link_changed:
            self._rebuild_links()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        tinted = self._tinted if self.paints_selected else []
        if self._hide_selected and tinted:
            self._plain.paint_except(painter, set(tinted))
            tinted = []
        else:
            self._paint_plain(painter, w)
        if tinted:
            if self._tint is None:
                rects = self._plain.rects  # the blocks already made (hidden ones are not)
                self._tint = [r for r in map(rects.get, tinted) if r is not None]
            painter.setBrush(SELECTED_TINT)
            painter.drawRects(self._tint)
        if self._solid or self._dashed:
            self._paint_links(painter, w)

    def _draw_links(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for lines, dash in ((self._solid, Qt.PenStyle.SolidLine),
                            (self._dashed, Qt.PenStyle.DashLine)):
            if lines:
                painter.setPen(QPen(style.LINK_COLOR, 3, dash))
                painter.drawLines(lines)
        painter.fillPath(self._heads, style.LINK_COLOR)

    def _paint_links(self, painter: QPainter, widget: QWidget | None) -> None:
        """The arrows, always from a picture of them on a view (ADR 0251): antialiased lines
        drawn into a picture and blitted differ by a shade here and there from lines drawn
        straight onto the blocks, so a view never mixes the two ways and every frame of the
        same arrows at the same place has the same pixels. A frame that changes no arrow (a
        selection, an edit of one sticky's text, an undo of delete-all) blits it."""
        place = _place(painter, widget)
        if place is None:  # a render of the scene, a print: drawn directly, as always
            self._draw_links(painter)
            return
        key_tail, to_picture, ox, oy, base, width, height = place
        key = (self._link_token, *key_tail)
        picture = self._link_pictures.get(key)
        if picture is None:
            picture = _picture(width, height, to_picture, self._draw_links)
            self.link_pictures_made += 1
            _keep(self._link_pictures, key, picture)
        else:
            self._link_pictures.move_to_end(key)
        _blit(painter, picture, ox, oy, base)

    def _paint_plain(self, painter: QPainter, widget: QWidget | None) -> None:
        """The blocks, from a picture of them when the same blocks were painted at the same
        place before: an undo of delete-all takes back the groups and so their picture, a
        frame that changes no block (a selection, a hover) blits one (ADR 0233). Drawn
        directly into anything not the size of the view (a render of the scene, a print) and
        when blocks are dimmed (a faded picture could differ by a shade)."""
        plain = self._plain
        place = _place(painter, widget) if plain.where and not plain.dimmed else None
        if place is None:
            self.drawn_directly += 1
            plain.paint(painter)
            return
        key_tail, to_picture, ox, oy, base, width, height = place
        key = (plain.version, *key_tail)
        picture = self._pictures.get(key)
        if picture is None:
            # the picture of the version last pictured at this place, patched where blocks
            # were put or dropped since (a move, an edit: ADR 0236)
            older = (plain.pictured, *key[1:])
            picture = self._pictures.pop(older, None) \
                if plain.since is not None and plain.pictured else None
            if picture is not None:
                self._patch(picture, to_picture, plain.since)
                self.pictures_patched += 1
            elif key != self._painted_key and (
                    plain.since is None or (id(plain), *key[1:]) != self._painted_place):
                # the first time these blocks are painted here: directly, as before pictures;
                # a picture once these groups were painted here and changed a little since
                # (an edit at a time: the next one patches it)
                self._painted_key = key
                self._painted_place = (id(plain), *key[1:])
                self.drawn_directly += 1
                plain.paint(painter)
                return
            else:
                picture = _picture(width, height, to_picture, _plain_painter(plain))
                self.pictures_made += 1
            plain.pictured, plain.since = plain.version, []
            _keep(self._pictures, key, picture)
        else:
            self._pictures.move_to_end(key)
        _blit(painter, picture, ox, oy, base)

    def _patch(self, picture: QPixmap, to_picture: QTransform, rects: list[QRectF]) -> None:
        """Bring a picture up to date where these blocks were or are now: those pixels are
        cleared and every block drawn again, clipped to them (in whole device pixels; without
        antialiasing a pixel inside the clip comes out as in a fresh picture)."""
        region = QRegion()
        bounds = picture.rect()
        for rect in rects:
            area = to_picture.mapRect(rect).toAlignedRect().adjusted(-1, -1, 1, 1) & bounds
            if not area.isEmpty():
                region += area
        if region.isEmpty():
            return
        p = QPainter(picture)
        p.setClipRegion(region)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        p.fillRect(region.boundingRect(), Qt.GlobalColor.transparent)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        p.setTransform(to_picture)
        self._plain.paint(p)
        p.end()
