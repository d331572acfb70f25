"""What a board just opened builds before its first frame (ADR 0246): a sticky item (one per
sticky) and what it stores, the block layer's first rebuild. Counted, never timed."""

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


def test_items_of_one_size_share_their_bounds(qapp) -> None:
    info = BoardInfo()
    a, b = (StickyItem(new_sticky("domain_event", i * 300, 0, width=160, height=160), info)
            for i in range(2))
    c = StickyItem(new_sticky("domain_event", 0, 300, width=200, height=160), info)
    assert a.boundingRect() is b.boundingRect()
    assert c.boundingRect().width() == 224 and a.boundingRect().width() == 184


def test_the_first_block_rebuild_asks_no_item_whether_it_is_selected(
        open_board, qtbot, monkeypatch) -> None:
    """A board just opened has nothing selected: the layer's first rebuild (in the first frame,
    far out) asks the scene once instead of each of its stickies (ADR 0246)."""
    from stormboard.ui.canvas import BoardScene, BoardView

    from .conftest import grid_board

    asked: list[int] = []
    real = StickyItem.isSelected
    monkeypatch.setattr(StickyItem, "isSelected", lambda self: asked.append(1) or real(self))
    scene = BoardScene(open_board(grid_board(500)))
    view = BoardView(scene)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(0.02)
    asked.clear()
    view.viewport().grab()
    assert scene.block_mode and len(scene.blocks._plain.rects) == 500
    assert asked == []
    item = scene._stickies["s00007"]
    item.setSelected(True)
    scene.blocks.invalidate()
    view.viewport().grab()
    assert len(asked) >= 500  # something selected: each is asked, the selected one left out


def _shown(open_board, qtbot, board):
    from stormboard.ui.canvas import BoardScene, BoardView

    scene = BoardScene(open_board(board))
    view = BoardView(scene)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return scene, view


def test_a_large_wall_enters_block_mode_for_its_fit_flipping_nothing(
        open_board, qtbot, monkeypatch) -> None:
    """Built as block mode leaves a wall (ADR 0230): the fit far out flips no item, and close
    up only what a view shows paints itself (ADR 0246)."""
    from PySide6.QtCore import QPointF

    from stormboard.ui.canvas.decor import LinkItem
    from stormboard.ui.canvas.scene import FREEZE_AT

    from .conftest import grid_board

    flips: list[int] = []
    for cls in (StickyItem, LinkItem):
        real = cls.setFlag
        monkeypatch.setattr(cls, "setFlag",
                            lambda self, *a, real=real: flips.append(1) or real(self, *a))
    scene, view = _shown(open_board, qtbot, grid_board(FREEZE_AT, link_every=10))
    no_contents = StickyItem.GraphicsItemFlag.ItemHasNoContents
    assert all(i.flags() & no_contents for i in scene._stickies.values())
    assert all(i.flags() & no_contents for i in scene._links.values())
    flips.clear()  # each new arrow's flag is set as it is made, as before
    view.set_zoom(0.02)
    view.viewport().grab()
    assert scene.block_mode and flips == []
    view.set_zoom(1.0, QPointF(300, 300))
    view.viewport().grab()
    assert not scene.block_mode
    near, far = scene._stickies["s00001"], scene._stickies[f"s{FREEZE_AT - 1:05d}"]
    assert not near.flags() & no_contents and far.flags() & no_contents
    assert 0 < scene.contents_shown < 200


def test_a_small_wall_is_built_painting(open_board, qtbot) -> None:
    from .conftest import grid_board

    scene, _view = _shown(open_board, qtbot, grid_board(50, link_every=10))
    no_contents = StickyItem.GraphicsItemFlag.ItemHasNoContents
    assert not any(i.flags() & no_contents for i in scene._stickies.values())
    assert scene._painting is None


def test_an_arrow_drawn_in_numbers_ends_where_edge_point_puts_it(qapp) -> None:
    import random

    from PySide6.QtCore import QLineF, QRectF

    from stormboard.domain.entities import Link
    from stormboard.ui.canvas.decor import LinkItem, _edge_point

    rng = random.Random(12)
    link = Link("l1", "a", "b")
    cases = [(QRectF(0, 0, 160, 160), QRectF(0, 0, 160, 160)),  # one centre
             (QRectF(0, 0, 160, 160), QRectF(0, 400, 160, 160)),  # straight down
             (QRectF(0, 0, 160, 160), QRectF(-500, 0, 200, 120))]  # straight left
    for _ in range(300):
        cases.append((QRectF(rng.uniform(-9e3, 9e3), rng.uniform(-9e3, 9e3), 160.5, 83.25),
                      QRectF(rng.uniform(-9e3, 9e3), rng.uniform(-9e3, 9e3), 200, 160)))
    for a, b in cases:
        item = LinkItem(link)
        item.sync(link, a, b)
        assert item.line == QLineF(_edge_point(a, b.center()), _edge_point(b, a.center()))
