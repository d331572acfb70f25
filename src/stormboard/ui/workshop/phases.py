"""The phase list (current one highlighted, a tap jumps there) and the plan-editing dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import workshop as wz
from ...domain.entities import PhasePlan, Workshop
from ..input_guard import keep_focus_off
from ..plain_text import escaped_tooltip
from .common import finger_sized, phase_instruction, phase_title

CURRENT_STYLE = (
    "QPushButton { background-color: #1565C0; color: white; font-weight: bold;"
    " border-radius: 6px; padding: 4px 10px; }"
)
DONE_STYLE = (
    "QPushButton { background-color: #E8F5E9; color: #1B5E20; border-radius: 6px;"
    " padding: 4px 10px; }"
)
TODO_STYLE = (
    "QPushButton { background-color: #F5F5F5; color: #37474F; border-radius: 6px;"
    " padding: 4px 10px; }"
)


class PhaseList(QWidget):
    """The eight phases in order; the current one highlighted, visited ones marked done."""

    phase_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self.buttons: dict[str, QPushButton] = {}
        self.current_key = ""

    def refresh(self, workshop: Workshop) -> None:
        plan = workshop.plan or wz.default_plan()
        if list(self.buttons) != [p.key for p in plan]:
            for button in self.buttons.values():
                button.deleteLater()
            self.buttons = {}
            for phase in plan:
                button = QPushButton(self)
                button.setObjectName("phase_" + phase.key)
                finger_sized(button)
                keep_focus_off(button)  # a tap leaves the keyboard with the wall (ADR 0170)
                button.clicked.connect(lambda _=False, k=phase.key: self.phase_clicked.emit(k))
                self._layout.addWidget(button)
                button.show()
                self.buttons[phase.key] = button
        current = wz.current_phase(workshop) if workshop.plan else None
        self.current_key = current.key if current is not None and workshop.enabled else ""
        visited = {run.key for run in workshop.history}
        for i, phase in enumerate(plan, start=1):
            button = self.buttons[phase.key]
            minutes = f"{phase.minutes:g}"
            button.setText(
                self.tr("%1. %2  (%3 min)").replace("%1", str(i))
                .replace("%2", phase_title(phase).replace("&", "&&")).replace("%3", minutes)
            )
            if phase.key == self.current_key:
                style = CURRENT_STYLE
            elif phase.key in visited:
                style = DONE_STYLE
            else:
                style = TODO_STYLE
            if button.styleSheet() != style:
                button.setStyleSheet(style)
            button.setEnabled(workshop.enabled)
            button.setToolTip(escaped_tooltip(phase_instruction(phase)))  # board text
            button.setProperty("current", phase.key == self.current_key)


class PhaseDialog(QDialog):
    """Edit one phase of the plan: its timebox and the instruction read to the room."""

    def __init__(self, workshop: Workshop, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseDialog")
        self.setWindowTitle(self.tr("Edit the phase plan"))
        self._plan: tuple[PhasePlan, ...] = workshop.plan or wz.default_plan()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.phase = QComboBox(self)
        for p in self._plan:
            self.phase.addItem(phase_title(p), p.key)
        self.minutes = QDoubleSpinBox(self)
        self.minutes.setRange(1, wz.MAX_PHASE_MINUTES)
        self.minutes.setDecimals(0)
        self.minutes.setSuffix(self.tr(" min"))
        self.instruction = QPlainTextEdit(self)
        self.instruction.setTabChangesFocus(True)
        for w in (self.phase, self.minutes):
            w.setMinimumHeight(self.minutes.fontMetrics().height() * 2)
        form.addRow(self.tr("Phase"), self.phase)
        form.addRow(self.tr("Timebox"), self.minutes)
        form.addRow(self.tr("Instruction for the room"), self.instruction)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal, self,
        )
        for b in buttons.buttons():
            finger_sized(b)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.phase.currentIndexChanged.connect(self._load)
        index = max(0, self.phase.findData(key))
        self.phase.setCurrentIndex(index)
        self._load(index)

    def _load(self, index: int) -> None:
        p = self._plan[index]
        self.minutes.setValue(p.minutes)
        self.instruction.setPlainText(phase_instruction(p))

    def key(self) -> str:
        return str(self.phase.currentData())

    def values(self) -> tuple[str, float, str | None]:
        """(phase key, minutes, instruction or None when left as the plan had it)."""
        p = self._plan[self.phase.currentIndex()]
        text = self.instruction.toPlainText()
        instruction = None if text == phase_instruction(p) else text
        return p.key, float(self.minutes.value()), instruction
