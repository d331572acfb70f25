"""Cool-down detection for chaotic exploration: "nobody has a new event to write".

The live rate is the number of new domain events in a sliding window, per minute. It is sampled
every ``step_seconds`` going back from ``now`` (so ``now`` is always a sample) to the first
moment a whole window fits inside the phase. The phase's peak is the highest sample.

The room has cooled down when all of these hold:

* enough happened to judge: at least ``min_events`` events and a peak of at least
  ``min_peak_rate`` events per minute (so a quiet start never fires);
* every sample of the last ``sustain_seconds`` is below ``ratio`` × peak (so a one-minute lull
  followed by more writing never fires: the samples after the lull are high again, and a lull
  still in progress has not lasted long enough).

Defaults (tuned for 5–15 people writing in parallel): window 120 s, step 15 s, ratio 0.3,
sustain 180 s, at least 10 events and a peak of at least 2 events per minute. A window much
shorter than a minute makes the rate jumpy; a longer one lets the detection lag the room.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from .board import Board

WINDOW_SECONDS = 120.0
STEP_SECONDS = 15.0
RATIO = 0.3
SUSTAIN_SECONDS = 180.0
MIN_EVENTS = 10
MIN_PEAK_RATE = 2.0


@dataclass(frozen=True, slots=True)
class CoolDown:
    """The state of the room at ``now``."""

    rate: float  # events per minute in the window ending now
    peak: float  # highest sampled rate of the phase
    threshold: float  # ratio × peak
    events: int  # events since the phase started
    below_since: float | None  # start of the current stretch of samples below the threshold
    cooled: bool  # the rate has stayed below the threshold long enough


def event_times(board: Board, since: float | None = None) -> list[float]:
    """Creation times of the board's domain events (at or after ``since``), sorted."""
    return sorted(
        s.created_at
        for s in board.stickies.values()
        if s.kind == "domain_event" and (since is None or s.created_at >= since)
    )


def rate_at(times: list[float], t: float, window_seconds: float = WINDOW_SECONDS) -> float:
    """Events per minute in the window (t - window, t]; ``times`` must be sorted."""
    count = bisect_right(times, t) - bisect_right(times, t - window_seconds)
    return count * 60.0 / window_seconds


def detect(
    timestamps: Iterable[float],
    now: float,
    since: float | None = None,
    *,
    window_seconds: float = WINDOW_SECONDS,
    step_seconds: float = STEP_SECONDS,
    ratio: float = RATIO,
    sustain_seconds: float = SUSTAIN_SECONDS,
    min_events: int = MIN_EVENTS,
    min_peak_rate: float = MIN_PEAK_RATE,
) -> CoolDown:
    """Whether the room has cooled down at ``now``; ``since`` is when the phase started
    (default: the first event). Events after ``now`` are ignored."""
    if window_seconds <= 0 or step_seconds <= 0 or not 0 < ratio < 1 or sustain_seconds < 0:
        raise ValueError("window and step must be positive and ratio between 0 and 1")
    times = sorted(t for t in timestamps if t <= now and (since is None or t >= since))
    if since is None:
        since = times[0] if times else now
    current = rate_at(times, now, window_seconds)
    # samples newest first, while a whole window fits inside the phase
    samples: list[tuple[float, float]] = []
    t = now
    while t - window_seconds >= since - 1e-9:
        samples.append((t, rate_at(times, t, window_seconds)))
        t -= step_seconds
    peak = max((r for _, r in samples), default=0.0)
    threshold = ratio * peak
    below_since: float | None = None
    for t, r in samples:
        if r >= threshold:
            break
        below_since = t
    enough = len(times) >= min_events and peak >= min_peak_rate
    cooled = (
        enough
        and below_since is not None
        and now - below_since >= sustain_seconds - 1e-9
    )
    return CoolDown(current, peak, threshold, len(times), below_since, cooled)
