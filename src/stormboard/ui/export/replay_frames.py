"""Frames of the wall at successive moments of its edit log, drawn by the canvas's own scene
(the same drawing as a PNG export), for ``stormboard export … --replay`` (ADR 0153)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter

from ...domain.board import Board
from ...export.poster import Scope
from ...export.poster.content import select
from .image_export import ImageOptions, ImagePlan, plan_image, render_image

#: height of the progress strip under each frame, in pixels: it shows how far the replay is and
#: keeps consecutive frames distinct (an animation writer merges identical frames)
BAR_PX = 8
BAR_COLOR = QColor("#E65100")
BAR_TRACK = QColor("#E0E0E0")


def replay_plan(final: Board, dpi: int, margin_mm: float, max_width: int = 1280) -> ImagePlan:
    """One rectangle for every frame (the final wall's), at ``dpi`` or less so the frame is at
    most ``max_width`` pixels wide."""
    plan = plan_image(final, ImageOptions(dpi=dpi, margin_mm=margin_mm), limit=False)
    if plan.width_px > max_width:
        smaller = max(10, int(dpi * max_width / plan.width_px))
        plan = plan_image(final, ImageOptions(dpi=smaller, margin_mm=margin_mm))
    return plan


def render_wall(board: Board, plan: ImagePlan) -> QImage:
    """The board drawn in the plan's rectangle (whatever it holds at that moment)."""
    return render_image(board, dataclasses.replace(plan, content=select(board, Scope())))


def render_frames(
    boards: Sequence[Board], plan: ImagePlan,
    progress: Callable[[int, int], object] | None = None,
) -> list[tuple[int, int, bytes]]:
    """RGB frames: the wall, and under it a strip filled to (i + 1) / n."""
    frames = []
    n = len(boards)
    for i, board in enumerate(boards):
        wall = render_wall(board, plan)
        frame = QImage(plan.width_px, plan.height_px + BAR_PX, QImage.Format.Format_RGB888)
        frame.fill(BAR_TRACK)
        painter = QPainter(frame)
        try:
            painter.drawImage(0, 0, wall)
            filled = round(plan.width_px * (i + 1) / n)
            painter.fillRect(QRect(0, plan.height_px, filled, BAR_PX), BAR_COLOR)
        finally:
            painter.end()
        frames.append((frame.width(), frame.height(), rgb_bytes(frame)))
        if progress is not None:
            progress(i + 1, n)
    return frames


def rgb_bytes(image: QImage) -> bytes:
    """Tightly packed RGB rows (QImage pads each row to 4 bytes)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    raw = bytes(image.constBits())[: stride * h]
    if stride == w * 3:
        return raw
    return b"".join(raw[y * stride: y * stride + w * 3] for y in range(h))
