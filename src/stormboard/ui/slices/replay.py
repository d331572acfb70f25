"""Replay in the app (ADR 0153): a read-only window whose wall follows a timeline slider over the
board's edit log, with play/pause at a chosen speed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from ...app.session import BoardSession
from ...app.slices import SliceBook
from ...domain.board import Board

#: log entries advanced per tick of the play timer (ticks are 100 ms)
SPEEDS = (1, 2, 5, 10, 25)
TICK_MS = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimeSlices", text)


class ReplayBar(QWidget):
    """Slider + play/pause + speed; shows the board at the slider's moment through ``show``."""

    def __init__(self, book: SliceBook, show: Callable[[Board, str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replayBar")
        self.book = book
        self.show_board = show
        self.moments = book.moments()
        self.play_button = QPushButton(_tr(QT_TRANSLATE_NOOP("TimeSlices", "Play")))
        self.play_button.setObjectName("replayPlay")
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self.set_playing)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("replaySlider")
        self.slider.setRange(0, max(0, len(self.moments) - 1))
        self.slider.setValue(self.slider.maximum())
        self.slider.valueChanged.connect(self._moved)
        self.speed = QComboBox()
        self.speed.setObjectName("replaySpeed")
        for n in SPEEDS:
            self.speed.addItem(f"{n}×", n)
        self.when = QLabel()
        self.when.setObjectName("replayTime")
        self.when.setMinimumWidth(140)
        layout = QHBoxLayout(self)
        layout.addWidget(self.play_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.speed)
        layout.addWidget(self.when)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.step)
        self._shown = -1
        # scrubbing redraws the wall at most every 60 ms, whatever the slider emits
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(60)
        self._pending.timeout.connect(self.refresh)
        self._label()

    def _moved(self, _value: int) -> None:
        self._label()
        if not self._pending.isActive():
            self._pending.start()

    def _label(self) -> None:
        if not self.moments:
            self.when.setText("")
            return
        _seq, when = self.moments[self.slider.value()]
        self.when.setText(dt.datetime.fromtimestamp(when).strftime("%Y-%m-%d %H:%M:%S"))

    def refresh(self) -> None:
        """Show the board at the slider's moment (now, not waiting for the throttle)."""
        self._pending.stop()
        index = self.slider.value()
        if not self.moments or index == self._shown:
            return
        self._shown = index
        seq, _when = self.moments[index]
        self.show_board(self.book.board_at_seq(seq), self.when.text())

    def set_playing(self, playing: bool) -> None:
        if playing and self.slider.value() >= self.slider.maximum():
            self.slider.setValue(0)  # play from the start once at the end
        if playing:
            self.timer.start()
        else:
            self.timer.stop()
        self.play_button.setText(_tr(QT_TRANSLATE_NOOP("TimeSlices", "Pause")) if playing
                                 else _tr(QT_TRANSLATE_NOOP("TimeSlices", "Play")))
        if self.play_button.isChecked() != playing:
            self.play_button.setChecked(playing)

    def step(self) -> None:
        """One tick: advance by the chosen speed; stop at the end."""
        value = min(self.slider.maximum(), self.slider.value() + int(self.speed.currentData()))
        self.slider.setValue(value)
        self.refresh()
        if value >= self.slider.maximum():
            self.set_playing(False)


def replay_session(board: Board, when: str) -> BoardSession:
    reason = _tr(QT_TRANSLATE_NOOP("TimeSlices", "Replay: the wall as it was at %1, shown "
                                   "read-only.")).replace("%1", when)
    return BoardSession(board, None, read_only_reason=reason)
