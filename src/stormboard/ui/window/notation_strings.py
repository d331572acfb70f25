"""Texts that come from outside ui/ (the notation, undo labels), listed so the translation
tools pick them up. Nothing calls this at run time; the window translates them by context."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

KIND_NAMES = (
    QT_TRANSLATE_NOOP("Kinds", "Domain event"),
    QT_TRANSLATE_NOOP("Kinds", "Hotspot"),
    QT_TRANSLATE_NOOP("Kinds", "Person / actor"),
    QT_TRANSLATE_NOOP("Kinds", "External system"),
    QT_TRANSLATE_NOOP("Kinds", "Opportunity"),
    QT_TRANSLATE_NOOP("Kinds", "Value +"),
    QT_TRANSLATE_NOOP("Kinds", "Value −"),
    QT_TRANSLATE_NOOP("Kinds", "Command"),
    QT_TRANSLATE_NOOP("Kinds", "Policy"),
    QT_TRANSLATE_NOOP("Kinds", "Read model"),
    QT_TRANSLATE_NOOP("Kinds", "Aggregate / constraint"),
    QT_TRANSLATE_NOOP("Kinds", "User interface"),
    QT_TRANSLATE_NOOP("Kinds", "Note"),
    QT_TRANSLATE_NOOP("Kinds", "Chapter name"),
)

KIND_MEANINGS = (
    QT_TRANSLATE_NOOP("KindMeanings", "Something that happened, in the past tense."),
    QT_TRANSLATE_NOOP("KindMeanings", "A problem, question, conflict or risk."),
    QT_TRANSLATE_NOOP("KindMeanings", "Who does or suffers something."),
    QT_TRANSLATE_NOOP(
        "KindMeanings", "Whatever we can blame: software, department, law, bad luck."
    ),
    QT_TRANSLATE_NOOP("KindMeanings", "An improvement idea."),
    QT_TRANSLATE_NOOP("KindMeanings", "Money, time, stress or reputation gained."),
    QT_TRANSLATE_NOOP("KindMeanings", "Money, time, stress or reputation lost."),
    QT_TRANSLATE_NOOP("KindMeanings", "An intention or action that causes an event."),
    QT_TRANSLATE_NOOP("KindMeanings", "Whenever X, then Y."),
    QT_TRANSLATE_NOOP("KindMeanings", "Information someone needs to decide."),
    QT_TRANSLATE_NOOP("KindMeanings", "The thing that enforces a business rule."),
    QT_TRANSLATE_NOOP("KindMeanings", "The screen or form involved."),
    QT_TRANSLATE_NOOP("KindMeanings", "A facilitator's remark."),
    QT_TRANSLATE_NOOP("KindMeanings", "A named stretch of the timeline, between pivotal events."),
)

EDIT_LABELS = (
    QT_TRANSLATE_NOOP("EditLabels", "Add %1"),
    QT_TRANSLATE_NOOP("EditLabels", "Add sticky"),
    QT_TRANSLATE_NOOP("EditLabels", "Edit text"),
    QT_TRANSLATE_NOOP("EditLabels", "Move sticky"),
    QT_TRANSLATE_NOOP("EditLabels", "Delete sticky"),
    QT_TRANSLATE_NOOP("EditLabels", "Change to %1"),
    QT_TRANSLATE_NOOP("EditLabels", "Change colour"),
    QT_TRANSLATE_NOOP("EditLabels", "Mark pivotal"),
    QT_TRANSLATE_NOOP("EditLabels", "Unmark pivotal"),
    QT_TRANSLATE_NOOP("EditLabels", "Set author"),
    QT_TRANSLATE_NOOP("EditLabels", "Resize"),
    QT_TRANSLATE_NOOP("EditLabels", "Paste"),
    QT_TRANSLATE_NOOP("EditLabels", "Duplicate"),
    QT_TRANSLATE_NOOP("EditLabels", "Rename board"),
    QT_TRANSLATE_NOOP("EditLabels", "Arrange"),
)
