"""Cool-down detection on synthetic event timestamps."""

import pytest

from stormboard.app.commands import new_sticky
from stormboard.domain import cooldown
from stormboard.domain.board import Board, Put

START = 10_000.0


def steady(rate_per_min: float, start: float, end: float) -> list[float]:
    """Evenly spaced events at a given rate over [start, end)."""
    gap = 60.0 / rate_per_min
    out, t = [], start
    while t < end:
        out.append(t)
        t += gap
    return out


def test_rate_counts_the_window_per_minute():
    times = steady(6, START, START + 600)  # one every 10 s
    assert cooldown.rate_at(times, START + 300) == pytest.approx(6.0)
    assert cooldown.rate_at(times, START + 2000) == 0.0


def test_fires_on_a_real_slowdown():
    times = steady(6, START, START + 15 * 60) + steady(0.5, START + 15 * 60, START + 25 * 60)
    early = cooldown.detect(times, START + 15 * 60, since=START)
    assert not early.cooled and early.peak == pytest.approx(6.0)
    late = cooldown.detect(times, START + 22 * 60, since=START)
    assert late.cooled
    assert late.rate < 0.3 * late.peak
    assert late.below_since is not None and START + 22 * 60 - late.below_since >= 180


def test_silence_after_activity_fires_only_after_the_sustain_time():
    times = steady(6, START, START + 10 * 60)
    t_end = START + 10 * 60
    assert not cooldown.detect(times, t_end + 3 * 60, since=START).cooled  # window still full
    assert cooldown.detect(times, t_end + 6 * 60, since=START).cooled


def test_does_not_fire_on_a_short_pause_followed_by_activity():
    times = (
        steady(6, START, START + 10 * 60)
        + steady(6, START + 11 * 60, START + 20 * 60)  # one quiet minute at 10:00-11:00
    )
    for minute in range(10, 21):
        assert not cooldown.detect(times, START + minute * 60, since=START).cooled, minute


def test_does_not_fire_at_the_very_start():
    # Phase just began: three events, then quiet for five minutes.
    times = [START + 5, START + 20, START + 40]
    state = cooldown.detect(times, START + 6 * 60, since=START)
    assert not state.cooled
    # Nothing yet at all.
    assert not cooldown.detect([], START + 3600, since=START).cooled
    # Less than a window into the phase: no samples, no peak.
    assert cooldown.detect(steady(10, START, START + 90), START + 90, since=START).peak == 0


def test_parameters_are_arguments():
    times = steady(6, START, START + 10 * 60)
    now = START + 10 * 60 + 200
    assert not cooldown.detect(times, now, since=START).cooled
    assert cooldown.detect(times, now, since=START, window_seconds=60, sustain_seconds=60).cooled
    assert not cooldown.detect(times, START + 3600, since=START, min_events=1000).cooled
    with pytest.raises(ValueError):
        cooldown.detect(times, now, ratio=1.5)


def test_event_times_reads_domain_events_of_the_phase():
    board = Board()
    puts = []
    for i, (kind, at) in enumerate([("domain_event", 5.0), ("hotspot", 6.0),
                                    ("domain_event", 50.0), ("domain_event", 1.0)]):
        s = new_sticky(kind, i * 200, 0, now=at, sticky_id=f"s{i}")
        puts.append(Put("stickies", s.id, None, s))
    board.apply(puts)
    assert cooldown.event_times(board) == [1.0, 5.0, 50.0]
    assert cooldown.event_times(board, since=5.0) == [5.0, 50.0]


def test_a_lull_that_dips_below_but_recovers_does_not_fire():
    lull_start = START + 10 * 60
    times = steady(6, START, lull_start) + steady(6, lull_start + 150, START + 25 * 60)
    dipped = False
    for second in range(10 * 60, 25 * 60, 15):
        state = cooldown.detect(times, START + second, since=START)
        dipped = dipped or state.below_since is not None
        assert not state.cooled, second
    assert dipped  # the rate did fall below 30 % of the peak for a while
