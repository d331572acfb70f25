"""Undoable edits for the facilitator: goal and scope, participants, the wizard and its phase
plan, the timer, votes and decisions.

Every builder reads the board, validates (refusing with a ``DomainError`` sentence) and returns
one ``Edit`` = one undo step; nothing changes until a session executes it. The workshop's state
is a single record, so phase and timer changes are one ``update_record`` of it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..domain import voting
from ..domain import workshop as wz
from ..domain.board import Board, Put
from ..domain.entities import Decision, Participant, Sticky, Vote, Workshop, new_id
from ..domain.errors import DomainError
from ..domain.notation import is_valid_color
from ..domain.text import MAX_LABEL_TEXT, MAX_STICKY_TEXT, check_text
from ..error_codes import Phrase
from .commands import add_record, update_record
from .edit import Edit

DEFAULT_PARTICIPANT_COLOR = "#607D8B"


def _workshop_edit(board: Board, label: str, after: Workshop, merge_key: str | None = None) -> Edit:
    before = board.workshop
    puts = () if after == before else (Put("workshop", "workshop", before, after),)
    return Edit(label, puts, merge_key)


# -- goal and scope -------------------------------------------------------------------------
def set_goal(board: Board, goal: str) -> Edit:
    """Typing the goal: a burst of keystrokes is one undo step."""
    goal = check_text(goal, MAX_STICKY_TEXT, Phrase("what.goal"))
    return update_record(board, "workshop", "workshop", "Edit goal", merge_key="goal", goal=goal)


def set_scope(board: Board, scope: str) -> Edit:
    scope = check_text(scope, MAX_STICKY_TEXT, Phrase("what.scope"))
    return update_record(
        board, "workshop", "workshop", "Edit scope", merge_key="scope", scope=scope
    )


# -- participants ---------------------------------------------------------------------------
def _name(name: str) -> str:
    name = check_text(name, MAX_LABEL_TEXT, Phrase("what.participant_name")).strip()
    if not name:
        raise DomainError(code="app.participant_needs_name")
    return name


def _color(color: str) -> str:
    if not is_valid_color(color):
        raise DomainError(code="app.colour_form_rrggbb", color=color)
    return color.upper()


def add_participant(
    board: Board,
    name: str,
    role: str = "",
    color: str = DEFAULT_PARTICIPANT_COLOR,
    participant_id: str | None = None,
) -> Edit:
    person = Participant(
        id=participant_id or new_id(),
        name=_name(name),
        role=check_text(role, MAX_LABEL_TEXT, Phrase("what.role")).strip(),
        color=_color(color),
    )
    return add_record(board, "participants", person, f"Add participant {person.name}")


def update_participant(
    board: Board,
    participant_id: str,
    *,
    name: str | None = None,
    role: str | None = None,
    color: str | None = None,
) -> Edit:
    """Rename a participant or change their role or colour (None keeps a field)."""
    voting.participant(board, participant_id)
    fields: dict[str, str] = {}
    if name is not None:
        fields["name"] = _name(name)
    if role is not None:
        fields["role"] = check_text(role, MAX_LABEL_TEXT, Phrase("what.role")).strip()
    if color is not None:
        fields["color"] = _color(color)
    return update_record(board, "participants", participant_id, "Edit participant", **fields)


def rename_participant(board: Board, participant_id: str, name: str) -> Edit:
    return update_participant(board, participant_id, name=name)


def remove_participant(board: Board, participant_id: str) -> Edit:
    """Remove a participant with their votes; stickies they wrote or co-wrote lose the
    reference (the text stays, no id dangles), and they stop being the active participant."""
    person = voting.participant(board, participant_id)
    puts: list[Put] = []
    w = board.workshop
    if w.active_participant == participant_id:
        puts.append(Put("workshop", "workshop", w, dataclasses.replace(w, active_participant=None)))
    for vote in sorted(board.votes.values(), key=lambda v: v.id):
        if vote.participant_id == participant_id:
            puts.append(Put("votes", vote.id, vote, None))
    for sticky in sorted(board.stickies.values(), key=lambda s: s.id):
        if sticky.author == participant_id or participant_id in sticky.co_authors:
            cleared = dataclasses.replace(
                sticky,
                author=None if sticky.author == participant_id else sticky.author,
                co_authors=tuple(a for a in sticky.co_authors if a != participant_id),
            )
            puts.append(Put("stickies", sticky.id, sticky, cleared))
    puts.append(Put("participants", participant_id, person, None))
    return Edit(f"Remove participant {person.name}", tuple(puts))


def set_active_participant(board: Board, participant_id: str | None) -> Edit:
    """Who is at the screen now (new stickies and votes are theirs); None for nobody."""
    if participant_id is not None:
        voting.participant(board, participant_id)
    return update_record(
        board, "workshop", "workshop", "Change participant", active_participant=participant_id
    )


# -- wizard and plan ------------------------------------------------------------------------
def set_wizard(board: Board, enabled: bool, now: float) -> Edit:
    """Switch the facilitator's wizard on or off (off pauses a running phase timer)."""
    after = wz.switch(board.workshop, enabled, now)
    return _workshop_edit(board, "Wizard on" if enabled else "Wizard off", after)


