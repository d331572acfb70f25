"""File ▸ Export… (Ctrl+E) in the main window, installed by one call so the window stays small.

The window only needs what it already has: ``session`` and ``scene`` (None with no board),
``file_menu`` with ``actions_by_name["save_as"]``, ``actions_by_name`` and ``session_changed``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from ...storage import StormFileError
from .. import shortcuts
from ..bidi import isolate

if TYPE_CHECKING:  # the dialog pulls in the poster and reportlab: loaded on first use (ADR 0201)
    from .export_dialog import ExportDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportAction", text)


class _Retranslator(QObject):
    """Re-reads the action's texts when the application's language changes."""

    def __init__(self, window: QMainWindow, action: QAction) -> None:
        super().__init__(window)
        self.action = action
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.action.setText(_tr(QT_TRANSLATE_NOOP("ExportAction", "&Export…")))
        self.action.setStatusTip(_tr(QT_TRANSLATE_NOOP(
            "ExportAction", "Write the board as a PDF poster, an image, JSON or a report")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def add_file_action(window: QMainWindow, name: str, action: QAction, after: str) -> None:
    """Add ``action`` to the window (its shortcut works with the menu bar hidden, as when
    presenting), as ``actions_by_name[name]``, and to the File menu after the action named
    ``after`` (last when that one is missing)."""
    window.addAction(action)
    names = getattr(window, "actions_by_name", None)
    if isinstance(names, dict):
        names[name] = action
    menu = getattr(window, "file_menu", None)
    if menu is not None:
        actions = menu.actions()
        before = names.get(after) if isinstance(names, dict) else None
        i = actions.index(before) + 1 if before in actions else len(actions)
        if i < len(actions):
            menu.insertAction(actions[i], action)
        else:
            menu.addAction(action)


def install_export_action(window: QMainWindow) -> QAction:
    """Add Export… after Save As in the File menu; enabled while a board is open."""
    action = QAction(window)
    action.setObjectName("action_export")
    shortcuts.apply(action, "export")  # Ctrl+E, from the one table
    action.triggered.connect(lambda _checked=False: open_export_dialog(window))
    add_file_action(window, "export", action, after="save_as")
    _Retranslator(window, action).retranslate()
    action.setEnabled(getattr(window, "session", None) is not None)
    changed = getattr(window, "session_changed", None)
    if changed is not None:
        changed.connect(lambda session: action.setEnabled(session is not None))
    return action


def open_export_dialog(window: QMainWindow) -> ExportDialog | None:
    """Show the Export dialog for the window's board and its current selection (modal)."""
    dialog = make_export_dialog(window)
    if dialog is not None:
        dialog.exec()
        dialog.deleteLater()
    return dialog


def make_export_dialog(window: QMainWindow) -> ExportDialog | None:
    session = getattr(window, "session", None)
    if session is None:
        return None
    scene = getattr(window, "scene", None)
    selection = scene.selected_sticky_ids() if scene is not None else []
    store_path = getattr(getattr(session, "store", None), "path", None)
    suggested = Path(store_path).with_suffix("") if store_path else None
    from .export_dialog import ExportDialog

    prefs = getattr(window, "prefs", None)  # the last export's paper and folder live there
    dialog = ExportDialog(session.board, selection, window, suggested=suggested,
                          settings=getattr(prefs, "settings", None))
    log = getattr(getattr(session, "store", None), "log", None)
    if log is not None:
        def slices() -> list:  # type: ignore[type-arg]
            try:
                return [(s.name, s.taken_at, log.board_at_seq(s.seq)) for s in log.slices()]
            except StormFileError:
                return []  # a damaged log: the board still exports

        dialog.json_slices = slices
    status = window.statusBar()
    dialog.exported.connect(
        lambda path: status.showMessage(
            _tr(QT_TRANSLATE_NOOP("ExportAction", "Exported %1")).replace("%1", isolate(path)),
            8000))
    return dialog
