"""Whole-board consistency: what a board must satisfy beyond each record's own fields.

Opening a ``.storm`` file and importing JSON hold a board to these same rules (ADR 0163), so
whatever opens also exports JSON that imports again. Every number comes from ``rules``. Each
problem carries the edit that repairs it (``Put``s: drop a dangling record, clamp a value,
shorten a text), so a reader can refuse with the first problem, or apply the repairs on request.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass

from ..error_codes import Phrase
from . import rules
from .board import Board, Put
from .entities import Entity

#: how many problems are described at most; a damaged file may hold millions
MAX_PROBLEMS = 1000


@dataclass(frozen=True, slots=True)
class Problem:
    """One broken rule: a sentence for the user and the edit that repairs it."""

    message: str
    repair: tuple[Put, ...]


def board_problems(board: Board, limit: int = MAX_PROBLEMS) -> list[Problem]:
    """The board's problems in collection order, at most ``limit`` of them."""
    found: list[Problem] = []
    for problem in _all_problems(board):
        found.append(problem)
        if len(found) >= limit:
            break
    return found


def repaired(board: Board, problems: list[Problem]) -> Board:
    """A copy of ``board`` with every problem's repair applied (fixed point: run until clean)."""
    fixed = board.copy()
    for _ in range(10):  # repairs only remove or clamp: one record's several problems settle
        if not problems:
            break
        seen: set[tuple[str, str]] = set()
        for problem in problems:
            for put in problem.repair:
                if (put.collection, put.id) in seen:
                    continue
                seen.add((put.collection, put.id))
                fixed.apply([Put(put.collection, put.id, fixed.get(put.collection, put.id),
                                 put.after)])
        problems = board_problems(fixed)
    return fixed


def repair_puts(before: Board, after: Board) -> list[Put]:
    """The Puts turning ``before`` into ``after`` (to write a repair into a file)."""
    puts = []
    for name, record in before.records():
        new = after.get(name, record.id)
        if new != record:
            puts.append(Put(name, record.id, record, new))
    return puts


def _drop(name: str, record: Entity) -> tuple[Put, ...]:
    return (Put(name, record.id, record, None),)


def _change(collection: str, record: Entity, /, **fields: object) -> tuple[Put, ...]:
    changed = dataclasses.replace(record, **fields)  # type: ignore[type-var]
    return (Put(collection, record.id, record, changed),)


def _too_long(value: str, limit: int) -> bool:
    return len(value) > limit


def _all_problems(board: Board) -> Iterator[Problem]:
    yield from _info_problems(board)
    yield from _workshop_problems(board)
    yield from _label_problems(board)
    yield from _sticky_problems(board)
    yield from _reference_problems(board)


def _info_problems(board: Board) -> Iterator[Problem]:
    info = board.info
    if _too_long(info.title, rules.MAX_LABEL_TEXT):
        yield Problem(Phrase("integrity.title_longer_than_characters",
                             max_label_text=rules.MAX_LABEL_TEXT),
                      _change("info", info, title=info.title[: rules.MAX_LABEL_TEXT]))
    if _too_long(info.description, rules.MAX_STICKY_TEXT):
        yield Problem(
            Phrase("integrity.description_longer_than_characters",
                   max_sticky_text=rules.MAX_STICKY_TEXT),
            _change("info", info, description=info.description[: rules.MAX_STICKY_TEXT]))
    if not rules.is_number(info.created_at):
        yield Problem(Phrase("integrity.creation_time_usable_number"),
                      _change("info", info, created_at=0.0))


def _workshop_problems(board: Board) -> Iterator[Problem]:
    w = board.workshop
    texts = {"goal": w.goal, "scope": w.scope}
    for name, value in texts.items():
        if _too_long(value, rules.MAX_STICKY_TEXT):
            too_long = Phrase(f"integrity.workshop_{name}_too_long", most=rules.MAX_STICKY_TEXT)
            yield Problem(too_long,
                          _change("workshop", w, **{name: value[: rules.MAX_STICKY_TEXT]}))
    if not 0 <= w.current < max(len(w.plan), 1):
        yield Problem(Phrase("integrity.workshop_s_current_phase", current=w.current),
                      _change("workshop", w, current=max(0, min(w.current, len(w.plan) - 1))))
    if not 0 <= w.vote_budget <= rules.MAX_FILE_VOTE_BUDGET:
        yield Problem(Phrase("integrity.vote_budget", vote_budget=w.vote_budget,
                             max_file_vote_budget=rules.MAX_FILE_VOTE_BUDGET),
                      _change("workshop", w, vote_budget=max(
                          0, min(w.vote_budget, rules.MAX_FILE_VOTE_BUDGET))))
    if not (rules.is_duration(w.timer_elapsed) and rules.is_number(w.timer_extra)
            and (w.timer_started_at is None or rules.is_number(w.timer_started_at))):
        yield Problem(Phrase("integrity.workshop_s_timer_holds"),
                      _change("workshop", w, timer_elapsed=0.0, timer_extra=0.0,
                              timer_started_at=None))
    plan_ok = all(
        rules.is_id(p.key) and len(p.title) <= rules.MAX_LABEL_TEXT
        and len(p.instruction) <= rules.MAX_STICKY_TEXT and rules.is_duration(p.minutes)
        and all(len(c) <= rules.MAX_LABEL_TEXT for c in p.checklist)
        for p in w.plan
    )
    history_ok = all(
        rules.is_id(r.key) and rules.is_number(r.started_at)
        and (r.ended_at is None or rules.is_number(r.ended_at))
        and rules.is_duration(r.paused_seconds)
        for r in w.history
    )
    if not (plan_ok and history_ok):
        yield Problem(Phrase("integrity.workshop_s_plan_history"),
                      _change("workshop", w, plan=(), history=(), current=0, enabled=False))
    if w.active_participant is not None and not rules.is_id(w.active_participant):
        yield Problem(Phrase("integrity.workshop_s_active_participant"),
                      _change("workshop", w, active_participant=None))


