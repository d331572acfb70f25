"""A main window on a fresh board file, with isolated settings and no real file dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from stormboard.ui.plain_text import ERROR_BOX
from stormboard.ui.window import MainWindow, Preferences


class Dialogs:
    """Records what the window would have shown, and answers file dialogs with set paths."""

    def __init__(self) -> None:
        self.warnings: list[tuple[str, str]] = []
        self.questions: list[str] = []
        self.open_answer: Path | None = None
        self.save_answer: Path | None = None
        #: (title, path, template) the New Board dialog would return, or None for Cancel
        self.new_answer: tuple[str, Path, str] | None = None
        self.read_only_answer = QMessageBox.StandardButton.Open


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    d = Dialogs()

    def warning(parent, title, text, *args, **kwargs):
        d.warnings.append((title, text))
        return QMessageBox.StandardButton.Discard

    def exec_box(box: QMessageBox) -> int:
        if box.property(ERROR_BOX):  # show_error's plain-text warning
            d.warnings.append((box.windowTitle(), box.text()))
            return QMessageBox.StandardButton.Ok
        d.questions.append(box.text())
        return d.read_only_answer

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(MainWindow, "ask_open_path", lambda self: d.open_answer)
    monkeypatch.setattr(MainWindow, "ask_save_path", lambda self, title, suggested: d.save_answer)

    def ask_new_board(self, template="empty"):
        from stormboard.ui.window.start_screen import NewBoardChoice

        return NewBoardChoice(*d.new_answer) if d.new_answer is not None else None

    monkeypatch.setattr(MainWindow, "ask_new_board", ask_new_board)
    return d


@pytest.fixture
def prefs(isolated_settings: QSettings) -> Preferences:
    return Preferences(isolated_settings)


@pytest.fixture
def make_window(qtbot, prefs: Preferences, tmp_path: Path, dialogs: Dialogs):
    windows: list[MainWindow] = []

    def make(preferences: Preferences | None = None) -> MainWindow:
        window = MainWindow(preferences=preferences or prefs, boards_dir=tmp_path / "boards")
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window, tmp_path: Path) -> Iterator[MainWindow]:
    """A shown window on a new, empty board file ``wall.storm``."""
    w = make_window()
    assert w.new_board(tmp_path / "wall.storm")
    w.show()
    yield w
