"""The facilitator's panel: wizard switch, phase list, instruction and checklist, the phase
timer, the active participant, cool-down, and the kick-off, voting and wrap-up pages.

It changes the board only through ``session.execute`` and redraws from the session's change
sets; the one-second tick only reads (timer digits, cool-down rate).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...app import workshop_commands as wc
from ...app.edit import ChangeSet, Edit
from ...app.session import BoardSession, Subscription
from ...domain import workshop as wz
from ...domain.board import Board
from ..bidi import isolate
from ..canvas.document import BoardDocument
from ..canvas.scene import BoardScene
from ..input_guard import guard_wheel, keep_focus_off
from ..plain_text import PlainLabel
from .authoring import AutoAuthor
from .common import (
    SWITCH_STYLE,
    Clock,
    checklist_item,
    finger_px,
    finger_sized,
    kind_name,
    phase_instruction,
    phase_title,
)
from .cooldown_view import CoolDownBox
from .kickoff_view import KickoffPanel
from .participants import ParticipantBar
from .phases import PhaseDialog, PhaseList
from .timer_view import TimerDisplay, TimerOverlay
from .voting_view import VotingPanel
from .wrapup_view import WrapUpPanel

TICK_MS = 1000
WRAPUP_DELAY_MS = 300
ADD_MINUTES = 5
#: the page shown when the workshop enters a phase
PAGE_FOR_PHASE = {"kickoff": "kickoff", "voting": "voting", "wrapup": "wrapup"}


class FacilitatorPanel(QWidget):
    #: kinds a participant may place now (every kind with the wizard off)
    allowed_kinds_changed = Signal(frozenset)
    #: unlocked features among wz.FEATURES (pivotal, lanes, milestones)
    allowed_features_changed = Signal(frozenset)
    #: a sentence for the status bar
    message = Signal(str)
    #: the one-second tick, with the clock's time (overlays follow it)
    ticked = Signal(float)

    def __init__(
        self,
        session: BoardSession | None = None,
        scene: BoardScene | None = None,
        clock: Clock = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("facilitatorPanel")
        self.clock = clock
        self.session: BoardSession | None = None
        self.scene: BoardScene | None = None
        #: the edit runner: the wall's document, so a refusal reaches the status bar once
        self.document: BoardDocument | None = None
        self._subscription: Subscription | None = None
        self.auto_author: AutoAuthor | None = None
        self._allowed: frozenset[str] | None = None
        self._features: frozenset[str] | None = None
        self._phase_key = ""
        self._checked: dict[tuple[str, str], bool] = {}  # view state: ticked checklist items
        self.presenter = None
        self._build()
        self._wrapup_timer = QTimer(self)
        self._wrapup_timer.setSingleShot(True)
        self._wrapup_timer.setInterval(WRAPUP_DELAY_MS)
        self._wrapup_timer.timeout.connect(self._refresh_wrapup)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        if session is not None:
            self.set_session(session, scene)
        else:
            self.setEnabled(False)

    # -- construction --------------------------------------------------------------------
    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        finger_sized(button)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)

        row = QHBoxLayout()
        # toggle buttons, not check boxes: the whole button is the finger target
        self.wizard_switch = self._button("wizardSwitch", lambda: None)
        self.wizard_switch.setCheckable(True)
        self.wizard_switch.setStyleSheet(SWITCH_STYLE)
        self.wizard_switch.clicked.connect(self._switch_clicked)
        self.presenter_button = self._button("openPresenter", self.open_presenter)
        row.addWidget(self.wizard_switch, 1)
        row.addWidget(self.presenter_button)
        outer.addLayout(row)
        self.mode_note = PlainLabel(self)
        self.mode_note.setWordWrap(True)
        outer.addWidget(self.mode_note)

        self.timer = TimerDisplay(56, self)
        self.timer.time_up.connect(self._time_up)
        outer.addWidget(self.timer)
        row = QHBoxLayout()
        self.pause_button = self._button("pauseTimer", self._pause_clicked)
        self.add_time_button = self._button("addTime", lambda: self._run(
            lambda b: wc.add_time(b, ADD_MINUTES)))
        self.sound_switch = self._button("soundSwitch", lambda: None)
        self.sound_switch.setCheckable(True)
        self.sound_switch.setStyleSheet(SWITCH_STYLE)
        self.sound_switch.toggled.connect(self._sound_toggled)
        row.addWidget(self.pause_button, 1)
        row.addWidget(self.add_time_button, 1)
        row.addWidget(self.sound_switch)
        outer.addLayout(row)

        row = QHBoxLayout()
        self.start_button = self._button("startWorkshop", lambda: self._change_phase(
            wc.start_workshop))
        self.back_button = self._button("previousPhase", lambda: self._change_phase(
            wc.previous_phase))
        self.next_button = self._button("nextPhase", lambda: self._change_phase(wc.next_phase))
        self.skip_button = self._button("skipPhase", lambda: self._change_phase(wc.skip_phase))
        self.finish_button = self._button("finishWorkshop", lambda: self._change_phase(
            wc.finish_workshop))
        for b in (self.start_button, self.back_button, self.next_button, self.skip_button,
                  self.finish_button):
            row.addWidget(b)
        outer.addLayout(row)

        self.cooldown = CoolDownBox(self)
        self.cooldown.next_requested.connect(lambda: self._change_phase(wc.next_phase))
        outer.addWidget(self.cooldown)

        self.instruction_title = PlainLabel(self)
        font = QFont(self.instruction_title.font())
        font.setBold(True)
        self.instruction_title.setFont(font)
        outer.addWidget(self.instruction_title)
        self.instruction = PlainLabel(self)
        self.instruction.setObjectName("instruction")
        self.instruction.setWordWrap(True)
        self.instruction.setTextFormat(Qt.TextFormat.PlainText)
        self.instruction.setFrameShape(QFrame.Shape.StyledPanel)
        self.instruction.setMargin(6)
        big = QFont(self.instruction.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.instruction.setFont(big)
        outer.addWidget(self.instruction)
        self.checklist = QListWidget(self)
        self.checklist.setObjectName("checklist")
        self.checklist.itemChanged.connect(self._check_changed)
        outer.addWidget(self.checklist)
        self.notice = PlainLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.notice)

        self.active_label = PlainLabel(self)
        outer.addWidget(self.active_label)
        self.active_bar = ParticipantBar(parent=self)
        self.active_bar.setObjectName("activeBar")
        self.active_bar.chosen.connect(self.set_active_participant)
        outer.addWidget(self.active_bar)

        row = QHBoxLayout()
        self.phases_label = PlainLabel(self)
        self.edit_plan_button = self._button("editPlan", self.edit_plan)
        row.addWidget(self.phases_label, 1)
        row.addWidget(self.edit_plan_button)
        outer.addLayout(row)
        self.phase_list = PhaseList(self)
        self.phase_list.phase_clicked.connect(self.jump_to)
        outer.addWidget(self.phase_list)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workshopPages")
        self.kickoff = KickoffPanel(self._run, self._seal, self.tabs)
        self.voting: VotingPanel | None = None
        self.wrapup = WrapUpPanel(self._board, self.clock, self._run, self.tabs)
        self.wrapup.message.connect(self.message)
        self.tabs.addTab(self.kickoff, "")
        self._voting_holder = QWidget(self.tabs)
        QVBoxLayout(self._voting_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._voting_holder, "")
        self.tabs.addTab(self.wrapup, "")
        self.tabs.currentChanged.connect(self._page_changed)
        outer.addWidget(self.tabs, 1)
        # a click leaves the keyboard with the wall; the wheel scrolls the panel (ADR 0170)
        keep_focus_off(*self.findChildren(QAbstractButton))
        guard_wheel(self)
        self.retranslate()

    def retranslate(self) -> None:
        self._switch_texts()
        self.presenter_button.setText(self.tr("Presenter screen"))
        self.add_time_button.setText(self.tr("+5 minutes"))
        self.start_button.setText(self.tr("Start"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self.skip_button.setText(self.tr("Skip"))
        self.finish_button.setText(self.tr("Finish"))
        self.instruction_title.setText(self.tr("Instruction for the room:"))
        self.active_label.setText(self.tr("At the wall now (author of new stickies):"))
        self.phases_label.setText(self.tr("Phases (tap one to go there):"))
        self.edit_plan_button.setText(self.tr("Edit plan…"))
        self.tabs.setTabText(0, self.tr("Kick-off"))
        self.tabs.setTabText(1, self.tr("Voting"))
        self.tabs.setTabText(2, self.tr("Wrap-up"))
        self.kickoff.retranslate()
        self.cooldown.retranslate()
        self.wrapup.retranslate()
        if self.voting is not None:
            self.voting.retranslate()
        if self.session is not None:
            self.refresh()

    def _switch_texts(self) -> None:
        on = self.wizard_switch.isChecked()
        self.wizard_switch.setText(
            self.tr("Facilitator wizard: on") if on else self.tr("Facilitator wizard: off")
        )
        self.sound_switch.setText(
            self.tr("Sound: on") if self.sound_switch.isChecked() else self.tr("Sound: off")
        )

    def show_page(self, name: str) -> None:
        """Show the "kickoff", "voting" or "wrapup" page."""
        pages = {"kickoff": self.kickoff, "voting": self._voting_holder, "wrapup": self.wrapup}
        self.tabs.setCurrentWidget(pages[name])

    # -- session -------------------------------------------------------------------------
    def set_session(self, session: BoardSession | None, scene: BoardScene | None = None) -> None:
        """Follow another board (None: no board open). ``scene`` is where votes are tapped."""
        self.detach()
        if self.document is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the old wall may be gone
                self.document.refused.disconnect(self._refused)
        self.session = session
        self.scene = scene
        self.document = None
        self._allowed = self._features = None
        self._phase_key = ""
        self.setEnabled(session is not None)
        if session is None:
            return
        # without a wall (tests, a detached panel) the panel runs its edits on its own
        self.document = scene.document if scene is not None else BoardDocument(session, None, self)
        self.document.refused.connect(self._refused)
        self._subscription = session.subscribe(self._on_changes)
        self.auto_author = AutoAuthor(session, self)
        old = self.voting
        self.voting = VotingPanel(self.document, self.clock, self._run, self._voting_holder)
        self.voting.voters.chosen.connect(self.set_active_participant)
        self.voting.filter.message.connect(self.message)
        layout = self._voting_holder.layout()
        if old is not None:
            layout.removeWidget(old)
            old.deleteLater()
        layout.addWidget(self.voting)
        keep_focus_off(*self.voting.findChildren(QAbstractButton))
        guard_wheel(self.voting)
        self.voting.show()
        if scene is not None:
            self.voting.filter.attach(scene)
        self.refresh()

    def detach(self) -> None:
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None
        if self.auto_author is not None:
            self.auto_author.detach()
            self.auto_author.deleteLater()
            self.auto_author = None
        if self.voting is not None:
            self.voting.set_voting_mode(False)
            self.voting.filter.detach_all()
        if self.presenter is not None:  # it shows the old board's scene, about to be deleted
            self.presenter.close()
            self.presenter.deleteLater()
            self.presenter = None

    def _board(self) -> Board:
        if self.session is None:  # every caller runs only while a board is open
            raise RuntimeError("the facilitator panel has no board open")
        return self.session.board

    def _seal(self) -> None:
        if self.session is not None:
            self.session.seal()

    def _run(self, builder: Callable[[Board], Edit]) -> bool:
        """Build an edit from the board and run it; a refusal is reported by the document
        (status bar) and, being the panel's own, shown on the panel (:meth:`_refused`)."""
        session = self.session
        if session is None or self.document is None:
            return False
        return self.document.run(lambda: builder(session.board), initiator=self)

    def _refused(self, sentence: str, initiator: object) -> None:
        if initiator is self:
            self.notice.setText(sentence)
            if self.scene is None:  # no wall, so no status bar hears the document
                self.message.emit(sentence)

    def _run_now(self, builder: Callable[[Board, float], Edit]) -> bool:
        return self._run(lambda board: builder(board, self.clock()))

    def _editing_refused(self) -> bool:
        """True (and say why) while a sticky's text is being edited on the wall: the phase
        must not change under the writer, whose next keys would land in another phase."""
        if self.scene is None or self.scene.text_editor() is None:
            return False
        text = self.tr(
            "A sticky is still being edited: finish it (Escape or tap the wall), "
            "then change the phase."
        )
        self.notice.setText(text)
        self.message.emit(text)
        return True

    def _change_phase(self, builder: Callable[[Board, float], Edit]) -> bool:
        if self._editing_refused():
            return False
        return self._run_now(builder)

    # -- following the board -------------------------------------------------------------
    def _on_changes(self, changes: ChangeSet) -> None:
        self.refresh(changes)

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if self.session is None:
            return
        board = self.session.board
        w = board.workshop
        if changes is None or changes.touches("workshop"):
            self._refresh_workshop(board)
        if changes is None or changes.touches("workshop") or changes.touches("participants"):
            self.active_bar.refresh(board, w.active_participant)
            # the panel's own edits (initiator) need no echo into the fields they came from
            self.kickoff.refresh(board, own=changes is not None and changes.initiator is self)
            phase = wz.current_phase(w)
            if w.enabled and phase is not None:
                self._tick_from_board(phase.key, board)
        if self.voting is not None and (changes is None or changes.touches("workshop")
                                        or changes.touches("participants")
                                        or changes.touches("votes")):
            self.voting.refresh(board)
        if changes is not None:
            self._note_locked(board, changes)
        if self.tabs.currentWidget() is self.wrapup:
            # in place, so cells being typed into keep their text; sticky edits (typing on a
            # big wall) are coalesced: a summary of 20,000 stickies takes ~90 ms
            if changes is None or any(
                changes.touches(c) for c in ("decisions", "votes", "workshop", "participants")
            ):
                self.wrapup.refresh()
            else:
                self._wrapup_timer.start()
        self._emit_allowed(w)
        self.tick()

    def _refresh_workshop(self, board: Board) -> None:
        w = board.workshop
        running = wz.is_running(w)
        phase = wz.current_phase(w)
        last = len(w.plan) - 1
        self.wizard_switch.setChecked(w.enabled)
        self._switch_texts()
        self.mode_note.setText(
            self.tr("Every kind of sticky is available.") if not w.enabled else
            self.tr("New kinds of stickies unlock phase by phase.")
        )
        self.phase_list.refresh(w)
        on = w.enabled
        self.start_button.setEnabled(not running)
        self.back_button.setEnabled(on and w.current > 0)
        self.next_button.setEnabled(on and 0 <= w.current < last)
        self.skip_button.setEnabled(on and 0 <= w.current < last)
        self.finish_button.setEnabled(running)
        self.pause_button.setEnabled(running)
        self.add_time_button.setEnabled(running)
        self.pause_button.setText(
            self.tr("Resume") if wz.is_paused(w) else self.tr("Pause")
        )
        self.edit_plan_button.setEnabled(True)
        if phase is not None and on:
            self.instruction.setText(phase_instruction(phase))
        else:
            self.instruction.setText(self.tr(
                "Free modelling: switch the wizard on to guide the room phase by phase."
            ))
        key = phase.key if phase is not None and on else ""
        self._fill_checklist(phase if on else None)
        if key != self._phase_key:
            self._phase_key = key
            self.notice.clear()
            page = PAGE_FOR_PHASE.get(key)
            if page is not None:
                self.show_page(page)
            if self.voting is not None and key != "voting":
                self.voting.set_voting_mode(False)

    def _fill_checklist(self, phase) -> None:
        items = [] if phase is None else [(phase.key, text) for text in phase.checklist]
        current = [
            self.checklist.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.checklist.count())
        ]
        self.checklist.setVisible(bool(items))
        if current == items:
            return
        self.checklist.blockSignals(True)
        try:
            self.checklist.clear()
            for key, text in items:
                item = QListWidgetItem(checklist_item(phase, text))
                item.setData(Qt.ItemDataRole.UserRole, (key, text))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = self._checked.get((key, text), False)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                item.setSizeHint(QSize(0, finger_px(self)))
                self.checklist.addItem(item)
        finally:
            self.checklist.blockSignals(False)
        rows = max(len(items), 1)
        self.checklist.setFixedHeight(rows * finger_px(self) + 2 * self.checklist.frameWidth())

    def _tick_from_board(self, key: str, board: Board) -> None:
        """Items the board answers (goal and scope filled in, participants listed) tick and
        untick themselves; the facilitator ticks the rest."""
        facts = wz.satisfied_checklist_items(board.workshop, len(board.participants))
        self.checklist.blockSignals(True)
        try:
            for i in range(self.checklist.count()):
                item = self.checklist.item(i)
                item_key, text = item.data(Qt.ItemDataRole.UserRole)
                if item_key == key and text in facts:
                    self._checked[(item_key, text)] = facts[text]
                    item.setCheckState(Qt.CheckState.Checked if facts[text]
                                       else Qt.CheckState.Unchecked)
        finally:
            self.checklist.blockSignals(False)

    def _check_changed(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key is not None:
            self._checked[tuple(key)] = item.checkState() == Qt.CheckState.Checked

    def _emit_allowed(self, w: wz.Workshop) -> None:
        allowed = wz.allowed_kinds(w)
        if allowed != self._allowed:
            self._allowed = allowed
            self.allowed_kinds_changed.emit(allowed)
        features = frozenset(f for f in wz.FEATURES if wz.feature_allowed(w, f))
        if features != self._features:
            self._features = features
            self.allowed_features_changed.emit(features)

    def _note_locked(self, board: Board, changes: ChangeSet) -> None:
        """The palette hides locked kinds, but shortcuts and paste still reach the wall: tell
        the facilitator, who decides (nothing is taken off the wall)."""
        w = board.workshop
        if not w.enabled:
            return
        allowed = wz.allowed_kinds(w)
        for sid in changes.added.get("stickies", ()):
            s = board.stickies.get(sid)
            if s is not None and s.kind not in allowed:
                phase = wz.current_phase(w)
                text = self.tr("%1 is not unlocked in this phase yet (%2).").replace(
                    "%1", kind_name(s.kind)
                ).replace("%2", isolate(phase_title(phase)) if phase else "")
                self.notice.setText(text)
                self.message.emit(text)
                return

    def allowed_kinds(self) -> frozenset[str]:
        return self._allowed if self._allowed is not None else frozenset()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def float_timer_over(self, widget: QWidget, hide_when_idle: bool = False) -> TimerOverlay:
        """A countdown floating in the corner of any widget (the wall in presentation mode),
        following this panel's tick; it goes away with the widget."""
        # readable across the room without eating the wall: a fourteenth of the screen's
        # height (50 px digits on a 720-line projector, 96 at most)
        screen = widget.screen()
        height = screen.geometry().height() if screen is not None else 1080
        overlay = TimerOverlay(widget, digit_px=max(40, min(96, round(height / 14))))
        overlay.hide_when_idle = hide_when_idle
        self.ticked.connect(overlay.refresh_now)
        overlay.workshop = lambda: self.session.board.workshop if self.session else None
        overlay.show()
        self.tick()
        return overlay

    # -- the tick ------------------------------------------------------------------------
    def tick(self) -> None:
        """Read-only: redraw the countdown and the cool-down rate at the clock's time."""
        if self.session is None:
            return
        now = self.clock()
        board = self.session.board
        self.timer.refresh(board.workshop, now)
        self.cooldown.refresh(board, now)
        self.ticked.emit(now)

    def _time_up(self) -> None:
        self.message.emit(self.tr("Time is up for this phase."))

    def _sound_toggled(self, on: bool) -> None:
        self.timer.sound_enabled = bool(on)
        self._switch_texts()

    # -- actions -------------------------------------------------------------------------
    def _switch_clicked(self, on: bool) -> None:
        if self._editing_refused() or not self._run(
            lambda b: wc.set_wizard(b, bool(on), self.clock())
        ):
            self.refresh()

    def _pause_clicked(self) -> None:
        if self.session is None:
            return
        if wz.is_paused(self.session.board.workshop):
            self._run_now(wc.resume_timer)
        else:
            self._run_now(wc.pause_timer)

    def jump_to(self, key: str) -> None:
        if self.session is not None and key == self._phase_key and wz.is_running(
            self.session.board.workshop
        ):
            return  # tapping the phase in progress does not restart it
        if self._editing_refused():
            return
        self._run(lambda b: wc.jump_to_phase(b, key, self.clock()))

    def set_active_participant(self, participant_id: str | None) -> None:
        if not self._run(lambda b: wc.set_active_participant(b, participant_id)):
            self.refresh()

    def edit_plan(self, key: str | None = None) -> PhaseDialog | None:
        """Open the plan dialog on a phase (the current one by default); it applies on OK."""
        if self.session is None:
            return None
        w = self.session.board.workshop
        phase = wz.current_phase(w) if w.plan else None
        dialog = PhaseDialog(w, key or (phase.key if phase else wz.PHASE_KEYS[0]), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self._apply_plan(d))
        dialog.open()
        return dialog

    def _apply_plan(self, dialog: PhaseDialog) -> None:
        key, minutes, instruction = dialog.values()
        if self.session is not None and not self.session.board.workshop.plan:
            self._run(wc.reset_plan)  # editing before the wizard ever ran: install the plan
        self._run(lambda b: wc.edit_phase(b, key, minutes=minutes, instruction=instruction))

    def _refresh_wrapup(self) -> None:
        if self.session is not None and self.tabs.currentWidget() is self.wrapup:
            self.wrapup.refresh()

    def _page_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.wrapup and self.session is not None:
            self.wrapup.refresh()

    def open_presenter(self):
        """Show the wall and the countdown on the projector (second screen when there is one)."""
        from .presenter import open_presenter

        if self.session is None or self.scene is None:
            self.message.emit(self.tr("Open a board first."))
            return None
        self.presenter = open_presenter(self)
        return self.presenter


class FacilitatorDock(QDockWidget):
    """The panel in a scrollable dock for the main window."""

    def __init__(self, parent: QWidget | None = None, clock: Clock = time.time) -> None:
        super().__init__(parent)
        self.setObjectName("facilitatorDock")
        self.panel = FacilitatorPanel(clock=clock)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # a click on a panel button must not hand the keyboard to the scroll area either (Qt
        # gives click focus to the nearest ancestor that takes it): it stays with the wall
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.panel)
        self.setWidget(scroll)
        self.setMinimumWidth(360)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Facilitator"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the panel retranslates itself
        super().changeEvent(event)
