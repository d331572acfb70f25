"""Texts of the default phase plan (they come from the domain, in English), listed so the
translation tools pick them up. Nothing calls this at run time: ``common.plan_text`` translates
them by the context "WorkshopPlan" when a phase still has its default text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

PLAN_TEXTS = (
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Kick-off'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Introduce yourselves in one sentence each. Here is the goal, the scope and the notation we will use today.'),  # noqa: E501
    QT_TRANSLATE_NOOP("WorkshopPlan", 'State the goal and the scope'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'List the participants'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Show the notation and the rules'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Everyone has spoken once'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Chaotic exploration'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Write every domain event you can think of, in the past tense, one per orange sticky. Work in parallel, no discussion, duplicates are fine.'),  # noqa: E501
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Only orange events'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Past tense'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Nobody waits for anybody'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Watch for the cool-down'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Enforce the timeline'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Order the events from left to right, merge duplicates, then mark the few pivotal events, draw swimlanes and milestones and name the chapters.'),  # noqa: E501
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Merge duplicates'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Order left to right'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Mark 4–5 pivotal events'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Swimlanes and milestones'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Name the chapters'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Arguments become hotspots'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'People and systems'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Add the people who act or suffer, and the external systems we depend on, along the flow.'),  # noqa: E501
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Actors on yellow'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'External systems on pink'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Everything along the flow'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Walk-through'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'A narrator tells the story along the wall, forward and then backward: what must happen before this?'),  # noqa: E501
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Pick a narrator'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Forward pass'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Reverse pass'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Note the gaps'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Problems and opportunities'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Put hotspots on every problem, question or risk, and opportunities on every improvement idea. Mark value gained or lost.'),  # noqa: E501
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Hotspots everywhere'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Opportunities'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Value + and −'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Dot voting'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Each person places their votes on the hotspots and opportunities that matter most. Results are revealed together.'),  # noqa: E501
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Announce the budget'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Vote at the same time'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Dominant person votes last'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Reveal all votes together'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Wrap-up'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'The ranked problems get an owner and a next step. Take photos or print the wall.'),  # noqa: E501
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Owner for each top problem'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Next step for each'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Chapter structure'),
    QT_TRANSLATE_NOOP("WorkshopPlan", 'Export the report and the wall'),
)
