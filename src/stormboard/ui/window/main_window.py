"""The main window: the wall in the middle, palette, legend, menus, and the file it edits."""

from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...app.edit import ChangeSet
from ...app.session import BoardSession
from ...domain.board import Board
from ...domain.entities import BoardInfo
from ...domain.errors import DomainError
from ...domain.notation import KINDS
from ...storage import (
    BoardInUseError,
    StormFileError,
    create_board_file,
    open_board_file,
    save_board_as,
)
from ..canvas import BoardScene, BoardView, Minimap
from ..themes import Theme, apply_theme
from .documents import SUFFIX, default_boards_dir, is_blank, unique_board_path, with_suffix
from .legend import LegendPanel
from .notice_bar import NoticeBar, Severity
from .palette import KindPalette, kind_name
from .preferences import Preferences
from .status import BoardStatusBar, SaveState

SK = QKeySequence.StandardKey


_COUNTED = re.compile(r"^(Move|Delete) (\d+) stickies$")
#: labels that end in a kind's name: "Add Hotspot", "Change to Command"
_KIND_LABELS = {
    "Add ": lambda: QCoreApplication.translate("EditLabels", "Add %1"),
    "Change to ": lambda: QCoreApplication.translate("EditLabels", "Change to %1"),
}


def edit_label(label: str) -> str:
    """An undo step's label from the app layer, translated when the catalogue knows it."""
    counted = _COUNTED.match(label)
    if counted:
        template = (
            QCoreApplication.translate("EditLabels", "Move %1 stickies")
            if counted[1] == "Move"
            else QCoreApplication.translate("EditLabels", "Delete %1 stickies")
        )
        return template.replace("%1", QLocale().toString(int(counted[2])))
    for prefix, template in _KIND_LABELS.items():
        if label.startswith(prefix):
            kind = next((k for k in KINDS if k.name == label[len(prefix) :]), None)
            if kind is not None:
                return template().replace("%1", kind_name(kind))
    return QCoreApplication.translate("EditLabels", label)


