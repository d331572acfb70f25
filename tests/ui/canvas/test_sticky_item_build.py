"""Building a sticky item (one per sticky when a board opens, ADR 0246): what it stores and
that it is placed as ``sync`` places it. Counted, never timed."""

from __future__ import annotations

from stormboard.app.commands import new_sticky
from stormboard.domain.entities import BoardInfo
from stormboard.ui.canvas.sticky_item import StickyItem


def test_a_new_item_stores_only_what_differs_per_sticky(qapp) -> None:
    item = StickyItem(new_sticky("domain_event", 10, 20, text="Paid"), BoardInfo())
    # the record, its colour and outline, its shape: the rest is read from the class
    assert sorted(vars(item)) == ["_color", "_outline_pen", "_shape_kind", "sticky"]
    assert (item.votes, item.vote_colors, item.editing) == (0, (), False)
    assert item.boundingRect().width() == item.sticky.width + 24


def test_a_new_item_is_placed_and_tilted_as_a_synced_one(qapp) -> None:
    info = BoardInfo()
    for kind in ("domain_event", "chapter"):
        s = new_sticky(kind, 40, 60, text="x")
        built = StickyItem(s, info)
        synced = StickyItem(new_sticky("domain_event", 0, 0, text="x"), info)
        synced.sync(s, info)
        assert (built.pos(), built.rotation(), built.transformOriginPoint()) == \
            (synced.pos(), synced.rotation(), synced.transformOriginPoint())
        assert (built._shape_kind, built._color) == (synced._shape_kind, synced._color)
    assert StickyItem(new_sticky("chapter", 0, 0), info).rotation() != 0
