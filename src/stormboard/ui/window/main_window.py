"""The main window: the wall in the middle, palette, legend, menus, and the file it edits."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from ...app.edit import ChangeSet
from ...app.session import BoardSession
from ...domain.notation import KINDS
from ..bidi import isolate
from ..canvas import BoardScene, BoardView, Minimap
from ..error_text import sentence
from ..export.print_hook import install_print_action
from ..export.window_hook import install_export_action
from ..icons import apply_action_icons, apply_icons_after_first_paint
from ..interop import install_import
from ..room import RoomController
from ..slices import install_slices
from ..themes import Theme, apply_theme
from ..timeline import install_timeline
from ..workshop import FacilitatorDock
from ..workshop.timer_view import TimerOverlay
from .board_files import BoardFilesMixin
from .board_list import BoardListPanel
from .documents import default_boards_dir
from .idle_checkpoint import IdleCheckpoint
from .legend import LegendPanel
from .menus import WindowMenusMixin
from .notice_bar import NoticeBar, Severity
from .palette import KindPalette, kind_name
from .preferences import Preferences
from .presentation import ExitButton, PresentationMixin
from .start_screen import StartScreen
from .status import BoardStatusBar, SaveState

SK = QKeySequence.StandardKey


_COUNTED = re.compile(r"^(Move|Delete) (\d+) stickies$")
_MERGED = re.compile(r"^Merge (\d+) duplicates$")
#: labels that end in a participant's name: "Add participant Sara"
_NAMED = re.compile(r"^(Add|Remove) participant (.+)$", re.DOTALL)
#: labels that end in a kind's name: "Add Hotspot", "Change to Command"
_KIND_LABELS = {
    "Add ": lambda: QCoreApplication.translate("EditLabels", "Add %1"),
    "Change to ": lambda: QCoreApplication.translate("EditLabels", "Change to %1"),
}


class EditLabels(QObject):
    """Counted undo labels. A QObject named like the labels' context, so lupdate sees tr() with
    a count and catalogues give the plural forms ("Move 1 sticky", "Move 3 stickies")."""

    def counted(self, verb: str, n: int) -> str:
        if verb == "Move":
            return self.tr("Move %Ln sticky(ies)", "", n)
        if verb == "Delete":
            return self.tr("Delete %Ln sticky(ies)", "", n)
        return self.tr("Merge %Ln duplicate(s)", "", n)


_COUNTED_LABELS = EditLabels()


def edit_label(label: str) -> str:
    """An undo step's label from the app layer, translated when the catalogue knows it."""
    counted = _COUNTED.match(label)
    if counted:  # plural forms from the catalogues: "Move 1 sticky" (ADR 0174)
        return _COUNTED_LABELS.counted(counted[1], int(counted[2]))
    merged = _MERGED.match(label)
    if merged:
        return _COUNTED_LABELS.counted("Merge", int(merged[1]))
    named = _NAMED.match(label)
    if named:
        template = (
            QCoreApplication.translate("EditLabels", "Add participant %1")
            if named[1] == "Add"
            else QCoreApplication.translate("EditLabels", "Remove participant %1")
        )
        return template.replace("%1", isolate(named[2]))
    for prefix, template in _KIND_LABELS.items():
        if label.startswith(prefix):
            kind = next((k for k in KINDS if k.name == label[len(prefix) :]), None)
            if kind is not None:
                return template().replace("%1", kind_name(kind))
    return QCoreApplication.translate("EditLabels", label)


