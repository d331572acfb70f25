"""File ▸ Print… (Ctrl+P) in the main window. Only the action: the Print dialog, the poster
planner and the image export load when it is chosen, not before the first frame (ADR 0235,
as ADR 0201 did for Export)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from .. import shortcuts
from ..event_watch import EventWatch
from .window_hook import add_file_action


def install_print_action(window: QMainWindow) -> QAction:
    """Add Print… after Export… in the File menu; enabled while a board is open."""
    action = QAction(window)
    action.setObjectName("action_print")
    shortcuts.apply(action, "print")  # Ctrl+P, from the one table

    def retranslate() -> None:
        action.setText(QCoreApplication.translate("PrintAction", "&Print…"))
        action.setStatusTip(QCoreApplication.translate(
            "PrintAction", "Print the board as the poster plans it, with a preview"))

    def run() -> None:
        session = getattr(window, "session", None)
        if session is None:
            return
        from .print_poster import open_print_dialog

        dialog = open_print_dialog(session.board, window)
        dialog.exec()
        dialog.deleteLater()

    retranslate()
    retranslate_on_language_change(window, retranslate)
    action.triggered.connect(lambda _checked=False: run())
    add_file_action(window, "print", action, after="export")
    action.setEnabled(getattr(window, "session", None) is not None)
    changed = getattr(window, "session_changed", None)
    if changed is not None:
        changed.connect(lambda session: action.setEnabled(session is not None))
    return action


def retranslate_on_language_change(window: QMainWindow, callback: Callable[[], None]) -> None:
    EventWatch(window, QEvent.Type.LanguageChange, callback)
