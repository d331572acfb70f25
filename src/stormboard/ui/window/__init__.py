"""The main window and the panels around the wall."""

from .main_window import MainWindow
from .preferences import Preferences

__all__ = ["MainWindow", "Preferences"]
