"""The main window's actions, menus and toolbar, and their texts.

Texts use the "MainWindow" context explicitly: Qt looks translations up by the object's class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QToolButton

from .. import shortcuts
from ..themes import Theme

if TYPE_CHECKING:
    from .main_window import MainWindow

translate = QCoreApplication.translate


class WindowMenusMixin:
    """Builds the actions (each also added to the window, so shortcuts work with the menu bar
    hidden), the menus and the toolbar of :class:`MainWindow`."""

    def _action(
        self: MainWindow,
        name: str,
        slot,
        checkable: bool = False,
    ) -> QAction:
        """An action; its keys, if any, come from the one table (ui/shortcuts.py)."""
        action = QAction(self)
        action.setObjectName(f"action_{name}")
        entry = shortcuts.BY_ID.get(name)
        if entry is not None:
            shortcuts.apply(action, name)
        action.setCheckable(checkable)
        if checkable:
            action.triggered.connect(slot)
        else:  # keep triggered(bool) from landing in an optional first parameter
            action.triggered.connect(lambda _checked=False: slot())
        if entry is None or entry.scope == shortcuts.WINDOW:
            self.addAction(action)  # shortcuts keep working with the menu bar hidden
        # wall-scoped ones are added to each board view instead (see share_view_actions)
        self.actions_by_name[name] = action
        return action

    def share_view_actions(self: MainWindow) -> None:
        """Give the new board view the window's actions for the table entries both have."""
        if self.view is not None:
            own = self.view.shortcut_actions
            self.view.share_actions(
                {name: a for name, a in self.actions_by_name.items() if name in own}
            )

    def show_guide(self: MainWindow) -> None:
        """Help ▸ How a Big Picture Workshop Runs (non-modal: read it while facilitating)."""
        from .help_pages import GuideDialog

        guide = getattr(self, "_guide", None)
        if guide is None:
            guide = self._guide = GuideDialog(self)
        guide.refresh()  # in the language the window speaks now
        guide.show()
        guide.raise_()

    def show_about(self: MainWindow) -> None:
        from .help_pages import AboutDialog

        about = AboutDialog(self)
        about.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        about.open()

    def show_shortcut_sheet(self: MainWindow) -> None:
        """Help ▸ Keyboard Shortcuts: the sheet lists the live actions of this window."""
        from .shortcut_sheet import ShortcutSheet

        sheet = getattr(self, "_shortcut_sheet", None)
        if sheet is None:
            sheet = self._shortcut_sheet = ShortcutSheet(self)
        sheet.refresh()
        sheet.show()
        sheet.raise_()
        sheet.activateWindow()

    def _build_actions(self: MainWindow) -> None:
        a = self._action
        a("new", self.new_board)
        a("open", self.open_dialog)
        a("save_as", self.save_as)
        a("quit", self.close)
        a("undo", self.undo)
        a("redo", self.redo)
        a("cut", lambda: self._on_document("cut_selection"))
        a("copy", lambda: self._on_document("copy_selection"))
        a("paste", lambda: self._on_document("paste"))
        a("duplicate", lambda: self._on_document("duplicate_selection"))
        a("delete", lambda: self._on_document("delete_selection"))
        a("select_all", lambda: self._on_scene("select_all"))
        a("zoom_in", lambda: self._on_view("zoom_in"))
        a("zoom_out", lambda: self._on_view("zoom_out"))
        a("zoom_actual", lambda: self._on_view("zoom_actual"))
        a("zoom_fit", lambda: self._on_view("zoom_to_fit"))
        a("zoom_selection", lambda: self._on_view("zoom_to_selection"))
        a("full_screen", self.set_presentation, checkable=True)
        a("help_shortcuts", self.show_shortcut_sheet)
        a("help_guide", self.show_guide)
        a("help_about", self.show_about)
        a("grid", self.set_grid, checkable=True)
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
        self.view_menu.addActions(
            [n["zoom_in"], n["zoom_out"], n["zoom_actual"], n["zoom_fit"], n["zoom_selection"]]
        )
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
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(n["help_shortcuts"])
        self.help_menu.addAction(n["help_guide"])
        self.help_menu.addSeparator()
        self.help_menu.addAction(n["help_about"])

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        # an icon and its word: the icon finds the button, the word says what it does
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
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
            "zoom_actual": translate("MainWindow", "&Actual Size"),
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
            "help_shortcuts": translate("MainWindow", "&Keyboard Shortcuts"),
            "help_guide": translate("MainWindow", "How a Big Picture &Workshop Runs"),
            "help_about": translate("MainWindow", "&About Stormboard"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
            self.actions_by_name[name].setToolTip(text.replace("&", "").rstrip("…"))
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.edit_menu.setTitle(translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        self.theme_menu.setTitle(translate("MainWindow", "&Theme"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.recent_menu.setTitle(translate("MainWindow", "Open &Recent"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Toolbar"))
        self.palette_dock.setWindowTitle(translate("MainWindow", "Stickies"))
        self.legend_dock.setWindowTitle(translate("MainWindow", "Legend"))
        self.minimap_dock.setWindowTitle(translate("MainWindow", "Overview"))
        self.board_list_dock.setWindowTitle(translate("MainWindow", "Board as a List"))
        # Qt's overflow button of a narrow toolbar has no name of its own for a screen reader
        for bar in self.findChildren(QToolBar):
            for more in bar.findChildren(QToolButton, "qt_toolbar_ext_button"):
                more.setAccessibleName(translate("MainWindow", "More tools"))
        self.board_list.retranslate()

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
