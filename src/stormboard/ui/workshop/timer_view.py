"""The phase countdown: large digits readable across a room, and a gentle pulse at the end.

The widgets only read the workshop record; the panel's one-second tick calls ``refresh``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from ...domain import workshop as wz
from ...domain.entities import Workshop
from ..plain_text import PlainLabel
from .common import clock_text, phase_instruction, phase_title

#: background of the countdown per state; "over" alternates between the two pulse colours
COLORS = {
    "idle": QColor("#ECEFF1"),
    "running": QColor("#E3F2FD"),
    "paused": QColor("#F5F5F5"),
    "last_minute": QColor("#FFF3E0"),
    "over_a": QColor("#FFCDD2"),
    "over_b": QColor("#FF8A80"),
}
LAST_MINUTE = 60.0


class TimerDisplay(QFrame):
    """Phase title, m:ss remaining (``+m:ss`` once over) and a state line."""

    #: the current phase's timebox has just run out (once per phase visit)
    time_up = Signal()

    def __init__(
        self, digit_px: int = 64, parent: QWidget | None = None, show_instruction: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timerDisplay")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        # explicit roles: over a view's viewport the inherited role would be Base (white)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setForegroundRole(QPalette.ColorRole.WindowText)
        self.sound_enabled = False  # a beep at the end; off by default (rooms hate surprises)
        self.state = "idle"
        self._pulse = False
        self._over_run: float | None = None  # start of the run whose end was signalled
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = PlainLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        title_font = QFont(self.title.font())
        title_font.setPixelSize(max(14, digit_px // 4))
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.digits = PlainLabel("0:00", self)
        self.digits.setObjectName("timerDigits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # digits and the "+" read left to right in every language
        self.digits.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        font = QFont(self.digits.font())
        font.setPixelSize(digit_px)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.digits.setFont(font)
        self.note = PlainLabel(self)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # the instruction for the room, on the projector (the panel shows its own)
        self.instruction = PlainLabel(self)
        self.instruction.setObjectName("roomInstruction")
        self.instruction.setWordWrap(True)
        font = QFont(self.instruction.font())
        font.setPixelSize(max(14, digit_px // 5))
        self.instruction.setFont(font)
        self.instruction.setMaximumWidth(digit_px * 5)
        self.instruction.setVisible(show_instruction)
        self._show_instruction = show_instruction
        for label in (self.title, self.digits, self.note, self.instruction):
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self._paint("idle")

    def refresh(self, workshop: Workshop, now: float) -> None:
        phase = wz.current_phase(workshop)
        self.title.setText(phase_title(phase) if phase is not None and workshop.enabled else "")
        if self._show_instruction:
            text = phase_instruction(phase) if phase is not None and workshop.enabled else ""
            self.instruction.setText(text)
            self.instruction.setVisible(bool(text))
        if not workshop.enabled or phase is None:
            self.digits.setText("—")
            self.note.setText(self.tr("Free modelling"))
            self._paint("idle")
            return
        if not wz.is_running(workshop):
            self.digits.setText(clock_text(wz.timebox_seconds(workshop)))
            self.note.setText(self.tr("Not started"))
            self._paint("idle")
            return
        left = wz.remaining(workshop, now)
        over = left <= 0
        self.digits.setText(("+" if left < 0 else "") + clock_text(left))
        if wz.is_paused(workshop):
            self.note.setText(self.tr("Paused"))
            state = "paused"
        elif over:
            self.note.setText(self.tr("Time is up"))
            self._pulse = not self._pulse
            state = "over_b" if self._pulse else "over_a"
        else:
            self.note.setText(self.tr("remaining"))
            state = "last_minute" if left <= LAST_MINUTE else "running"
        self._paint(state)
        run_start = wz.phase_started_at(workshop)
        if over and self._over_run != run_start:
            self._over_run = run_start
            if self.sound_enabled:
                QApplication.beep()
            self.time_up.emit()
        elif not over and self._over_run == run_start:
            self._over_run = None  # time was added: the end can be signalled again

    @property
    def is_over(self) -> bool:
        return self.state.startswith("over")

    def _paint(self, state: str) -> None:
        self.state = state
        pal = self.palette()
        background = COLORS[state]
        pal.setColor(QPalette.ColorRole.Window, background)
        text = QColor("#B71C1C") if state.startswith("over") else QColor("#212121")
        pal.setColor(QPalette.ColorRole.WindowText, text)
        self.setPalette(pal)

    def background(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Window)


class TimerOverlay(QWidget):
    """The countdown floating over the wall (presenter screen or presentation mode).

    As a child of a widget it sits in that widget's top corner (the end side in
    right-to-left) and follows its resizes; without a parent it is a small frameless window
    that stays on top.
    """

    def __init__(
        self, parent: QWidget | None = None, digit_px: int = 120, show_instruction: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timerOverlay")
        if parent is None:
            self.setWindowFlags(
                Qt.WindowType.Tool
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, parent is not None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.display = TimerDisplay(digit_px, self, show_instruction)
        layout.addWidget(self.display)
        self.margin = 16
        if parent is not None:
            parent.installEventFilter(self)
            self._place()

    #: where ``refresh_now`` reads the workshop (set by whoever drives the overlay)
    workshop: Callable[[], Workshop | None] | None = None
    #: hidden while the wizard is off (presentation mode: no "Free modelling" box on the wall)
    hide_when_idle = False

    def refresh(self, workshop: Workshop, now: float) -> None:
        if self.hide_when_idle and self.parentWidget() is not None:
            self.setVisible(workshop.enabled)
        self.display.refresh(workshop, now)
        self.adjustSize()
        self._place()

    def refresh_now(self, now: float) -> None:
        """Follow a tick signal carrying only the time."""
        workshop = self.workshop() if self.workshop is not None else None
        if workshop is not None:
            self.refresh(workshop, now)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() in (
            QEvent.Type.Resize, QEvent.Type.LayoutDirectionChange
        ):
            self._place()
        return False

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None or self.isWindow():
            return
        self.adjustSize()
        # over the wall itself (a view's viewport), not over the lane ruler beside it
        viewport = getattr(parent, "viewport", None)
        area = viewport().geometry() if callable(viewport) else parent.rect()
        y = area.top() + self.margin
        if parent.isRightToLeft():
            x = area.left() + self.margin
        else:
            x = area.right() + 1 - self.width() - self.margin
        self.move(max(0, x), y)
        self.raise_()
