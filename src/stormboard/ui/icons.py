"""Icons for every toolbar, menu and palette action, from one maintained icon set (ADR 0192).

The icons are Material Design Icons 6 glyphs shipped inside the ``qtawesome`` package (its
font files travel with it, nothing is fetched). Each is drawn in the palette's text colour, so
light, dark and high-contrast themes all get readable icons; the window re-applies them when the
palette changes. Without qtawesome the actions keep their texts (an empty icon).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QWidget

from .event_watch import EventWatch

#: set once the window's icons were applied; before that the palette paints words only, so
#: nothing in the first frame imports the icon set (~0.3 s; issue 12, ADR 0203)
_applied = False

#: action name (its objectName without "action_") -> icon
ACTION_ICONS: dict[str, str] = {
    "new": "mdi6.file-plus-outline",
    "open": "mdi6.folder-open-outline",
    "save_as": "mdi6.content-save-move-outline",
    "export": "mdi6.export",
    "import": "mdi6.import",
    "quit": "mdi6.exit-to-app",
    "take_slice": "mdi6.camera-timer",
    "time_slices": "mdi6.history",
    "replay": "mdi6.play-circle-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "cut": "mdi6.content-cut",
    "copy": "mdi6.content-copy",
    "paste": "mdi6.content-paste",
    "duplicate": "mdi6.content-duplicate",
    "delete": "mdi6.delete-outline",
    "select_all": "mdi6.select-all",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "zoom_actual": "mdi6.magnify",
    "zoom_fit": "mdi6.fit-to-screen-outline",
    "zoom_selection": "mdi6.magnify-scan",
    "grid": "mdi6.grid",
    "full_screen": "mdi6.projector-screen-outline",
    "show_palette": "mdi6.palette-swatch-outline",
    "show_legend": "mdi6.format-list-bulleted-type",
    "show_minimap": "mdi6.map-outline",
    "help_shortcuts": "mdi6.keyboard-outline",
    "help_guide": "mdi6.help-circle-outline",
    "help_about": "mdi6.information-outline",
    "timeline_add_lane": "mdi6.view-sequential",
    "timeline_add_milestone": "mdi6.flag-outline",
    "timeline_pivotal": "mdi6.star-four-points-outline",
    "timeline_arrange": "mdi6.sort-clock-ascending-outline",
    "timeline_tidy": "mdi6.arrange-send-backward",
    "timeline_duplicates": "mdi6.content-duplicate",
    "timeline_show_chapters": "mdi6.book-open-page-variant-outline",
    "timeline_show_tense_hints": "mdi6.clock-alert-outline",
    "timeline_find": "mdi6.magnify",
    "timeline_filter": "mdi6.filter-outline",
}

#: sticky kind -> icon on its palette tile
KIND_ICONS: dict[str, str] = {
    "domain_event": "mdi6.lightning-bolt",
    "hotspot": "mdi6.alert-rhombus",
    "person": "mdi6.account",
    "external_system": "mdi6.server",
    "opportunity": "mdi6.lightbulb-on-outline",
    "value_positive": "mdi6.plus-circle-outline",
    "value_negative": "mdi6.minus-circle-outline",
    "command": "mdi6.gesture-tap-button",
    "policy": "mdi6.source-branch",
    "read_model": "mdi6.table-eye",
    "aggregate": "mdi6.cube-outline",
    "user_interface": "mdi6.monitor-dashboard",
    "note": "mdi6.note-text-outline",
    "chapter": "mdi6.bookmark-outline",
}

#: what the About box says about the icons' origin and licence
ICON_SET = "Material Design Icons 6 (Pictogrammers), via QtAwesome"
ICON_LICENCE = "Apache License 2.0 (icons); MIT (QtAwesome)"


@lru_cache(maxsize=512)
def _icon(name: str, color: str) -> QIcon:
    try:
        import qtawesome
    except ImportError:  # a build without the icon package: texts only
        return QIcon()
    try:
        return qtawesome.icon(name, color=color)
    except Exception:  # an unknown glyph name must never stop the window from opening
        return QIcon()


def text_color(widget: QWidget | None = None) -> str:
    # QWidget.palette(): a window may name its own attribute "palette" (the kind palette)
    palette = QWidget.palette(widget) if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.WindowText).name()


def icon(name: str, color: str | QColor | None = None) -> QIcon:
    """The named icon in ``color`` (default: the application's text colour)."""
    if isinstance(color, QColor):
        color = color.name()
    return _icon(name, color or text_color())


def kind_icon(kind_id: str, color: str | QColor) -> QIcon:
    if not _applied:
        return QIcon()
    name = KIND_ICONS.get(kind_id)
    return icon(name, color) if name else QIcon()


def _iconed_actions(root: QWidget) -> list[tuple[QAction, str]]:
    return [(action, ACTION_ICONS[name]) for action in root.findChildren(QAction)
            if (name := action.objectName().removeprefix("action_")) in ACTION_ICONS]


def apply_action_icons(root: QWidget) -> int:
    """Give every action under ``root`` that has an entry its icon, in the current theme's
    text colour; returns how many were set."""
    global _applied
    _applied = True
    color = text_color(root)
    count = 0
    for action, name in _iconed_actions(root):
        action.setIcon(icon(name, color))
        count += 1
    return count


#: icons set per event-loop turn after the first frame: a key pressed meanwhile waits for one
#: slice, not for the whole set (ADR 0235)
ICONS_PER_TURN = 8


class _IconsInTurns(QObject):
    """Applies the action icons a few per event-loop turn (the icon set loads in the first),
    so input typed right after the first frame is handled between the slices."""

    def __init__(self, root: QWidget, then: Callable[[], None] | None) -> None:
        super().__init__(root)
        self.root, self.then = root, then
        self.todo: list[tuple[QAction, str]] | None = None
        self.turns = 0
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.step)

    def step(self) -> None:
        global _applied
        self.turns += 1
        if self.todo is None:
            self.todo = _iconed_actions(self.root)
            self.todo.reverse()
            _applied = True  # from now on the palette asks for its kind icons
        color = text_color(self.root)
        for _ in range(min(ICONS_PER_TURN, len(self.todo))):
            action, name = self.todo.pop()
            with suppress(RuntimeError):  # the action went with its window meanwhile
                action.setIcon(icon(name, color))
        if self.todo:
            self.timer.start()
            return
        self.timer.stop()
        self.deleteLater()
        if self.then is not None:
            self.then()


def apply_icons_after_first_paint(root: QWidget, then: Callable[[], None] | None = None) -> None:
    """Apply the action icons once ``root`` has painted its first frame (start-up does not wait
    for the icon set to load), a few per event-loop turn, then call ``then`` (e.g. repaint
    the palette's tiles)."""
    # in the event loop turn after the window first painted
    EventWatch(root, QEvent.Type.Paint, _IconsInTurns(root, then).step, once=True, later=True)