def edit_phase(
    board: Board,
    key: str,
    *,
    minutes: float | None = None,
    title: str | None = None,
    instruction: str | None = None,
    checklist: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
) -> Edit:
    """Change one phase of the plan: timebox, title, instruction, checklist, unlocked kinds."""
    if title is not None:
        title = check_text(title, MAX_LABEL_TEXT, Phrase("what.phase_title")).strip()
    if instruction is not None:
        instruction = check_text(instruction, MAX_STICKY_TEXT, Phrase("what.instruction"))
    items = None
    if checklist is not None:
        what = Phrase("what.checklist_item")
        items = tuple(check_text(i, MAX_LABEL_TEXT, what) for i in checklist)
    after = wz.edit_phase(
        board.workshop,
        key,
        minutes=minutes,
        title=title,
        instruction=instruction,
        checklist=items,
        kinds=tuple(kinds) if kinds is not None else None,
    )
    return _workshop_edit(board, "Edit phase plan", after)


def reset_plan(board: Board) -> Edit:
    """Back to the default plan, keeping the phase the workshop is in."""
    after = dataclasses.replace(board.workshop, plan=wz.default_plan())
    return _workshop_edit(board, "Reset phase plan", after)


def start_workshop(board: Board, now: float) -> Edit:
    w = board.workshop
    if not w.plan:
        w = dataclasses.replace(w, plan=wz.default_plan(), current=0)
    return _workshop_edit(board, "Start workshop", wz.start(w, now))


def next_phase(board: Board, now: float) -> Edit:
    return _workshop_edit(board, "Next phase", wz.next_phase(board.workshop, now))


def previous_phase(board: Board, now: float) -> Edit:
    return _workshop_edit(board, "Previous phase", wz.back(board.workshop, now))


def skip_phase(board: Board, now: float) -> Edit:
    return _workshop_edit(board, "Skip phase", wz.skip(board.workshop, now))


def jump_to_phase(board: Board, key: str, now: float) -> Edit:
    return _workshop_edit(board, "Go to phase", wz.jump_to(board.workshop, key, now))


def finish_workshop(board: Board, now: float) -> Edit:
    return _workshop_edit(board, "Finish workshop", wz.finish(board.workshop, now))


def pause_timer(board: Board, now: float) -> Edit:
    return _workshop_edit(board, "Pause timer", wz.pause(board.workshop, now))


def resume_timer(board: Board, now: float) -> Edit:
    return _workshop_edit(board, "Resume timer", wz.resume(board.workshop, now))


def add_time(board: Board, minutes: float = 5) -> Edit:
    return _workshop_edit(board, "Add time", wz.add_minutes(board.workshop, minutes))


# -- voting ---------------------------------------------------------------------------------
def set_vote_budget(board: Board, budget: int) -> Edit:
    """Change the votes each participant has; refused below what someone already cast."""
    budget = voting.check_budget(budget)
    for person in board.participants.values():
        used = len(voting.votes_of(board, person.id))
        if used > budget:
            raise DomainError(
                code="app.already_cast_votes_remove", name=person.name, used=used, budget=budget
            )
    return update_record(board, "workshop", "workshop", "Change vote budget", vote_budget=budget)


def cast_vote(
    board: Board, participant_id: str, sticky_id: str, now: float = 0.0,
    vote_id: str | None = None,
) -> Edit:
    voting.check_can_vote(board, participant_id, sticky_id)
    vote = Vote(vote_id or new_id(), participant_id, sticky_id, now)
    return add_record(board, "votes", vote, "Vote")


def remove_vote(board: Board, participant_id: str, sticky_id: str) -> Edit:
    """Take back the participant's latest vote on the sticky."""
    vote = voting.check_can_unvote(board, participant_id, sticky_id)
    return Edit("Remove vote", (Put("votes", vote.id, vote, None),))


def reveal_votes(board: Board) -> Edit:
    return update_record(board, "workshop", "workshop", "Reveal votes", votes_revealed=True)


def hide_votes(board: Board) -> Edit:
    return update_record(board, "workshop", "workshop", "Hide votes", votes_revealed=False)


# -- decisions ------------------------------------------------------------------------------
def set_decision(
    board: Board, sticky_id: str, *, owner: str | None = None, next_step: str | None = None
) -> Edit:
    """Record who owns a hotspot or opportunity and what happens next (None keeps a field).
    Clearing both removes the decision."""
    sticky = board.stickies.get(sticky_id)
    if sticky is None:
        raise DomainError(code="domain.sticky_board", sticky_id=sticky_id)
    if sticky.kind not in voting.VOTABLE_KINDS:
        raise DomainError(code="app.hotspots_opportunities_get_owner")
    before = board.decisions.get(sticky_id)
    current = before or Decision(sticky_id)
    after = dataclasses.replace(
        current,
        owner=check_text(owner, MAX_LABEL_TEXT, Phrase("what.owner")).strip()
        if owner is not None else current.owner,
        next_step=check_text(next_step, MAX_STICKY_TEXT, Phrase("what.next_step"))
        if next_step is not None else current.next_step,
    )
    after_record = after if after.owner or after.next_step else None
    if after_record == before:
        return Edit("Edit decision", ())
    return Edit(
        "Edit decision", (Put("decisions", sticky_id, before, after_record),),
        merge_key=f"decision:{sticky_id}",
    )


def with_active_author(board: Board, edit: Edit) -> Edit:
    """The same edit, with every sticky it adds authored by the active participant (if any
    and if the sticky has no author yet)."""
    active = board.workshop.active_participant
    if active is None or active not in board.participants:
        return edit
    puts = []
    for put in edit.puts:
        after = put.after
        if put.before is None and isinstance(after, Sticky) and after.author is None:
            put = Put(put.collection, put.id, None, dataclasses.replace(after, author=active))
        puts.append(put)
    return Edit(edit.label, tuple(puts), edit.merge_key)
