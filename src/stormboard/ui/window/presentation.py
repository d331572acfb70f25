"""Presentation mode of the main window: full screen, only the wall and a compact palette, the
countdown floating over the wall, an on-screen way out for a finger, Escape and F11 to leave, and
the board re-fitted on the way in and out (ADR 0171)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QPushButton, QToolButton, QWidget

from ..input_guard import keep_focus_off
from ..workshop.common import finger_sized
from ..workshop.timer_view import TimerOverlay

if TYPE_CHECKING:
    from .main_window import MainWindow

# after showFullScreen (and _fill_screen at 300 ms) the wall has its final size
REFIT_MS = 400
# and for this long after entering or leaving, every resize of the wall re-fits it
REFIT_WINDOW_S = 1.5
MARGIN = 16


class ExitButton(QPushButton):
    """"Leave presentation", in the wall's top corner opposite the countdown."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("leavePresentation")
        finger_sized(self)
        keep_focus_off(self)  # the keyboard stays with the wall
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            "QPushButton { background-color: rgba(38, 50, 56, 200); color: white;"
            " font-weight: bold; border-radius: 8px; padding: 6px 14px; }"
        )
        self.retranslate()
        parent.installEventFilter(self)
        viewport = getattr(parent, "viewport", None)
        if callable(viewport):  # the lane ruler moves the wall without resizing the view
            viewport().installEventFilter(self)
        self.place()

    def retranslate(self) -> None:
        self.setText(self.tr("✕  Leave presentation"))
        self.setToolTip(self.tr("Leave presentation mode (Escape or F11)"))
        self.setAccessibleName(self.tr("Leave presentation"))
        self.adjustSize()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        # over the wall itself, not over the lane ruler beside it (its first lane's button)
        viewport = getattr(parent, "viewport", None)
        area = viewport().geometry() if callable(viewport) else parent.rect()
        if parent.isRightToLeft():
            x = area.right() + 1 - self.width() - MARGIN
        else:
            x = area.left() + MARGIN
        self.move(max(0, x), area.top() + MARGIN)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.LayoutDirectionChange) or (
                kind == QEvent.Type.Move and watched is not self.parentWidget()):
            self.place()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FoldTab(QToolButton):
    """The presentation palette's title: a finger-sized tab that folds the palette to an edge
    tab (the wall gets its width) and unfolds it again."""

    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.setObjectName("paletteFoldTab")
        self.dock = dock
        self.setCheckable(True)
        finger_sized(self)
        keep_focus_off(self)
        self.setAutoRaise(True)
        self.toggled.connect(self.fold)
        self.retranslate()

    def retranslate(self) -> None:
        folded = self.isChecked()
        self.setText("▸" if folded != self.isRightToLeft() else "◂")
        self.setToolTip(self.tr("Show the stickies palette") if folded
                        else self.tr("Fold the stickies palette to the edge"))
        self.setAccessibleName(self.toolTip())

    def fold(self, folded: bool) -> None:
        widget = self.dock.widget()
        if widget is not None:
            widget.setVisible(not folded)
        features = self.dock.features()
        vertical = QDockWidget.DockWidgetFeature.DockWidgetVerticalTitleBar
        # folded, the title runs down the edge: the dock is only as wide as this tab
        self.dock.setFeatures(features | vertical if folded else features & ~vertical)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class PresentationMixin:
    """Presentation mode for :class:`MainWindow`."""

    _presentation: bool
    presentation_timer: TimerOverlay | None
    exit_button: ExitButton | None

    @property
    def presentation(self: MainWindow) -> bool:
        return self._presentation

    def set_presentation(self: MainWindow, on: bool) -> None:
        """Full screen with only the wall and a compact palette; Escape leaves."""
        on = bool(on)
        self.actions_by_name["full_screen"].setChecked(on)
        if on == self._presentation:
            return
        self._presentation = on
        # every dock but the palette (others, like the facilitator's, may be added later)
        docks = [d for d in self.findChildren(QDockWidget) if d is not self.palette_dock]
        chrome: list[QWidget] = [self.menuBar(), self.toolbar, self.status, *docks]
        if on:
            self._was_maximized = self.isMaximized()
            self._normal_geometry = self.geometry()
            self._chrome_before = {w: w.isVisible() for w in chrome}
            self._chrome_before[self.palette_dock] = self.palette_dock.isVisible()
            for widget in chrome:
                widget.hide()
            self.palette.set_compact(True)
            self.palette_dock.show()
            # the palette's title becomes a finger-sized fold tab (a dock's own close button
            # is a few millimetres wide)
            self.fold_tab = FoldTab(self.palette_dock)
            self.palette_dock.setTitleBarWidget(self.fold_tab)
            self.showFullScreen()
            QTimer.singleShot(300, self._fill_screen)
        else:
            for widget, visible in self._chrome_before.items():
                widget.setVisible(visible)
            tab = getattr(self, "fold_tab", None)
            if tab is not None:
                tab.setChecked(False)  # unfold
                self.palette_dock.setTitleBarWidget(None)
                tab.deleteLater()
                self.fold_tab = None
            self.palette.set_compact(False)
            if self._was_maximized:
                self.showMaximized()
            else:
                self.showNormal()
                self.setGeometry(self._normal_geometry)  # undo _fill_screen where it acted
        self._presentation_overlays()
        # the wall changes size: show the whole board again as the window settles (the docks
        # come back and the window manager answers after a while, each a resize of the view)
        self._refit_until = time.monotonic() + REFIT_WINDOW_S
        QTimer.singleShot(REFIT_MS, self._refit)
        if self.view is not None:
            self.view.setFocus()

    def _presentation_overlays(self: MainWindow) -> None:
        """The countdown and the exit button on the wall while presenting; none otherwise
        (they are children of the current view, so a new board gets its own)."""
        for widget in (self.presentation_timer, self.exit_button):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.presentation_timer = self.exit_button = None
        if self.view is not None and not self._presentation:
            self.view.set_fit_avoid([], keep_fitted=False)
        if not self._presentation or self.view is None:
            return
        self.exit_button = ExitButton(self.view)
        self.exit_button.clicked.connect(lambda: self.set_presentation(False))
        self.exit_button.show()
        panel = self.facilitator_dock.panel
        # on the view, not its viewport: QGraphicsView scrolls the viewport's children along
        self.presentation_timer = panel.float_timer_over(self.view, hide_when_idle=True)
        # a fit never puts a sticky under the countdown or the way out, and the wall re-fits
        # whenever its size changes (a projector's resolution, the palette folding)
        self.view.set_fit_avoid([self.exit_button, self.presentation_timer], keep_fitted=True)

    def _wall_resized(self: MainWindow) -> None:
        if time.monotonic() < getattr(self, "_refit_until", 0.0):
            QTimer.singleShot(0, self._refit)

    def _refit(self: MainWindow) -> None:
        if self.view is not None and self.session is not None and self.session.board.stickies:
            self.view.zoom_to_fit()

    def _fill_screen(self: MainWindow) -> None:
        """Without a window manager (a kiosk X session) full screen is only a request: size
        the window to the screen ourselves. Under a window manager this finds nothing to do."""
        screen = self.screen()
        if self._presentation and screen is not None and self.geometry() != screen.geometry():
            self.setGeometry(screen.geometry())

    def _presentation_key(self: MainWindow, event: QKeyEvent) -> bool:
        """Escape on the wall leaves presentation, unless it has a smaller job first: ending a
        sticky's edit, disarming a palette kind or clearing the selection."""
        if not self._presentation or event.key() != Qt.Key.Key_Escape:
            return False
        if self.scene is not None and self.scene.text_editor() is not None:
            return False
        if self.view is not None and self.view.pending_kind:
            return False
        if self.scene is not None and self.scene.selected_sticky_ids():
            return False  # the view clears the selection first; the next Escape leaves
        self.set_presentation(False)
        return True
