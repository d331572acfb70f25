"""The cool-down watch during chaotic exploration: the live rate of new events, and a
suggestion to move on once the room has gone quiet (``domain.cooldown.detect``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from ...domain import cooldown
from ...domain import workshop as wz
from ...domain.board import Board
from ..plain_text import PlainLabel
from .common import finger_sized

#: the phase whose cool-down is watched
EXPLORATION = "exploration"


class CoolDownBox(QFrame):
    """Rate of new events per minute; "The group is cooling down" + a next-phase button."""

    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coolDownBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.state: cooldown.CoolDown | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.rate = PlainLabel(self)
        self.rate.setObjectName("coolDownRate")
        self.rate.setWordWrap(True)
        self.banner = PlainLabel(self)
        self.banner.setObjectName("coolDownBanner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(
            "QLabel { background-color: #E1F5FE; color: #01579B; font-weight: bold;"
            " border-radius: 6px; padding: 8px; }"
        )
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("coolDownNext")
        finger_sized(self.next_button)
        self.next_button.clicked.connect(self.next_requested)
        for w in (self.rate, self.banner, self.next_button):
            layout.addWidget(w)
        self.banner.hide()
        self.next_button.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.banner.setText(self.tr("The group is cooling down"))
        self.next_button.setText(self.tr("Go to the next phase"))

    @staticmethod
    def watching(board: Board) -> bool:
        w = board.workshop
        phase = wz.current_phase(w)
        return w.enabled and phase is not None and phase.key == EXPLORATION and wz.is_running(w)

    def refresh(self, board: Board, now: float) -> None:
        if not self.watching(board):
            self.state = None
            self.hide()
            return
        since = wz.phase_started_at(board.workshop)
        state = cooldown.detect(cooldown.event_times(board, since), now, since)
        self.state = state
        self.rate.setText(
            self.tr("New events: %1 per minute (peak %2) · %3 so far")
            .replace("%1", f"{state.rate:.1f}")
            .replace("%2", f"{max(state.peak, state.rate):.1f}")  # the rate now counts too
            .replace("%3", str(state.events))
        )
        self.banner.setVisible(state.cooled)
        self.next_button.setVisible(state.cooled)
        self.show()

    @property
    def cooled(self) -> bool:
        return self.state is not None and self.state.cooled
