"""The one table of keyboard shortcuts: every shortcut in Stormboard is a QAction made from it.

A new shortcut goes here (an entry) plus one ``triggered`` connection where the command lives;
nothing else may read keys for commands. The Help ▸ Keyboard Shortcuts sheet lists the table
through the live actions, and a test presses every entry in the real window.

Scopes:
- ``WINDOW``: active anywhere in the main window (new, open, undo, zoom, find...).
- ``WALL``: active only while the wall (the board view) has the focus, so it never takes keys
  from a panel's line edit or list; created by :class:`~stormboard.ui.canvas.view.BoardView`
  (or shared with it by the main window), with the ``WidgetShortcut`` context: a line edit
  laid over the wall (a lane name) is a child of the view and must keep its keys.
  While a sticky's text is being edited the view lets plain keys through to the editor.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..domain import notation

SK = QKeySequence.StandardKey
WINDOW = "window"
WALL = "wall"
CONTEXT = "Shortcuts"  # translation context of labels and groups

G_FILE = QT_TRANSLATE_NOOP("Shortcuts", "File")
G_EDIT = QT_TRANSLATE_NOOP("Shortcuts", "Edit")
G_VIEW = QT_TRANSLATE_NOOP("Shortcuts", "View")
G_WALL = QT_TRANSLATE_NOOP("Shortcuts", "Wall")
G_STICKY = QT_TRANSLATE_NOOP("Shortcuts", "New sticky")
G_TIMELINE = QT_TRANSLATE_NOOP("Shortcuts", "Timeline")
G_HELP = QT_TRANSLATE_NOOP("Shortcuts", "Help")


@dataclass(frozen=True)
class Shortcut:
    id: str  # the action's object name is "action_" + id
    keys: tuple[SK | str, ...]  # standard keys expand to the platform's bindings
    label: str  # untranslated; shown through QCoreApplication.translate(CONTEXT, ...)
    group: str
    scope: str = WINDOW


def _s(id_: str, keys: tuple, label: str, group: str, scope: str = WINDOW) -> Shortcut:
    return Shortcut(id_, keys, label, group, scope)


#: the table; order is the order of the Help sheet
SHORTCUTS: tuple[Shortcut, ...] = (
    _s("new", (SK.New,), QT_TRANSLATE_NOOP("Shortcuts", "New board"), G_FILE),
    _s("open", (SK.Open,), QT_TRANSLATE_NOOP("Shortcuts", "Open a board"), G_FILE),
    _s("save_as", (SK.SaveAs, "Ctrl+Shift+S"),
       QT_TRANSLATE_NOOP("Shortcuts", "Save the board as"), G_FILE),
    _s("export", ("Ctrl+E",), QT_TRANSLATE_NOOP("Shortcuts", "Export"), G_FILE),
    _s("print", (SK.Print,), QT_TRANSLATE_NOOP("Shortcuts", "Print"), G_FILE),
    _s("quit", (SK.Quit, "Ctrl+Q"), QT_TRANSLATE_NOOP("Shortcuts", "Quit"), G_FILE),
    _s("undo", (SK.Undo,), QT_TRANSLATE_NOOP("Shortcuts", "Undo"), G_EDIT),
    _s("redo", (SK.Redo, "Ctrl+Y", "Ctrl+Shift+Z"),
       QT_TRANSLATE_NOOP("Shortcuts", "Redo"), G_EDIT),
    _s("cut", (SK.Cut,), QT_TRANSLATE_NOOP("Shortcuts", "Cut"), G_EDIT, WALL),
    _s("copy", (SK.Copy,), QT_TRANSLATE_NOOP("Shortcuts", "Copy"), G_EDIT, WALL),
    _s("paste", (SK.Paste,), QT_TRANSLATE_NOOP("Shortcuts", "Paste"), G_EDIT, WALL),
    _s("duplicate", ("Ctrl+D",), QT_TRANSLATE_NOOP("Shortcuts", "Duplicate"), G_EDIT, WALL),
    _s("delete", (SK.Delete, "Backspace"),
       QT_TRANSLATE_NOOP("Shortcuts", "Delete"), G_EDIT, WALL),
    _s("select_all", (SK.SelectAll,), QT_TRANSLATE_NOOP("Shortcuts", "Select all"), G_EDIT, WALL),
    _s("edit_text", ("Return", "Enter", "F2"),
       QT_TRANSLATE_NOOP("Shortcuts", "Edit the selected sticky's text"), G_EDIT, WALL),
    _s("zoom_in", (SK.ZoomIn, "Ctrl++", "Ctrl+="),
       QT_TRANSLATE_NOOP("Shortcuts", "Zoom in"), G_VIEW),
    _s("zoom_out", (SK.ZoomOut, "Ctrl+-"), QT_TRANSLATE_NOOP("Shortcuts", "Zoom out"), G_VIEW),
    _s("zoom_actual", ("Ctrl+0",), QT_TRANSLATE_NOOP("Shortcuts", "Actual size (100 %)"), G_VIEW),
    _s("zoom_fit", ("Ctrl+1", "Shift+1"),
       QT_TRANSLATE_NOOP("Shortcuts", "Zoom to fit the board"), G_VIEW),
    _s("zoom_selection", ("Ctrl+2", "Ctrl+Shift+0"),
       QT_TRANSLATE_NOOP("Shortcuts", "Zoom to the selection"), G_VIEW),
    # not SK.FullScreen: on KDE it adds Ctrl+Shift+F, which is Filter
    _s("full_screen", ("F11",),
       QT_TRANSLATE_NOOP("Shortcuts", "Full screen presentation"), G_VIEW),
    _s("grid", ("Ctrl+'",), QT_TRANSLATE_NOOP("Shortcuts", "Show the grid"), G_VIEW),
    _s("nudge_left", ("Left",),
       QT_TRANSLATE_NOOP("Shortcuts", "Move the selection left (or pan)"), G_WALL, WALL),
    _s("nudge_right", ("Right",),
       QT_TRANSLATE_NOOP("Shortcuts", "Move the selection right (or pan)"), G_WALL, WALL),
    _s("nudge_up", ("Up",),
       QT_TRANSLATE_NOOP("Shortcuts", "Move the selection up (or pan)"), G_WALL, WALL),
    _s("nudge_down", ("Down",),
       QT_TRANSLATE_NOOP("Shortcuts", "Move the selection down (or pan)"), G_WALL, WALL),
    _s("select_left", ("Alt+Left",),
       QT_TRANSLATE_NOOP("Shortcuts", "Select the nearest sticky to the left"), G_WALL, WALL),
    _s("select_right", ("Alt+Right",),
       QT_TRANSLATE_NOOP("Shortcuts", "Select the nearest sticky to the right"), G_WALL, WALL),
    _s("select_up", ("Alt+Up",),
       QT_TRANSLATE_NOOP("Shortcuts", "Select the nearest sticky above"), G_WALL, WALL),
    _s("select_down", ("Alt+Down",),
       QT_TRANSLATE_NOOP("Shortcuts", "Select the nearest sticky below"), G_WALL, WALL),
    *(
        _s(f"kind_{k.id}", (k.shortcut,), k.name, G_STICKY, WALL)
        for k in notation.KINDS
        if k.shortcut
    ),
    _s("timeline_add_lane", ("Ctrl+Shift+L",),
       QT_TRANSLATE_NOOP("Shortcuts", "Add a lane"), G_TIMELINE),
    _s("timeline_add_milestone", ("Ctrl+Shift+M",),
       QT_TRANSLATE_NOOP("Shortcuts", "Add a milestone"), G_TIMELINE),
    _s("timeline_pivotal", ("Ctrl+Shift+P",),
       QT_TRANSLATE_NOOP("Shortcuts", "Mark or unmark a pivotal event"), G_TIMELINE),
    _s("timeline_arrange", ("Ctrl+Shift+A",),
       QT_TRANSLATE_NOOP("Shortcuts", "Arrange the timeline"), G_TIMELINE),
    _s("timeline_tidy", ("Ctrl+Shift+T",),
       QT_TRANSLATE_NOOP("Shortcuts", "Tidy overlapping stickies"), G_TIMELINE),
    _s("timeline_duplicates", ("Ctrl+Shift+D",),
       QT_TRANSLATE_NOOP("Shortcuts", "Find duplicates"), G_TIMELINE),
    _s("timeline_find", (SK.Find, "Ctrl+F"), QT_TRANSLATE_NOOP("Shortcuts", "Find"), G_TIMELINE),
    _s("timeline_filter", ("Ctrl+Shift+F",),
       QT_TRANSLATE_NOOP("Shortcuts", "Filter"), G_TIMELINE),
    _s("help_shortcuts", ("Ctrl+/",),
       QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"), G_HELP),
)
BY_ID: dict[str, Shortcut] = {s.id: s for s in SHORTCUTS}
WALL_IDS: tuple[str, ...] = tuple(s.id for s in SHORTCUTS if s.scope == WALL)


def key_sequences(id_: str) -> list[QKeySequence]:
    """The entry's keys: standard keys as the platform binds them, then the explicit ones,
    without repeats (a standard key may already bind the explicit fallback)."""
    out: list[QKeySequence] = []
    for key in BY_ID[id_].keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, SK) else [QKeySequence(key)]
        for seq in found:
            if not seq.isEmpty() and seq not in out:
                out.append(seq)
    return out


def apply(action: QAction, id_: str) -> QAction:
    """Give ``action`` the entry's object name, keys and shortcut context."""
    entry = BY_ID[id_]
    action.setObjectName(f"action_{id_}")
    action.setShortcuts(key_sequences(id_))
    action.setShortcutContext(
        Qt.ShortcutContext.WidgetShortcut
        if entry.scope == WALL
        else Qt.ShortcutContext.WindowShortcut
    )
    return action


def label(entry: Shortcut) -> str:
    if entry.group == G_STICKY:  # kind names are translated where the notation is
        return QCoreApplication.translate("Kinds", entry.label)
    return QCoreApplication.translate(CONTEXT, entry.label)


def group(entry: Shortcut) -> str:
    return QCoreApplication.translate(CONTEXT, entry.group)
