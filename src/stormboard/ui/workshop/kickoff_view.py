"""Kick-off: the goal and the scope of the session, and who is in the room."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ...app import workshop_commands as wc
from ...app.edit import Edit
from ...domain.board import Board
from ..plain_text import PlainLabel
from .common import finger_px
from .participants import ParticipantEditor

Run = Callable[[Callable[[Board], Edit]], bool]


class KickoffPanel(QWidget):
    def __init__(self, run: Run, seal: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        form = QFormLayout()
        self.goal = QLineEdit(self)
        self.goal.setObjectName("goalEdit")
        self.scope = QLineEdit(self)
        self.scope.setObjectName("scopeEdit")
        self.goal_label = PlainLabel(self)
        self.scope_label = PlainLabel(self)
        self.goal_label.setBuddy(self.goal)
        self.scope_label.setBuddy(self.scope)
        for edit in (self.goal, self.scope):
            edit.setMinimumHeight(finger_px(self))
            edit.editingFinished.connect(seal)  # the next burst of typing is a new undo step
        self.goal.textEdited.connect(lambda t: self._edit(wc.set_goal, t))
        self.scope.textEdited.connect(lambda t: self._edit(wc.set_scope, t))
        form.addRow(self.goal_label, self.goal)
        form.addRow(self.scope_label, self.scope)
        layout.addLayout(form)
        self.people_label = PlainLabel(self)
        layout.addWidget(self.people_label)
        self.participants = ParticipantEditor(
            add=lambda name, role, color: self._run(
                lambda b: wc.add_participant(b, name, role, color)
            ),
            update=lambda pid, **fields: self._run(
                lambda b: wc.update_participant(b, pid, **fields)
            ),
            remove=lambda pid: self._run(lambda b: wc.remove_participant(b, pid)),
            parent=self,
        )
        layout.addWidget(self.participants, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.goal_label.setText(self.tr("Goal:"))
        self.scope_label.setText(self.tr("Scope:"))
        self.goal.setPlaceholderText(self.tr("What should we know when we leave the room?"))
        self.scope.setPlaceholderText(self.tr("Which slice of time, which part of the business?"))
        self.people_label.setText(self.tr("Participants:"))
        self.participants.retranslate()

    def _edit(self, builder: Callable[[Board, str], Edit], text: str) -> None:
        if not self._loading:
            self._run(lambda board: builder(board, text))

    def refresh(self, board: Board, own: bool = False) -> None:
        """Show the board's goal, scope and people. ``own``: the change set is the panel's
        own edit; the goal and scope fields are where it came from, so they are left alone
        (the writer's cursor and selection stay put)."""
        w = board.workshop
        self._loading = True
        try:
            for edit, text in ((self.goal, w.goal), (self.scope, w.scope)):
                if not own and edit.text() != text:
                    position = edit.cursorPosition()
                    edit.setText(text)
                    if edit.hasFocus():
                        edit.setCursorPosition(min(position, len(text)))
        finally:
            self._loading = False
        self.participants.refresh(board)
