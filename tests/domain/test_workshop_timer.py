"""Timer math of the facilitator's wizard, driven by a fake clock."""

import pytest

from stormboard.domain import workshop as wz
from stormboard.domain.entities import Workshop
from stormboard.domain.errors import DomainError

T0 = 1_800_000_000.0  # some Friday


def started() -> Workshop:
    w = Workshop(enabled=True, plan=wz.default_plan())
    return wz.next_phase(wz.start(w, T0 - 600), T0)  # exploration (25 min) starts at T0


def test_remaining_counts_down_and_goes_negative():
    w = started()
    assert wz.remaining(w, T0) == 25 * 60
    assert wz.remaining(w, T0 + 60) == 24 * 60
    assert not wz.is_over(w, T0 + 25 * 60 - 1)
    assert wz.is_over(w, T0 + 25 * 60)
    assert wz.remaining(w, T0 + 30 * 60) == -5 * 60


def test_pause_freezes_and_resume_continues():
    w = wz.pause(started(), T0 + 300)
    assert wz.is_paused(w)
    assert wz.remaining(w, T0 + 300) == wz.remaining(w, T0 + 9000) == 20 * 60
    w = wz.resume(w, T0 + 900)  # ten minutes of coffee
    assert wz.remaining(w, T0 + 960) == 19 * 60
    assert w.history[-1].paused_seconds == 600
    with pytest.raises(DomainError, match="already running"):
        wz.resume(w, T0 + 961)
    with pytest.raises(DomainError, match="already paused"):
        wz.pause(wz.pause(w, T0 + 970), T0 + 971)


def test_pause_over_days_is_not_counted_as_used():
    w = wz.pause(started(), T0 + 600)
    w = wz.resume(w, T0 + 4 * 86400)
    w = wz.next_phase(w, T0 + 4 * 86400 + 120)
    run = w.history[1]
    assert run.key == "exploration"
    assert wz.run_seconds(w, run, T0 + 5 * 86400) == 720
    assert wz.durations_used(w, T0 + 5 * 86400)["exploration"] == 720


def test_leaving_a_paused_phase_counts_the_pause_as_paused():
    w = wz.pause(started(), T0 + 100)
    w = wz.next_phase(w, T0 + 1000)
    assert wz.durations_used(w, T0 + 1000)["exploration"] == 100
    assert not wz.is_paused(w)  # the new phase runs
    assert wz.remaining(w, T0 + 1000) == 40 * 60


def test_add_minutes_extends_only_the_current_phase():
    w = wz.add_minutes(started(), 5)
    assert wz.remaining(w, T0 + 25 * 60) == 5 * 60
    assert not wz.is_over(w, T0 + 29 * 60)
    w = wz.add_minutes(w)  # five again by default
    assert wz.remaining(w, T0) == 35 * 60
    nxt = wz.next_phase(w, T0 + 60)
    assert wz.remaining(nxt, T0 + 60) == 40 * 60  # the extra time does not carry over
    with pytest.raises(DomainError):
        wz.add_minutes(w, float("nan"))
    with pytest.raises(DomainError, match="shorter than zero"):
        wz.add_minutes(w, -40)


def test_clock_set_back_never_adds_time():
    w = started()
    assert wz.remaining(w, T0 - 3600) == 25 * 60


def test_not_running_is_never_over():
    w = Workshop(enabled=True, plan=wz.default_plan())
    assert not wz.is_over(w, T0 + 10**6)
    with pytest.raises(DomainError, match="start the workshop"):
        wz.resume(w, T0)
