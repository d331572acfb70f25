"""Moving between stickies with the keyboard (issue 10, accessibility; ADR 0194).

Tab and Shift+Tab step through the visible stickies in reading order (the timeline's: left to
right, then top to bottom); past the last one the focus leaves the wall as usual, so the wall is
never a keyboard trap. Alt+arrows select the nearest sticky in that direction. The selected
sticky is scrolled into view and named in the view's accessible description, for screen
readers."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleEvent

from ...domain import notation, timeline
from ...domain.entities import Sticky

if TYPE_CHECKING:
    from .view import BoardView


def visible_order(view: BoardView) -> list[Sticky]:
    scene = view.board_scene
    shown = [s for sid, s in scene.board.stickies.items()
             if (item := scene.sticky_item(sid)) is not None and item.isVisible()]
    return timeline.reading_order(shown)


def describe(sticky: Sticky) -> str:
    kind = notation.KINDS_BY_ID.get(sticky.kind)
    name = QCoreApplication.translate("Kinds", kind.name) if kind else sticky.kind
    text = " ".join(sticky.text.split()) or QCoreApplication.translate("KeyboardNav", "(empty)")
    return QCoreApplication.translate("KeyboardNav", "%1: %2").replace("%2", text).replace(
        "%1", name)


def select(view: BoardView, sticky: Sticky) -> None:
    scene = view.board_scene
    scene.select_ids([sticky.id])
    item = scene.sticky_item(sticky.id)
    if item is not None:
        view.ensureVisible(item.sceneBoundingRect(), 40, 40)
    view.setAccessibleDescription(describe(sticky))
    QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.DescriptionChanged))


def step(view: BoardView, forward: bool) -> bool:
    """Select the next (or previous) sticky in reading order; False past either end (the
    selection is cleared and the focus may move on)."""
    order = visible_order(view)
    if not order:
        return False
    ids = [s.id for s in order]
    selected = view.board_scene.selected_sticky_ids()
    if len(selected) == 1 and selected[0] in ids:
        index = ids.index(selected[0]) + (1 if forward else -1)
    else:
        index = 0 if forward else len(ids) - 1
    if not 0 <= index < len(ids):
        view.board_scene.clearSelection()
        return False
    select(view, order[index])
    return True


def nearest(view: BoardView, dx: int, dy: int) -> bool:
    """Select the nearest sticky whose centre lies in the direction (dx, dy) of the selected
    one's (within 60 degrees of it); with nothing selected, the first in reading order."""
    order = visible_order(view)
    selected = view.board_scene.selected_sticky_ids()
    board = view.board_scene.board
    if len(selected) != 1 or selected[0] not in board.stickies:
        return step(view, True)
    cx, cy = board.stickies[selected[0]].center
    best, best_score = None, math.inf
    for s in order:
        if s.id == selected[0]:
            continue
        vx, vy = s.center[0] - cx, s.center[1] - cy
        along = vx * dx + vy * dy
        across = abs(vx * dy - vy * dx)
        if along <= 0 or across > along * math.tan(math.radians(60)):
            continue
        score = along + 2 * across  # straight ahead first
        if score < best_score:
            best, best_score = s, score
    if best is None:
        return False
    select(view, best)
    return True
