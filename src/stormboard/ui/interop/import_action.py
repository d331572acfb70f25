"""File ▸ Import… and drops of other tools' files on the wall, installed by one call.

Either way: the file is read and checked (nothing changes on a refusal), the preview shows what
will be added, and Add executes ONE edit through the window's session: one undo step, placed
right of the wall (File ▸ Import…) or where the file was dropped. The window needs ``session``,
``view``, ``file_menu``, ``actions_by_name`` and ``session_changed``, as install_export_action.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow

from ...domain.errors import DomainError
from ..bidi import isolate
from ..error_text import sentence
from ..plain_text import error_box

# the readers of other tools' files (export.interop, with the import builder) and the preview
# dialog load on the first import or drop, not before the first frame (ADR 0239)

CONTEXT = "ImportAction"
# the undo step's label (app/importing.py), translated by the window's edit_label
_UNDO_LABELS = (QT_TRANSLATE_NOOP("EditLabels", "Import"),)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def importable(paths: list[Path]) -> list[Path]:
    from ...export.interop import import_suffix

    return [p for p in paths if import_suffix(p) is not None]


class ImportUi(QObject):
    """The Import… action, the drop filter on the wall, and the import itself."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("action_import")
        self.action.triggered.connect(lambda _checked=False: self.ask_and_import())
        # tests replace this to answer the preview (True: Add)
        self.confirm = self._confirm
        self._viewport = None
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(_tr(QT_TRANSLATE_NOOP("ImportAction", "&Import…")))
        self.action.setStatusTip(_tr(QT_TRANSLATE_NOOP(
            "ImportAction", "Add stickies from an Excalidraw, draw.io, CSV, text or JSON file")))

    # -- importing ------------------------------------------------------------------------
    def ask_and_import(self) -> bool:
        from ...export.interop import IMPORT_SUFFIXES

        names = " ".join(f"*{s}" for s in (*IMPORT_SUFFIXES, ".drawio.xml"))
        path, _ = QFileDialog.getOpenFileName(
            self.window, _tr(QT_TRANSLATE_NOOP("ImportAction", "Import into this board")), "",
            _tr(QT_TRANSLATE_NOOP("ImportAction", "Boards from other tools (%1)"))
            .replace("%1", names))
        return bool(path) and self.import_file(Path(path))

    def import_file(self, path: Path, at: tuple[float, float] | None = None) -> bool:
        """Read, preview, add as one undo step. False when refused or cancelled."""
        session = getattr(self.window, "session", None)
        if session is None or session.read_only:
            return False
        # the JSON checker loads jsonschema (~0.1 s), the import builder the app's commands:
        # loaded on the first import, not at start (ADRs 0201, 0235)
        from ...app.importing import build_import
        from ...export.interop import InteropError, read_import
        from ...export.json_validate import JsonFormatError

        try:
            imported = read_import(path)
            result = build_import(session.board, imported, at=at, now=time.time())
        except (InteropError, JsonFormatError, DomainError) as error:
            self._refused(sentence(error))
            return False
        if not self.confirm(path.name, result):
            return False
        try:
            session.execute(result.edit)
        except DomainError as error:
            self._refused(sentence(error))
            return False
        scene = getattr(self.window, "scene", None)
        if scene is not None:
            scene.select_ids(result.sticky_ids)
        status = self.window.statusBar()
        status.showMessage(_tr(QT_TRANSLATE_NOOP("ImportAction", "Imported %1 stickies from %2"))
                           .replace("%1", str(len(result.sticky_ids)))
                           .replace("%2", isolate(path.name)), 8000)
        return True

    def _confirm(self, name: str, result) -> bool:  # type: ignore[no-untyped-def]
        from .preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(name, result, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted

    def _refused(self, sentence: str) -> None:
        title = _tr(QT_TRANSLATE_NOOP("ImportAction", "Cannot Import"))
        box = error_box(self.window, title, sentence)
        box.exec()
        box.deleteLater()

    # -- dropping on the wall -----------------------------------------------------------------
    def follow(self, _session: object = None) -> None:
        """Watch the current wall's viewport (a new one comes with every board)."""
        view = getattr(self.window, "view", None)
        viewport = view.viewport() if view is not None else None
        if viewport is not None and viewport is not self._viewport:
            viewport.installEventFilter(self)  # after the window's: asked first
            self._viewport = viewport
        session = getattr(self.window, "session", None)
        self.action.setEnabled(session is not None and not session.read_only)

    def _dropped_files(self, event: QEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return importable([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and watched is self.window:
            self.retranslate()
        elif watched is self._viewport and kind in (
                QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            files = self._dropped_files(event)
            session = getattr(self.window, "session", None)
            if files and session is not None and not session.read_only:
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self._drop(event, files[0])  # type: ignore[arg-type]
                return True
        return False

    def _drop(self, event: QDropEvent, path: Path) -> None:
        view = self.window.view
        point = view.mapToScene(event.position().toPoint())
        at = (point.x(), point.y())
        # after the drop returns: a modal box inside a drop handler blocks the drag source
        QTimer.singleShot(0, lambda: self.import_file(path, at))


def install_import(window: QMainWindow) -> ImportUi:
    """Add Import… after Export… (or Save As) in the File menu and take drops on the wall."""
    ui = ImportUi(window)
    window.addAction(ui.action)
    names = getattr(window, "actions_by_name", None)
    if isinstance(names, dict):
        names["import"] = ui.action
    menu = getattr(window, "file_menu", None)
    if menu is not None:
        actions = menu.actions()
        anchor = None
        if isinstance(names, dict):
            anchor = names.get("export") or names.get("save_as")
        after = actions.index(anchor) + 1 if anchor in actions else len(actions)
        if after < len(actions):
            menu.insertAction(actions[after], ui.action)
        else:
            menu.addAction(ui.action)
    changed = getattr(window, "session_changed", None)
    if changed is not None:
        changed.connect(ui.follow)
    ui.follow()
    return ui
