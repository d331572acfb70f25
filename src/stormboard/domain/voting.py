"""Dot voting on hotspots and opportunities.

Rules:

* only hotspots and opportunities take votes;
* each participant has ``Workshop.vote_budget`` votes (2 by default) and may put several on the
  same sticky; the budget is never exceeded: a vote beyond it is refused;
* votes stay hidden until the facilitator reveals them all at once; before that a participant
  sees only their own votes, and no vote can be cast or taken back after the reveal (hide them
  again to reopen voting);
* ranking: most votes first; ties go hotspot before opportunity, then left to right (x), then
  top to bottom (y), then by text (case-insensitive), then by id, so the order never depends on
  dictionary order or on the machine.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from .board import Board
from .entities import Decision, Participant, Sticky, Vote
from .errors import DomainError

VOTABLE_KINDS: tuple[str, ...] = ("hotspot", "opportunity")
MAX_BUDGET = 50


def participant(board: Board, participant_id: str) -> Participant:
    try:
        return board.participants[participant_id]
    except KeyError:
        raise DomainError(code="domain.participant_board", participant_id=participant_id) from None


def votes_of(board: Board, participant_id: str) -> list[Vote]:
    """A participant's votes, oldest first."""
    mine = [v for v in board.votes.values() if v.participant_id == participant_id]
    return sorted(mine, key=lambda v: (v.created_at, v.id))


def remaining_votes(board: Board, participant_id: str) -> int:
    return max(0, board.workshop.vote_budget - len(votes_of(board, participant_id)))


def check_budget(budget: int) -> int:
    if not isinstance(budget, int) or isinstance(budget, bool) or not 1 <= budget <= MAX_BUDGET:
        raise DomainError(code="domain.vote_budget_whole_number", max_budget=MAX_BUDGET)
    return budget


def check_can_vote(board: Board, participant_id: str, sticky_id: str) -> Sticky:
    """Refuse a vote that breaks a rule, with a sentence saying which; returns the sticky."""
    person = participant(board, participant_id)
    sticky = board.stickies.get(sticky_id)
    if sticky is None:
        raise DomainError(code="domain.sticky_board", sticky_id=sticky_id)
    if sticky.kind not in VOTABLE_KINDS:
        raise DomainError(code="domain.hotspots_opportunities_receive_votes")
    if board.workshop.votes_revealed:
        raise DomainError(code="domain.votes_revealed_hide_them")
    budget = board.workshop.vote_budget
    if len(votes_of(board, participant_id)) >= budget:
        raise DomainError(
            code="domain.used_all_their_votes", name=person.name, budget=budget
        )
    return sticky


def check_can_unvote(board: Board, participant_id: str, sticky_id: str) -> Vote:
    """The participant's latest vote on the sticky, or a refusal saying why there is none."""
    person = participant(board, participant_id)
    if board.workshop.votes_revealed:
        raise DomainError(code="domain.votes_revealed_hide_them")
    mine = [v for v in votes_of(board, participant_id) if v.sticky_id == sticky_id]
    if not mine:
        raise DomainError(code="domain.vote_sticky", name=person.name)
    return mine[-1]


def tally(board: Board) -> Counter[str]:
    """Votes per sticky id, hidden or not: for the facilitator's own use and for the reveal."""
    return Counter(v.sticky_id for v in board.votes.values())


def visible_counts(board: Board, viewer: str | None = None) -> Mapping[str, int]:
    """What a participant may see: every count once revealed, before that only the viewer's
    own votes per sticky (nothing for no viewer)."""
    if board.workshop.votes_revealed:
        return dict(tally(board))
    if viewer is None:
        return {}
    return dict(Counter(v.sticky_id for v in votes_of(board, viewer)))


def revealed_counts(board: Board) -> Mapping[str, int] | None:
    """All counts, or None while the votes are hidden."""
    return dict(tally(board)) if board.workshop.votes_revealed else None


@dataclass(frozen=True, slots=True)
class Ranked:
    """A hotspot or opportunity in the ranking."""

    position: int  # 1, 2, 3, ... after tie-breaking
    rank: int  # shared by equal vote counts (1, 2, 2, 4)
    sticky: Sticky
    votes: int
    decision: Decision | None


def _order(sticky: Sticky, votes: int) -> tuple[object, ...]:
    return (
        -votes,
        VOTABLE_KINDS.index(sticky.kind),
        sticky.x,
        sticky.y,
        sticky.text.casefold(),
        sticky.id,
    )


def ranking(board: Board, counts: Mapping[str, int] | None = None) -> list[Ranked]:
    """Every hotspot and opportunity, most voted first (tie-breaking in the module docstring).

    ``counts`` defaults to the real tally; pass ``visible_counts(...)`` to rank what a viewer
    may see."""
    if counts is None:
        counts = tally(board)
    items = [s for s in board.stickies.values() if s.kind in VOTABLE_KINDS]
    items.sort(key=lambda s: _order(s, counts.get(s.id, 0)))
    out: list[Ranked] = []
    rank = 0
    previous: int | None = None
    for position, sticky in enumerate(items, start=1):
        votes = counts.get(sticky.id, 0)
        if votes != previous:
            rank, previous = position, votes
        out.append(Ranked(position, rank, sticky, votes, board.decisions.get(sticky.id)))
    return out
