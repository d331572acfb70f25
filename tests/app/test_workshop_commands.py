"""Facilitator commands: validation, effects, and exact undo through a BoardSession."""

import dataclasses

import pytest

from stormboard.app import commands as c
from stormboard.app import workshop_commands as wc
from stormboard.app.edit import Edit
from stormboard.app.session import BoardSession
from stormboard.domain import voting
from stormboard.domain import workshop as wz
from stormboard.domain.board import Board, Put
from stormboard.domain.errors import DomainError

T0 = 1_800_000_000.0


@pytest.fixture
def session():
    s = BoardSession(Board(), clock=lambda: T0)
    b = s.board
    s.execute(wc.add_participant(b, "Ana", "domain expert", "#ff0000", participant_id="ana"))
    s.execute(wc.add_participant(b, "Bo", participant_id="bo"))
    for sid, kind, x in (("h1", "hotspot", 0), ("h2", "hotspot", 400),
                         ("o1", "opportunity", 800), ("e1", "domain_event", 1200)):
        s.execute(c.add_sticky(b, c.new_sticky(kind, x, 0, text=sid, sticky_id=sid,
                                                author="ana")))
    s.history = type(s.history)()  # the fixture's own setup is not under test
    return s


def run(session: BoardSession, edit) -> None:
    """Execute one edit, check undo restores the exact board and redo the exact result."""
    before = session.board.snapshot()
    session.execute(edit)
    session.seal()
    after = session.board.snapshot()
    assert after != before, edit.label
    session.undo()
    assert session.board.snapshot() == before, edit.label
    session.redo()
    assert session.board.snapshot() == after, edit.label


def test_goal_scope_and_typing_merge(session):
    b = session.board
    session.execute(wc.set_goal(b, "ف"))
    session.execute(wc.set_goal(b, "فهم"))
    session.execute(wc.set_goal(b, "فهم فرایند سفارش"))
    assert b.workshop.goal == "فهم فرایند سفارش"
    session.undo()
    assert b.workshop.goal == ""  # a typing burst is one undo step
    run(session, wc.set_scope(b, "From order to delivery"))
    with pytest.raises(DomainError, match="The goal is limited"):
        wc.set_goal(b, "x" * 5000)


def test_participants(session):
    b = session.board
    run(session, wc.add_participant(b, "Cyrus", "dev", "#00aa00", participant_id="cy"))
    assert b.participants["cy"].color == "#00AA00"
    run(session, wc.rename_participant(b, "cy", "Kourosh"))
    assert b.participants["cy"].name == "Kourosh"
    run(session, wc.update_participant(b, "cy", role="architect", color="#123456"))
    run(session, wc.set_active_participant(b, "cy"))
    assert b.workshop.active_participant == "cy"
    with pytest.raises(DomainError, match="needs a name"):
        wc.add_participant(b, "   ")
    with pytest.raises(DomainError, match="#RRGGBB"):
        wc.update_participant(b, "cy", color="green")
    with pytest.raises(DomainError, match="no participant"):
        wc.set_active_participant(b, "ghost")


def test_removing_a_participant_removes_their_votes(session):
    b = session.board
    session.execute(wc.set_active_participant(b, "ana"))
    session.execute(wc.cast_vote(b, "ana", "h1", T0, vote_id="va"))
    session.execute(wc.cast_vote(b, "bo", "h1", T0, vote_id="vb"))
    e1 = b.stickies["e1"]
    session.execute(Edit("co-write", (Put("stickies", "e1", e1, dataclasses.replace(
        e1, author="bo", co_authors=("ana", "bo2"))),)))
    session.seal()
    run(session, wc.remove_participant(b, "ana"))
    assert b.stickies["e1"].author == "bo" and b.stickies["e1"].co_authors == ("bo2",)
    assert "ana" not in b.participants
    assert set(b.votes) == {"vb"}
    assert b.workshop.active_participant is None
    assert all(s.author is None for s in b.stickies.values() if s.id != "e1")  # none dangles
    assert b.stickies["h1"].text == "h1"


