"""Start the desktop application."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from ..app.session import StartupPause
from .crash_dialog import CrashReporter
from .event_watch import EventWatch
from .fonts import register_board_font
from .i18n import install_translations, resources_dir
from .themes import apply_theme
from .window import MainWindow, Preferences

ORGANIZATION = "Stormboard"
DOMAIN = "stormboard.org"
APPLICATION = "Stormboard"

#: test hook: save a screenshot of the whole screen to this path after the first paint, then quit
ENV_SCREENSHOT = "STORMBOARD_SCREENSHOT"
#: benchmark hook: write the wall-clock time of the wall's first paint (and the CPU time the
#: process used until then, and the collections the collector ran) to this path, then quit
ENV_FIRST_FRAME = "STORMBOARD_FIRST_FRAME"
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
    icon = resources_dir() / "icons" / "stormboard.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_settings() -> QSettings:
    path = os.environ.get(ENV_SETTINGS)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings()


def largest_screen() -> QScreen | None:
    """The screen with the most pixels: the projector or the wall display, usually."""
    screens = QGuiApplication.screens()
    if not screens:
        return None
    return max(screens, key=lambda s: s.geometry().width() * s.geometry().height())


def launch(window: MainWindow, path: Path | None, present: bool = False) -> None:
    """Show the window on the board (or the start screen); with ``present`` straight into
    presentation mode on the largest screen (``stormboard --present FILE.storm``)."""
    window.start(Path(path) if path is not None else None)
    if present and window.session is not None:
        screen = largest_screen()
        if screen is not None:
            window.setScreen(screen)
            window.move(screen.geometry().topLeft())
        window.show()
        window.set_presentation(True)
        return
    window.show()


#: the collector runs again at the latest this long after the window was shown, should no
#: first frame come (a window never exposed)
RESUME_AT_LATEST_MS = 5000


def run_app(path: Path | None = None, present: bool = False,
            pause: StartupPause | None = None) -> int:
    """Show the main window on the given board, or the start screen; return the exit code.

    ``pause``: the collector's pause the caller began before importing the UI (the CLI does);
    without one it begins here. It ends in the event-loop turn after the first frame
    (ADR 0246)."""
    pause = pause if pause is not None else StartupPause()
    app = make_application()
    register_board_font()
    install_translations(app)
    prefs = Preferences(open_settings())
    apply_theme(app, prefs.theme)
    boards_dir = os.environ.get(ENV_BOARDS_DIR)
    window = MainWindow(preferences=prefs, boards_dir=Path(boards_dir) if boards_dir else None)
    launch(window, path, present)
    end_after_first_frame(window, pause)
    crashes = CrashReporter(lambda: window)
    crashes.install()
    shot = os.environ.get(ENV_SCREENSHOT)
    if shot and window.view is not None:
        _ScreenshotHook(app, window, Path(shot))
    first_frame = os.environ.get(ENV_FIRST_FRAME)
    if first_frame and window.view is not None:
        _FirstFrameHook(app, window.view.viewport(), Path(first_frame), pause)
    code = app.exec()
    pause.end()
    crashes.uninstall()
    if app.platformName() == "offscreen":
        # offscreen Qt segfaults at exit while the clipboard holds data (tests/conftest.py)
        app.clipboard().clear()
    return int(code)


def end_after_first_frame(window: MainWindow, pause: StartupPause) -> None:
    """End the collector's pause in the event-loop turn after the wall's first frame (the
    window's, on the start screen), or ``RESUME_AT_LATEST_MS`` from now (ADR 0246)."""
    painted = window.view.viewport() if window.view is not None else window
    EventWatch(painted, QEvent.Type.Paint, pause.end, once=True, later=True)
    QTimer.singleShot(RESUME_AT_LATEST_MS, pause.end)


class _FirstFrameHook(QObject):
    """Benchmark hook: note when the wall first painted (``time.time()``), then quit."""

    _DONE = QEvent.Type(QEvent.registerEventType())

    def __init__(self, app: QApplication, viewport: QObject, target: Path,
                 pause: StartupPause) -> None:
        super().__init__(viewport)
        self.app, self.target, self.pause = app, target, pause
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # after this paint has run: the frame is on screen when the posted event lands.
            # Posted ahead of the work deferred past the first frame (the icons, queued at
            # the window's own paint earlier in the same frame), which is not the frame.
            QCoreApplication.postEvent(self, QEvent(self._DONE),
                                       Qt.EventPriority.HighEventPriority.value)
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == self._DONE:
            self._done()
            return True
        return super().event(event)

    def _done(self) -> None:
        # wall-clock time, then the process's CPU time so far (steadier on a busy machine),
        # then the cyclic collections since the start (ADR 0246)
        self.target.write_text(
            f"{time.time()!r} {time.process_time()!r} {self.pause.collections()}")
        self.app.exit(0)


class _ScreenshotHook(QObject):
    """Test hook: once the wall has painted, grab the whole screen, note where each sticky is on
    it (``<name>.json`` beside the image, screen pixels), close the window and quit."""

    def __init__(self, app: QApplication, window: MainWindow, target: Path) -> None:
        super().__init__(window)
        self.app, self.window, self.target = app, window, target
        self._armed = False
        window.view.viewport().installEventFilter(self)
        # a safety net: never hang a test run if no paint ever arrives
        QTimer.singleShot(20000, lambda: self.app.exit(4))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._armed:
            self._armed = True
            # zoom-to-fit is queued after the first show; let it settle and repaint (entering
            # presentation mode takes longer: full screen, then the re-fits as it settles)
            presenting = getattr(self.window, "presentation", False)
            QTimer.singleShot(2200 if presenting else 600, self.grab)
        return False

    def grab(self) -> None:
        self.app.processEvents()
        view = self.window.view
        screen = self.window.screen() or self.app.primaryScreen()
        pixmap = screen.grabWindow(0)
        ratio = pixmap.devicePixelRatio()
        places = {}
        for sid, sticky in self.window.session.board.stickies.items():
            top_left = view.viewport().mapToGlobal(view.mapFromScene(sticky.x, sticky.y))
            bottom_right = view.viewport().mapToGlobal(
                view.mapFromScene(sticky.x + sticky.width, sticky.y + sticky.height)
            )
            origin = screen.geometry().topLeft()
            places[sid] = {
                "kind": sticky.kind,
                "rect": [
                    (top_left.x() - origin.x()) * ratio,
                    (top_left.y() - origin.y()) * ratio,
                    (bottom_right.x() - origin.x()) * ratio,
                    (bottom_right.y() - origin.y()) * ratio,
                ],
            }
        self.target.parent.mkdir(parents=True, exist_ok=True)
        ok = pixmap.save(str(self.target), "PNG")
        # the wall's own rectangle on the screen (its viewport), for share-of-screen figures
        vp = view.viewport()
        top_left = vp.mapToGlobal(vp.rect().topLeft()) - screen.geometry().topLeft()
        wall = [top_left.x() * ratio, top_left.y() * ratio,
                (top_left.x() + vp.width()) * ratio, (top_left.y() + vp.height()) * ratio]
        screen_size = [screen.geometry().width() * ratio, screen.geometry().height() * ratio]
        floating = []  # the countdown and the way out, where they float over the wall
        for widget in view.findChildren(QWidget):
            if widget.objectName() in ("timerOverlay", "leavePresentation") and \
                    widget.isVisible():
                g = widget.geometry()
                p = view.mapToGlobal(g.topLeft()) - screen.geometry().topLeft()
                floating.append([p.x() * ratio, p.y() * ratio, (p.x() + g.width()) * ratio,
                                 (p.y() + g.height()) * ratio])
        self.target.with_suffix(".json").write_text(json.dumps(places, indent=1))
        self.target.with_suffix(".wall.json").write_text(json.dumps(
            {"wall": wall, "screen": screen_size, "zoom": view.zoom(), "floating": floating,
             "presentation": bool(getattr(self.window, "presentation", False))}, indent=1))
        # what a packaging test checks from outside: the menus' language and the layout direction
        ui = {
            "menus": [a.text() for a in self.window.menuBar().actions()],
            "right_to_left": self.app.isRightToLeft(),
        }
        self.target.with_suffix(".ui.json").write_text(json.dumps(ui, ensure_ascii=False))
        self.window.close()
        self.app.exit(0 if ok else 3)
