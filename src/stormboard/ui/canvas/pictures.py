"""Stickies as pictures in device pixels, blitted by a view whose zoom holds still (ADR 0227).

Laying out and drawing a sticky's text is most of a zoomed-in frame. A view that paints at the
same scale as its last frame (scrolling, a selection, an edit elsewhere, a find ring) lets each
sticky draw a picture of itself made at that scale once: one ``drawPixmap`` instead of a fill,
an outline, a marker and a ``drawStaticText`` per line. A frame at a new scale (zooming) paints
directly and makes no pictures, so a zoom gesture never pays for pictures it would throw away.

A sticky painted at a steady scale for the first time (a jump, a scroll) draws directly too; its
picture is made when it is painted again with the same key, so a frame at a new place costs no
more than before. Pictures are keyed by everything they show (text, kind, size, colour, votes,
scale, device pixel ratio, the origin's fraction of a pixel), so an edit or a zoom simply asks
for another key; the least recently used go once the pictures pass ``BUDGET`` bytes. The
selection outline is never part of a picture.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Iterator

from PySide6.QtGui import QPixmap

#: bytes of pictures kept (a 160 x 160 sticky at 100 % is ~135 KB)
BUDGET = 32 * 1024 * 1024


class PictureCache:
    def __init__(self, budget: int = BUDGET) -> None:
        self.budget = budget
        self.bytes = 0
        self._pictures: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._seen: set[tuple] = set()
        self.made = 0  # pictures drawn (tests count work)
        self.hits = 0

    def __len__(self) -> int:
        return len(self._pictures)

    def get(self, key: tuple) -> QPixmap | None:
        picture = self._pictures.get(key)
        if picture is not None:
            self._pictures.move_to_end(key)
            self.hits += 1
        return picture

    def seen_before(self, key: tuple) -> bool:
        """True from the second time a key is asked for: a sticky seen once (a jump, a
        scroll) is drawn directly; a picture is made only when it is painted again."""
        if key in self._seen:
            return True
        if len(self._seen) > 8192:
            self._seen.clear()
        self._seen.add(key)
        return False

    def put(self, key: tuple, picture: QPixmap) -> None:
        size = picture.width() * picture.height() * 4
        if size > self.budget // 2:
            return  # a sticky filling the screen: cheaper to draw than to keep
        self.made += 1
        old = self._pictures.pop(key, None)
        if old is not None:
            self.bytes -= old.width() * old.height() * 4
        self._pictures[key] = picture
        self.bytes += size
        while self.bytes > self.budget and self._pictures:
            _key, gone = self._pictures.popitem(last=False)
            self.bytes -= gone.width() * gone.height() * 4

    def clear(self) -> None:
        self._pictures.clear()
        self._seen.clear()
        self.bytes = 0


cache = PictureCache()

#: while a view paints at the scale of its previous frame: that scale; else None (items
#: painted for a rendering, a drag preview or a zoom step draw themselves)
steady_scale: float | None = None


@contextlib.contextmanager
def frame(scale: float | None) -> Iterator[None]:
    """One view's frame: items may blit pictures made at ``scale`` (None: they may not)."""
    global steady_scale
    before = steady_scale
    steady_scale = scale
    try:
        yield
    finally:
        steady_scale = before
