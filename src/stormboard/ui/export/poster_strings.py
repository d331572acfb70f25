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
        digits=digit_set(),
    )
