"""The timeline's actions, menu, find bar and filter dock, wired to whichever board a main
window shows. ``install_timeline(window)`` is the one call a window needs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from ...app import arrange, commands
from ...domain.timeline import lane_order, milestone_order
from .. import shortcuts
from ..canvas.scene import BoardScene
from .duplicates_dialog import DuplicatesDialog
from .filter_panel import FilterPanel
from .find_bar import FindBar
from .placement import LANE, MILESTONE
from .tools import TimelineTools

#: name -> menu text, translated in the "Timeline" context; the keys of "timeline_" + name
#: are in the one shortcut table (ui/shortcuts.py)
ACTIONS: dict[str, str] = {
    "add_lane": QT_TRANSLATE_NOOP("Timeline", "Add lane…"),
    "add_milestone": QT_TRANSLATE_NOOP("Timeline", "Add milestone…"),
    "pivotal": QT_TRANSLATE_NOOP("Timeline", "Mark or unmark pivotal event"),
    "arrange": QT_TRANSLATE_NOOP("Timeline", "Arrange timeline"),
    "tidy": QT_TRANSLATE_NOOP("Timeline", "Tidy overlapping stickies"),
    "duplicates": QT_TRANSLATE_NOOP("Timeline", "Find duplicates…"),
    "show_chapters": QT_TRANSLATE_NOOP("Timeline", "Show chapters"),
    "show_tense_hints": QT_TRANSLATE_NOOP("Timeline", "Show past-tense hints"),
    "find": QT_TRANSLATE_NOOP("Timeline", "Find…"),
    "filter": QT_TRANSLATE_NOOP("Timeline", "Filter…"),
}
CHECKABLE = ("show_chapters", "show_tense_hints", "filter")
#: longer explanations, shown as tooltips and in the status bar
TIPS = {
    "add_lane": QT_TRANSLATE_NOOP(
        "Timeline", "Then tap the wall where the new swimlane should start."),
    "add_milestone": QT_TRANSLATE_NOOP(
        "Timeline", "Then tap the wall where the temporal milestone should go."),
    "pivotal": QT_TRANSLATE_NOOP(
        "Timeline", "Pivotal events split the timeline into chapters."),
    "arrange": QT_TRANSLATE_NOOP(
        "Timeline", "Lay out the selected stickies, or every domain event, left to right in "
        "reading order, one column each, centred in their lanes."),
    "tidy": QT_TRANSLATE_NOOP(
        "Timeline", "Push overlapping stickies (the selected ones, or all) apart with small "
        "moves."),
    "duplicates": QT_TRANSLATE_NOOP(
        "Timeline", "List stickies that say the same thing and merge them."),
    "show_chapters": QT_TRANSLATE_NOOP(
        "Timeline", "Shade alternate chapters between pivotal events and show their names."),
    "show_tense_hints": QT_TRANSLATE_NOOP(
        "Timeline", "Mark domain events whose text does not read as past tense."),
    "find": QT_TRANSLATE_NOOP("Timeline", "Find stickies by their text."),
    "filter": QT_TRANSLATE_NOOP(
        "Timeline", "Dim the stickies that do not match a kind, lane, author or chapter."),
}

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


class TimelineUi(QObject):
    """Owns the actions and widgets; rebuilds the canvas tools for each new board."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tools: TimelineTools | None = None
        self._subscription = None
        self.actions: dict[str, QAction] = {}
        for name in ACTIONS:
            action = QAction(window)
            action.setObjectName(f"action_timeline_{name}")
            if f"timeline_{name}" in shortcuts.BY_ID:
                shortcuts.apply(action, f"timeline_{name}")
            action.setCheckable(name in CHECKABLE)
            window.addAction(action)  # shortcuts work with the menu bar hidden
            self.actions[name] = action
        a = self.actions
        a["add_lane"].triggered.connect(lambda: self._arm(LANE))
        a["add_milestone"].triggered.connect(lambda: self._arm(MILESTONE))
        a["pivotal"].triggered.connect(self.toggle_pivotal)
        a["arrange"].triggered.connect(self.arrange)
        a["tidy"].triggered.connect(self.tidy)
        a["duplicates"].triggered.connect(self.show_duplicates)
        a["show_chapters"].triggered.connect(lambda on: self.set_flag("show_chapters", on))
        a["show_tense_hints"].triggered.connect(lambda on: self.set_flag("show_tense_hints", on))
        a["find"].triggered.connect(self.open_find)

        self.find_bar = FindBar()
        self.find_toolbar = QToolBar(window)
        self.find_toolbar.setObjectName("findToolBar")
        self.find_toolbar.setMovable(False)
        self.find_toolbar.addWidget(self.find_bar)
        self.find_toolbar.hide()
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)  # a row of its own
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.find_toolbar)
        self.find_bar.closed.connect(self.find_toolbar.hide)

        self.filter_panel = FilterPanel()
        self.filter_dock = QDockWidget(window)
        self.filter_dock.setObjectName("timelineFilterDock")
        self.filter_dock.setWidget(self.filter_panel)
        area = Qt.DockWidgetArea.RightDockWidgetArea
        if window.isRightToLeft():
            area = Qt.DockWidgetArea.LeftDockWidgetArea
        window.addDockWidget(area, self.filter_dock)
        self.filter_dock.hide()
        a["filter"].triggered.connect(lambda on: self.filter_dock.setVisible(on))
        self.filter_dock.visibilityChanged.connect(a["filter"].setChecked)
        self.filter_dock.visibilityChanged.connect(self._filter_shown)

        self.menu = QMenu(window)
        self.menu.setObjectName("timelineMenu")
        for group in (("add_lane", "add_milestone", "pivotal"), ("arrange", "tidy", "duplicates"),
                      ("show_chapters", "show_tense_hints"), ("find", "filter")):
            self.menu.addActions([a[n] for n in group])
            self.menu.addSeparator()
        # every lane and milestone by name: their commands without a pointer (keyboard, screen
        # readers), filled when opened
        self.lanes_menu = self.menu.addMenu("")
        self.lanes_menu.aboutToShow.connect(self._fill_lanes_menu)
        self.milestones_menu = self.menu.addMenu("")
        self.milestones_menu.aboutToShow.connect(self._fill_milestones_menu)
        window.installEventFilter(self)
        self.retranslate()
        session_changed = getattr(window, "session_changed", None)
        if session_changed is not None:
            session_changed.connect(lambda _s: self.follow_window())
        self.follow_window()

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for name, action in self.actions.items():
            action.setText(_tr(ACTIONS[name]))
            action.setToolTip(_tr(TIPS[name]))
            action.setStatusTip(_tr(TIPS[name]))
        self.menu.setTitle(translate("Timeline", "&Timeline"))
        self.lanes_menu.setTitle(translate("Timeline", "Lanes"))
        self.milestones_menu.setTitle(translate("Timeline", "Milestones"))
        self.filter_dock.setWindowTitle(translate("Timeline", "Filter"))
        self.find_toolbar.setWindowTitle(translate("Timeline", "Find"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- the board ---------------------------------------------------------------------------
    def follow_window(self) -> None:
        scene = getattr(self.window, "scene", None)
        view = getattr(self.window, "view", None)
        self.attach(scene, view)

    def attach(self, scene: BoardScene | None, view) -> None:
        if self.tools is not None and self.tools.scene is scene:
            return
        if self.tools is not None:
            self.tools.detach()
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None
        self.tools = TimelineTools(scene) if scene is not None else None
        if self.tools is not None:
            if view is not None:
                self.tools.attach_view(view)
            self._subscription = scene.session.subscribe(lambda _c: self._sync_checks())
        self.find_bar.set_tools(self.tools)
        self.filter_panel.set_tools(self.tools)
        self._sync_checks()

    def _sync_checks(self) -> None:
        info = self.tools.scene.board.info if self.tools is not None else None
        for name in ("show_chapters", "show_tense_hints"):
            action = self.actions[name]
            action.setEnabled(info is not None)
            action.setChecked(bool(info and getattr(info, name)))

    def _filter_shown(self, shown: bool) -> None:
        if not shown:
            self.filter_panel.clear()  # a hidden filter must not keep the wall dimmed

    def _fill_lanes_menu(self) -> None:
        menu = self.lanes_menu
        _clear(menu)
        if self.tools is None:
            return
        board = self.tools.scene.board
        for lane in lane_order(board.lanes.values()):
            sub = self.tools.lanes.lane_menu(lane.id, self.tools.primary_view)
            sub.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            sub.setParent(menu, sub.windowFlags())
            sub.setTitle(lane.label or translate("Timeline", "(unnamed lane)"))
            menu.addMenu(sub)

    def _fill_milestones_menu(self) -> None:
        menu = self.milestones_menu
        _clear(menu)
        if self.tools is None:
            return
        board = self.tools.scene.board
        for m in milestone_order(board.milestones.values()):
            sub = self.tools.milestones.milestone_menu(m.id, self.tools.primary_view)
            sub.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            sub.setParent(menu, sub.windowFlags())
            sub.setTitle(m.label or translate("Timeline", "(unnamed milestone)"))
            menu.addMenu(sub)

    # -- commands ----------------------------------------------------------------------------
    def _arm(self, mode: str) -> None:
        if self.tools is not None:
            self.tools.placement.start(mode)

    def toggle_pivotal(self) -> None:
        if self.tools is not None:
            self.tools.scene.document.toggle_pivotal_of_selection()

    def _selected_or_all(self) -> list[str] | None:
        ids = self.tools.scene.selected_sticky_ids() if self.tools is not None else []
        return ids or None

    def arrange(self) -> None:
        """Arrange the selected stickies, or every domain event, along the timeline."""
        if self.tools is None:
            return
        scene = self.tools.scene
        ids = self._selected_or_all()
        self.tools.run(lambda: arrange.arrange_timeline(scene.board, ids, grid=scene.grid_size,
                                                        now=scene.now()))

    def tidy(self) -> None:
        if self.tools is None:
            return
        scene = self.tools.scene
        ids = self._selected_or_all()
        self.tools.run(lambda: arrange.tidy(scene.board, ids, gap=scene.grid_size / 2,
                                            now=scene.now()))

    def set_flag(self, name: str, on: bool) -> None:
        if self.tools is None:
            return
        board = self.tools.scene.board
        label = {
            ("show_chapters", True): "Show chapters",
            ("show_chapters", False): "Hide chapters",
            ("show_tense_hints", True): "Show past-tense hints",
            ("show_tense_hints", False): "Hide past-tense hints",
        }[(name, bool(on))]
        self.tools.run(
            lambda: commands.update_record(board, "info", "board", label, **{name: bool(on)}))
        self._sync_checks()

    def show_duplicates(self) -> DuplicatesDialog | None:
        if self.tools is None:
            return None
        dialog = DuplicatesDialog(self.tools, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_find(self) -> None:
        self.find_toolbar.show()
        self.find_bar.open_bar()


def _clear(menu: QMenu) -> None:
    """Empty a menu filled on opening, deleting the submenus it made last time."""
    for action in menu.actions():
        sub = action.menu()
        if sub is not None:
            sub.deleteLater()
    menu.clear()


def install_timeline(window: QMainWindow, menu_before: QAction | None = None) -> TimelineUi:
    """Add the Timeline menu, its shortcuts, the find bar and the filter dock to a window."""
    ui = TimelineUi(window)
    bar = window.menuBar()
    if menu_before is not None:
        bar.insertMenu(menu_before, ui.menu)
    else:
        bar.addMenu(ui.menu)
    return ui


__all__ = ["ACTIONS", "TimelineUi", "install_timeline"]
