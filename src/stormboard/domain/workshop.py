"""The facilitator's wizard: the Big Picture phase plan, phase transitions and the phase timer.

Everything here is a pure function of a ``Workshop`` record (and a ``now`` in seconds since the
epoch) returning a new record, so a workshop can stop on Friday and resume on Monday from the
saved board alone, and tests drive the clock by hand.

Timer model. For the open phase run (the last ``PhaseRun`` with ``ended_at`` None) the timer
and the run move in lockstep: entering a phase opens a run at ``now`` and starts the timer at
``now`` with nothing elapsed. So while the timer is paused, the moment it was paused is
``run.started_at + run.paused_seconds + workshop.timer_elapsed``; resuming adds the pause's
length to ``run.paused_seconds``. No extra field is needed for "paused at".
"""

from __future__ import annotations

import dataclasses
import math

from ..error_codes import Term
from .entities import PhasePlan, PhaseRun, Workshop
from .errors import DomainError
from .notation import KINDS, KINDS_BY_ID

#: The eight Big Picture phases, in order. Plans are edited, never reordered or extended, so
#: these keys stay valid in every saved board.
PHASE_KEYS: tuple[str, ...] = (
    "kickoff",
    "exploration",
    "timeline",
    "people_systems",
    "walkthrough",
    "problems",
    "voting",
    "wrapup",
)

#: Things a phase can unlock besides sticky kinds; they may appear in ``PhasePlan.kinds``.
PIVOTAL = "pivotal"  # marking domain events as pivotal
LANES = "lanes"  # drawing swimlanes
MILESTONES = "milestones"  # drawing temporal milestones
FEATURES: tuple[str, ...] = (PIVOTAL, LANES, MILESTONES)

MAX_PHASE_MINUTES = 600.0
MAX_ADDED_MINUTES = 240.0


def default_plan() -> tuple[PhasePlan, ...]:
    """The default Big Picture plan (timeboxes in minutes, from EVENT_STORMING.md)."""
    return (
        PhasePlan(
            "kickoff", "Kick-off", 10,
            "Introduce yourselves in one sentence each. Here is the goal, the scope and the "
            "notation we will use today.",
            ("State the goal and the scope", "List the participants",
             "Show the notation and the rules", "Everyone has spoken once"),
            ("note",),
        ),
        PhasePlan(
            "exploration", "Chaotic exploration", 25,
            "Write every domain event you can think of, in the past tense, one per orange "
            "sticky. Work in parallel, no discussion, duplicates are fine.",
            ("Only orange events", "Past tense", "Nobody waits for anybody",
             "Watch for the cool-down"),
            ("domain_event",),
        ),
        PhasePlan(
            "timeline", "Enforce the timeline", 40,
            "Order the events from left to right, merge duplicates, then mark the few pivotal "
            "events, draw swimlanes and milestones and name the chapters.",
            ("Merge duplicates", "Order left to right", "Mark 4–5 pivotal events",
             "Swimlanes and milestones", "Name the chapters", "Arguments become hotspots"),
            ("chapter", "note", PIVOTAL, LANES, MILESTONES),
        ),
        PhasePlan(
            "people_systems", "People and systems", 15,
            "Add the people who act or suffer, and the external systems we depend on, along "
            "the flow.",
            ("Actors on yellow", "External systems on pink", "Everything along the flow"),
            ("person", "external_system"),
        ),
        PhasePlan(
            "walkthrough", "Walk-through", 20,
            "A narrator tells the story along the wall, forward and then backward: what must "
            "happen before this?",
            ("Pick a narrator", "Forward pass", "Reverse pass", "Note the gaps"),
            (),
        ),
        PhasePlan(
            "problems", "Problems and opportunities", 15,
            "Put hotspots on every problem, question or risk, and opportunities on every "
            "improvement idea. Mark value gained or lost.",
            ("Hotspots everywhere", "Opportunities", "Value + and −"),
            ("hotspot", "opportunity", "value_positive", "value_negative"),
        ),
        PhasePlan(
            "voting", "Dot voting", 10,
            "Each person places their votes on the hotspots and opportunities that matter "
            "most. Results are revealed together.",
            ("Announce the budget", "Vote at the same time", "Dominant person votes last",
             "Reveal all votes together"),
            (),
        ),
        PhasePlan(
            "wrapup", "Wrap-up", 15,
            "The ranked problems get an owner and a next step. Take photos or print the wall.",
            ("Owner for each top problem", "Next step for each", "Chapter structure",
             "Export the report and the wall"),
            (),
        ),
    )


