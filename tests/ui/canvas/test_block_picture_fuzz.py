"""Far out, after each of a random run of edits, the frame painted equals a
freshly drawn wall (no stale pixels from a reused or patched picture of the blocks)."""

from __future__ import annotations

import random

import pytest

from stormboard.app import commands

from .test_bulk_frame import N, wall  # noqa: F401
from .test_move_frame import _fresh


@pytest.mark.parametrize("seed", range(4))
def test_random_edits_far_out_match_a_fresh_wall(wall, seed):  # noqa: F811
    session, scene, view = wall
    rnd = random.Random(seed)
    vp = view.viewport()
    vp.grab()
    vp.grab()
    for step in range(25):
        ids = sorted(session.board.stickies)
        op = rnd.choice(["color", "kind", "move", "delsome", "delall", "undo", "redo", "text",
                         "movefew"])
        b = session.board
        if op == "color" and ids:
            session.execute(commands.set_color(b, rnd.sample(ids, rnd.randint(1, 5)),
                                               rnd.choice(["#FF0000", "#00AA00", None])))
        elif op == "kind" and ids:
            kind = rnd.choice(["hotspot", "command", "domain_event"])
            session.execute(commands.change_kind(b, rnd.sample(ids, rnd.randint(1, 5)), kind))
        elif op == "move" and ids:
            session.execute(commands.move_stickies(b, rnd.sample(ids, min(len(ids), 200)), 300, 0))
        elif op == "movefew" and ids:
            session.execute(commands.move_stickies(b, rnd.sample(ids, min(len(ids), 3)), 50, 25))
        elif op == "delsome" and ids:
            some = rnd.sample(ids, min(len(ids), rnd.choice([3, 400])))
            session.execute(commands.delete_stickies(b, some))
        elif op == "delall" and ids:
            session.execute(commands.delete_stickies(b, ids))
        elif op == "text" and ids:
            session.execute(commands.set_text(b, rnd.choice(ids), "x" * rnd.randint(1, 80)))
        elif op == "undo":
            scene.document.step_history(redo=False)
        elif op == "redo":
            scene.document.step_history(redo=True)
        session.seal()
        a = vp.grab().toImage()
        b2 = vp.grab().toImage()
        c = vp.grab().toImage()
        fresh = _fresh(scene, view)
        assert a == fresh, (seed, step, op)
        assert b2 == fresh, (seed, step, op)
        assert c == fresh, (seed, step, op)
        vp.grab()
        vp.grab()
