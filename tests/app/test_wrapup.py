"""The wrap-up summary built from a finished workshop board."""

import pytest

from stormboard.app import commands as c
from stormboard.app import workshop_commands as wc
from stormboard.app.session import BoardSession
from stormboard.app.wrapup import build_wrapup
from stormboard.domain.board import Board
from stormboard.domain.entities import Lane

T0 = 1_800_000_000.0


def add(s: BoardSession, sid, kind, x, y=0.0, text="", pivotal=False):
    s.execute(c.add_sticky(s.board, c.new_sticky(kind, x, y, text=text or sid, sticky_id=sid,
                                                  pivotal=pivotal)))


@pytest.fixture
def workshop_board() -> Board:
    s = BoardSession(Board(), clock=lambda: T0)
    b = s.board
    s.execute(wc.set_goal(b, "Understand ordering"))
    s.execute(wc.set_scope(b, "From cart to delivery"))
    s.execute(wc.add_participant(b, "Zed", "ops", participant_id="z"))
    s.execute(wc.add_participant(b, "ana", "dev", participant_id="a"))
    s.execute(wc.start_workshop(b, T0))
    s.execute(wc.next_phase(b, T0 + 600))  # kickoff 10 min
    s.execute(wc.pause_timer(b, T0 + 1200))
    s.execute(wc.resume_timer(b, T0 + 1500))
    s.execute(wc.skip_phase(b, T0 + 1800))  # exploration dropped, pause and all
    s.execute(c.add_record(b, "lanes", Lane("l1", "Customer", -100, 400), "Add lane"))
    s.execute(c.add_record(b, "lanes", Lane("l2", "Warehouse", 300, 400), "Add lane"))
    add(s, "e1", "domain_event", 0, text="Cart filled")
    add(s, "e2", "domain_event", 400, text="Order placed", pivotal=True)
    add(s, "e3", "domain_event", 800, 400, text="Order packed")
    add(s, "e4", "domain_event", 1200, text="Order shipped", pivotal=True)
    add(s, "e5", "domain_event", 1600, 400, text="order shipped")
    add(s, "c1", "chapter", 500, -300, text="Fulfilment")
    add(s, "h1", "hotspot", 100, 800, text="Payment fails")
    add(s, "h2", "hotspot", 900, 800, text="Stock unknown")
    add(s, "o1", "opportunity", 1300, 800, text="Track parcels")
    s.execute(wc.cast_vote(b, "z", "h2", T0))
    s.execute(wc.cast_vote(b, "a", "h2", T0))
    s.execute(wc.cast_vote(b, "a", "o1", T0))
    s.execute(wc.set_decision(b, "h2", owner="Zed", next_step="Count stock daily"))
    return b


def test_summary_of_goal_participants_and_phases(workshop_board):
    w = build_wrapup(workshop_board, T0 + 2400)
    assert (w.goal, w.scope) == ("Understand ordering", "From cart to delivery")
    assert [p.name for p in w.participants] == ["ana", "Zed"]  # alphabetical, case-blind
    phases = {p.key: p for p in w.phases}
    assert len(w.phases) == 8
    assert phases["kickoff"].used_seconds == 600 and phases["kickoff"].visits == 1
    assert phases["exploration"].visits == 0  # skipped
    assert phases["timeline"].used_seconds == 600 and phases["timeline"].visits == 1
    assert phases["voting"].visits == 0


def test_counts_pivotal_chapters_lanes(workshop_board):
    w = build_wrapup(workshop_board, T0 + 2400)
    counts = dict(w.counts_by_kind)
    assert counts == {"domain_event": 5, "hotspot": 2, "opportunity": 1, "chapter": 1}
    assert [s.id for s in w.pivotal_events] == ["e2", "e4"]
    assert [ch.name for ch in w.chapters] == ["Chapter 1", "Fulfilment", "Chapter 3"]
    # a pivotal event closes the chapter on its left (its boundary line stands after it)
    assert [[e.id for e in ch.events] for ch in w.chapters] == [["e1", "e2"], ["e3", "e4"], ["e5"]]
    assert w.chapters[1].pivotal.id == "e2"
    assert [(ln.label, ln.events) for ln in w.lanes] == [("Customer", 3), ("Warehouse", 2)]
    assert w.glossary == ("Cart filled", "Order packed", "Order placed", "Order shipped")


def test_ranking_hidden_until_revealed(workshop_board):
    hidden = build_wrapup(workshop_board, T0)
    assert not hidden.votes_revealed
    assert all(r.votes == 0 for r in hidden.ranked)  # the report cannot leak votes
    assert [r.sticky.id for r in hidden.ranked] == ["h1", "h2", "o1"]
    s = BoardSession(workshop_board, clock=lambda: T0)
    s.execute(wc.reveal_votes(workshop_board))
    shown = build_wrapup(workshop_board, T0)
    assert [(r.sticky.id, r.votes) for r in shown.ranked] == [("h2", 2), ("o1", 1), ("h1", 0)]
    assert shown.ranked[0].decision.owner == "Zed"
    assert shown.ranked[0].decision.next_step == "Count stock daily"


def test_empty_board():
    w = build_wrapup(Board(), 0)
    assert w.phases == () and w.chapters[0].name == "Chapter 1" and w.ranked == ()
    assert w.counts_by_kind == () and w.glossary == ()
