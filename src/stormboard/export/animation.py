"""Animated pictures of the wall growing (``stormboard export … --replay``): frames in, an
animated GIF or APNG out, through Pillow. No Qt here: frames arrive as raw RGB bytes."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PIL import Image

from .atomic import atomic_output

#: (width, height, RGB bytes of width * height * 3)
Frame = tuple[int, int, bytes]
SUFFIXES = (".gif", ".png")


def write_animation(frames: Sequence[Frame], out: Path, fps: float) -> None:
    """Write every frame (none merged away: callers make consecutive frames differ) at ``fps``
    frames per second, looping forever; .gif or .png (APNG, lossless)."""
    out = Path(out)
    images = [Image.frombytes("RGB", (w, h), data) for w, h, data in frames]
    if not images:
        raise ValueError("an animation needs at least one frame")
    duration = max(20, round(1000 / fps))  # ms; browsers treat less than 20 ms as 100 ms
    fmt = "GIF" if out.suffix.lower() == ".gif" else "PNG"
    with atomic_output(out) as tmp:
        images[0].save(tmp, format=fmt, save_all=True, append_images=images[1:],
                       duration=duration, loop=0)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # an export is an ordinary file


def frame_count(path: Path) -> int:
    with Image.open(path) as image:
        return int(getattr(image, "n_frames", 1))