def test_wizard_plan_and_phase_commands_undo_exactly(session):
    b = session.board
    run(session, wc.set_wizard(b, True, T0))
    assert b.workshop.enabled and len(b.workshop.plan) == 8
    run(session, wc.edit_phase(b, "exploration", minutes=30, instruction="Orange only!",
                               checklist=["a", "b"], kinds=["domain_event", "note"]))
    assert b.workshop.plan[1].minutes == 30
    run(session, wc.start_workshop(b, T0))
    run(session, wc.next_phase(b, T0 + 600))
    assert wz.current_phase(b.workshop).key == "exploration"
    run(session, wc.pause_timer(b, T0 + 700))
    run(session, wc.resume_timer(b, T0 + 800))
    run(session, wc.add_time(b, 5))
    assert wz.remaining(b.workshop, T0 + 800) == 35 * 60 - 100
    run(session, wc.skip_phase(b, T0 + 900))
    run(session, wc.previous_phase(b, T0 + 1000))
    run(session, wc.jump_to_phase(b, "voting", T0 + 1100))
    run(session, wc.finish_workshop(b, T0 + 1200))
    run(session, wc.reset_plan(b))
    assert b.workshop.plan[1].minutes == 25
    run(session, wc.set_wizard(b, False, T0 + 1300))
    with pytest.raises(DomainError, match="timebox"):
        wc.edit_phase(b, "exploration", minutes=-1)


def test_start_on_a_board_without_a_plan_installs_the_default(session):
    b = session.board
    run(session, wc.start_workshop(b, T0))
    assert b.workshop.enabled and wz.is_running(b.workshop)
    assert wz.allowed_kinds(b.workshop) == {"note"}


def test_voting_commands(session):
    b = session.board
    run(session, wc.set_vote_budget(b, 3))
    run(session, wc.cast_vote(b, "ana", "h1", T0))
    session.execute(wc.cast_vote(b, "ana", "h1", T0 + 1, vote_id="second"))
    session.execute(wc.cast_vote(b, "ana", "o1", T0 + 2))
    session.seal()
    with pytest.raises(DomainError, match="Ana has used all 3"):
        wc.cast_vote(b, "ana", "h2", T0 + 3)
    with pytest.raises(DomainError, match="Ana has already cast 3 votes"):
        wc.set_vote_budget(b, 2)
    with pytest.raises(DomainError, match="Only hotspots"):
        wc.cast_vote(b, "bo", "e1")
    run(session, wc.remove_vote(b, "ana", "h1"))
    assert "second" not in b.votes  # the latest vote on that sticky goes first
    with pytest.raises(DomainError, match="Bo has no vote"):
        wc.remove_vote(b, "bo", "h1")
    assert voting.revealed_counts(b) is None
    run(session, wc.reveal_votes(b))
    assert voting.revealed_counts(b) == {"h1": 1, "o1": 1}
    with pytest.raises(DomainError, match="revealed"):
        wc.cast_vote(b, "bo", "h2")
    run(session, wc.hide_votes(b))


def test_decisions(session):
    b = session.board
    run(session, wc.set_decision(b, "h1", owner="سارا", next_step="Ask legal"))
    assert b.decisions["h1"].owner == "سارا"
    run(session, wc.set_decision(b, "h1", next_step="Ask legal by Friday"))
    assert b.decisions["h1"].owner == "سارا"
    run(session, wc.set_decision(b, "h1", owner="", next_step=""))
    assert "h1" not in b.decisions
    assert wc.set_decision(b, "h1", owner="").is_empty
    with pytest.raises(DomainError, match="Only hotspots and opportunities"):
        wc.set_decision(b, "e1", owner="x")


def test_deleting_a_voted_sticky_and_undo_keeps_votes_consistent(session):
    b = session.board
    session.execute(wc.cast_vote(b, "bo", "h2", T0, vote_id="vb"))
    session.execute(wc.set_decision(b, "h2", owner="Bo"))
    session.seal()
    run(session, c.delete_stickies(b, ["h2"]))
    assert "vb" not in b.votes and "h2" not in b.decisions
