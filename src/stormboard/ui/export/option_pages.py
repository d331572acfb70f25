"""The Export dialog's option pages: the PDF poster's and the picture's.

Each page turns its widgets into the engine's options and says when any of them changed.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from ...export.poster import PosterOptions, Scale, ScaleMode, Scope, paper, paper_names
from ...export.poster.paper import TILE_PAPERS
from ..plain_text import PlainLabel
from .image_export import MAX_DPI, MIN_DPI, ImageOptions
from .poster_strings import poster_strings


def mm_spin(parent: QWidget, value: float, low: float, high: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(low, high)
    spin.setDecimals(0)
    spin.setValue(value)
    spin.setSuffix(QCoreApplication.translate("ExportOptions", " mm"))
    return spin


class PosterPage(QGroupBox):
    """Paper, orientation, margins, scale mode, tiling (paper, overlap, marks)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Poster"))
        form = QFormLayout(self)
        self.paper_combo = QComboBox()
        for name in paper_names():
            self.paper_combo.addItem(self.paper_text(name), name)
        self.paper_combo.setCurrentIndex(max(self.paper_combo.findData("A0"), 0))
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        self.orientation_combo = QComboBox()
        self.orientation_combo.addItem(self.tr("Portrait"), False)
        self.orientation_combo.addItem(self.tr("Landscape"), True)
        form.addRow(self.tr("&Orientation:"), self.orientation_combo)
        self.margin_spin = mm_spin(self, 10.0, 0.0, 100.0)
        form.addRow(self.tr("&Margins:"), self.margin_spin)
        self.scale_combo = QComboBox()
        self.scale_combo.addItem(self.tr("Fit to the paper"), ScaleMode.FIT.value)
        self.scale_combo.addItem(self.tr("Fit the width across pages"), ScaleMode.WIDTH.value)
        self.scale_combo.addItem(self.tr("Real size (sticky 76 mm)"), ScaleMode.REAL.value)
        self.scale_combo.addItem(self.tr("Percentage of real size"), ScaleMode.PERCENT.value)
        form.addRow(self.tr("&Scale:"), self.scale_combo)
        self.pages_spin = QSpinBox()
        self.pages_spin.setRange(1, 50)
        self.pages_spin.setValue(3)
        self.pages_spin.setSuffix(self.tr(" pages across"))
        self.percent_spin = QDoubleSpinBox()
        self.percent_spin.setRange(1.0, 1000.0)
        self.percent_spin.setDecimals(0)
        self.percent_spin.setValue(50.0)
        self.percent_spin.setSuffix(self.tr(" %"))
        scale_value = QHBoxLayout()
        scale_value.addWidget(self.pages_spin)
        scale_value.addWidget(self.percent_spin)
        form.addRow("", scale_value)
        self.tile_check = QCheckBox(self.tr("&Tile onto smaller sheets"))
        self.tile_combo = QComboBox()
        for name in TILE_PAPERS:
            self.tile_combo.addItem(self.paper_text(name), name)
        form.addRow(self.tile_check, self.tile_combo)
        self.overlap_spin = mm_spin(self, 10.0, 0.0, 100.0)
        form.addRow(self.tr("O&verlap:"), self.overlap_spin)
        self.marks_check = QCheckBox(self.tr("Crop and alignment &marks"))
        self.marks_check.setChecked(True)
        form.addRow("", self.marks_check)
        for w in (self.paper_combo, self.orientation_combo, self.scale_combo, self.tile_combo):
            w.currentIndexChanged.connect(self._changed)
        for s in (self.margin_spin, self.pages_spin, self.percent_spin, self.overlap_spin):
            s.valueChanged.connect(self._changed)
        for c in (self.tile_check, self.marks_check):
            c.toggled.connect(self._changed)
        self.sync()

    def paper_text(self, name: str) -> str:
        p = paper(name)
        if p.height_mm is None:
            return self.tr("Roll %1 mm wide").replace("%1", f"{p.width_mm:g}")
        return self.tr("%1 (%2 × %3 mm)").replace("%1", p.name).replace(
            "%2", f"{p.width_mm:g}").replace("%3", f"{p.height_mm:g}")

    def _changed(self, *_args: object) -> None:
        self.sync()
        self.changed.emit()

    def sync(self) -> None:
        """Show the value box of the chosen scale; tiling options only where they apply."""
        mode = self.scale_combo.currentData()
        self.pages_spin.setVisible(mode == ScaleMode.WIDTH.value)
        self.percent_spin.setVisible(mode == ScaleMode.PERCENT.value)
        tiled = self.tile_check.isChecked()
        self.tile_combo.setEnabled(tiled)
        self.overlap_spin.setEnabled(tiled or mode == ScaleMode.WIDTH.value)
        self.marks_check.setEnabled(tiled or mode == ScaleMode.WIDTH.value)

    def set_landscape(self, on: bool) -> None:
        self.orientation_combo.setCurrentIndex(1 if on else 0)

    def options(self, scope: Scope) -> PosterOptions:
        mode = ScaleMode(self.scale_combo.currentData())
        value = {ScaleMode.WIDTH: float(self.pages_spin.value()),
                 ScaleMode.PERCENT: self.percent_spin.value()}.get(mode, 1.0)
        tiled = self.tile_check.isChecked()
        return PosterOptions(
            paper=paper(str(self.paper_combo.currentData())),
            landscape=bool(self.orientation_combo.currentData()),
            scale=Scale(mode, value),
            tile=paper(str(self.tile_combo.currentData())) if tiled else None,
            overlap_mm=self.overlap_spin.value(),
            marks=self.marks_check.isChecked(),
            margin_mm=self.margin_spin.value(),
            scope=scope,
            date=time.time(),
            strings=poster_strings(),  # title block and legend in the UI language
        )


class PicturePage(QGroupBox):
    """Resolution and margin of a PNG or SVG (always real size)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Picture"))
        form = QFormLayout(self)
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(MIN_DPI, MAX_DPI)
        self.dpi_spin.setValue(150)
        self.dpi_spin.setSuffix(self.tr(" dpi"))
        form.addRow(self.tr("&Resolution:"), self.dpi_spin)
        self.margin_spin = mm_spin(self, 10.0, 0.0, 200.0)
        form.addRow(self.tr("Mar&gin:"), self.margin_spin)
        note = PlainLabel(self.tr("Real size: a standard sticky is 76 mm wide; the resolution sets "
                              "how many pixels that is."))
        note.setWordWrap(True)
        form.addRow(note)
        self.dpi_spin.valueChanged.connect(self.changed)
        self.margin_spin.valueChanged.connect(self.changed)

    def options(self, scope: Scope) -> ImageOptions:
        return ImageOptions(dpi=self.dpi_spin.value(), margin_mm=self.margin_spin.value(),
                            scope=scope)
