"""The facilitator's wizard in the app: phase list and timer, kick-off, cool-down, voting,
wrap-up, and the presenter view for the projector."""

from ...app.workshop_commands import with_active_author
from .authoring import AutoAuthor
from .panel import FacilitatorDock, FacilitatorPanel
from .presenter import PresenterWindow, open_presenter
from .timer_view import TimerDisplay, TimerOverlay
from .voting_view import VoteTapFilter

__all__ = [
    "AutoAuthor",
    "FacilitatorDock",
    "FacilitatorPanel",
    "PresenterWindow",
    "TimerDisplay",
    "TimerOverlay",
    "VoteTapFilter",
    "open_presenter",
    "with_active_author",
]
