"""The wrap-up summary: what the workshop produced, as plain data for reports and the panel."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import timeline, voting
from ..domain import workshop as wz
from ..domain.board import Board
from ..domain.entities import Participant, Sticky
from ..domain.notation import KINDS


@dataclass(frozen=True, slots=True)
class PhaseUse:
    key: str
    title: str
    planned_minutes: float
    used_seconds: float  # pauses excluded; visits summed
    visits: int  # 0: the phase never ran (skipped or not reached)


@dataclass(frozen=True, slots=True)
class ChapterSummary:
    index: int
    name: str
    pivotal: Sticky | None  # the pivotal event that opens it (None for the first stretch)
    events: tuple[Sticky, ...]  # its domain events, in reading order


@dataclass(frozen=True, slots=True)
class LaneSummary:
    label: str
    events: int  # domain events inside the lane
    stickies: int


@dataclass(frozen=True, slots=True)
class WrapUp:
    title: str
    goal: str
    scope: str
    participants: tuple[Participant, ...]
    phases: tuple[PhaseUse, ...]
    counts_by_kind: tuple[tuple[str, int], ...]  # (kind id, count) in notation order, no zeros
    events: tuple[Sticky, ...]  # every domain event in reading order
    pivotal_events: tuple[Sticky, ...]
    chapters: tuple[ChapterSummary, ...]
    lanes: tuple[LaneSummary, ...]
    votes_revealed: bool
    ranked: tuple[voting.Ranked, ...]  # hotspots and opportunities, most voted first

    @property
    def glossary(self) -> tuple[str, ...]:
        """Distinct event names (case-insensitive), alphabetical: the shared vocabulary."""
        seen: dict[str, str] = {}
        for s in self.events:
            text = " ".join(s.text.split())
            if text:
                seen.setdefault(text.casefold(), text)
        return tuple(sorted(seen.values(), key=str.casefold))


def build_wrapup(board: Board, now: float) -> WrapUp:
    """Summarise a board. Vote counts appear only once the facilitator revealed them; before
    that the ranking orders by position with zero votes, so a report cannot leak votes."""
    w = board.workshop
    used = wz.durations_used(w, now)
    visits: dict[str, int] = {}
    for run in w.history:
        visits[run.key] = visits.get(run.key, 0) + 1
    phases = tuple(
        PhaseUse(p.key, p.title, p.minutes, used.get(p.key, 0.0), visits.get(p.key, 0))
        for p in w.plan
    )
    counts = board.counts_by_kind()
    by_kind = tuple((k.id, counts[k.id]) for k in KINDS if counts.get(k.id))
    events = tuple(
        timeline.reading_order(s for s in board.stickies.values() if s.kind == timeline.EVENT)
    )
    chapters = []
    for ch in timeline.chapters(board):
        members = [board.stickies[sid] for sid in ch.sticky_ids]
        chapters.append(ChapterSummary(
            ch.index,
            ch.name,
            board.stickies.get(ch.pivotal_id) if ch.pivotal_id else None,
            tuple(s for s in members if s.kind == timeline.EVENT),
        ))
    membership = timeline.lane_membership(board)
    lanes = []
    for lane in timeline.lane_order(board.lanes.values()):
        inside = [sid for sid, lid in membership.items() if lid == lane.id]
        lanes.append(LaneSummary(
            lane.label,
            sum(1 for sid in inside if board.stickies[sid].kind == timeline.EVENT),
            len(inside),
        ))
    counts_seen = voting.revealed_counts(board) or {}
    return WrapUp(
        title=board.info.title,
        goal=w.goal,
        scope=w.scope,
        participants=tuple(
            sorted(board.participants.values(), key=lambda p: (p.name.casefold(), p.id))
        ),
        phases=phases,
        counts_by_kind=by_kind,
        events=events,
        pivotal_events=tuple(timeline.pivotal_events(board)),
        chapters=tuple(chapters),
        lanes=tuple(lanes),
        votes_revealed=w.votes_revealed,
        ranked=tuple(voting.ranking(board, counts_seen)),
    )
