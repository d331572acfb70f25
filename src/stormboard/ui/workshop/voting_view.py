"""Dot voting: the budget, a voting mode where taps on hotspots and opportunities place the
active participant's votes, the remaining budget per participant, and the reveal.

The tap handling is a tool in the wall's input route (``ui/canvas/input.py``), which every view
of the scene feeds, so it works from any view on the wall (the laptop's and the projector's).
Votes stay hidden until "Reveal all"; the canvas then draws the counts on the stickies.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...app import workshop_commands as wc
from ...app.edit import Edit
from ...domain import voting
from ...domain.board import Board
from ..bidi import isolate
from ..canvas.document import BoardDocument
from ..canvas.input import VOTES, Pointer, Tool
from ..canvas.scene import BoardScene
from ..canvas.sticky_item import StickyItem
from ..plain_text import PlainLabel
from .common import SWITCH_STYLE, Clock, finger_px, finger_sized
from .participants import ParticipantBar, ordered

_REMOVE_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.AltModifier
)


class VoteTapFilter(QObject, Tool):
    """While active, a tap on a sticky votes for it (removes a vote with a modifier or in
    remove mode) instead of selecting or moving it."""

    #: a sentence for the facilitator: the vote that was placed, or why it was refused
    message = Signal(str)
    voted = Signal(str)  # sticky id whose votes changed

    def __init__(
        self, document: BoardDocument, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.session = document.session
        self.clock = clock
        # a refused vote is said under the voter buttons too (the status bar has it already)
        document.refused.connect(self._refused)
        self.active = False
        self.remove_mode = False
        self._scenes: list[BoardScene] = []

    def attach(self, scene: BoardScene) -> None:
        """Take taps on this wall, from every view of it (laptop and projector alike)."""
        if scene not in self._scenes:
            scene.route.add(self, VOTES)  # before the timeline tools and the stickies' own
            self._scenes.append(scene)

    def detach_all(self) -> None:
        for scene in self._scenes:
            if shiboken6.isValid(scene):
                scene.route.remove(self)
        self._scenes = []

    # -- the route's tool hooks: a tap on a sticky votes and takes the whole press ---------
    def claims(self, p: Pointer) -> bool:
        return self.active and self._sticky_at(p) is not None  # empty wall: pan as usual

    def press(self, p: Pointer) -> bool:
        sticky_id = self._sticky_at(p)
        if sticky_id is None:
            return False
        remove = self.remove_mode or bool(p.modifiers & _REMOVE_MODIFIERS)
        self.tap(sticky_id, remove)
        return True  # the moves and the release are swallowed: no drag, no selection

    def double_click(self, p: Pointer) -> bool:
        # the second tap of a quick double tap is no text editing while the room votes
        return self.active and self._sticky_at(p) is not None

    @staticmethod
    def _sticky_at(p: Pointer) -> str | None:
        for item in p.view.items(p.pos):  # topmost first
            if isinstance(item, StickyItem):
                return item.sticky_id
        return None

    def tap(self, sticky_id: str, remove: bool = False) -> bool:
        """Vote for (or take back a vote from) a sticky as the active participant."""
        board = self.session.board
        voter = board.workshop.active_participant
        if voter is None:
            self.message.emit(self.tr("Choose who is voting first."))
            return False
        if not self.document.run(
            lambda: wc.remove_vote(board, voter, sticky_id) if remove
            else wc.cast_vote(board, voter, sticky_id, self.clock()),
            initiator=self,
        ):
            return False
        person = board.participants[voter]
        left = voting.remaining_votes(board, voter)
        self.message.emit(
            self.tr("%1 has %2 of %3 votes left.")
            .replace("%1", isolate(person.name)).replace("%2", str(left))
            .replace("%3", str(board.workshop.vote_budget))
        )
        self.voted.emit(sticky_id)
        return True

    def _refused(self, sentence: str, initiator: object) -> None:
        if initiator is self:
            self.message.emit(sentence)


class VotingPanel(QWidget):
    """Budget, voter buttons, voting mode, remaining votes, reveal/hide."""

    def __init__(
        self,
        document: BoardDocument,
        clock: Clock,
        run: Callable[[Callable[[Board], Edit]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = document.session
        self._run = run
        self._loading = False
        self.filter = VoteTapFilter(document, clock, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        row = QHBoxLayout()
        self.budget_label = PlainLabel(self)
        self.budget = QSpinBox(self)
        self.budget.setObjectName("voteBudget")
        self.budget.setRange(1, voting.MAX_BUDGET)
        self.budget.setMinimumHeight(finger_px(self))
        self.budget.setMinimumWidth(finger_px(self) * 2)
        self.budget.valueChanged.connect(self._budget_changed)
        self.budget_label.setBuddy(self.budget)
        row.addWidget(self.budget_label)
        row.addWidget(self.budget)
        row.addStretch(1)
        layout.addLayout(row)

        self.voters_label = PlainLabel(self)
        layout.addWidget(self.voters_label)
        self.voters = ParticipantBar(parent=self)
        self.voters.setObjectName("voterBar")
        layout.addWidget(self.voters)

        row = QHBoxLayout()
        self.mode_button = QPushButton(self)
        self.mode_button.setObjectName("votingMode")
        self.mode_button.setCheckable(True)
        self.mode_button.toggled.connect(self.set_voting_mode)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeVotes")
        self.remove_button.setCheckable(True)
        self.remove_button.toggled.connect(self._remove_toggled)
        finger_sized(self.mode_button, self.remove_button)
        for button in (self.mode_button, self.remove_button):
            button.setStyleSheet(SWITCH_STYLE)
        row.addWidget(self.mode_button, 2)
        row.addWidget(self.remove_button, 1)
        layout.addLayout(row)

        self.remaining = PlainLabel(self)
        self.remaining.setObjectName("votesRemaining")
        self.remaining.setTextFormat(Qt.TextFormat.PlainText)
        self.remaining.setWordWrap(True)
        layout.addWidget(self.remaining)

        row = QHBoxLayout()
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("revealVotes")
        self.hide_button = QPushButton(self)
        self.hide_button.setObjectName("hideVotes")
        finger_sized(self.reveal_button, self.hide_button)
        self.reveal_button.clicked.connect(lambda: self._run(wc.reveal_votes))
        self.hide_button.clicked.connect(lambda: self._run(wc.hide_votes))
        row.addWidget(self.reveal_button, 2)
        row.addWidget(self.hide_button, 1)
        layout.addLayout(row)

        self.status = PlainLabel(self)
        self.status.setObjectName("votingStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.filter.message.connect(self.status.setText)
        self.retranslate()

    def retranslate(self) -> None:
        self.budget_label.setText(self.tr("Votes per person:"))
        self.voters_label.setText(self.tr("Who is voting:"))
        self.mode_button.setText(self.tr("Voting mode"))
        self.mode_button.setToolTip(self.tr("Taps on hotspots and opportunities place votes"))
        self.remove_button.setText(self.tr("Take back votes"))
        self.reveal_button.setText(self.tr("Reveal all"))
        self.hide_button.setText(self.tr("Hide votes"))

    def set_voting_mode(self, on: bool) -> None:
        self.filter.active = bool(on)
        if self.mode_button.isChecked() != bool(on):
            self.mode_button.setChecked(bool(on))
        if on:
            self.status.setText(self.tr("Tap a hotspot or an opportunity to vote for it."))
        else:
            self.status.clear()

    def _remove_toggled(self, on: bool) -> None:
        self.filter.remove_mode = bool(on)

    def _budget_changed(self, value: int) -> None:
        if self._loading:
            return
        if not self._run(lambda board: wc.set_vote_budget(board, int(value))):
            self.refresh(self.session.board)

    def refresh(self, board: Board) -> None:
        w = board.workshop
        self._loading = True
        try:
            self.budget.setValue(w.vote_budget)
        finally:
            self._loading = False
        self.voters.refresh(board, w.active_participant)
        lines = []
        for p in ordered(board):
            used = len(voting.votes_of(board, p.id))
            lines.append(
                self.tr("%1: %2 of %3 votes left")
                .replace("%1", isolate(p.name)).replace("%2", str(max(0, w.vote_budget - used)))
                .replace("%3", str(w.vote_budget))
            )
        if not lines:
            lines.append(self.tr("Add participants at kick-off to vote."))
        state = self.tr("Votes are revealed.") if w.votes_revealed else self.tr(
            "Votes are hidden until you reveal them; %1 cast so far."
        ).replace("%1", str(len(board.votes)))
        self.remaining.setText("\n".join([*lines, state]))
        self.reveal_button.setEnabled(not w.votes_revealed)
        self.hide_button.setEnabled(w.votes_revealed)
        self.budget.setEnabled(not w.votes_revealed)
