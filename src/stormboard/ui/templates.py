"""Board templates for the start screen: a Big Picture, Process level or Design level board with
its lanes and its legend ready (ADR 0178).

The legend of a template lists the kinds that level uses (``BoardInfo.legend``, each kind at its
notation colour), so the Legend panel shows them before the first sticky goes up. Lane names
and the description follow the UI language: the board is the group's, in their words.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.board import Board
from ..domain.entities import BoardInfo, Lane, new_id
from ..domain.notation import KINDS, Level

LANE_HEIGHT = 480.0
LANE_GAP = 40.0
LANE_TINTS = ("#E3F2FD", "#E8F5E9", "#FFF8E1", "#F3E5F5")

_BIG = (Level.BIG_PICTURE, Level.ANY)
_PROCESS = (*_BIG, Level.PROCESS)
_DESIGN = (*_PROCESS, Level.DESIGN)


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    name: str  # source text, context "Templates"
    summary: str
    lanes: tuple[str, ...]
    levels: tuple[Level, ...]


EMPTY = "empty"

TEMPLATES = (
    Template(
        "big_picture", QT_TRANSLATE_NOOP("Templates", "Big Picture"),
        QT_TRANSLATE_NOOP("Templates", "The whole business line in one room: events, hotspots, "
                          "people, systems and pivotal events."),
        (QT_TRANSLATE_NOOP("Templates", "Customers"),
         QT_TRANSLATE_NOOP("Templates", "Our company"),
         QT_TRANSLATE_NOOP("Templates", "Partners and external systems")),
        _BIG,
    ),
    Template(
        "process", QT_TRANSLATE_NOOP("Templates", "Process level"),
        QT_TRANSLATE_NOOP("Templates", "One process end to end: commands, policies, read models "
                          "and the user interfaces involved."),
        (QT_TRANSLATE_NOOP("Templates", "People and user interfaces"),
         QT_TRANSLATE_NOOP("Templates", "Commands and events"),
         QT_TRANSLATE_NOOP("Templates", "Policies and systems")),
        _PROCESS,
    ),
    Template(
        "design", QT_TRANSLATE_NOOP("Templates", "Design level"),
        QT_TRANSLATE_NOOP("Templates", "Software design: aggregates and the rules they enforce, "
                          "next to their commands and events."),
        (QT_TRANSLATE_NOOP("Templates", "Users and read models"),
         QT_TRANSLATE_NOOP("Templates", "Commands, aggregates and events"),
         QT_TRANSLATE_NOOP("Templates", "Policies and external systems")),
        _DESIGN,
    ),
)
TEMPLATES_BY_ID = {t.id: t for t in TEMPLATES}


def tr(text: str) -> str:
    return QCoreApplication.translate("Templates", text)


def template_board(template_id: str, title: str) -> Board:
    """A new board titled ``title``; empty, or laid out as the template says."""
    template = TEMPLATES_BY_ID.get(template_id)
    if template is None:
        return Board(BoardInfo(title=title, created_at=time.time()))
    legend = {k.id: k.color for k in KINDS if k.level in template.levels}
    board = Board(BoardInfo(title=title, created_at=time.time(), description=tr(template.summary),
                            legend=legend))
    lanes = [
        Lane(new_id(), tr(label), i * (LANE_HEIGHT + LANE_GAP), LANE_HEIGHT,
             LANE_TINTS[i % len(LANE_TINTS)])
        for i, label in enumerate(template.lanes)
    ]
    board.load("lanes", lanes)
    return board
