"""SQLModel table classes: the DTO layer of the newest .storm format (see ``ddl.py``).

They are plain rows: no validation (sqlmodel table models do not validate); ``mapping.py`` turns
them into domain records and back, and the domain's rules check every value read from a file.
Nested values (the legend, the workshop's plan and history) are JSON text.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

metadata = SQLModel.metadata


class InfoRow(SQLModel, table=True):
    __tablename__ = "info"
    id: str = Field(primary_key=True)
    title: str
    created_at: float
    description: str
    legend: str  # JSON object: kind id -> colour
    show_chapters: bool
    show_tense_hints: bool


class WorkshopRow(SQLModel, table=True):
    __tablename__ = "workshop"
    id: str = Field(primary_key=True)
    enabled: bool
    goal: str
    scope: str
    plan: str  # JSON list of PhasePlan objects
    current: int
    history: str  # JSON list of PhaseRun objects
    timer_started_at: float | None
    timer_elapsed: float
    timer_extra: float
    vote_budget: int
    votes_revealed: bool
    active_participant: str | None


class ParticipantRow(SQLModel, table=True):
    __tablename__ = "participants"
    id: str = Field(primary_key=True)
    name: str
    role: str
    color: str


class LaneRow(SQLModel, table=True):
    __tablename__ = "lanes"
    id: str = Field(primary_key=True)
    label: str
    y: float
    height: float
    color: str
    collapsed: bool


class MilestoneRow(SQLModel, table=True):
    __tablename__ = "milestones"
    id: str = Field(primary_key=True)
    label: str
    x: float
    color: str


class StickyRow(SQLModel, table=True):
    __tablename__ = "stickies"
    id: str = Field(primary_key=True)
    kind: str
    x: float
    y: float
    width: float
    height: float
    text: str
    color: str | None
    pivotal: bool
    author: str | None
    created_at: float
    updated_at: float
    co_authors: str = "[]"  # JSON list of participant ids


class LinkRow(SQLModel, table=True):
    __tablename__ = "links"
    id: str = Field(primary_key=True)
    source_id: str
    target_id: str
    kind: str
    label: str


class VoteRow(SQLModel, table=True):
    __tablename__ = "votes"
    id: str = Field(primary_key=True)
    participant_id: str
    sticky_id: str = Field(index=True)
    created_at: float


class DecisionRow(SQLModel, table=True):
    __tablename__ = "decisions"
    id: str = Field(primary_key=True)
    owner: str
    next_step: str


#: collection name -> its row class
ROWS: dict[str, type[SQLModel]] = {
    "info": InfoRow,
    "workshop": WorkshopRow,
    "participants": ParticipantRow,
    "lanes": LaneRow,
    "milestones": MilestoneRow,
    "stickies": StickyRow,
    "links": LinkRow,
    "votes": VoteRow,
    "decisions": DecisionRow,
}