# -- plan queries ---------------------------------------------------------------------------
def phase_index(workshop: Workshop, key: str) -> int:
    for i, phase in enumerate(workshop.plan):
        if phase.key == key:
            return i
    raise DomainError(code="domain.workshop_plan_phase", key=key)


def current_phase(workshop: Workshop) -> PhasePlan | None:
    if not workshop.plan:
        return None
    return workshop.plan[min(max(workshop.current, 0), len(workshop.plan) - 1)]


def _unlocked(workshop: Workshop) -> set[str]:
    names: set[str] = set()
    for phase in workshop.plan[: workshop.current + 1]:
        names.update(phase.kinds)
    return names


def allowed_kinds(workshop: Workshop) -> frozenset[str]:
    """Kinds a participant may place now: everything with the wizard off, otherwise what the
    current phase and every earlier phase unlocked."""
    if not workshop.enabled or not workshop.plan:
        return frozenset(k.id for k in KINDS)
    return frozenset(name for name in _unlocked(workshop) if name in KINDS_BY_ID)


def feature_allowed(workshop: Workshop, feature: str) -> bool:
    """Whether pivotal marking, lanes or milestones are unlocked yet (always, wizard off)."""
    if feature not in FEATURES:
        raise DomainError(code="domain.unknown_workshop_feature", feature=feature)
    if not workshop.enabled or not workshop.plan:
        return True
    return feature in _unlocked(workshop)


def check_kind_allowed(workshop: Workshop, kind_id: str) -> None:
    """Refuse a sticky kind the current phase has not unlocked yet."""
    if kind_id not in allowed_kinds(workshop):
        phase = current_phase(workshop)
        # the kind's name as the UI's palette says it (context "Kinds")
        name = Term(KINDS_BY_ID[kind_id].name, "Kinds") if kind_id in KINDS_BY_ID else kind_id
        if phase:
            raise DomainError(code="domain.kind_not_in_phase", name=name, phase=phase.title)
        raise DomainError(code="domain.kind_not_now", name=name)


# -- runs and the timer ---------------------------------------------------------------------
def open_run(workshop: Workshop) -> PhaseRun | None:
    """The phase run in progress (paused or not), or None when no phase is under way."""
    if workshop.history and workshop.history[-1].ended_at is None:
        return workshop.history[-1]
    return None


def is_running(workshop: Workshop) -> bool:
    """A phase is under way (its timer may be paused)."""
    return open_run(workshop) is not None


def is_paused(workshop: Workshop) -> bool:
    return is_running(workshop) and workshop.timer_started_at is None


def phase_started_at(workshop: Workshop) -> float | None:
    run = open_run(workshop)
    return run.started_at if run else None


def elapsed(workshop: Workshop, now: float) -> float:
    """Seconds the current phase's timer has run (pauses excluded)."""
    running = 0.0
    if workshop.timer_started_at is not None:
        running = max(0.0, now - workshop.timer_started_at)  # a clock set back counts as 0
    return workshop.timer_elapsed + running


def timebox_seconds(workshop: Workshop) -> float:
    phase = current_phase(workshop)
    base = phase.minutes * 60.0 if phase else 0.0
    return base + workshop.timer_extra


def remaining(workshop: Workshop, now: float) -> float:
    """Seconds left in the current phase's timebox; negative once it has run over."""
    return timebox_seconds(workshop) - elapsed(workshop, now)


def is_over(workshop: Workshop, now: float) -> bool:
    return is_running(workshop) and remaining(workshop, now) <= 0


def pause(workshop: Workshop, now: float) -> Workshop:
    if not is_running(workshop):
        raise DomainError(code="domain.phase_running_nothing_pause")
    if workshop.timer_started_at is None:
        raise DomainError(code="domain.timer_already_paused")
    return dataclasses.replace(
        workshop, timer_started_at=None, timer_elapsed=elapsed(workshop, now)
    )


