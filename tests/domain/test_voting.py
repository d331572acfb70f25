"""Dot voting rules: votable kinds, budgets, hiding until reveal, ranking ties."""

import dataclasses

import pytest

from stormboard.app.commands import new_sticky
from stormboard.domain import voting
from stormboard.domain.board import Board, Put
from stormboard.domain.entities import Decision, Participant, Vote
from stormboard.domain.errors import DomainError


def board_with(*stickies, people=("ana", "bo")) -> Board:
    b = Board()
    puts = [Put("participants", p, None, Participant(p, p.title())) for p in people]
    puts += [Put("stickies", s.id, None, s) for s in stickies]
    b.apply(puts)
    return b


def vote(b: Board, pid: str, sid: str, n: int = 1) -> None:
    for _ in range(n):
        voting.check_can_vote(b, pid, sid)
        v = Vote(f"v{len(b.votes)}", pid, sid, float(len(b.votes)))
        b.apply([Put("votes", v.id, None, v)])


def reveal(b: Board, revealed: bool = True) -> None:
    w = b.workshop
    b.apply([Put("workshop", "workshop", w, dataclasses.replace(w, votes_revealed=revealed))])


def h(sid, x=0.0, y=0.0, text="", kind="hotspot"):
    return new_sticky(kind, x, y, text=text, sticky_id=sid)


def test_only_hotspots_and_opportunities_take_votes():
    b = board_with(h("h"), h("o", kind="opportunity"), h("e", kind="domain_event"))
    vote(b, "ana", "h")
    vote(b, "ana", "o")
    with pytest.raises(DomainError, match="Only hotspots and opportunities"):
        voting.check_can_vote(b, "bo", "e")
    with pytest.raises(DomainError, match="no participant"):
        voting.check_can_vote(b, "zed", "h")
    with pytest.raises(DomainError, match="no sticky"):
        voting.check_can_vote(b, "bo", "nope")


def test_budget_is_never_exceeded():
    b = board_with(h("h1"), h("h2", x=300))
    vote(b, "ana", "h1", 2)  # stacking both dots on one sticky is allowed
    assert voting.remaining_votes(b, "ana") == 0
    with pytest.raises(DomainError, match="Ana has used all 2 of their votes"):
        voting.check_can_vote(b, "ana", "h2")
    assert len(voting.votes_of(b, "ana")) == 2
    w = b.workshop
    b.apply([Put("workshop", "workshop", w, dataclasses.replace(w, vote_budget=3))])
    vote(b, "ana", "h2")
    assert voting.remaining_votes(b, "ana") == 0


def test_votes_hidden_until_revealed_all_at_once():
    b = board_with(h("h1"), h("h2", x=300))
    vote(b, "ana", "h1", 2)
    vote(b, "bo", "h1")
    vote(b, "bo", "h2")
    assert voting.revealed_counts(b) is None
    assert voting.visible_counts(b, None) == {}
    assert voting.visible_counts(b, "bo") == {"h1": 1, "h2": 1}  # own votes only
    assert voting.visible_counts(b, "ana") == {"h1": 2}
    reveal(b)
    assert voting.revealed_counts(b) == {"h1": 3, "h2": 1}
    assert voting.visible_counts(b, "bo") == {"h1": 3, "h2": 1}
    with pytest.raises(DomainError, match="revealed"):
        voting.check_can_unvote(b, "bo", "h2")


def test_ranking_breaks_ties_deterministically():
    b = board_with(
        h("o1", x=0, text="b", kind="opportunity"),
        h("h_right", x=500, text="a"),
        h("h_left", x=100, text="z"),
        h("h_top", x=500, y=-200, text="z"),
        h("h_same", x=100, text="y"),
        h("h_many", x=900),
    )
    vote(b, "ana", "h_many", 2)
    ranked = voting.ranking(b)
    assert [r.sticky.id for r in ranked] == [
        "h_many",  # most votes
        "h_same", "h_left",  # same x and y: by text (y < z)
        "h_top", "h_right",  # same x: top first
        "o1",  # hotspots before opportunities, even when further left
    ]
    assert [r.votes for r in ranked] == [2, 0, 0, 0, 0, 0]
    assert [r.rank for r in ranked] == [1, 2, 2, 2, 2, 2]
    assert [r.position for r in ranked] == [1, 2, 3, 4, 5, 6]
    # shuffled insertion order gives the same ranking
    b2 = board_with(*reversed(list(b.stickies.values())))
    b2.apply([Put("votes", v.id, None, v) for v in b.votes.values()])
    assert [r.sticky.id for r in voting.ranking(b2)] == [r.sticky.id for r in ranked]


def test_ranking_carries_decisions_and_counts_override():
    b = board_with(h("h1"), h("h2", x=300))
    b.apply([Put("decisions", "h2", None, Decision("h2", owner="Sara"))])
    ranked = voting.ranking(b, {"h2": 4})
    assert ranked[0].sticky.id == "h2" and ranked[0].decision.owner == "Sara"
    assert ranked[1].decision is None


def test_budget_validation():
    assert voting.check_budget(3) == 3
    for bad in (0, -1, 51, 2.5, True):
        with pytest.raises(DomainError, match="vote budget"):
            voting.check_budget(bad)
