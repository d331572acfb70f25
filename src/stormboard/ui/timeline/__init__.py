"""Timeline tools in the app: swimlanes, milestones, pivotal events and chapters, links,
sorting aids, find and filter. ``install_timeline(window)`` adds them to a main window;
``TimelineTools(scene)`` + ``attach_view(view)`` puts the canvas tools on any board view."""

from .actions import TimelineUi, install_timeline
from .duplicates_dialog import DuplicatesDialog
from .filter_panel import FilterPanel
from .find_bar import FindBar
from .tools import TimelineTools

__all__ = [
    "DuplicatesDialog",
    "FilterPanel",
    "FindBar",
    "TimelineTools",
    "TimelineUi",
    "install_timeline",
]
