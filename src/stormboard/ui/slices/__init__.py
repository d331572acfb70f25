"""Time slices in the main window (ADR 0151): File ▸ Take Time Slice…, File ▸ Time Slices…
(list, open read-only, rename, delete), and a slice after each phase end with the wizard on.

Installed by one call; the window needs ``session``, ``file_menu``, ``actions_by_name``,
``session_changed``, ``status`` and ``show_error``, as the other installers.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow

from ...app.session import BoardSession
from ...app.slices import (
    NoSlicesError,
    PhaseEndSlicer,
    SliceBook,
    SliceRecord,
    slice_book,
    take_slice,
)
from ...domain.board import Board
from ...storage import StormFileError
from ..bidi import isolate
from ..error_text import sentence

CONTEXT = "TimeSlices"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def local_time(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M")


class SlicesUi(QObject):
    """The two actions, the automatic phase-end slices, and the read-only slice windows."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.take_action = QAction(window)
        self.take_action.setObjectName("action_take_slice")
        self.take_action.triggered.connect(lambda _checked=False: self.ask_and_take())
        self.manage_action = QAction(window)
        self.manage_action.setObjectName("action_time_slices")
        self.manage_action.triggered.connect(lambda _checked=False: self.show_dialog())
        self.replay_action = QAction(window)
        self.replay_action.setObjectName("action_replay")
        self.replay_action.triggered.connect(lambda _checked=False: self.open_replay())
        # tests replace this: (suggested name) -> the name, or None for Cancel
        self.ask_name = self._ask_name
        # read-only windows showing slices, kept alive while open
        self.slice_windows: list[QMainWindow] = []
        self._slicer: PhaseEndSlicer | None = None
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.take_action.setText(_tr(QT_TRANSLATE_NOOP("TimeSlices", "Take Time &Slice…")))
        self.take_action.setStatusTip(_tr(QT_TRANSLATE_NOOP(
            "TimeSlices", "Name the board as it stands now, to open or compare it later")))
        self.manage_action.setText(_tr(QT_TRANSLATE_NOOP("TimeSlices", "Time S&lices…")))
        self.manage_action.setStatusTip(_tr(QT_TRANSLATE_NOOP(
            "TimeSlices", "List, open, rename and delete the board's time slices")))
        self.replay_action.setText(_tr(QT_TRANSLATE_NOOP("TimeSlices", "&Replay the Wall…")))
        self.replay_action.setStatusTip(_tr(QT_TRANSLATE_NOOP(
            "TimeSlices", "Watch the wall grow: a timeline slider over every change")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- following the window's board -----------------------------------------------------
    def follow(self, session: BoardSession | None = None) -> None:
        if self._slicer is not None:
            self._slicer.close()
            self._slicer = None
        session = getattr(self.window, "session", None)
        has_log = session is not None and getattr(session.store, "log", None) is not None
        self.take_action.setEnabled(has_log and not session.read_only)  # type: ignore[union-attr]
        self.manage_action.setEnabled(has_log)
        self.replay_action.setEnabled(has_log)
        if has_log and not session.read_only:  # type: ignore[union-attr]
            self._slicer = PhaseEndSlicer(
                session,  # type: ignore[arg-type]
                name_for=lambda title: _tr(QT_TRANSLATE_NOOP("TimeSlices", "after %1")).replace(
                    "%1", title),
                on_taken=self._announce,
            )

    def _announce(self, record: SliceRecord) -> None:
        status = getattr(self.window, "status", None)
        if status is not None:
            status.showMessage(
                _tr(QT_TRANSLATE_NOOP("TimeSlices", "Time slice “%1” taken")).replace(
                    "%1", isolate(record.name)), 8000)

    # -- taking ---------------------------------------------------------------------------
    def _ask_name(self, suggested: str) -> str | None:
        name, ok = QInputDialog.getText(
            self.window, _tr(QT_TRANSLATE_NOOP("TimeSlices", "Take Time Slice")),
            _tr(QT_TRANSLATE_NOOP("TimeSlices", "Name of the slice:")), QLineEdit.EchoMode.Normal,
            suggested)
        return name if ok else None

    def ask_and_take(self) -> SliceRecord | None:
        session = getattr(self.window, "session", None)
        if session is None:
            return None
        suggested = _tr(QT_TRANSLATE_NOOP("TimeSlices", "Slice of %1")).replace(
            "%1", dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
        name = self.ask_name(suggested)
        if not name:
            return None
        try:
            record = take_slice(session, name)
        except (NoSlicesError, StormFileError) as error:
            self._error(sentence(error))
            return None
        self._announce(record)
        return record

    def _error(self, sentence: str) -> None:
        show = getattr(self.window, "show_error", None)
        if show is not None:
            show(_tr(QT_TRANSLATE_NOOP("TimeSlices", "Time Slices")), sentence)

    # -- the list -------------------------------------------------------------------------
    def show_dialog(self) -> None:
        dialog = self.make_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def make_dialog(self):
        from .dialog import SlicesDialog

        session = getattr(self.window, "session", None)
        if session is None:
            return None
        try:
            book = slice_book(session)
        except NoSlicesError as error:
            self._error(sentence(error))
            return None
        return SlicesDialog(self, book, self.window)

    def compare(
        self, book: SliceBook, source: str, target: str | None = None
    ) -> QMainWindow | None:
        """A read-only window on ``target`` (a slice, or the board now) with the marks of what
        changed since the slice ``source``, and the summary beside it."""
        from ...domain.diff import compare
        from .compare import show_compare

        session = getattr(self.window, "session", None)
        try:
            before = book.board_of_slice(source)
            after = session.board.copy() if target is None else book.board_of_slice(target)
        except StormFileError as error:
            self._error(sentence(error))
            return None
        now = _tr(QT_TRANSLATE_NOOP("TimeSlices", "now"))
        target_label = now if target is None else f"“{isolate(target)}”"
        reason = _tr(QT_TRANSLATE_NOOP(
            "TimeSlices", "What changed from the time slice %1 to %2, shown read-only.")).replace(
            "%1", f"“{isolate(source)}”").replace("%2", target_label)
        view = self.open_read_only(target or now, after, reason)
        view.compare_marks = show_compare(  # type: ignore[attr-defined]
            view, compare(before, after), f"“{isolate(source)}”", target_label)
        return view

    def open_read_only(self, name: str, board: Board, reason: str = "") -> QMainWindow:
        """A second window on the slice: the same wall, nothing can change it."""
        from ..window.main_window import MainWindow

        session = getattr(self.window, "session", None)
        path = session.path if session is not None else None
        reason = reason or _tr(QT_TRANSLATE_NOOP(
            "TimeSlices", "This is the time slice “%1” of %2, shown read-only.")).replace(
            "%1", isolate(name)).replace("%2", isolate(path.name if path else ""))
        prefs = getattr(self.window, "prefs", None)
        view = MainWindow(BoardSession(board, None, read_only_reason=reason),
                          preferences=_ViewOnlyPrefs(prefs) if prefs is not None else None)
        view.setWindowTitle(f"{name} — {board.info.title}")
        self.slice_windows.append(view)
        view.destroyed.connect(lambda _obj=None, v=view: self._forget(v))
        view.show()
        return view

    def open_replay(self) -> QMainWindow | None:
        """A read-only window on the wall with the replay bar docked under it."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget

        from .replay import ReplayBar, replay_session

        session = getattr(self.window, "session", None)
        if session is None:
            return None
        try:
            book = slice_book(session)
            moments = book.moments()
        except (NoSlicesError, StormFileError) as error:
            self._error(sentence(error))
            return None
        if not moments:
            return None
        title = _tr(QT_TRANSLATE_NOOP("TimeSlices", "Replay"))
        view = self.open_read_only(
            title, session.board.copy(), replay_session(session.board.copy(), "").read_only_reason
        )

        def show(board: Board, when: str) -> None:
            view.set_session(replay_session(board, when))  # type: ignore[attr-defined]

        bar = ReplayBar(book, show, view)
        dock = QDockWidget(title, view)
        dock.setObjectName("replayDock")
        dock.setWidget(bar)
        view.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        view.replay_bar = bar  # type: ignore[attr-defined]
        bar.refresh()
        return view

    def _forget(self, view: QMainWindow) -> None:
        if view in self.slice_windows:
            self.slice_windows.remove(view)


class _ViewOnlyPrefs:
    """The main window's preferences as a slice window sees them: it reads the theme, grid and
    so on, but its own geometry, dock layout and settings never replace the main window's."""

    def __init__(self, prefs: object) -> None:
        self._prefs = prefs

    def __getattr__(self, name: str) -> object:
        return getattr(self._prefs, name)

    def save_window(self, *_args: object) -> None:
        pass

    def sync(self) -> None:
        pass

    def add_recent(self, *_args: object) -> None:
        pass

    def remove_recent(self, *_args: object) -> None:
        pass


def install_slices(window: QMainWindow) -> SlicesUi:
    """Add Take Time Slice… and Time Slices… to the File menu, after Import/Export/Save As."""
    ui = SlicesUi(window)
    names = getattr(window, "actions_by_name", None)
    for action in (ui.take_action, ui.manage_action, ui.replay_action):
        window.addAction(action)
    if isinstance(names, dict):
        names["take_slice"] = ui.take_action
        names["time_slices"] = ui.manage_action
        names["replay"] = ui.replay_action
    menu = getattr(window, "file_menu", None)
    if menu is not None:
        actions = menu.actions()
        anchor = None
        if isinstance(names, dict):
            anchor = names.get("import") or names.get("export") or names.get("save_as")
        after = actions.index(anchor) + 1 if anchor in actions else len(actions)
        before = actions[after] if after < len(actions) else None
        separator = menu.insertSeparator(before) if before is not None else menu.addSeparator()
        _ = separator
        for action in (ui.take_action, ui.manage_action, ui.replay_action):
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
    changed = getattr(window, "session_changed", None)
    if changed is not None:
        changed.connect(ui.follow)
    ui.follow()
    return ui
