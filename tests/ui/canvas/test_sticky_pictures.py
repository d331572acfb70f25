"""A zoomed-in frame at a steady scale blits each sticky's picture instead of laying out and
drawing its text (ADR 0227): the pixels equal direct painting; an edit or a new zoom makes a
new picture, the second time it is painted; a frame at a new scale makes none. Counted, not
timed."""

from __future__ import annotations

from PySide6.QtGui import QImage

from stormboard.app import commands
from stormboard.ui.canvas import pictures

from .conftest import add


def _direct(view) -> QImage:
    view._painted_scale = None  # as if the zoom had just changed: no pictures this frame
    return view.viewport().grab().toImage()


def _steady(view) -> QImage:
    return view.viewport().grab().toImage()


def _pictured(view, tolerance: int = 0) -> QImage:
    """Two frames at a steady scale: stickies seen once are drawn directly, then pictured;
    ``tolerance``: pixels allowed to differ between the two (see below)."""
    made = pictures.cache.made
    first = _steady(view)
    assert pictures.cache.made == made  # first sight: drawn directly, nothing made
    second = _steady(view)
    assert _differing(first, second) <= tolerance  # directly or pictured: the same pixels
    return second


def _differing(a: QImage, b: QImage) -> int:
    """Pixels that differ by more than 2 levels in a channel (antialiased edges composed
    through a picture may round one level apart)."""
    assert a.size() == b.size()
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa != pb and any(abs(((pa >> s) & 255) - ((pb >> s) & 255)) > 2
                                for s in (0, 8, 16, 24)):
                count += 1
    return count


def _board(session) -> list[str]:
    return [
        add(session, "domain_event", 100, 100, "Order placed"),
        add(session, "domain_event", 320, 100, "سفارش ثبت شد و فاکتور ارسال شد"),
        add(session, "hotspot", 560, 90, "Why twice?"),  # a diamond
        add(session, "command", 100, 330, "Place order", pivotal=False),
        add(session, "domain_event", 320, 330, "Payment failed", pivotal=True),
    ]


def test_pictures_paint_the_same_pixels_as_direct_painting(canvas):
    session, scene, view = canvas
    ids = _board(session)
    scene.select_ids([ids[1]])  # the outline is drawn over the picture, never kept in it
    pictures.cache.clear()
    direct = _direct(view)
    made = pictures.cache.made
    cached = _pictured(view)
    assert pictures.cache.made - made == len(ids)  # one picture per sticky, made once
    assert _differing(direct, cached) == 0
    hits = pictures.cache.hits
    again = _steady(view)
    assert pictures.cache.made - made == len(ids)  # the next frame blits, makes nothing
    assert pictures.cache.hits - hits == len(ids)
    assert again == cached


def test_an_edit_and_a_zoom_make_new_pictures_a_zoom_step_makes_none(canvas):
    session, _scene, view = canvas
    ids = _board(session)
    pictures.cache.clear()
    _direct(view)
    _pictured(view)
    made = pictures.cache.made
    session.execute(commands.set_text(session.board, ids[0], "Order cancelled"))
    cached = _pictured(view)
    assert pictures.cache.made == made + 1  # the edited sticky only
    assert _differing(_direct(view), cached) == 0
    made = pictures.cache.made
    view.set_zoom(1.3)
    view.viewport().grab()  # the first frame at a new scale draws directly
    assert pictures.cache.made == made
    zoomed = _pictured(view, len(ids))  # the zoom holds: pictures at the new scale
    assert pictures.cache.made == made + len(ids)
    # at a fractional scale the outline's far corner pixel may fall either way: one a sticky
    assert _differing(_direct(view), zoomed) <= len(ids)


def test_the_cache_keeps_to_its_budget(canvas):
    session, _scene, view = canvas
    _board(session)
    cache = pictures.PictureCache(budget=400_000)  # about three stickies at 100 %
    real = pictures.cache
    pictures.cache = cache
    try:
        _direct(view)
        _pictured(view)
        assert cache.made == 5 and len(cache) <= 3 and 0 < cache.bytes <= 400_000
    finally:
        pictures.cache = real


def test_a_dimmed_sticky_looks_the_same_in_every_frame(canvas):
    """A filtered-out sticky (drawn faded) is never pictured: Qt fades each of its layers on
    its own, and a picture faded once would differ from the frame before it."""
    session, scene, view = canvas
    ids = _board(session)
    for sid in ids:
        scene.sticky_item(sid).setOpacity(0.18)
    pictures.cache.clear()
    direct = _direct(view)
    made = pictures.cache.made
    steady = _pictured(view)
    assert pictures.cache.made == made
    assert _differing(direct, steady) == 0
