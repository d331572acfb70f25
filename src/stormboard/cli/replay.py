"""``stormboard export FILE.storm -o growth.gif|growth.png --replay [--fps N --duration S]``:
the wall growing, frame by frame from the board's edit log (ADR 0153)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .errors import UsageError

MAX_FRAMES = 600


def add_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("replay (.gif, .png)")
    g.add_argument("--replay", action="store_true",
                   help="an animation of the wall growing, from the board's edit log")
    g.add_argument("--fps", type=float, default=4.0, help="frames per second (default 4)")
    g.add_argument("--duration", type=float, default=8.0,
                   help="length of the animation in seconds (default 8)")


def frame_seqs(seqs: list[int], frames: int) -> list[int]:
    """``frames`` log positions spread evenly over the log, the first and the last included."""
    if not seqs:
        return []
    if frames == 1 or len(seqs) == 1:
        return [seqs[-1]] * frames
    last = len(seqs) - 1
    return [seqs[round(i * last / (frames - 1))] for i in range(frames)]


def export_replay(args: argparse.Namespace) -> int:
    from ..export.animation import SUFFIXES, write_animation
    from ..export.poster import length_mm
    from ..storage.history import read_log

    source: Path = args.file
    out: Path = args.output
    if out.suffix.lower() not in SUFFIXES:
        raise UsageError(code="cli.replay_written_animated_gif", name=out.name)
    if getattr(args, "slice", None) is not None:
        raise UsageError(code="cli.replay_shows_whole_log")
    fps, duration = float(args.fps), float(args.duration)
    if not 0.5 <= fps <= 50:
        raise UsageError(code="cli.fps_possible_choose_frames", fps=fps)
    if not 0.1 <= duration <= 600:
        raise UsageError(code="cli.duration_possible_choose_seconds", duration=duration)
    count = max(1, round(fps * duration))
    if count > MAX_FRAMES:
        raise UsageError(code="cli.frames_too_many_most", count=count, max_frames=MAX_FRAMES)
    try:
        margin = length_mm(getattr(args, "margin", None) or "10mm", "Margin")
    except ValueError as error:
        raise UsageError(error) from None
    started = time.perf_counter()
    with read_log(source) as log:
        seqs = frame_seqs([seq for seq, _t in log.moments()], count)
        boards = [log.board_at_seq(seq) for seq in seqs]
    if not boards:
        raise UsageError(code="cli.edit_log_entries_replay", name=source.name)
    from .image import ensure_qt_app

    ensure_qt_app()
    from ..ui.export.image_export import ImageError
    from ..ui.export.replay_frames import render_frames, replay_plan

    try:
        plan = replay_plan(boards[-1], int(getattr(args, "dpi", 150) or 150), margin)
        frames = render_frames(boards, plan)
    except ImageError as error:
        raise UsageError(error) from None
    write_animation(frames, out, fps)
    elapsed = time.perf_counter() - started
    print(f"Replay of {len(seqs)} frames ({plan.width_px} × {plan.height_px} px at "
          f"{plan.options.dpi} dpi, {fps:g} fps) written in {elapsed:.1f} s")
    return 0