def _paused_at(workshop: Workshop, run: PhaseRun) -> float:
    return run.started_at + run.paused_seconds + workshop.timer_elapsed


def resume(workshop: Workshop, now: float) -> Workshop:
    run = open_run(workshop)
    if run is None:
        raise DomainError(code="domain.phase_running_start_workshop")
    if workshop.timer_started_at is not None:
        raise DomainError(code="domain.timer_already_running")
    pause_length = max(0.0, now - _paused_at(workshop, run))
    run = dataclasses.replace(run, paused_seconds=run.paused_seconds + pause_length)
    return dataclasses.replace(
        workshop, history=(*workshop.history[:-1], run), timer_started_at=now
    )


def add_minutes(workshop: Workshop, minutes: float = 5) -> Workshop:
    """Extend the current phase's timebox ("+5 minutes"); negative minutes take time away."""
    if not isinstance(minutes, int | float) or not math.isfinite(minutes):
        raise DomainError(code="domain.minutes_add_number")
    if abs(minutes) > MAX_ADDED_MINUTES:
        raise DomainError(code="domain.most_minutes_added_once",
                          max_added_minutes=MAX_ADDED_MINUTES)
    extra = workshop.timer_extra + minutes * 60.0
    if timebox_seconds(workshop) - workshop.timer_extra + extra < 0:
        raise DomainError(code="domain.timebox_cannot_become_shorter")
    return dataclasses.replace(workshop, timer_extra=extra)


# -- transitions ----------------------------------------------------------------------------
def _close_run(workshop: Workshop, now: float) -> tuple[PhaseRun, ...]:
    run = open_run(workshop)
    if run is None:
        return workshop.history
    paused = run.paused_seconds
    if workshop.timer_started_at is None:  # closing while paused: the pause counts as paused
        paused += max(0.0, now - _paused_at(workshop, run))
    end = max(now, run.started_at)
    return (*workshop.history[:-1], dataclasses.replace(run, ended_at=end, paused_seconds=paused))


def _enter(workshop: Workshop, index: int, now: float, history: tuple[PhaseRun, ...]) -> Workshop:
    key = workshop.plan[index].key
    return dataclasses.replace(
        workshop,
        enabled=True,
        current=index,
        history=(*history, PhaseRun(key, now)),
        timer_started_at=now,
        timer_elapsed=0.0,
        timer_extra=0.0,
    )


def _need_plan(workshop: Workshop) -> None:
    if not workshop.plan:
        raise DomainError(code="domain.workshop_phase_plan_yet")


def start(workshop: Workshop, now: float) -> Workshop:
    """Begin (or, after finishing, restart) the current phase, switching the wizard on."""
    _need_plan(workshop)
    if is_running(workshop):
        raise DomainError(code="domain.workshop_already_running")
    index = min(max(workshop.current, 0), len(workshop.plan) - 1)
    return _enter(workshop, index, now, workshop.history)


def go_to(workshop: Workshop, index: int, now: float) -> Workshop:
    """Leave the current phase (closing its run) and start phase ``index``."""
    _need_plan(workshop)
    if not 0 <= index < len(workshop.plan):
        raise DomainError(code="domain.phase_number_plan", value=index + 1)
    return _enter(workshop, index, now, _close_run(workshop, now))


def jump_to(workshop: Workshop, key: str, now: float) -> Workshop:
    return go_to(workshop, phase_index(workshop, key), now)


def next_phase(workshop: Workshop, now: float) -> Workshop:
    _need_plan(workshop)
    if workshop.current >= len(workshop.plan) - 1:
        raise DomainError(code="domain.last_phase_finish_workshop")
    return go_to(workshop, workshop.current + 1, now)


def back(workshop: Workshop, now: float) -> Workshop:
    """Return to the previous phase; its time adds up with the earlier visit."""
    _need_plan(workshop)
    if workshop.current <= 0:
        raise DomainError(code="domain.first_phase_phase_before")
    return go_to(workshop, workshop.current - 1, now)


def skip(workshop: Workshop, now: float) -> Workshop:
    """Move on without doing the current phase: its run in progress is dropped from the history,
    so the phase reports as not used (``next_phase`` keeps it)."""
    _need_plan(workshop)
    if workshop.current >= len(workshop.plan) - 1:
        raise DomainError(code="domain.last_phase_nothing_skip")
    history = workshop.history[:-1] if is_running(workshop) else workshop.history
    return _enter(workshop, workshop.current + 1, now, history)


