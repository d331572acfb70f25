"""Find on a large wall does work in proportion to what changed, never to the board, per
keystroke (issue 12, ADRs 0225 and 0226): the texts are folded ahead, once; an edit folds only
what it touched; the rings paint only the matches in view. Counted, not timed."""

from __future__ import annotations

import random

from PySide6.QtCore import QPointF, QRectF

from stormboard.app import commands
from stormboard.app.edit import ChangeSet
from stormboard.domain.board import Board
from stormboard.domain.search import SearchIndex, search_text
from stormboard.ui.timeline import FindBar

from .conftest import type_text

WORDS = ["Order", "shipped", "Invoice", "sent", "سفارش", "ثبت", "شد", "Paid", "علی"]


def _wall(session, n: int = 400) -> list[str]:
    rng = random.Random(3)
    stickies = [commands.new_sticky(
        "domain_event", (i % 40) * 220.0, (i // 40) * 220.0, width=160, height=160,
        text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))))
        for i in range(n)]
    session.execute(commands.add_stickies(session.board, stickies))
    session.seal()
    return [s.id for s in stickies]


def _bar(qtbot, tools) -> FindBar:
    bar = FindBar()
    qtbot.addWidget(bar)
    bar.set_tools(tools)
    return bar


def test_keystrokes_fold_no_text_after_the_idle_fold_and_an_edit_folds_one(timeline, qtbot):
    session, _scene, _view, tools = timeline
    ids = _wall(session)
    bar = _bar(qtbot, tools)
    index = bar.search_index
    qtbot.waitUntil(lambda: index.ready)  # folded while idle, before anyone types
    assert index.folded == len(ids)
    bar.open_bar()
    for letter in "ship":
        type_text(bar.field, letter)
        assert bar.matches == search_text(session.board, bar.field.text())
    assert bar.matches and index.folded == len(ids)  # four keystrokes: nothing folded
    session.execute(commands.set_text(session.board, ids[7], "Shipping label"))
    assert index.folded == len(ids) + 1  # the edited sticky only
    assert ids[7] in bar.matches  # the open bar searched again
    type_text(bar.field, "p")
    assert index.folded == len(ids) + 1
    assert bar.matches == search_text(session.board, "shipp")


def test_a_letter_typed_before_the_index_is_built_is_answered_for_the_first_matches(
        timeline, qtbot):
    """As the board shows, nothing folded yet (ADR 0235): the letter folds in reading order
    up to its first match and the texts in view, rings what the view shows, and the rest
    follows while idle; the results end exact."""
    session, _scene, view, tools = timeline
    ids = _wall(session, 1600)
    bar = _bar(qtbot, tools)
    index = bar.search_index
    bar.open_bar()
    type_text(bar.field, "o")  # no event-loop turn in between: nothing folded ahead
    expected = search_text(session.board, "o")
    assert bar.partial and bar.matches == expected[:len(bar.matches)]
    assert bar.current == expected[0]
    assert index.folded < len(ids) // 2 and bar.count.text() == ""
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    in_view = [sid for sid in expected if shown.intersects(QRectF(
        *(lambda s: (s.x, s.y, s.width, s.height))(session.board.stickies[sid])))]
    assert in_view and set(in_view) <= set(tools.decorations.found.ids)  # the frame is right
    qtbot.waitUntil(lambda: not bar.partial)  # the rest, while idle
    assert bar.matches == expected and bar.current == expected[0]
    assert index.folded == len(ids) and bar.count.text()
    assert list(tools.decorations.found.ids) == expected


def _typed_at_once(qtbot, session, tools) -> FindBar:
    """A 1,600-sticky wall, the bar opened and "o" typed before any event-loop turn."""
    _wall(session, 1600)
    bar = _bar(qtbot, tools)
    bar.open_bar()
    type_text(bar.field, "o")
    return bar


def test_enter_before_the_idle_search_ends_goes_to_the_true_next_match(timeline, qtbot):
    session, _scene, _view, tools = timeline
    bar = _typed_at_once(qtbot, session, tools)
    assert bar.partial
    bar.next()
    expected = search_text(session.board, "o")
    assert not bar.partial and bar.matches == expected and bar.current == expected[1]


def _counting(monkeypatch) -> dict[str, int]:
    """Calls of the index's reading key and fold functions."""
    from stormboard.domain import search

    calls = {"reading_key": 0, "compact_key": 0, "_reading_keys": 0}
    for name in calls:
        real = getattr(search, name)

        def counted(*args, _real=real, _name=name):
            calls[_name] += 1
            return _real(*args)

        monkeypatch.setattr(search, name, counted)
    return calls


def test_the_closed_bar_only_notes_an_edit_and_the_open_one_follows_it_in_proportion(
        timeline, qtbot, monkeypatch):
    session, _scene, _view, tools = timeline
    ids = _wall(session, 1200)
    bar = _bar(qtbot, tools)
    qtbot.waitUntil(lambda: bar.search_index.ready)
    calls = _counting(monkeypatch)
    thousand = ids[:1000]
    session.execute(commands.move_stickies(session.board, thousand, 40, 0))  # bar closed
    session.seal()
    assert calls == {"reading_key": 0, "compact_key": 0, "_reading_keys": 0}
    bar.open_bar()
    type_text(bar.field, "ship")
    assert calls["_reading_keys"] == 0  # merged, not sorted again
    assert calls["reading_key"] == 1000  # one per moved sticky, at the first search
    assert bar.matches == search_text(session.board, "ship")
    calls.update(reading_key=0, compact_key=0)
    session.execute(commands.move_stickies(session.board, ids[:30], 0, 40))  # bar open
    assert calls["reading_key"] == 30 and calls["_reading_keys"] == 0
    assert bar.matches == search_text(session.board, "ship")


