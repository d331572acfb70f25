"""The overview follows edits when it draws, not as they come (ADR 0234): a change set costs
it no work per sticky; the next render reads each changed sticky once and keeps the blocks of
a removal for its undo. Counted, never timed."""

from __future__ import annotations

from stormboard.app import commands
from stormboard.ui.canvas import BoardScene, BoardView, Minimap

from .conftest import grid_board


def _minimap(qtbot, open_board, n=1_000):
    session = open_board(grid_board(n, columns=40, link_every=10))
    scene = BoardScene(session)
    view = BoardView(scene)
    minimap = Minimap(view)
    minimap.resize(200, 120)
    qtbot.addWidget(view)
    qtbot.addWidget(minimap)
    minimap._render()
    return session, minimap


def _blocks_made(monkeypatch, minimap):
    made = []
    real = minimap._block
    monkeypatch.setattr(minimap, "_block", lambda s, info: made.append(s.id) or real(s, info))
    return made


def _as_drawn_afresh(session, minimap):
    info = session.board.info
    return {sid: (s, minimap._block(s, info)[1], minimap._block(s, info)[2])
            for sid, s in session.board.stickies.items()}


def _grouped_as_kept(minimap):
    # the per-colour groups the render draws are exactly the blocks, grouped afresh
    afresh = {}
    for sid, (_record, key, rect) in minimap._blocks.items():
        afresh.setdefault(key, {})[sid] = rect
    return {key: rects for key, rects in minimap._by_color.items() if rects} == afresh


def test_a_change_costs_the_overview_nothing_until_it_draws(qtbot, open_board, monkeypatch):
    session, minimap = _minimap(qtbot, open_board)
    made = _blocks_made(monkeypatch, minimap)
    ids = sorted(session.board.stickies)
    for _ in range(3):  # a drag: three steps of the same 1,000 stickies
        session.execute(commands.move_stickies(session.board, ids, 20, 0))
    assert made == [] and minimap._rebuild.isActive()
    minimap._render()
    assert sorted(made) == ids  # each moved sticky read once, not once per step
    assert minimap._blocks == _as_drawn_afresh(session, minimap)
    assert _grouped_as_kept(minimap)
    session.execute(commands.set_color(session.board, ids[:10], "#123456"))
    session.execute(commands.delete_stickies(session.board, ids[10:20]))
    minimap._render()
    assert minimap._blocks == _as_drawn_afresh(session, minimap)
    assert _grouped_as_kept(minimap)


def test_the_undo_of_a_delete_all_puts_the_blocks_back(qtbot, open_board, monkeypatch):
    session, minimap = _minimap(qtbot, open_board)
    before = dict(minimap._blocks)
    session.execute(commands.delete_stickies(session.board, list(session.board.stickies)))
    session.seal()
    minimap._render()
    assert minimap._blocks == {}
    made = _blocks_made(monkeypatch, minimap)
    session.undo()
    minimap._render()
    assert made == []  # every block kept from the delete
    assert minimap._blocks == before
    # deleted and restored between two renders: nothing to read again either
    session.execute(commands.delete_stickies(session.board, list(session.board.stickies)))
    session.seal()
    session.undo()
    minimap._render()
    assert made == [] and minimap._blocks == before
    assert _grouped_as_kept(minimap)
