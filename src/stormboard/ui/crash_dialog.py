"""An unhandled exception in the app: logged with its traceback, and one calm dialog.

Qt calls Python slots from its event loop; an exception there would otherwise print to a
terminal nobody sees. The board is safe either way (every edit is on disk before the next one
starts), so the dialog says so and names the log file to attach to a bug report (ADR 0132).
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..support_log import log_file

log = logging.getLogger("stormboard.ui")

# one dialog, not a storm of them when the same slot fails on every paint or tick
QUIET_SECONDS = 30.0


class CrashReporter:
    """Installed as ``sys.excepthook`` (and ``threading.excepthook``) by the running app."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent
        self._last_shown = -QUIET_SECONDS
        self.dialog: QMessageBox | None = None
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.report
        threading.excepthook = lambda a: self.report(a.exc_type, a.exc_value, a.exc_traceback)

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = threading.__excepthook__

    def report(self, kind: type[BaseException], error: BaseException | None,
               trace: TracebackType | None) -> None:
        log.log(logging.CRITICAL, "unhandled error", exc_info=(kind, error, trace))
        sys.__excepthook__(kind, error, trace)  # still on stderr for whoever runs it there
        if threading.current_thread() is not threading.main_thread():
            return  # widgets belong to the main thread; the log has it
        now = time.monotonic()
        if now - self._last_shown < QUIET_SECONDS:
            return
        self._last_shown = now
        self.dialog = QMessageBox(QMessageBox.Icon.Critical,
                                  QCoreApplication.translate("CrashReporter", "Stormboard"),
                                  message(), QMessageBox.StandardButton.Ok, self._parent())
        self.dialog.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()  # not exec(): a nested event loop could re-enter the failing code


def message() -> str:
    return QCoreApplication.translate(
        "CrashReporter",
        "Something went wrong inside Stormboard. Your board is safe: every edit was saved "
        "before the next one started.\n\nIf it happens again, please send this file with "
        "your report:\n%1",
    ).replace("%1", str(log_file()))