class MainWindow(QMainWindow):
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
        self._unsubscribe = None
        self._created_blank: Path | None = None  # an untitled file this window made
        self._presentation = False
        self._chrome_before: dict[QWidget, bool] = {}
        self._was_maximized = False
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

        self.status = BoardStatusBar(self)
        self.setStatusBar(self.status)

        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self._build_menus()
        self.retranslate()

        geometry = self.prefs.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
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

    def _action(
        self,
        name: str,
        slot,
        shortcut: QKeySequence.StandardKey | str | None = None,
        checkable: bool = False,
        extra: tuple[str, ...] = (),
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action_{name}")
        keys: list[QKeySequence] = []
        if isinstance(shortcut, QKeySequence.StandardKey):
            keys = list(QKeySequence.keyBindings(shortcut))
        elif shortcut:
            keys = [QKeySequence(shortcut)]
        keys += [QKeySequence(k) for k in extra]
        if keys:
            action.setShortcuts(keys)
        action.setCheckable(checkable)
        if checkable:
            action.triggered.connect(slot)
        else:  # keep triggered(bool) from landing in an optional first parameter
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts keep working with the menu bar hidden
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        a = self._action
        a("new", self.new_board, SK.New)
        a("open", self.open_dialog, SK.Open)
        a(
            "save_as",
            self.save_as,
            SK.SaveAs,
            extra=() if QKeySequence.keyBindings(SK.SaveAs) else ("Ctrl+Shift+S",),
        )
        a(
            "quit",
            self.close,
            SK.Quit,
            extra=() if QKeySequence.keyBindings(SK.Quit) else ("Ctrl+Q",),
        )
        a("undo", self.undo, SK.Undo)
        a("redo", self.redo, SK.Redo)
        a("cut", lambda: self._on_scene("cut_selection"), SK.Cut)
        a("copy", lambda: self._on_scene("copy_selection"), SK.Copy)
        a("paste", lambda: self._on_scene("paste"), SK.Paste)
        a("duplicate", lambda: self._on_scene("duplicate_selection"), "Ctrl+D")
        a("delete", lambda: self._on_scene("delete_selection"), SK.Delete, extra=("Backspace",))
        a("select_all", lambda: self._on_scene("select_all"), SK.SelectAll)
        a("zoom_in", lambda: self._on_view("zoom_in"), SK.ZoomIn, extra=("Ctrl+=",))
        a("zoom_out", lambda: self._on_view("zoom_out"), SK.ZoomOut)
        a("zoom_fit", lambda: self._on_view("zoom_to_fit"), "Ctrl+0")
        a("zoom_selection", lambda: self._on_view("zoom_to_selection"), "Ctrl+Shift+0")
        a(
            "full_screen",
            self.set_presentation,
            SK.FullScreen,
            checkable=True,
            extra=() if QKeySequence.keyBindings(SK.FullScreen) else ("F11",),
        )
        a("grid", self.set_grid, "Ctrl+'", checkable=True)
        a("touch_selects", self.set_touch_selects, checkable=True)
        a("show_palette", self.palette_dock.setVisible, checkable=True)
        a("show_legend", self.legend_dock.setVisible, checkable=True)
        a("show_minimap", self.minimap_dock.setVisible, checkable=True)
        for name, dock in (
            ("show_palette", self.palette_dock),
            ("show_legend", self.legend_dock),
            ("show_minimap", self.minimap_dock),
        ):
            dock.visibilityChanged.connect(self._sync_dock_actions)
            self.actions_by_name[name].setChecked(True)
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        for theme in Theme:
            action = a(
                f"theme_{theme.value}", lambda _=False, t=theme: self.set_theme(t), checkable=True
            )
            self.theme_group.addAction(action)
        self.actions_by_name[f"theme_{self.prefs.theme.value}"].setChecked(True)
        self.actions_by_name["grid"].setChecked(self.prefs.grid)
        self.actions_by_name["touch_selects"].setChecked(self.prefs.one_finger_mode == "select")

    def _build_menus(self) -> None:
        n = self.actions_by_name
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addActions([n["new"], n["open"]])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(n["save_as"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(n["quit"])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([n["undo"], n["redo"]])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([n["cut"], n["copy"], n["paste"], n["duplicate"], n["delete"]])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(n["select_all"])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([n["zoom_in"], n["zoom_out"], n["zoom_fit"], n["zoom_selection"]])
        self.view_menu.addSeparator()
        self.view_menu.addActions([n["full_screen"], n["grid"], n["touch_selects"]])
        self.view_menu.addSeparator()
        self.view_menu.addActions([n["show_palette"], n["show_legend"], n["show_minimap"]])
        self.theme_menu = QMenu(self)
        self.theme_menu.addActions(self.theme_group.actions())
        self.view_menu.addMenu(self.theme_menu)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([n["new"], n["open"], n["save_as"]])
        self.toolbar.addSeparator()
        self.toolbar.addActions([n["undo"], n["redo"]])
        self.toolbar.addSeparator()
        self.toolbar.addActions([n["zoom_out"], n["zoom_in"], n["zoom_fit"]])
        self.toolbar.addSeparator()
        self.toolbar.addActions([n["grid"], n["full_screen"]])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def retranslate(self) -> None:
        """(Re)set every user-visible text; called again when the language changes."""
        texts = {
            "new": self.tr("&New Board…"),
            "open": self.tr("&Open…"),
            "save_as": self.tr("Save &As…"),
            "quit": self.tr("&Quit"),
            "undo": self.tr("&Undo"),
            "redo": self.tr("&Redo"),
            "cut": self.tr("Cu&t"),
            "copy": self.tr("&Copy"),
            "paste": self.tr("&Paste"),
            "duplicate": self.tr("D&uplicate"),
            "delete": self.tr("&Delete"),
            "select_all": self.tr("Select &All"),
            "zoom_in": self.tr("Zoom &In"),
            "zoom_out": self.tr("Zoom &Out"),
            "zoom_fit": self.tr("Zoom to &Fit"),
            "zoom_selection": self.tr("Zoom to &Selection"),
            "full_screen": self.tr("&Full Screen Presentation"),
            "grid": self.tr("Show &Grid"),
            "touch_selects": self.tr("One Finger &Selects (Instead of Panning)"),
            "show_palette": self.tr("Sticky &Palette"),
            "show_legend": self.tr("&Legend"),
            "show_minimap": self.tr("&Overview Map"),
            "theme_system": self.tr("Follow the &System"),
            "theme_light": self.tr("&Light"),
            "theme_dark": self.tr("&Dark"),
            "theme_high_contrast": self.tr("&High Contrast"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
            self.actions_by_name[name].setToolTip(text.replace("&", "").rstrip("…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.palette_dock.setWindowTitle(self.tr("Stickies"))
        self.legend_dock.setWindowTitle(self.tr("Legend"))
        self.minimap_dock.setWindowTitle(self.tr("Overview"))
        self.palette.retranslate()
        self.legend.retranslate()
        self.status.retranslate()
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
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
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
        self.minimap = Minimap(self.view)
        self._centre_layout.addWidget(self.view, 1)
        self._minimap_layout.addWidget(self.minimap)
        self._unsubscribe = session.subscribe(self._board_changed)
        session.on_store_error(lambda error, s=session: self._store_failed(s, error))
        self.legend.set_session(session)
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

    def _close_session(self, session: BoardSession) -> None:
        path = session.path
        blank = self._created_blank is not None and path == self._created_blank
        blank = blank and is_blank(session.board) and not session.history.can_undo
        with contextlib.suppress(Exception):
            session.close()
        if blank and path is not None:
            # an untitled board nobody touched: do not leave empty files behind
            with contextlib.suppress(OSError):
                path.unlink()
            self.prefs.remove_recent(path)
        if path == self._created_blank:
            self._created_blank = None

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a .storm file in this window. Problems are explained in a dialog."""
        path = Path(path)
        try:
            opened = open_board_file(path, read_only=read_only)
        except BoardInUseError as error:
            if not read_only and self.ask_open_read_only(str(error)):
                return self.open_path(path, read_only=True)
            return False
        except StormFileError as error:
            self.show_error(self.tr("Cannot Open Board"), str(error))
            return False
        except OSError as error:
            self.show_error(self.tr("Cannot Open Board"), error.strerror or str(error))
            return False
        session = BoardSession(
            opened.board, opened.store, read_only_reason=opened.read_only_reason or ""
        )
        self.set_session(session)
        if opened.migrated_from is not None:
            message = self.tr("This board was upgraded from an older format.")
            if opened.backup_path is not None:
                message += " " + self.tr("The original is kept at %1.").replace(
                    "%1", str(opened.backup_path)
                )
            self.status.showMessage(message, 15000)
        return True

    def new_board(self, path: Path | None = None) -> bool:
        """Create a board in a file right away (every edit goes to disk)."""
        if path is None:
            suggested = unique_board_path(self.boards_dir, self.tr("Untitled board"))
            path = self.ask_save_path(self.tr("Create a New Board"), suggested)
            if path is None:
                return False
        return self._create(with_suffix(Path(path)))

    def new_untitled(self) -> bool:
        """A fresh board in the default folder, without asking (first start)."""
        path = unique_board_path(self.boards_dir, self.tr("Untitled board"))
        if self._create(path):
            self._created_blank = path
            return True
        return False

    def _create(self, path: Path) -> bool:
        board = Board(BoardInfo(title=path.stem, created_at=time.time()))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():  # the user confirmed overwriting in the dialog
                store = save_board_as(board, path, overwrite=True)
            else:
                store = create_board_file(path, board)
        except StormFileError as error:
            self.show_error(self.tr("Cannot Create Board"), str(error))
            return False
        except OSError as error:
            self.show_error(self.tr("Cannot Create Board"), error.strerror or str(error))
            return False
        self.set_session(BoardSession(board, store))
        return True

    def open_dialog(self) -> bool:
        path = self.ask_open_path()
        return self.open_path(path) if path is not None else False

    def save_as(self, path: Path | None = None) -> bool:
        """Write the whole board to another file and keep working there. After a failed write,
        this is how nothing gets lost; on a read-only board it makes an editable copy."""
        session = self.session
        if session is None:
            return False
        if not isinstance(path, Path | str):  # called from a signal with a bool
            path = None
        if path is None:
            current = session.path
            stem = current.stem if current is not None else session.board.info.title
            folder = current.parent if current is not None else self.boards_dir
            path = self.ask_save_path(self.tr("Save Board As"), folder / f"{stem} copy{SUFFIX}")
            if path is None:
                return False
        path = with_suffix(Path(path))
        current = session.path
        if current is not None and path.resolve() == current.resolve():
            if session.store_error is None and not session.read_only:
                return True  # it is already there, every edit included
            self.show_error(
                self.tr("Cannot Save Board"),
                self.tr("Choose another file: this one cannot be written."),
            )
            return False
        try:
            store = save_board_as(session.board, path, overwrite=True)
        except StormFileError as error:
            self.show_error(self.tr("Cannot Save Board"), str(error))
            return False
        except OSError as error:
            self.show_error(self.tr("Cannot Save Board"), error.strerror or str(error))
            return False
        session.replace_store(store)
        self.error_bar.hide()
        if current == self._created_blank:
            self._created_blank = None
        self.prefs.add_recent(path)
        self._update_all()
        self.status.showMessage(self.tr("Saved as %1").replace("%1", str(path)), 8000)
        return True

    # ------------------------------------------------------------------------------------------
    # dialogs (separate methods so tests and other front ends can replace them)
    def ask_open_path(self) -> Path | None:
        folder = self.session.path.parent if self.session and self.session.path else self.boards_dir
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Board"), str(folder), self.tr("Stormboard boards (*.storm)")
        )
        return Path(name) if name else None

    def ask_save_path(self, title: str, suggested: Path) -> Path | None:
        with contextlib.suppress(OSError):
            suggested.parent.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(
            self, title, str(suggested), self.tr("Stormboard boards (*.storm)")
        )
        return Path(name) if name else None

    def show_error(self, title: str, sentence: str) -> None:
        QMessageBox.warning(self, title, sentence)

    def ask_open_read_only(self, sentence: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Board in Use"))
        box.setText(sentence)
        box.setInformativeText(self.tr("You can look at it without changing it."))
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Open).setText(self.tr("Open Read-Only"))
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        return box.exec() == QMessageBox.StandardButton.Open

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
        try:
            self.session.redo() if redo else self.session.undo()
        except DomainError as error:
            self.status.showMessage(str(error), 8000)
        self._update_all()

    def _on_scene(self, method: str) -> None:
        if self.scene is None:
            return
        try:
            getattr(self.scene, method)()
        except DomainError as error:
            self.status.showMessage(str(error), 8000)

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
    # presentation mode
    @property
    def presentation(self) -> bool:
        return self._presentation

    def set_presentation(self, on: bool) -> None:
        """Full screen with only the wall and a compact palette; Escape leaves."""
        on = bool(on)
        self.actions_by_name["full_screen"].setChecked(on)
        if on == self._presentation:
            return
        self._presentation = on
        chrome: list[QWidget] = [
            self.menuBar(),
            self.toolbar,
            self.status,
            self.legend_dock,
            self.minimap_dock,
        ]
        if on:
            self._was_maximized = self.isMaximized()
            self._chrome_before = {w: w.isVisible() for w in chrome}
            self._chrome_before[self.palette_dock] = self.palette_dock.isVisible()
            for widget in chrome:
                widget.hide()
            self.palette.set_compact(True)
            self.palette_dock.show()
            self.showFullScreen()
        else:
            for widget, visible in self._chrome_before.items():
                widget.setVisible(visible)
            self.palette.set_compact(False)
            if self._was_maximized:
                self.showMaximized()
            else:
                self.showNormal()
        if self.view is not None:
            self.view.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._presentation:
            self.set_presentation(False)
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------------------------------
    # dropping .storm files
    @staticmethod
    def board_files_in(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [
            Path(url.toLocalFile())
            for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX)
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.board_files_in(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.board_files_in(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self.board_files_in(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        # open after the drop returns: a modal error box inside a drop handler blocks the source
        QTimer.singleShot(0, lambda: self.open_path(files[0]))

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
            ).replace("%1", str(error)),
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
                    "%1", session.read_only_reason
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

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.prefs.recent_files()
        if not files:
            empty = self.recent_menu.addAction(self.tr("No Recent Boards"))
            empty.setEnabled(False)
            return
        for path in files:
            action = self.recent_menu.addAction(f"{path.stem}  ({path.parent})")
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
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

    def _confirm_discard(self) -> bool:
        """The last writes failed: offer Save As before the window goes away."""
        answer = QMessageBox.warning(
            self,
            self.tr("Changes Not Saved"),
            self.tr(
                "Some changes could not be written to the file. Save the board elsewhere "
                "before closing?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_as()
        return answer == QMessageBox.StandardButton.Discard