def _label_problems(board: Board) -> Iterator[Problem]:
    for lane in board.lanes.values():
        if _too_long(lane.label, rules.MAX_LABEL_TEXT):
            yield Problem(Phrase("integrity.lane_label_longer_than", id=lane.id,
                                 max_label_text=rules.MAX_LABEL_TEXT),
                          _change("lanes", lane, label=lane.label[: rules.MAX_LABEL_TEXT]))
        if not rules.is_lane_height(lane.height):
            yield Problem(Phrase("integrity.lane_impossible_height", id=lane.id,
                                 height=lane.height),
                          _change("lanes", lane, height=rules.DEFAULT_LANE_HEIGHT))
    for m in board.milestones.values():
        if _too_long(m.label, rules.MAX_LABEL_TEXT):
            yield Problem(Phrase("integrity.milestone_label_longer_than", id=m.id,
                                 max_label_text=rules.MAX_LABEL_TEXT),
                          _change("milestones", m, label=m.label[: rules.MAX_LABEL_TEXT]))
    for p in board.participants.values():
        if _too_long(p.name, rules.MAX_LABEL_TEXT) or _too_long(p.role, rules.MAX_LABEL_TEXT):
            yield Problem(Phrase("integrity.participant_name_role_longer", id=p.id,
                                 max_label_text=rules.MAX_LABEL_TEXT),
                          _change("participants", p, name=p.name[: rules.MAX_LABEL_TEXT],
                                  role=p.role[: rules.MAX_LABEL_TEXT]))
    for link in board.links.values():
        if _too_long(link.label, rules.MAX_LABEL_TEXT):
            yield Problem(Phrase("integrity.link_label_longer_than", id=link.id,
                                 max_label_text=rules.MAX_LABEL_TEXT),
                          _change("links", link, label=link.label[: rules.MAX_LABEL_TEXT]))
    for d in board.decisions.values():
        if (_too_long(d.owner, rules.MAX_LABEL_TEXT)
                or _too_long(d.next_step, rules.MAX_STICKY_TEXT)):
            yield Problem(Phrase("integrity.decision_owner_next_step", id=d.id),
                          _change("decisions", d, owner=d.owner[: rules.MAX_LABEL_TEXT],
                                  next_step=d.next_step[: rules.MAX_STICKY_TEXT]))


def _sticky_problems(board: Board) -> Iterator[Problem]:
    for s in board.stickies.values():
        if s.pivotal and s.kind != "domain_event":
            yield Problem(Phrase("integrity.sticky_marked_pivotal_but", id=s.id, kind=s.kind),
                          _change("stickies", s, pivotal=False))
        if not (s.author in (None, "") or rules.is_id(s.author)) or not all(
                a == "" or rules.is_id(a) for a in s.co_authors):
            yield Problem(Phrase("integrity.sticky_author_valid_id", id=s.id),
                          _change("stickies", s, author=None, co_authors=()))
        if not (rules.is_number(s.created_at) and rules.is_number(s.updated_at)):
            yield Problem(Phrase("integrity.sticky_impossible_time", id=s.id),
                          _change("stickies", s, created_at=0.0, updated_at=0.0))


def _reference_problems(board: Board) -> Iterator[Problem]:
    stickies = board.stickies
    for link in board.links.values():
        if link.source_id not in stickies or link.target_id not in stickies:
            yield Problem(Phrase("integrity.link_joins_sticky_board", id=link.id),
                          _drop("links", link))
    for vote in board.votes.values():
        if vote.sticky_id not in stickies:
            yield Problem(Phrase("integrity.vote_sticky_board", id=vote.id),
                          _drop("votes", vote))
        elif not rules.is_id(vote.participant_id) or not rules.is_number(vote.created_at):
            yield Problem(Phrase("integrity.vote_valid_participant_time", id=vote.id),
                          _drop("votes", vote))
    for d in board.decisions.values():
        if d.id not in stickies:
            yield Problem(Phrase("integrity.decision_about_sticky_board", id=d.id),
                          _drop("decisions", d))