class MainWindow(BoardFilesMixin, WindowMenusMixin, PresentationMixin, QMainWindow):
    """One window editing one board. Every edit is already on disk when it returns; the window
    only has to say so, and to offer Save As when the disk refused a write."""

    session_changed = Signal(object)  # the new BoardSession

    def __init__(
        self,
        session: BoardSession | None = None,
        preferences: Preferences | None = None,
        boards_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.prefs = preferences or Preferences()
        self.boards_dir = boards_dir or default_boards_dir()
        self.session: BoardSession | None = None
        self.scene: BoardScene | None = None
        self.view: BoardView | None = None
        self.minimap: Minimap | None = None
        self._subscription = None
        self._idle_checkpoint: IdleCheckpoint | None = None
        self._created_blank: Path | None = None  # an untitled file this window made
        self._presentation = False
        self.presentation_timer: TimerOverlay | None = None
        self.exit_button: ExitButton | None = None
        self._chrome_before: dict[QWidget, bool] = {}
        self._was_maximized = False
        self._normal_geometry = QRect()
        self._fitted = False
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks)

        # centre: notices above the wall
        self._centre = QWidget(self)
        self._centre_layout = QVBoxLayout(self._centre)
        self._centre_layout.setContentsMargins(0, 0, 0, 0)
        self._centre_layout.setSpacing(0)
        self.read_only_bar = NoticeBar(Severity.INFO, self._centre)
        self.error_bar = NoticeBar(Severity.WARNING, self._centre)
        self._centre_layout.addWidget(self.read_only_bar)
        self._centre_layout.addWidget(self.error_bar)
        self.setCentralWidget(self._centre)
        # no board open: the start screen (nothing is created until the user chooses)
        self.start_screen = StartScreen(self._centre)
        self._centre_layout.addWidget(self.start_screen, 1)
        self.start_screen.hide()
        self.start_screen.new_requested.connect(lambda template: self.new_board(None, template))
        self.start_screen.open_requested.connect(self.open_dialog)
        self.start_screen.sample_requested.connect(self.open_sample)
        self.start_screen.recent_requested.connect(self.open_path)
        self.read_only_bar.action_triggered.connect(self.save_as)
        self.error_bar.action_triggered.connect(self.save_as)

        # docks
        self.palette = KindPalette()
        self.palette.kind_tapped.connect(self._kind_tapped)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if self.isRightToLeft():  # QMainWindow does not mirror dock areas: put the palette first
            left, right = right, left
        self.palette_dock = self._dock("paletteDock", self.palette, left)
        self.legend = LegendPanel()
        self.legend_dock = self._dock("legendDock", self.legend, right)
        self._minimap_holder = QWidget()
        self._minimap_layout = QVBoxLayout(self._minimap_holder)
        self._minimap_layout.setContentsMargins(0, 0, 0, 0)
        self.minimap_dock = self._dock("minimapDock", self._minimap_holder, right)
        # the board as a list, for a screen reader or a keyboard (View menu; hidden at first)
        self.board_list = BoardListPanel()
        self.board_list_dock = self._dock("boardListDock", self.board_list, right)
        self.board_list_dock.hide()
        # the facilitator's wizard (ui/workshop): follows the open board, locks palette kinds
        self.facilitator_dock = FacilitatorDock(self)
        self.addDockWidget(right, self.facilitator_dock)
        facilitator = self.facilitator_dock.panel
        facilitator.allowed_kinds_changed.connect(self.palette.set_available_kinds)
        facilitator.message.connect(self._say)
        self.session_changed.connect(lambda s: facilitator.set_session(s, self.scene))

        self.status = BoardStatusBar(self)
        self.setStatusBar(self.status)

        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self._build_menus()
        install_export_action(self)  # File > Export… (Ctrl+E): the Export dialog (ui/export)
        install_print_action(self)  # File > Print… (Ctrl+P): the poster plan printed
        # File > Import… and other tools' files dropped on the wall (ui/interop)
        self.importer = install_import(self)
        # Timeline menu, find bar (Ctrl+F) and filter dock; follows session_changed (ui/timeline)
        self.timeline = install_timeline(self)
        # File > Take Time Slice… / Time Slices…, a slice at each phase end (ui/slices)
        self.slices = install_slices(self)
        # Room menu: phones write on this wall over the LAN; nothing listens until opened
        self.room = RoomController(self)
        # every toolbar and menu action (ui/icons.py), once the first frame is on screen
        apply_icons_after_first_paint(
            self, lambda: [tile.update() for tile in self.palette.tiles.values()])
        self.retranslate()

        geometry = self.prefs.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_run_geometry()
        state = self.prefs.state()
        if state is not None:
            self.restoreState(state)

        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._system_scheme_changed)

        if session is not None:
            self.set_session(session)
        else:
            self._update_all()

    # ------------------------------------------------------------------------------------------
    # construction

    def _first_run_geometry(self) -> None:
        """The wall is the point: on first run take most of the screen, centred."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        area = screen.availableGeometry()
        width, height = int(area.width() * 0.92), int(area.height() * 0.92)
        self.setGeometry(area.x() + (area.width() - width) // 2,
                         area.y() + (area.height() - height) // 2, width, height)
    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def retranslate(self) -> None:
        """(Re)set every user-visible text; called again when the language changes."""
        self.retranslate_actions()
        self.palette.retranslate()
        self.legend.retranslate()
        self.status.retranslate()
        self.start_screen.retranslate()
        self._update_all()

    # ------------------------------------------------------------------------------------------
    # the board
    def set_session(self, session: BoardSession) -> None:
        """Show this board; the previous one (if any) is closed."""
        old_session, old_scene, old_view, old_map = (
            self.session,
            self.scene,
            self.view,
            self.minimap,
        )
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None
        self.session = session
        self.scene = BoardScene(session)
        self.scene.grid_enabled = self.prefs.grid
        self.view = BoardView(self.scene)
        self.view.setObjectName("boardView")
        self.view.set_one_finger_mode(self.prefs.one_finger_mode)
        self.view.zoom_changed.connect(self.status.set_zoom)
        self.scene.selection_changed_ids.connect(self._selection_changed)
        self.scene.message.connect(self._say)
        self.scene.text_refused.connect(self._say)
        self.view.pending_kind_changed.connect(lambda kind: self.palette.set_pending(kind or None))
        self.share_view_actions()  # one QAction per shortcut: the menus' own (ui/shortcuts.py)
        self.minimap = Minimap(self.view)
        # the wall takes drops (palette kinds), so a .storm file dropped there is caught first
        self.view.viewport().installEventFilter(self)
        # Escape typed on the wall leaves presentation mode (the view would only clear)
        self.view.installEventFilter(self)
        self.start_screen.hide()
        self._centre_layout.addWidget(self.view, 1)
        self._minimap_layout.addWidget(self.minimap)
        self._subscription = session.subscribe(self._board_changed)
        if self._idle_checkpoint is not None:
            self._idle_checkpoint.close()
        self._idle_checkpoint = IdleCheckpoint(session, self)  # ADR 0237
        session.on_store_error(lambda error, s=session: self._store_failed(s, error))
        self.legend.set_session(session)
        self.board_list.set_session(session, self.view)
        self.palette.set_pending(None)
        self.error_bar.hide()
        if session.store_error is not None:
            self._store_failed(session, session.store_error)
        for widget in (old_map, old_view):
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        if old_scene is not None:
            old_scene.detach()
            old_scene.deleteLater()
        if old_session is not None and old_session is not session:
            self._close_session(old_session)
        path = session.path
        if path is not None:
            self.prefs.add_recent(path)
        self._fitted = False
        if self.isVisible():
            QTimer.singleShot(0, self._fit_once)
        self._update_all()
        self.session_changed.emit(session)
        if self._presentation:
            self._presentation_overlays()  # on the new wall

    def show_start_screen(self) -> None:
        """The start screen, with the recent boards that still exist."""
        self.start_screen.set_recent(self.prefs.recent_files())
        self.start_screen.show()

    # ------------------------------------------------------------------------------------------
    # commands
    def undo(self) -> None:
        self._history_step(redo=False)

    def redo(self) -> None:
        self._history_step(redo=True)

    def _history_step(self, redo: bool) -> None:
        if self.session is None:
            return
        if self.scene is not None and self.scene.text_editor() is not None:
            # close the in-place editor first; the step runs once the editor is disposed of
            self.scene.end_text_edit()
            QTimer.singleShot(0, lambda: self._history_step(redo))
            return
        self.session.seal()
        if self.scene is not None:  # a refusal is reported by the document (status bar)
            self.scene.document.step_history(redo)
        self._update_all()

    def _on_scene(self, method: str) -> None:
        if self.scene is not None:
            getattr(self.scene, method)()

    def _on_document(self, method: str) -> None:
        """A menu's sticky edit: the document controller makes it and reports a refusal."""
        if self.scene is not None:
            getattr(self.scene.document, method)()

    def _on_view(self, method: str) -> None:
        if self.view is not None:
            getattr(self.view, method)()

    def _kind_tapped(self, kind_id: str) -> None:
        if self.view is None or self._is_read_only():
            return
        # tapping the armed tile again disarms it
        pending = None if self.palette.pending == kind_id else kind_id
        self.view.set_pending_kind(pending)
        self.palette.set_pending(pending)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_grid(self, on: bool) -> None:
        self.prefs.grid = bool(on)
        self.actions_by_name["grid"].setChecked(bool(on))
        if self.scene is not None:
            self.scene.grid_enabled = bool(on)

    def set_touch_selects(self, on: bool) -> None:
        mode = "select" if on else "pan"
        self.prefs.one_finger_mode = mode
        self.actions_by_name["touch_selects"].setChecked(bool(on))
        if self.view is not None:
            self.view.set_one_finger_mode(mode)

    def set_theme(self, theme: Theme) -> None:
        self.prefs.theme = theme
        self.actions_by_name[f"theme_{Theme(theme).value}"].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)

    def _system_scheme_changed(self, *_: object) -> None:
        if self.prefs.theme is Theme.SYSTEM:
            self.set_theme(Theme.SYSTEM)

    # ------------------------------------------------------------------------------------------
    # presentation mode (the rest is in presentation.py)
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._presentation:
            self.set_presentation(False)
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------------------------------
    # keeping the chrome in step with the board
    def _board_changed(self, changes: ChangeSet) -> None:
        if changes.touches("info"):
            self._update_title()
        self._update_edit_actions()
        if changes.touches("stickies"):
            self._update_counts()

    def _selection_changed(self, ids: list) -> None:
        self._update_counts()
        self._update_edit_actions()

    def _store_failed(self, session: BoardSession, error: Exception) -> None:
        if session is not self.session:
            return
        self.error_bar.show_notice(
            self.tr(
                "Your last change could not be written to the file: %1 "
                "Everything is still here. Save the board to another file to keep it."
            ).replace("%1", isolate(sentence(error))),
            self.tr("Save As…"),
        )
        self._update_all()

    def _say(self, sentence: str) -> None:
        self.status.showMessage(sentence, 8000)

    def _is_read_only(self) -> bool:
        return self.session is None or self.session.read_only

    def _update_all(self) -> None:
        self._update_title()
        self._update_edit_actions()
        self._update_counts()
        self._update_read_only()
        if self.view is not None:
            self.status.set_zoom(self.view.zoom())

    def _update_title(self) -> None:
        session = self.session
        if session is None:
            self.setWindowTitle("Stormboard")
            return
        title = session.board.info.title
        path = session.path
        parts = [title]
        if path is not None and path.stem != title:
            parts.append(path.name)
        elif path is None:
            parts.append(self.tr("not saved"))
        text = " — ".join(parts)
        if session.read_only:
            text += " " + self.tr("[read-only]")
        self.setWindowFilePath(str(path) if path else "")
        self.setWindowTitle(f"{text} — Stormboard")

    def _update_counts(self) -> None:
        stickies = len(self.session.board.stickies) if self.session else 0
        selected = len(self.scene.selected_sticky_ids()) if self.scene else 0
        self.status.set_counts(stickies, selected)

    def _update_read_only(self) -> None:
        session = self.session
        read_only = self._is_read_only()
        self.palette.setEnabled(not read_only)
        if read_only and self.view is not None and self.palette.pending:
            self.view.set_pending_kind(None)
            self.palette.set_pending(None)
        if session is not None and session.read_only:
            self.read_only_bar.show_notice(
                self.tr("Read-only: %1 Changes are switched off.").replace(
                    "%1", sentence(session.read_only_reason)
                ),
                self.tr("Save an Editable Copy…"),
            )
        else:
            self.read_only_bar.hide()
        if session is None:
            state = SaveState.SAVED
        elif session.has_unsaved_changes:
            state = SaveState.NOT_SAVED
        elif session.read_only:
            state = SaveState.READ_ONLY
        else:
            state = SaveState.SAVED
        self.status.set_save_state(state)

    def _update_edit_actions(self) -> None:
        n = self.actions_by_name
        session = self.session
        writable = session is not None and not session.read_only
        history = session.history if session is not None else None
        can_undo = bool(writable and history is not None and history.can_undo)
        can_redo = bool(writable and history is not None and history.can_redo)
        n["undo"].setEnabled(can_undo)
        n["redo"].setEnabled(can_redo)
        n["undo"].setText(
            self.tr("&Undo %1").replace("%1", edit_label(history.undo_label))
            if can_undo and history is not None
            else self.tr("&Undo")
        )
        n["redo"].setText(
            self.tr("&Redo %1").replace("%1", edit_label(history.redo_label))
            if can_redo and history is not None
            else self.tr("&Redo")
        )
        # the toolbar keeps a fixed word (its buttons must not jump as the label changes);
        # the menu and the tooltip name the step
        for name, plain in (("undo", self.tr("&Undo")), ("redo", self.tr("&Redo"))):
            action = n[name]
            action.setIconText(plain.replace("&", ""))
            action.setToolTip(action.text().replace("&", ""))
        has_selection = bool(self.scene is not None and self.scene.selected_sticky_ids())
        for name in ("cut", "delete", "duplicate"):
            n[name].setEnabled(writable and has_selection)
        n["paste"].setEnabled(writable)
        n["copy"].setEnabled(has_selection)
        n["select_all"].setEnabled(self.scene is not None)
        n["zoom_selection"].setEnabled(has_selection)
        n["save_as"].setEnabled(session is not None)

    def _sync_dock_actions(self, *_: object) -> None:
        if self._presentation:
            return
        for name, dock in (
            ("show_palette", self.palette_dock),
            ("show_legend", self.legend_dock),
            ("show_minimap", self.minimap_dock),
        ):
            self.actions_by_name[name].setChecked(not dock.isHidden())

    # ------------------------------------------------------------------------------------------
    # window events
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            QTimer.singleShot(0, self._fit_once)

    def _fit_once(self) -> None:
        if self.view is not None and not self._fitted and self.session is not None:
            self._fitted = True
            if self.session.board.stickies:
                self.view.zoom_to_fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.view is not None
            and watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._presentation_key(event)
        ):
            return True
        if self.view is not None and watched is self.view and event.type() == QEvent.Type.Resize:
            self._wall_resized()
        if self.view is not None and watched is self.view.viewport():
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                if self.board_files_in(event.mimeData()):
                    event.acceptProposedAction()
                    return True
            elif kind == QEvent.Type.Drop and self.board_files_in(event.mimeData()):
                self.dropEvent(event)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            apply_action_icons(self)  # icons in the new theme's text colour
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        session = self.session
        if session is not None and session.has_unsaved_changes and not self._confirm_discard():
            event.ignore()
            return
        if self._presentation:
            self.set_presentation(False)
        self.prefs.save_window(self.saveGeometry(), self.saveState())
        self.prefs.sync()
        if session is not None:
            self._close_session(session)
        super().closeEvent(event)
