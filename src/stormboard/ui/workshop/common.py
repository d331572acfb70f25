"""Shared bits of the facilitator's widgets: the clock type, finger-sized controls, and the
translation of texts that come from the domain (default phase plan, kind names)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QWidget

from ...domain import workshop as wz
from ...domain.entities import PhasePlan
from ...domain.notation import KINDS_BY_ID
from ..digits import ui_digits

#: a clock: seconds since the epoch (tests pass a fake one they move by hand)
Clock = Callable[[], float]

#: smallest size of anything a finger has to hit, in millimetres
FINGER_MM = 9.0

#: a toggle button that reads as a switch: grey when off, green when on
SWITCH_STYLE = (
    "QPushButton { font-weight: bold; border: 1px solid #90A4AE; border-radius: 6px;"
    " padding: 4px 10px; background-color: #ECEFF1; color: #37474F; }"
    " QPushButton:checked { background-color: #2E7D32; border-color: #1B5E20; color: white; }"
    " QPushButton:disabled { color: #9E9E9E; }"
)

_DEFAULTS: dict[str, PhasePlan] = {p.key: p for p in wz.default_plan()}


def finger_px(widget: QWidget | None = None) -> int:
    """FINGER_MM in device-independent pixels on the widget's screen (or the primary one)."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    dpi = 96.0
    if screen is not None:
        # the screen's real size when it reports a plausible one (a finger is a real size),
        # never less than the logical DPI the rest of the UI is laid out with
        physical, logical = screen.physicalDotsPerInch(), screen.logicalDotsPerInch()
        dpi = max(physical if 60.0 <= physical <= 400.0 else logical, logical)
    return math.ceil(FINGER_MM / 25.4 * dpi)


def finger_sized(*buttons: QAbstractButton) -> None:
    """Make buttons at least one finger high and wide."""
    for button in buttons:
        px = finger_px(button)
        button.setMinimumSize(px, px)


def plan_text(text: str) -> str:
    """A text of the default plan in the user's language; a facilitator's own text as typed.
    The English originals are listed for the translators in ``texts.py``."""
    return QCoreApplication.translate("WorkshopPlan", text)


def phase_title(phase: PhasePlan) -> str:
    default = _DEFAULTS.get(phase.key)
    return plan_text(phase.title) if default and default.title == phase.title else phase.title


def phase_instruction(phase: PhasePlan) -> str:
    default = _DEFAULTS.get(phase.key)
    if default and default.instruction == phase.instruction:
        return plan_text(phase.instruction)
    return phase.instruction


def checklist_item(phase: PhasePlan, item: str) -> str:
    default = _DEFAULTS.get(phase.key)
    return plan_text(item) if default and item in default.checklist else item


def kind_name(kind_id: str) -> str:
    kind = KINDS_BY_ID.get(kind_id)
    return QCoreApplication.translate("Kinds", kind.name) if kind else kind_id


def clock_text(seconds: float) -> str:
    """m:ss for a countdown; whole seconds rounded up so 0:00 shows only when time is up."""
    whole = math.ceil(seconds) if seconds > 0 else math.floor(-seconds)
    minutes, secs = divmod(abs(int(whole)), 60)
    return ui_digits(f"{minutes}:{secs:02d}")


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on the background."""
    luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF()
    return QColor("#000000") if luminance > 0.55 else QColor("#FFFFFF")
