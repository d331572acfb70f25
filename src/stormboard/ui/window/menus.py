"""The main window's actions, menus and toolbar, and their texts.

Texts use the "MainWindow" context explicitly: Qt looks translations up by the object's class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar

from ..themes import Theme

if TYPE_CHECKING:
    from .main_window import MainWindow

SK = QKeySequence.StandardKey
translate = QCoreApplication.translate


class WindowMenusMixin:
    """Builds the actions (each also added to the window, so shortcuts work with the menu bar
    hidden), the menus and the toolbar of :class:`MainWindow`."""

    def _action(
        self: MainWindow,
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

    def _build_actions(self: MainWindow) -> None:
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

    def _build_menus(self: MainWindow) -> None:
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
        for dock in self.findChildren(QDockWidget):  # panels other parts of the UI add
            if dock not in (self.palette_dock, self.legend_dock, self.minimap_dock):
                self.view_menu.addAction(dock.toggleViewAction())
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

    def retranslate_actions(self: MainWindow) -> None:
        texts = {
            "new": translate("MainWindow", "&New Board…"),
            "open": translate("MainWindow", "&Open…"),
            "save_as": translate("MainWindow", "Save &As…"),
            "quit": translate("MainWindow", "&Quit"),
            "undo": translate("MainWindow", "&Undo"),
            "redo": translate("MainWindow", "&Redo"),
            "cut": translate("MainWindow", "Cu&t"),
            "copy": translate("MainWindow", "&Copy"),
            "paste": translate("MainWindow", "&Paste"),
            "duplicate": translate("MainWindow", "D&uplicate"),
            "delete": translate("MainWindow", "&Delete"),
            "select_all": translate("MainWindow", "Select &All"),
            "zoom_in": translate("MainWindow", "Zoom &In"),
            "zoom_out": translate("MainWindow", "Zoom &Out"),
            "zoom_fit": translate("MainWindow", "Zoom to &Fit"),
            "zoom_selection": translate("MainWindow", "Zoom to &Selection"),
            "full_screen": translate("MainWindow", "&Full Screen Presentation"),
            "grid": translate("MainWindow", "Show &Grid"),
            "touch_selects": translate("MainWindow", "One Finger &Selects (Instead of Panning)"),
            "show_palette": translate("MainWindow", "Sticky &Palette"),
            "show_legend": translate("MainWindow", "&Legend"),
            "show_minimap": translate("MainWindow", "&Overview Map"),
            "theme_system": translate("MainWindow", "Follow the &System"),
            "theme_light": translate("MainWindow", "&Light"),
            "theme_dark": translate("MainWindow", "&Dark"),
            "theme_high_contrast": translate("MainWindow", "&High Contrast"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
            self.actions_by_name[name].setToolTip(text.replace("&", "").rstrip("…"))
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.edit_menu.setTitle(translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        self.theme_menu.setTitle(translate("MainWindow", "&Theme"))
        self.recent_menu.setTitle(translate("MainWindow", "Open &Recent"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Toolbar"))
        self.palette_dock.setWindowTitle(translate("MainWindow", "Stickies"))
        self.legend_dock.setWindowTitle(translate("MainWindow", "Legend"))
        self.minimap_dock.setWindowTitle(translate("MainWindow", "Overview"))

    def _fill_recent_menu(self: MainWindow) -> None:
        self.recent_menu.clear()
        files = self.prefs.recent_files()
        if not files:
            empty = self.recent_menu.addAction(translate("MainWindow", "No Recent Boards"))
            empty.setEnabled(False)
            return
        for path in files:
            action = self.recent_menu.addAction(f"{path.stem}  ({path.parent})")
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
