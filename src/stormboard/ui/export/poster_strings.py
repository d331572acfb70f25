"""The poster's words in the UI language (ADR 0179): the export dialog and ``stormboard export
--lang`` pass these to the poster, so a poster exported from the Persian UI has a Persian title
block and legend."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from ...domain.notation import KINDS
from ...export.poster import PosterStrings
from ..digits import digit_set


def poster_strings() -> PosterStrings:
    app = QCoreApplication.instance()
    rtl = isinstance(app, QApplication) and app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return PosterStrings(
        rtl=rtl,
        untitled=QCoreApplication.translate("PosterStrings", "Untitled board"),
        facts=QCoreApplication.translate(
            "PosterStrings", "%1  ·  Phase: %2  ·  %3  ·  %4% of real size"),
        free_modelling=QCoreApplication.translate("PosterStrings", "Free modelling"),
        brand=QCoreApplication.translate("PosterStrings", "Stormboard · Event Storming"),
        whole_board=QCoreApplication.translate("PosterStrings", "whole board"),
        selection=QCoreApplication.translate("PosterStrings", "selection of %1"),
        lane=QCoreApplication.translate("PosterStrings", "lane %1"),
        chapter=QCoreApplication.translate("PosterStrings", "chapter %1: %2"),
        kinds=tuple((k.id, QCoreApplication.translate("Kinds", k.name)) for k in KINDS),
        pivotal=QCoreApplication.translate("PosterStrings", "Pivotal event"),
        swimlane=QCoreApplication.translate("PosterStrings", "Swimlane"),
        milestone=QCoreApplication.translate("PosterStrings", "Temporal milestone"),
        link=QCoreApplication.translate("PosterStrings", "Link"),
        votes=QCoreApplication.translate("PosterStrings", "Votes"),
        tile_map=QCoreApplication.translate("PosterStrings", "Tile map"),
        tile_note=QCoreApplication.translate(
            "PosterStrings", "row %1, column %2 of %3 × %4  ·  %5  ·  overlap %6 mm"),
        near_left=QCoreApplication.translate("PosterStrings", "left %1"),
        near_right=QCoreApplication.translate("PosterStrings", "right %1"),
        near_above=QCoreApplication.translate("PosterStrings", "above %1"),
        near_below=QCoreApplication.translate("PosterStrings", "below %1"),
        map_note=QCoreApplication.translate(
            "PosterStrings", "%1 × %2 pages of %3, overlap %4 mm; poster %5 × %6 mm. Print at "
            "100% (no fit to page), trim along the marks and match the crosses."),
        left_out=QCoreApplication.translate(
            "PosterStrings", "Left out (nothing on them but background): %1"),
        digits=digit_set(),
    )
