"""Undo-step labels of the timeline commands (app/timeline_commands.py, app/arrange.py and the
board flags), listed so the translation tools pick them up. Nothing calls this at run time: the
window translates an undo label by looking it up in the "EditLabels" context."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

EDIT_LABELS = (
    QT_TRANSLATE_NOOP("EditLabels", "Add lane"),
    QT_TRANSLATE_NOOP("EditLabels", "Rename lane"),
    QT_TRANSLATE_NOOP("EditLabels", "Change lane colour"),
    QT_TRANSLATE_NOOP("EditLabels", "Collapse lane"),
    QT_TRANSLATE_NOOP("EditLabels", "Expand lane"),
    QT_TRANSLATE_NOOP("EditLabels", "Resize lane"),
    QT_TRANSLATE_NOOP("EditLabels", "Move lane"),
    QT_TRANSLATE_NOOP("EditLabels", "Delete lane"),
    QT_TRANSLATE_NOOP("EditLabels", "Add milestone"),
    QT_TRANSLATE_NOOP("EditLabels", "Move milestone"),
    QT_TRANSLATE_NOOP("EditLabels", "Rename milestone"),
    QT_TRANSLATE_NOOP("EditLabels", "Change milestone colour"),
    QT_TRANSLATE_NOOP("EditLabels", "Delete milestone"),
    QT_TRANSLATE_NOOP("EditLabels", "Add link"),
    QT_TRANSLATE_NOOP("EditLabels", "Rename link"),
    QT_TRANSLATE_NOOP("EditLabels", "Change link kind"),
    QT_TRANSLATE_NOOP("EditLabels", "Delete link"),
    QT_TRANSLATE_NOOP("EditLabels", "Merge duplicates"),
    QT_TRANSLATE_NOOP("EditLabels", "Arrange timeline"),
    QT_TRANSLATE_NOOP("EditLabels", "Tidy"),
    QT_TRANSLATE_NOOP("EditLabels", "Show chapters"),
    QT_TRANSLATE_NOOP("EditLabels", "Hide chapters"),
    QT_TRANSLATE_NOOP("EditLabels", "Show past-tense hints"),
    QT_TRANSLATE_NOOP("EditLabels", "Hide past-tense hints"),
)
