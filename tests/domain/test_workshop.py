"""Phase plan, allowed kinds and transitions of the facilitator's wizard (no Qt)."""

import dataclasses

import pytest

from stormboard.domain import workshop as wz
from stormboard.domain.entities import Workshop
from stormboard.domain.errors import DomainError
from stormboard.domain.notation import KINDS

ALL = frozenset(k.id for k in KINDS)


def planned(**fields) -> Workshop:
    return Workshop(enabled=True, plan=wz.default_plan(), **fields)


def at(key: str) -> Workshop:
    return planned(current=wz.PHASE_KEYS.index(key))


def test_default_plan_has_the_eight_phases_in_order_with_content():
    plan = wz.default_plan()
    assert tuple(p.key for p in plan) == (
        "kickoff", "exploration", "timeline", "people_systems",
        "walkthrough", "problems", "voting", "wrapup",
    )
    assert tuple(p.key for p in plan) == wz.PHASE_KEYS
    for p in plan:
        assert p.minutes > 0 and p.instruction and p.checklist and p.title
        for name in p.kinds:
            assert name in {k.id for k in KINDS} or name in wz.FEATURES


def test_allowed_kinds_grow_phase_by_phase():
    assert wz.allowed_kinds(at("kickoff")) == {"note"}
    assert wz.allowed_kinds(at("exploration")) == {"note", "domain_event"}
    assert wz.allowed_kinds(at("timeline")) == {"note", "domain_event", "chapter"}
    assert wz.allowed_kinds(at("people_systems")) == {
        "note", "domain_event", "chapter", "person", "external_system",
    }
    assert wz.allowed_kinds(at("walkthrough")) == wz.allowed_kinds(at("people_systems"))
    problems = wz.allowed_kinds(at("problems"))
    assert {"hotspot", "opportunity", "value_positive", "value_negative"} <= problems
    assert "command" not in problems  # process-level kinds are never unlocked
    assert wz.allowed_kinds(at("wrapup")) == problems


def test_pivotal_marking_unlocks_with_the_timeline():
    assert not wz.feature_allowed(at("exploration"), wz.PIVOTAL)
    assert wz.feature_allowed(at("timeline"), wz.PIVOTAL)
    assert wz.feature_allowed(at("problems"), wz.LANES)
    assert not wz.feature_allowed(at("kickoff"), wz.MILESTONES)


def test_everything_is_allowed_with_the_wizard_off():
    off = dataclasses.replace(at("kickoff"), enabled=False)
    assert wz.allowed_kinds(off) == ALL
    assert wz.feature_allowed(off, wz.PIVOTAL)
    assert wz.allowed_kinds(Workshop()) == ALL  # no plan at all


def test_check_kind_allowed_names_kind_and_phase():
    with pytest.raises(DomainError, match="Hotspot stickies are not available in the Chaotic"):
        wz.check_kind_allowed(at("exploration"), "hotspot")
    wz.check_kind_allowed(at("exploration"), "domain_event")


def test_start_next_back_skip_jump_record_history():
    w = wz.start(planned(), 0)
    assert wz.is_running(w) and w.current == 0 and w.history[-1].key == "kickoff"
    with pytest.raises(DomainError, match="already running"):
        wz.start(w, 1)
    w = wz.next_phase(w, 600)
    assert w.current == 1
    assert w.history[0].ended_at == 600 and w.history[1].started_at == 600
    w = wz.back(w, 900)
    assert w.current == 0 and len(w.history) == 3
    w = wz.next_phase(w, 1000)
    w = wz.skip(w, 1030)  # exploration entered at 1000 and skipped: that visit is dropped
    assert w.current == 2
    assert [r.key for r in w.history] == ["kickoff", "exploration", "kickoff", "timeline"]
    w = wz.jump_to(w, "voting", 1200)
    assert w.current == wz.PHASE_KEYS.index("voting")
    used = wz.durations_used(w, 1500)
    assert used["kickoff"] == 600 + 100
    assert used["exploration"] == 300
    assert used["timeline"] == 170
    assert used["voting"] == 300
    assert used["wrapup"] == 0


def test_edges_of_the_plan_refuse_clearly():
    w = wz.start(planned(), 0)
    with pytest.raises(DomainError, match="first phase"):
        wz.back(w, 1)
    last = wz.jump_to(w, "wrapup", 2)
    with pytest.raises(DomainError, match="last phase"):
        wz.next_phase(last, 3)
    with pytest.raises(DomainError, match="last phase"):
        wz.skip(last, 3)
    with pytest.raises(DomainError, match="no phase 'lunch'"):
        wz.jump_to(w, "lunch", 3)
    with pytest.raises(DomainError, match="no phase plan"):
        wz.start(Workshop(), 0)


def test_switch_off_pauses_and_on_resumes_where_it_was():
    w = wz.next_phase(wz.start(planned(), 0), 60)
    off = wz.switch(w, False, 120)
    assert not off.enabled and wz.is_paused(off)
    assert off.current == 1 and off.history == w.history
    on = wz.switch(off, True, 5000)
    assert on.enabled and on.current == 1 and wz.is_paused(on)
    assert wz.elapsed(on, 9999) == 60  # the timer did not run while off
    # a board that never had a plan gets the default plan when the wizard is switched on
    fresh = wz.switch(Workshop(), True, 0)
    assert fresh.enabled and len(fresh.plan) == 8 and not wz.is_running(fresh)


def test_finish_and_restart_days_later():
    w = wz.start(planned(), 0)
    w = wz.next_phase(w, 600)
    w = wz.finish(w, 1800)
    assert not wz.is_running(w)
    day = 3 * 86400
    w = wz.start(w, day)  # resumes the phase it was in
    assert w.current == 1 and w.history[-1].started_at == day
    used = wz.durations_used(w, day + 300)
    assert used["exploration"] == 1200 + 300
    with pytest.raises(DomainError, match="nothing to finish"):
        wz.finish(wz.finish(w, day + 1), day + 2)


def test_edit_phase_validates():
    w = planned()
    w2 = wz.edit_phase(w, "exploration", minutes=30, kinds=("domain_event", "hotspot", "hotspot"))
    assert w2.plan[1].minutes == 30 and w2.plan[1].kinds == ("domain_event", "hotspot")
    assert "hotspot" in wz.allowed_kinds(dataclasses.replace(w2, current=1))
    with pytest.raises(DomainError, match="timebox"):
        wz.edit_phase(w, "exploration", minutes=0)
    with pytest.raises(DomainError, match="no sticky kind"):
        wz.edit_phase(w, "exploration", kinds=("banana",))
    assert wz.edit_phase(w, "kickoff", checklist=("a", "  ", "b")).plan[0].checklist == ("a", "b")
