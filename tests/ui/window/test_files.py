"""Opening, creating and saving boards, and what the window says when that goes wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QUrl
from PySide6.QtWidgets import QMessageBox

from stormboard.app.commands import add_sticky, new_sticky
from stormboard.app.ports import StoreError
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo
from stormboard.storage import create_board_file, open_board_file, read_board_file
from stormboard.ui.window import MainWindow
from stormboard.ui.window.status import SaveState


def board_file(path: Path, title: str = "Checkout", stickies: int = 2) -> Path:
    board = Board(BoardInfo(title=title))
    for i in range(stickies):
        board.apply(add_sticky(board, new_sticky("domain_event", i * 200.0, 0.0)).puts)
    create_board_file(path, board).close()
    return path


def test_open_shows_board_and_remembers_it(make_window, tmp_path: Path, dialogs) -> None:
    path = board_file(tmp_path / "checkout.storm")
    window: MainWindow = make_window()
    dialogs.open_answer = path
    window.actions_by_name["open"].trigger()
    assert window.session.path == path
    assert len(window.session.board.stickies) == 2
    assert "Checkout" in window.windowTitle() and "checkout.storm" in window.windowTitle()
    assert window.prefs.recent_files()[0] == path.resolve()
    window._fill_recent_menu()
    assert any(a.data() == str(path.resolve()) for a in window.recent_menu.actions())


def test_a_bad_file_is_explained_in_one_sentence(make_window, tmp_path: Path, dialogs) -> None:
    bad = tmp_path / "notes.storm"
    bad.write_text("this is not a board\n")
    window: MainWindow = make_window()
    assert not window.open_path(bad)
    assert len(dialogs.warnings) == 1
    _title, text = dialogs.warnings[0]
    assert "notes.storm" in text
    assert text.count(". ") == 0 and text.endswith(".")  # one sentence
    assert window.session is None


def test_missing_file_is_explained_and_leaves_recent(make_window, tmp_path: Path, dialogs) -> None:
    window: MainWindow = make_window()
    window.prefs.add_recent(tmp_path / "gone.storm")
    assert not window.open_path(tmp_path / "gone.storm")
    assert len(dialogs.warnings) == 1
    assert window.prefs.recent_files() == []


def test_opening_the_open_board_again_is_harmless(
    window: MainWindow, tmp_path: Path, dialogs
) -> None:
    session = window.session
    assert window.open_path(tmp_path / "wall.storm")
    assert window.session is session and not dialogs.questions and not dialogs.warnings


def test_board_in_use_offers_read_only(make_window, tmp_path: Path, dialogs, qtbot) -> None:
    path = board_file(tmp_path / "busy.storm")
    holder = open_board_file(path)  # someone else is editing it
    try:
        window: MainWindow = make_window()
        window.show()
        assert window.open_path(path)
        assert len(dialogs.questions) == 1 and "busy.storm" in dialogs.questions[0]
        session = window.session
        assert session.read_only
        # a visible notice, edits refused, the status says so
        assert window.read_only_bar.isVisible()
        assert "read-only" in window.read_only_bar.text().lower()
        assert window.status.state is SaveState.READ_ONLY
        assert not window.palette.isEnabled()
        assert not window.actions_by_name["paste"].isEnabled()
        before = dict(session.board.stickies)
        window.scene.create_sticky("hotspot", QPointF(0, 0), edit_text=False)
        assert dict(session.board.stickies) == before
        # an editable copy is one click away
        dialogs.save_answer = tmp_path / "mine.storm"
        window.read_only_bar.button.click()
        assert not window.session.read_only and window.session.path == tmp_path / "mine.storm"
        assert not window.read_only_bar.isVisible()
    finally:
        holder.store.close()


def test_board_in_use_cancel_keeps_current_board(make_window, tmp_path: Path, dialogs) -> None:
    path = board_file(tmp_path / "busy.storm")
    holder = open_board_file(path)
    try:
        window: MainWindow = make_window()
        assert window.new_board(tmp_path / "mine.storm")
        dialogs.read_only_answer = QMessageBox.StandardButton.Cancel
        assert not window.open_path(path)
        assert window.session.path == tmp_path / "mine.storm"
    finally:
        holder.store.close()


def test_store_error_shows_bar_and_save_as_keeps_everything(
    window: MainWindow,
    tmp_path: Path,
    dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = window.session
    window.scene.create_sticky("domain_event", QPointF(0, 0), edit_text=False)

    def broken(puts, entry=None) -> None:
        raise StoreError("The disk is full.")

    monkeypatch.setattr(session.store, "write", broken)
    sid = window.scene.create_sticky("hotspot", QPointF(300, 0), edit_text=False)
    assert sid in session.board.stickies  # kept in memory
    assert window.error_bar.isVisible()
    assert "disk is full" in window.error_bar.text()
    assert window.status.state is SaveState.NOT_SAVED
    dialogs.save_answer = tmp_path / "rescued.storm"
    window.error_bar.button.click()
    assert not window.error_bar.isVisible()
    assert window.status.state is SaveState.SAVED
    assert session.path == tmp_path / "rescued.storm"
    rescued = read_board_file(tmp_path / "rescued.storm")
    assert set(rescued.stickies) == set(session.board.stickies)
    # and editing continues in the new file
    later = window.scene.create_sticky("note", QPointF(0, 400), edit_text=False)
    assert later in read_board_file(tmp_path / "rescued.storm").stickies


def test_new_board_asks_for_a_file_and_creates_it(make_window, tmp_path: Path, dialogs) -> None:
    window: MainWindow = make_window()
    dialogs.new_answer = ("Retro: week 3", tmp_path / "Retro", "empty")  # no extension
    window.actions_by_name["new"].trigger()
    assert window.session.path == tmp_path / "Retro.storm"
    assert (tmp_path / "Retro.storm").is_file()
    assert read_board_file(tmp_path / "Retro.storm").info.title == "Retro: week 3"


def test_untitled_board_is_removed_if_never_touched(make_window, tmp_path: Path) -> None:
    window: MainWindow = make_window()
    assert window.new_untitled()
    path = window.session.path
    assert path.parent == tmp_path / "boards" and path.is_file()
    window.close()
    assert not path.exists()


def test_untitled_board_with_content_stays(make_window, tmp_path: Path) -> None:
    window: MainWindow = make_window()
    assert window.new_untitled()
    path = window.session.path
    window.scene.create_sticky("note", QPointF(0, 0), edit_text=False)
    window.close()
    assert len(read_board_file(path).stickies) == 1


@pytest.mark.parametrize("target", ["window", "wall"])
def test_dropping_a_storm_file_opens_it(
    window: MainWindow, tmp_path: Path, qtbot, target: str
) -> None:
    path = board_file(tmp_path / "dropped.storm", title="Dropped")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert window.board_files_in(mime) == [path]
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # dropped anywhere: on the window's frame or on the wall (which passes it up)
    receiver = window if target == "window" else window.view.viewport()
    QApplication.sendEvent(receiver, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(receiver, drop)
    qtbot.waitUntil(lambda: window.session.path == path)
    assert window.session.board.info.title == "Dropped"
