"""Start the desktop application."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from .fonts import register_board_font
from .i18n import install_translations
from .themes import apply_theme
from .window import MainWindow, Preferences

ORGANIZATION = "Stormboard"
DOMAIN = "stormboard.org"
APPLICATION = "Stormboard"

#: test hook: save a screenshot of the whole screen to this path after the first paint, then quit
ENV_SCREENSHOT = "STORMBOARD_SCREENSHOT"
#: keep preferences in this INI file instead of the user's settings (tests, portable use)
ENV_SETTINGS = "STORMBOARD_SETTINGS"
#: create untitled boards here instead of <Documents>/Stormboard
ENV_BOARDS_DIR = "STORMBOARD_BOARDS_DIR"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names set (QSettings uses them), reused if one exists."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain(DOMAIN)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("org.stormboard.Stormboard")
    return app


def open_settings() -> QSettings:
    path = os.environ.get(ENV_SETTINGS)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings()


def run_app(path: Path | None = None) -> int:
    """Show the main window on the given board, or on a new untitled one; return the exit code."""
    app = make_application()
    register_board_font()
    install_translations(app)
    prefs = Preferences(open_settings())
    apply_theme(app, prefs.theme)
    boards_dir = os.environ.get(ENV_BOARDS_DIR)
    window = MainWindow(preferences=prefs, boards_dir=Path(boards_dir) if boards_dir else None)
    opened = path is not None and window.open_path(Path(path))
    if not opened and not window.new_untitled():
        return 1
    window.show()
    shot = os.environ.get(ENV_SCREENSHOT)
    if shot:
        _screenshot_after_first_paint(app, window, Path(shot))
    code = app.exec()
    return int(code)


def _screenshot_after_first_paint(app: QApplication, window: MainWindow, target: Path) -> None:
    """Grab the screen once the window has been exposed and painted, then quit."""

    def grab() -> None:
        app.processEvents()
        screen = window.screen() or app.primaryScreen()
        pixmap = screen.grabWindow(0)
        target.parent.mkdir(parents=True, exist_ok=True)
        ok = pixmap.save(str(target), "PNG")
        window.close()
        app.exit(0 if ok else 3)

    # the first paint happens after show() once the window is exposed; the zoom-to-fit that
    # follows it is queued, so wait a little longer than one event-loop turn
    QTimer.singleShot(1200, grab)
