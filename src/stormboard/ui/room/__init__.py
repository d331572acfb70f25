"""Room mode on the desktop: the Room menu, the join screen for the projector (issue 11)."""

from .controller import RoomController

__all__ = ["RoomController"]
