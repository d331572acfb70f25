"""Issue 10, defect 8: no board appears behind the user's back. The app starts on the board it
was given, else on a start screen (recent boards, New board asking a title and a place, Open,
the sample workshop, templates); a cancelled "Board in use" or a file that is not a board
leaves the start screen and creates nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from stormboard.storage import open_board_file, read_board_file
from stormboard.ui.window import MainWindow
from stormboard.ui.window.start_screen import NewBoardDialog

from .test_files import board_file


def _storm_files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.storm"))


def test_first_start_shows_the_start_screen_and_creates_nothing(make_window, tmp_path: Path):
    window: MainWindow = make_window()
    window.start(None)
    window.show()
    assert window.session is None
    assert window.start_screen.isVisible()
    assert _storm_files(tmp_path) == []
    # what it offers, by its buttons
    screen = window.start_screen
    assert screen.new_button.text() == "New Board…"
    assert screen.sample_button.isVisible() and screen.open_button.isVisible()
    assert set(screen.template_buttons) == {"big_picture", "process", "design"}
    assert screen.no_recent.isVisible()


def test_cancelling_board_in_use_creates_no_untitled_board(make_window, tmp_path: Path,
                                                            dialogs):
    path = board_file(tmp_path / "busy.storm")
    holder = open_board_file(path)  # someone else is editing it
    try:
        dialogs.read_only_answer = QMessageBox.StandardButton.Cancel
        window: MainWindow = make_window()
        window.start(path)
        assert dialogs.questions  # "Board in use" was asked
        assert window.session is None and not window.start_screen.isHidden()
        assert _storm_files(tmp_path) == [path]
    finally:
        holder.store.close()


def test_opening_a_file_that_is_not_a_board_creates_nothing(make_window, tmp_path: Path,
                                                             dialogs):
    bogus = tmp_path / "notes.storm"
    bogus.write_text("shopping list\n", encoding="utf-8")
    window: MainWindow = make_window()
    window.start(bogus)
    assert dialogs.warnings  # said why
    assert window.session is None and not window.start_screen.isHidden()
    # and from the start screen's Open button, the same
    dialogs.open_answer = bogus
    QTest.mouseClick(window.start_screen.open_button, Qt.MouseButton.LeftButton)
    assert window.session is None
    assert _storm_files(tmp_path) == [bogus]


def test_recent_boards_are_listed_and_open(make_window, prefs, tmp_path: Path, qtbot):
    path = board_file(tmp_path / "checkout.storm", title="Checkout")
    prefs.add_recent(path)
    prefs.add_recent(tmp_path / "gone.storm")  # moved away since: not listed
    window: MainWindow = make_window()
    window.start(None)
    window.show()
    recent = window.start_screen.recent_list
    assert recent.count() == 1 and recent.item(0).text().startswith("checkout")
    recent.itemActivated.emit(recent.item(0))
    assert window.session is not None and window.session.path == path
    assert window.start_screen.isHidden()
    qtbot.waitUntil(window.view.isVisible)


def _answer_new_board(title: str, folder: Path, template: str | None = None) -> list[str]:
    """Fill in the real New Board dialog once it is up, and accept it."""
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewBoardDialog):
            QTimer.singleShot(20, fill)
            return
        seen.append(dialog.template_box.currentData())
        dialog.folder_edit.setText(str(folder))
        QTest.keyClicks(dialog.title_edit, title)
        if template is not None:
            dialog.template_box.setCurrentIndex(dialog.template_box.findData(template))
        seen.append(dialog.file_label.text())
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    return seen


def test_new_board_asks_a_title_and_a_place(make_window, tmp_path: Path, monkeypatch):
    monkeypatch.undo()  # the real dialog, not the fixture's answer
    window: MainWindow = make_window()
    window.start(None)
    window.show()
    folder = tmp_path / "workshops"
    seen = _answer_new_board("Bookshop: returns", folder)
    QTest.mouseClick(window.start_screen.new_button, Qt.MouseButton.LeftButton)
    expected = folder / "Bookshop returns.storm"  # the colon is left out of the name
    assert window.session is not None and window.session.path == expected
    assert seen[0] == "empty" and str(expected) in seen[1]
    board = read_board_file(expected)
    assert board.info.title == "Bookshop: returns" and not board.lanes


@pytest.mark.parametrize(("template", "lanes", "kinds"), [
    ("big_picture", 3, {"domain_event", "hotspot", "person", "external_system"}),
    ("process", 3, {"command", "policy", "read_model", "user_interface"}),
    ("design", 3, {"aggregate"}),
])
def test_templates_come_with_lanes_and_legend(make_window, tmp_path: Path, monkeypatch, qtbot,
                                              template: str, lanes: int, kinds: set[str]):
    monkeypatch.undo()
    window: MainWindow = make_window()
    window.start(None)
    window.show()
    seen = _answer_new_board("Claims", tmp_path)
    QTest.mouseClick(window.start_screen.template_buttons[template], Qt.MouseButton.LeftButton)
    assert seen[0] == template  # the dialog opened on that template
    board = window.session.board
    assert len(board.lanes) == lanes and all(lane.label for lane in board.lanes.values())
    assert kinds <= set(board.info.legend)

    def legend_rows() -> set[str]:
        panel = window.legend
        return {panel.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(panel.topLevelItemCount())}

    qtbot.waitUntil(lambda: kinds <= legend_rows())  # the Legend panel lists them already
    assert read_board_file(tmp_path / "Claims.storm").lanes.keys() == board.lanes.keys()


def test_the_sample_workshop_opens_as_a_copy(make_window, tmp_path: Path, capsys):
    window: MainWindow = make_window()
    window.start(None)
    QTest.mouseClick(window.start_screen.sample_button, Qt.MouseButton.LeftButton)
    assert window.session is not None and len(window.session.board.stickies) > 10
    assert window.session.path.parent == tmp_path / "boards"
    assert window.start_screen.isHidden()
    assert len(_storm_files(tmp_path / "boards")) == 1
    # with the time slices the sample carries, so Compare and Replay show the day at once
    from stormboard.cli import main

    capsys.readouterr()
    assert main(["slices", str(window.session.path)]) == 0
    names = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert names == ["after exploration", "after sorting"]
