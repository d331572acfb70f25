"""Whole-wall selection stays linear (issue 12): counted notifications, never timed."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsScene

from stormboard.app import commands
from stormboard.domain.board import Board

from .conftest import grid_board

N = 5_000


def _big_board(n: int = N) -> Board:
    return grid_board(n)


class _Counter:
    """Counts the scene's selection announcements and its whole-selection queries."""

    def __init__(self, scene, monkeypatch) -> None:
        self.announced: list[int] = []
        self.qt_changed = 0
        self.queries = 0
        scene.selection_changed_ids.connect(lambda ids: self.announced.append(len(ids)))
        scene.selectionChanged.connect(self._changed)
        original = QGraphicsScene.selectedItems

        def counted(this):
            self.queries += 1
            return original(this)

        monkeypatch.setattr(type(scene), "selectedItems", counted)

    def _changed(self) -> None:
        self.qt_changed += 1


def test_select_all_delete_all_and_undo_announce_a_bounded_number_of_times(
        qtbot, open_board, monkeypatch):
    from stormboard.ui.canvas import BoardScene

    session = open_board(_big_board())
    scene = BoardScene(session)
    count = _Counter(scene, monkeypatch)

    scene.select_all()
    assert count.announced == [N]
    assert count.qt_changed == 1  # not one per sticky
    assert count.queries <= 4  # the whole selection is asked for a few times, not per sticky

    count.queries = count.qt_changed = 0
    scene.delete_selection()
    assert not scene.board.stickies
    assert count.announced == [N, 0]
    assert count.qt_changed <= 2 and count.queries <= 4

    count.queries = count.qt_changed = 0
    scene.document.step_history(redo=False)
    assert len(scene.board.stickies) == N
    assert count.queries <= 4 and count.qt_changed <= 2

    # selecting the same set again announces nothing new; a smaller set announces once
    scene.select_all()
    count.announced.clear()
    scene.select_all()
    assert count.announced == []
    scene.select_ids(["s00001", "s00002"])
    assert count.announced == [2]
    assert sorted(scene.selected_sticky_ids()) == ["s00001", "s00002"]


def test_far_out_links_are_drawn_by_the_block_layer_in_a_few_calls(canvas):
    from PySide6.QtWidgets import QGraphicsItem

    from stormboard.domain.entities import Link, LinkKind

    from .conftest import add

    session, scene, view = canvas
    a = add(session, "domain_event", 0, 0, "a")
    b = add(session, "domain_event", 600, 0, "b")
    c = add(session, "domain_event", 600, 600, "c")
    for lid, src, dst, kind in (("l1", a, b, LinkKind.LEADS_TO), ("l2", b, c, LinkKind.RELATES_TO)):
        session.execute(commands.add_record(session.board, "links", Link(lid, src, dst, kind),
                                            "Link"))
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert not scene.link_item("l1").flags() & no_contents  # close up: each arrow paints itself
    view.set_zoom(0.04)
    assert scene.block_mode
    view.viewport().grab()
    assert all(scene.link_item(lid).flags() & no_contents for lid in ("l1", "l2"))
    assert len(scene.blocks._solid) == 1 and len(scene.blocks._dashed) == 1
    assert scene.blocks._heads.elementCount() > 0
    # a link removed far out leaves the layer at once
    session.execute(commands.remove_record(session.board, "links", "l2", "Unlink"))
    view.viewport().grab()
    assert len(scene.blocks._dashed) == 0
    view.set_zoom(1.0)
    assert not scene.link_item("l1").flags() & no_contents


def test_far_out_a_large_selection_is_tinted_by_the_block_layer(canvas):
    from PySide6.QtWidgets import QGraphicsItem

    from stormboard.ui.canvas.blocks import SELF_PAINT_MAX

    session, scene, view = canvas
    n = SELF_PAINT_MAX + 20
    session.execute(commands.add_stickies(session.board, _big_board(n).stickies.values()))
    view.set_zoom(0.03)
    assert scene.block_mode
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    scene.select_all()
    view.viewport().grab()
    assert scene.blocks.paints_selected
    assert all(scene.sticky_item(sid).flags() & no_contents for sid in scene.board.stickies)
    assert len(scene.blocks._tint) == n
    # a few selected paint themselves (highlight, drag); the rest are plain blocks again
    scene.select_ids(["s00003", "s00004"])
    view.viewport().grab()
    assert not scene.blocks.paints_selected and not scene.blocks._tint
    painting = [sid for sid in scene.board.stickies
                if not scene.sticky_item(sid).flags() & no_contents]
    assert sorted(painting) == ["s00003", "s00004"]
    assert scene.sticky_item("s00003") not in scene.blocks._plain.where
    assert scene.sticky_item("s00005") in scene.blocks._plain.where
