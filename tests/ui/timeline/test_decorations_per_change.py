"""The timeline's decorations follow a change in proportion to it (ADR 0234): chapters are read
from the pivotal events and chapter stickies kept in step, not from every sticky; arrows are
put back only where they were faded. Counted, never timed."""

from __future__ import annotations

from stormboard.app import commands
from stormboard.domain.search import StickyFilter
from stormboard.domain.timeline import chapter_heads
from stormboard.ui.timeline import decorations as decorations_module

from .conftest import add


def _wall(session, n=200):
    stickies = [commands.new_sticky("domain_event", (i % 20) * 200.0, (i // 20) * 200.0,
                                    text="Order placed", sticky_id=f"s{i:03d}")
                for i in range(n)]
    session.execute(commands.add_stickies(session.board, stickies))
    session.seal()


def test_chapters_read_only_the_stickies_that_shape_them(timeline, monkeypatch):
    session, _scene, _view, tools = timeline
    _wall(session)
    add(session, "domain_event", 1000, 5000, "Paid", pivotal=True)
    add(session, "chapter", 1500, 5000, "Shipping")
    deco = tools.decorations
    read = []
    real = decorations_module.chapter_heads

    def counting(board, shapers=None):
        shapers = list(board.stickies.values() if shapers is None else shapers)
        read.append(len(shapers))
        return real(board, shapers)

    monkeypatch.setattr(decorations_module, "chapter_heads", counting)
    ids = sorted(session.board.stickies)
    session.execute(commands.delete_stickies(session.board, ids))
    session.seal()
    session.undo()
    session.execute(commands.move_stickies(session.board, ids, 20, 0))
    assert read and all(n <= 2 for n in read)  # the pivotal event and the chapter sticky
    assert [(s.index, s.name) for s in deco.chapters.stretches] == [
        (0, "Chapter 1"), (1, "Shipping")]
    assert deco.stretches() == deco.stretches()  # the same bands from the kept ones
    heads = chapter_heads(session.board)  # and what every sticky says
    assert [(s.x0, s.name) for s in deco.chapters.stretches][1] == (
        heads[1].x_start, "Shipping")
    # a plain sticky moved: the chapters are not read at all
    read.clear()
    session.execute(commands.move_stickies(session.board, ["s005"], 20, 0))
    assert read == []


def test_arrows_are_put_back_only_where_they_were_faded(timeline, monkeypatch):
    session, scene, _view, tools = timeline
    _linked_wall(session)
    deco = tools.decorations
    deco.set_filter(StickyFilter.of(text="nothing matches this"))
    assert scene.link_item("l00").opacity() < 1.0
    session.execute(commands.delete_stickies(session.board, ["s000", "s001"]))  # takes l00
    session.seal()
    deco.set_filter(StickyFilter())  # every arrow on the wall in full again
    looked_up = _looked_up(monkeypatch)
    session.undo()  # l00 comes back: it was left dimmed when it went
    assert looked_up == ["l00"]
    assert scene.link_item("l00").opacity() == 1.0 and scene.link_item("l00").isVisible()
    ids = sorted(session.board.stickies)
    session.execute(commands.delete_stickies(session.board, ids))
    session.seal()
    looked_up.clear()
    session.undo()  # 20 arrows back, none of them faded: not one looked up
    assert looked_up == []
    assert all(scene.link_item(f"l{i:02d}").opacity() == 1.0 for i in range(20))


def test_a_wall_nothing_hides_or_dims_looks_up_no_arrow(timeline, monkeypatch):
    """Start-up (ADR 0239): the filter panel's empty filter and the first update read no link
    item; a filter cleared puts back exactly the arrows it faded."""
    session, scene, _view, tools = timeline
    _linked_wall(session)
    deco = tools.decorations
    looked_up = _looked_up(monkeypatch)
    deco.update_all()
    deco.set_filter(StickyFilter())
    assert looked_up == []
    deco.set_filter(StickyFilter.of(text="nothing matches this"))
    assert len(looked_up) == 20 and scene.link_item("l05").opacity() < 1.0
    looked_up.clear()
    deco.set_filter(StickyFilter())
    assert sorted(looked_up) == [f"l{i:02d}" for i in range(20)]
    assert all(scene.link_item(f"l{i:02d}").opacity() == 1.0 for i in range(20))
    looked_up.clear()
    deco.set_filter(StickyFilter())
    assert looked_up == []


def _linked_wall(session) -> None:
    _wall(session, 40)
    for i in range(20):
        session.execute(commands.add_record(session.board, "links", commands_link(i), "Link"))
    session.seal()


def _looked_up(monkeypatch) -> list[str]:
    """The link ids the decorations look up from now on."""
    looked_up: list[str] = []
    real = decorations_module.link_item
    monkeypatch.setattr(decorations_module, "link_item",
                        lambda sc, lid: looked_up.append(lid) or real(sc, lid))
    return looked_up


def commands_link(i: int):
    from stormboard.domain.entities import Link

    return Link(f"l{i:02d}", f"s{2 * i:03d}", f"s{2 * i + 1:03d}")
