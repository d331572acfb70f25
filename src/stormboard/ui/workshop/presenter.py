"""The presenter view: the wall and the countdown on the projector, while the laptop keeps the
facilitator's panel. A second BoardView on the same scene, so both show every change at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..canvas.scene import BoardScene
from ..canvas.view import BoardView
from .common import Clock
from .timer_view import TimerOverlay


def projector_screen(avoid: QScreen | None) -> QScreen | None:
    """A screen other than ``avoid`` (the laptop's), or None when there is only one."""
    for screen in QGuiApplication.screens():
        if screen is not avoid:
            return screen
    return None


class PresenterWindow(QWidget):
    """Full-screen wall with a floating countdown; Escape leaves full screen."""

    def __init__(self, scene: BoardScene, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Stormboard — presenter"))
        self.clock = clock
        self.scene = scene
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = BoardView(scene, self)
        self.view.setObjectName("presenterView")
        self.view.builtin_context_menu = False  # the laptop's view already offers the menu
        layout.addWidget(self.view)
        # on the view, not its viewport: QGraphicsView scrolls the viewport's children along
        self.overlay = TimerOverlay(self.view, digit_px=120, show_instruction=True)
        # the projector's wall re-fits on every resize and never under the countdown
        self.view.set_fit_avoid([self.overlay], keep_fitted=True)
        self.refresh(clock())

    def refresh(self, now: float) -> None:
        self.overlay.refresh(self.scene.session.board.workshop, now)

    def place(self, laptop: QScreen | None) -> bool:
        """Show on the projector, full screen; True when a second screen was found. With one
        screen it opens as an ordinary window so the laptop's screen is not taken over."""
        target = projector_screen(laptop)
        if target is None:
            self.resize(1024, 640)
            self.show()
            return False
        self.setScreen(target)
        self.setGeometry(target.geometry())
        self.showFullScreen()
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.view.zoom_to_fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)


def open_presenter(panel) -> PresenterWindow:
    """Open (or bring back) the presenter window for a facilitator panel's board; its countdown
    follows the panel's tick."""
    old = getattr(panel, "presenter", None)
    if isinstance(old, PresenterWindow) and old.scene is panel.scene:
        old.show()
        old.raise_()
        return old
    if isinstance(old, PresenterWindow):
        old.close()
        old.deleteLater()
    window = PresenterWindow(panel.scene, panel.clock)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    panel.ticked.connect(window.refresh)
    laptop = panel.window().screen() if panel.window() is not None else None
    window.place(laptop)
    panel.presenter = window
    return window
