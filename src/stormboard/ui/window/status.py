"""Status bar parts: zoom, counts and whether everything is on disk."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QStatusBar, QWidget

from ..plain_text import PlainLabel


class SaveState(StrEnum):
    SAVED = "saved"
    NOT_SAVED = "not_saved"
    READ_ONLY = "read_only"


class BoardStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zoom_label = PlainLabel(self)
        self.count_label = PlainLabel(self)
        self.save_label = PlainLabel(self)
        self.save_label.setObjectName("saveIndicator")
        for label in (self.count_label, self.zoom_label, self.save_label):
            self.addPermanentWidget(label)
        self.state = SaveState.SAVED
        self._zoom = 1.0
        self._counts = (0, 0)
        self.set_zoom(1.0)
        self.set_counts(0, 0)
        self.set_save_state(SaveState.SAVED)

    def set_zoom(self, factor: float) -> None:
        self._zoom = factor
        # numbers in the UI locale's digits (Persian digits in Persian)
        percent = _locale_int(round(factor * 100))
        self.zoom_label.setText(self.tr("Zoom %1%").replace("%1", percent))

    def set_counts(self, stickies: int, selected: int) -> None:
        self._counts = (stickies, selected)
        # %Ln: the count in the locale's digits, with the plural form the catalogue gives
        # ("1 sticky" comes from the English plural-only catalogue, ADR 0174)
        text = self.tr("%Ln stickies", "", stickies)
        if selected:
            text += "  ·  " + self.tr("%1 selected").replace("%1", _locale_int(selected))
        self.count_label.setText(text)

    def set_save_state(self, state: SaveState) -> None:
        self.state = state
        text, colour = {
            SaveState.SAVED: (self.tr("Saved"), ""),
            SaveState.NOT_SAVED: (self.tr("Not saved"), "color:#B3261E; font-weight:bold;"),
            SaveState.READ_ONLY: (self.tr("Read-only"), "font-weight:bold;"),
        }[state]
        self.save_label.setText(text)
        self.save_label.setStyleSheet(colour)

    def retranslate(self) -> None:
        self.set_zoom(self._zoom)
        self.set_counts(*self._counts)
        self.set_save_state(self.state)


def _locale_int(value: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(value)
