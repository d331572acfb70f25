"""Fuzz of the overview's catch-up (ADR 0234): after random edits, undos, redos and
renders at random moments, the kept blocks and colour groups equal the board drawn afresh."""

from __future__ import annotations

import random

import pytest

from stormboard.app import commands

from .test_minimap_per_change import _as_drawn_afresh, _grouped_as_kept, _minimap


@pytest.mark.parametrize("seed", range(6))
def test_random_catch_up(qtbot, open_board, seed):
    session, minimap = _minimap(qtbot, open_board, n=300)
    rnd = random.Random(seed)
    from stormboard.ui.canvas.scene import BoardScene  # noqa: F401
    for step in range(60):
        b = session.board
        ids = sorted(b.stickies)
        op = rnd.choice(["color", "kind", "move", "delsome", "delall", "undo", "redo", "render",
                         "render", "legend"])
        if op == "color" and ids:
            session.execute(commands.set_color(b, rnd.sample(ids, rnd.randint(1, 5)),
                                               rnd.choice(["#FF0000", "#00AA00", None])))
        elif op == "kind" and ids:
            session.execute(commands.change_kind(b, rnd.sample(ids, rnd.randint(1, 5)),
                                                 rnd.choice(["hotspot", "command"])))
        elif op == "move" and ids:
            session.execute(commands.move_stickies(b, rnd.sample(ids, min(len(ids), 50)), 30, 0))
        elif op == "delsome" and ids:
            some = rnd.sample(ids, min(len(ids), rnd.choice([2, 100, 250])))
            session.execute(commands.delete_stickies(b, some))
        elif op == "delall" and ids:
            session.execute(commands.delete_stickies(b, ids))
        elif op == "undo":
            session.undo()
        elif op == "redo":
            session.redo()
        elif op == "legend":
            from dataclasses import replace

            from stormboard.domain.board import Put
            info = b.info
            legend = dict(info.legend)
            legend["domain_event"] = rnd.choice(["#FFAA00", "#123456"])
            from stormboard.app.edit import Edit
            recoloured = replace(info, legend=legend)
            session.execute(Edit("legend", (Put("info", info.id, info, recoloured),)))
        session.seal()
        if op == "render" or rnd.random() < 0.3:
            minimap._render()
            if minimap._blocks is not None:
                assert minimap._blocks == _as_drawn_afresh(session, minimap), (seed, step)
                assert _grouped_as_kept(minimap), (seed, step)
