"""The parts of a board. Each is an immutable record with a string ``id``.

Edits never mutate a record: they put a new version in its place (see ``board.Put``), which
keeps undo, persistence and change sets one simple mechanism.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


def new_id() -> str:
    """A fresh, globally unique id (random, so boards can be merged and pasted between)."""
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class BoardInfo:
    """The board's own properties; exactly one per board, with id ``"board"``."""

    id: str = "board"
    title: str = "Untitled board"
    created_at: float = 0.0
    description: str = ""
    #: kind id -> '#RRGGBB', a board's own legend colours overriding the notation defaults
    legend: dict[str, str] = field(default_factory=dict)
    show_chapters: bool = True
    show_tense_hints: bool = False


@dataclass(frozen=True, slots=True)
class Sticky:
    id: str
    kind: str
    x: float  # top-left corner, board units
    y: float
    width: float
    height: float
    text: str = ""
    color: str | None = None  # overrides the kind's colour
    pivotal: bool = False  # only meaningful for domain events
    author: str | None = None  # a participant id, or None
    created_at: float = 0.0
    updated_at: float = 0.0
    #: authors (participant ids) of duplicates merged into this sticky; see ADR 0062
    co_authors: tuple[str, ...] = ()

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)


@dataclass(frozen=True, slots=True)
class Lane:
    """A horizontal band across the wall: a parallel flow, an owner or a department."""

    id: str
    label: str
    y: float
    height: float
    color: str = "#ECEFF1"
    collapsed: bool = False


@dataclass(frozen=True, slots=True)
class Milestone:
    """A vertical guide line: stickies left of it happen before it."""

    id: str
    label: str
    x: float
    color: str = "#90CAF9"


class LinkKind(StrEnum):
    LEADS_TO = "leads_to"  # event -> event
    TRIGGERS = "triggers"  # command -> event, policy -> command
    RELATES_TO = "relates_to"


@dataclass(frozen=True, slots=True)
class Link:
    id: str
    source_id: str
    target_id: str
    kind: LinkKind = LinkKind.LEADS_TO
    label: str = ""


@dataclass(frozen=True, slots=True)
class Participant:
    id: str
    name: str
    role: str = ""
    color: str = "#607D8B"


@dataclass(frozen=True, slots=True)
class Vote:
    id: str
    participant_id: str
    sticky_id: str
    created_at: float = 0.0


@dataclass(frozen=True, slots=True)
class Decision:
    """What the group decided about a hotspot or opportunity at wrap-up; id is the sticky's."""

    id: str
    owner: str = ""
    next_step: str = ""


@dataclass(frozen=True, slots=True)
class PhasePlan:
    """One phase of the workshop plan, as the facilitator set it."""

    key: str
    title: str
    minutes: float
    instruction: str = ""
    checklist: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()  # kinds this phase unlocks; earlier phases' stay unlocked


@dataclass(frozen=True, slots=True)
class PhaseRun:
    """A stretch of wall-clock time spent in one phase (a phase can be visited twice)."""

    key: str
    started_at: float
    ended_at: float | None = None
    paused_seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class Workshop:
    """The facilitator's state; exactly one per board, with id ``"workshop"``."""

    id: str = "workshop"
    enabled: bool = False  # False: free modelling, every kind available
    goal: str = ""
    scope: str = ""
    plan: tuple[PhasePlan, ...] = ()
    current: int = 0  # index into plan
    history: tuple[PhaseRun, ...] = ()
    timer_started_at: float | None = None  # None while paused or stopped
    timer_elapsed: float = 0.0  # seconds already run before timer_started_at
    timer_extra: float = 0.0  # seconds added ("+5 minutes")
    vote_budget: int = 2
    votes_revealed: bool = False
    active_participant: str | None = None


Entity = BoardInfo | Sticky | Lane | Milestone | Link | Participant | Vote | Decision | Workshop

#: collection name -> record type, in an order where a record only refers to earlier ones.
COLLECTIONS: dict[str, type] = {
    "info": BoardInfo,
    "workshop": Workshop,
    "participants": Participant,
    "lanes": Lane,
    "milestones": Milestone,
    "stickies": Sticky,
    "links": Link,
    "votes": Vote,
    "decisions": Decision,
}

#: collections that hold exactly one record
SINGLETONS: dict[str, str] = {"info": "board", "workshop": "workshop"}
