"""Undo-step labels of the workshop commands (app/workshop_commands.py), listed so the
translation tools pick them up. Nothing calls this at run time: the window translates an undo
label by looking it up in the "EditLabels" context."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

EDIT_LABELS = (
    QT_TRANSLATE_NOOP("EditLabels", "Edit goal"),
    QT_TRANSLATE_NOOP("EditLabels", "Edit scope"),
    QT_TRANSLATE_NOOP("EditLabels", "Add participant %1"),
    QT_TRANSLATE_NOOP("EditLabels", "Edit participant"),
    QT_TRANSLATE_NOOP("EditLabels", "Remove participant %1"),
    QT_TRANSLATE_NOOP("EditLabels", "Change participant"),
    QT_TRANSLATE_NOOP("EditLabels", "Wizard on"),
    QT_TRANSLATE_NOOP("EditLabels", "Wizard off"),
    QT_TRANSLATE_NOOP("EditLabels", "Edit phase plan"),
    QT_TRANSLATE_NOOP("EditLabels", "Reset phase plan"),
    QT_TRANSLATE_NOOP("EditLabels", "Start workshop"),
    QT_TRANSLATE_NOOP("EditLabels", "Next phase"),
    QT_TRANSLATE_NOOP("EditLabels", "Previous phase"),
    QT_TRANSLATE_NOOP("EditLabels", "Skip phase"),
    QT_TRANSLATE_NOOP("EditLabels", "Go to phase"),
    QT_TRANSLATE_NOOP("EditLabels", "Finish workshop"),
    QT_TRANSLATE_NOOP("EditLabels", "Pause timer"),
    QT_TRANSLATE_NOOP("EditLabels", "Resume timer"),
    QT_TRANSLATE_NOOP("EditLabels", "Add time"),
    QT_TRANSLATE_NOOP("EditLabels", "Change vote budget"),
    QT_TRANSLATE_NOOP("EditLabels", "Vote"),
    QT_TRANSLATE_NOOP("EditLabels", "Remove vote"),
    QT_TRANSLATE_NOOP("EditLabels", "Reveal votes"),
    QT_TRANSLATE_NOOP("EditLabels", "Hide votes"),
    QT_TRANSLATE_NOOP("EditLabels", "Edit decision"),
)