def finish(workshop: Workshop, now: float) -> Workshop:
    """End the phase in progress and stop the timer; the wizard stays on."""
    if not is_running(workshop):
        raise DomainError(code="domain.phase_running_nothing_finish")
    return dataclasses.replace(
        workshop,
        history=_close_run(workshop, now),
        timer_started_at=None,
        timer_elapsed=0.0,
        timer_extra=0.0,
    )


def switch(workshop: Workshop, enabled: bool, now: float) -> Workshop:
    """Turn the wizard on or off. Off pauses a running timer (so the room can model freely and
    come back); on installs the default plan when there is none. Nothing else is lost."""
    w = workshop
    if not enabled and is_running(w) and w.timer_started_at is not None:
        w = pause(w, now)
    if enabled and not w.plan:
        w = dataclasses.replace(w, plan=default_plan(), current=0)
    return dataclasses.replace(w, enabled=bool(enabled))


# -- what was used --------------------------------------------------------------------------
def run_seconds(workshop: Workshop, run: PhaseRun, now: float) -> float:
    """Seconds of a run spent working (pauses excluded)."""
    if run.ended_at is None:
        return elapsed(workshop, now)  # the open run moves in lockstep with the timer
    return max(0.0, run.ended_at - run.started_at - run.paused_seconds)


def durations_used(workshop: Workshop, now: float) -> dict[str, float]:
    """Seconds actually spent per phase key (visits summed), in plan order; 0 when never run."""
    used = {phase.key: 0.0 for phase in workshop.plan}
    for run in workshop.history:
        used[run.key] = used.get(run.key, 0.0) + run_seconds(workshop, run, now)
    return used


# -- plan editing ---------------------------------------------------------------------------
def edit_phase(
    workshop: Workshop,
    key: str,
    *,
    minutes: float | None = None,
    title: str | None = None,
    instruction: str | None = None,
    checklist: tuple[str, ...] | None = None,
    kinds: tuple[str, ...] | None = None,
) -> Workshop:
    """Change one phase of the plan; unchanged arguments stay None."""
    index = phase_index(workshop, key)
    phase = workshop.plan[index]
    changes: dict[str, object] = {}
    if minutes is not None:
        if (
            not isinstance(minutes, int | float)
            or not math.isfinite(minutes)
            or not 0 < minutes <= MAX_PHASE_MINUTES
        ):
            raise DomainError(
                code="domain.phase_s_timebox_more", max_phase_minutes=MAX_PHASE_MINUTES
            )
        changes["minutes"] = float(minutes)
    if title is not None:
        if not title.strip():
            raise DomainError(code="domain.phase_needs_title")
        changes["title"] = title
    if instruction is not None:
        changes["instruction"] = instruction
    if checklist is not None:
        changes["checklist"] = tuple(item for item in checklist if item.strip())
    if kinds is not None:
        for name in kinds:
            if name not in KINDS_BY_ID and name not in FEATURES:
                raise DomainError(code="domain.phase_cannot_unlock_sticky", name=name)
        changes["kinds"] = tuple(dict.fromkeys(kinds))  # drop duplicates, keep order
    new_phase = dataclasses.replace(phase, **changes)  # type: ignore[arg-type]
    plan = (*workshop.plan[:index], new_phase, *workshop.plan[index + 1 :])
    return dataclasses.replace(workshop, plan=plan)


# -- checklist items the board itself can tick -----------------------------------------------
#: (default kick-off checklist text, what makes it true); an edited text is the facilitator's own
GOAL_AND_SCOPE = "State the goal and the scope"
PARTICIPANTS_LISTED = "List the participants"


def satisfied_checklist_items(w: Workshop, participants: int) -> dict[str, bool]:
    """Checklist texts whose state follows the board (issue 10): the goal and the scope are
    filled in; at least one participant is listed."""
    return {
        GOAL_AND_SCOPE: bool(w.goal.strip() and w.scope.strip()),
        PARTICIPANTS_LISTED: participants > 0,
    }