def test_rings_paint_only_the_matches_in_view(timeline, qtbot):
    session, _scene, view, tools = timeline
    ids = _wall(session)
    bar = _bar(qtbot, tools)
    bar.open_bar()
    type_text(bar.field, "d")  # "Paid", "shipped", "شد" is not "d": most of the wall
    rings = tools.decorations.found
    assert len(rings.ids) == len(bar.matches) > 100
    view.set_zoom(1.0)
    view.centerOn(QPointF(20 * 220.0, 5 * 220.0))
    view.viewport().grab()
    # 1000x700 at 100 % shows at most 6 x 5 stickies (with a ring's reach around the view)
    assert 0 < rings.drawn <= 7 * 6
    assert rings.measured <= 7 * 6  # close up: only the matches in view are looked at
    view.set_zoom(0.05)  # far out: every ring measured once, sorted, then a slice per frame
    view.viewport().grab()
    measured = rings.measured
    assert rings.drawn == len(rings.ids)
    view.viewport().grab()
    assert rings.measured == measured  # not again for the next frame
    assert all(sid in ids for sid in rings.ids)


def test_the_index_follows_adds_moves_edits_and_removals():
    rng = random.Random(11)
    board = Board()
    board.load("stickies", [commands.new_sticky(
        "domain_event", rng.uniform(0, 3000), rng.uniform(0, 900),
        text=" ".join(rng.choice(WORDS) for _ in range(3))) for _ in range(120)])
    index = SearchIndex()
    while not index.fold_some(board, 0.0):
        pass
    for step in range(60):
        sid = rng.choice(sorted(board.stickies))
        if step % 4 == 0:
            command = commands.set_text(board, sid, rng.choice(WORDS) + " shipped")
        elif step % 4 == 1:
            command = commands.move_stickies(board, [sid], rng.uniform(-500, 500), 30)
        elif step % 4 == 2:
            command = commands.delete_stickies(board, [sid])
        else:
            command = commands.add_sticky(board, commands.new_sticky(
                "domain_event", rng.uniform(0, 3000), 100, text="Order paid"))
        board.apply(command.puts)
        index.changed(board, ChangeSet.from_puts(command.puts).ids("stickies"))
        for query in ("shipped", "سفارش ثبت", "order", "d"):
            assert index.search(board, query) == search_text(board, query)


def test_the_idle_search_waits_for_the_frame_that_answers_the_letter(timeline, qtbot):
    """Its slices would run while Qt waits to paint the answer (ADR 0235)."""
    session, _scene, view, tools = timeline
    bar = _typed_at_once(qtbot, session, tools)
    assert bar.partial and not bar._folding.isActive()
    folded = bar.search_index.folded
    view.viewport().repaint()  # the frame
    qtbot.waitUntil(lambda: not bar.partial)
    assert bar.search_index.folded > folded


def test_the_index_is_built_after_the_boards_first_frame_not_before(timeline, qtbot):
    """Start-up (ADR 0235): the idle folding waits for the wall to paint."""
    session, _scene, view, tools = timeline
    _wall(session, 300)
    bar = FindBar()
    qtbot.addWidget(bar)
    bar.set_tools(tools)
    assert not bar._folding.isActive() and bar.search_index.folded == 0
    view.viewport().repaint()
    qtbot.waitUntil(lambda: bar.search_index.ready)


def test_an_edit_holds_the_idle_folding_a_moment(timeline, qtbot, monkeypatch):
    """ADR 0242: while the index is folded ahead (the bar closed), a change to the board holds
    the next slice for EDIT_PAUSE_MS, so the frames of someone working the wall carry none;
    then it goes on and ends exact."""
    from stormboard.domain import search
    from stormboard.ui.timeline import find_bar

    session, _scene, _view, tools = timeline
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(search, "SLICE", 5)
    ids = _wall(session, 800)
    bar = _bar(qtbot, tools)
    index = bar.search_index
    slices = []
    real = SearchIndex.fold_some
    monkeypatch.setattr(SearchIndex, "fold_some",
                        lambda self, board, seconds=0.004: slices.append(1)
                        or real(self, board, 0.0))
    bar._fold_later()  # as after the first frame
    for _ in range(3):
        QApplication.processEvents()  # folding, a slice per turn
    assert slices and not index.ready
    session.execute(commands.set_text(session.board, ids[3], "Shipping label"))
    slices.clear()
    for _ in range(5):
        QApplication.processEvents()  # event-loop turns right after the edit
    assert slices == [] and bar._folding.interval() == find_bar.EDIT_PAUSE_MS
    qtbot.waitUntil(lambda: index.ready, timeout=5000)
    assert slices and bar._folding.interval() == 0
    assert index.search(session.board, "shipping") == search_text(session.board, "shipping")
