"""Every shortcut is a QAction from the one table (ui/shortcuts.py), pressed in the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from stormboard.ui import shortcuts
from stormboard.ui.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def add(window: MainWindow, kind: str, x: float, y: float) -> str:
    return window.scene.create_sticky(kind, QPointF(x, y), edit_text=False)


def focus_wall(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)


def press(window: MainWindow, seq: QKeySequence | str) -> None:
    combo = QKeySequence(seq)[0]
    window.view.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(window.view, combo.key(), combo.keyboardModifiers())


def live_actions(window: MainWindow) -> list[QAction]:
    return [a for a in window.findChildren(QAction) if a.shortcuts()]


def test_no_two_actions_share_a_key_sequence(window: MainWindow, qtbot) -> None:
    focus_wall(window, qtbot)
    owner: dict[str, str] = {}
    for action in live_actions(window):
        for seq in action.shortcuts():
            key = seq.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in owner, f"{key}: {owner.get(key)} and {action.objectName()}"
            owner[key] = action.objectName()
    table: dict[str, str] = {}
    for entry in shortcuts.SHORTCUTS:
        for seq in shortcuts.key_sequences(entry.id):
            key = seq.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in table, f"{key}: {table.get(key)} and {entry.id}"
            table[key] = entry.id


def test_every_key_comes_from_the_table(window: MainWindow) -> None:
    names = set()
    for action in live_actions(window):
        name = action.objectName().removeprefix("action_")
        assert name in shortcuts.BY_ID, action.objectName()
        assert action.shortcuts() == shortcuts.key_sequences(name), name
        names.add(name)
    assert names == set(shortcuts.BY_ID)  # and every entry has its live action


def test_each_listed_shortcut_reaches_its_action(window: MainWindow, qtbot) -> None:
    """Press every key of every entry on the wall: exactly the entry's action fires."""
    focus_wall(window, qtbot)
    fired: list[str] = []
    by_name = {a.objectName(): a for a in live_actions(window)}
    for name, action in by_name.items():
        action.triggered.disconnect()  # record instead of opening dialogs or quitting
        action.triggered.connect(lambda _=False, n=name: fired.append(n))
        action.setEnabled(True)
    for entry in shortcuts.SHORTCUTS:
        for seq in shortcuts.key_sequences(entry.id):
            fired.clear()
            press(window, seq)
            assert fired == [f"action_{entry.id}"], (entry.id, seq.toString())


def test_ctrl_0_is_actual_size_and_ctrl_1_shift_1_fit(window: MainWindow, qtbot) -> None:
    window.resize(1600, 1000)
    add(window, "domain_event", 0, 0)
    add(window, "domain_event", 9000, 5000)
    focus_wall(window, qtbot)
    window.view.zoom_to_fit()
    fitted = window.view.zoom()
    assert fitted < 0.9
    press(window, "Ctrl+0")
    assert window.view.zoom() == pytest.approx(1.0)
    assert "100" in window.status.zoom_label.text()
    press(window, "Ctrl+1")
    assert window.view.zoom() == pytest.approx(fitted)
    press(window, "Ctrl+0")
    qtbot.keyClick(window.view, Qt.Key.Key_1, SHIFT)
    assert window.view.zoom() == pytest.approx(fitted)
    press(window, "Ctrl+0")
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, CTRL)
    assert window.view.zoom() == pytest.approx(1.25)
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, CTRL)
    assert window.view.zoom() == pytest.approx(1.25 * 1.25)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, CTRL)
    assert window.view.zoom() == pytest.approx(1.0)
    window.scene.select_ids([next(iter(window.session.board.stickies))])
    window.view.zoom_to_selection()
    one = window.view.zoom()
    assert one != pytest.approx(fitted)
    press(window, "Ctrl+0")
    press(window, "Ctrl+2")
    assert window.view.zoom() == pytest.approx(one)


def test_editing_keys_act_on_the_wall(window: MainWindow, qtbot) -> None:
    board = window.session.board
    sid = add(window, "domain_event", 100, 100)
    focus_wall(window, qtbot)
    window.scene.select_ids([sid])
    x = board.stickies[sid].x
    press(window, "Right")
    assert window.session.board.stickies[sid].x > x
    press(window, "Ctrl+D")
    assert len(window.session.board.stickies) == 2
    press(window, "Ctrl+A")
    assert len(window.scene.selected_sticky_ids()) == 2
    press(window, "Delete")
    assert not window.session.board.stickies
    press(window, "Ctrl+Z")
    assert len(window.session.board.stickies) == 2
    press(window, "Ctrl+Y")
    assert not window.session.board.stickies
    press(window, "Ctrl+Shift+Z")  # nothing left to redo: refused quietly
    window.actions_by_name["undo"].trigger()
    window.scene.select_ids([sid])
    press(window, "Ctrl+C")
    press(window, "Ctrl+V")
    assert len(window.session.board.stickies) == 3
    press(window, "Ctrl+X")
    assert len(window.session.board.stickies) == 2
    window.scene.select_ids([sid])
    press(window, "Backspace")
    assert sid not in window.session.board.stickies
    window.scene.clearSelection()
    qtbot.keyClick(window.view, Qt.Key.Key_E)  # a kind's letter places one at the cursor
    kinds = [s.kind for s in window.session.board.stickies.values()]
    assert kinds == ["domain_event", "domain_event"]


def test_typing_in_a_sticky_is_not_taken_by_shortcuts(window: MainWindow, qtbot) -> None:
    sid = add(window, "domain_event", 100, 100)
    focus_wall(window, qtbot)
    window.scene.select_ids([sid])
    press(window, "F2")
    assert window.scene.text_editor() is not None
    qtbot.keyClicks(window.view, "Ceph")  # C, E, P are kinds' letters on the wall
    # Shift+1 (fit on the wall) types "!" here
    bang = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_1, SHIFT, "!")
    QApplication.sendEvent(window.view, bang)
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    qtbot.keyClick(window.view, Qt.Key.Key_Backspace)
    assert window.scene.text_editor().toPlainText() == "Cep!"
    assert len(window.session.board.stickies) == 1
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.scene.text_editor() is None
    assert window.session.board.stickies[sid].text == "Cep!"


def test_escape_clears_the_wall_then_leaves_presentation(window: MainWindow, qtbot) -> None:
    sid = add(window, "domain_event", 100, 100)
    window.actions_by_name["full_screen"].trigger()
    focus_wall(window, qtbot)
    window.scene.select_ids([sid])
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.scene.selected_sticky_ids() == [] and window.presentation
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.presentation


def test_help_sheet_lists_the_real_actions_and_filters(window: MainWindow, qtbot) -> None:
    focus_wall(window, qtbot)
    press(window, "Ctrl+/")
    sheet = window._shortcut_sheet
    qtbot.waitUntil(sheet.isVisible)
    rows = sheet.visible_rows()
    assert len(rows) == len(shortcuts.SHORTCUTS)
    actual = [r for r in rows if r[0] == "Actual size (100 %)"]
    assert actual and "Ctrl+0" in actual[0][1]
    qtbot.keyClicks(sheet.filter, "zoom")
    shown = sheet.visible_rows()
    assert shown and all("zoom" in " ".join(r).lower() for r in shown)
    assert len(shown) < len(rows)
    sheet.filter.setText("Ctrl+D")
    assert [r[0] for r in sheet.visible_rows()] == ["Duplicate"]


def test_help_sheet_in_persian(make_window, tmp_path, qapp, english, qtbot) -> None:
    from stormboard.ui.i18n import install_translations

    assert install_translations(qapp, "fa") == "fa"
    window: MainWindow = make_window()
    assert window.new_board(tmp_path / "fa.storm")
    window.show()
    assert window.help_menu.title() == "راهنما"
    window.actions_by_name["help_shortcuts"].trigger()
    sheet = window._shortcut_sheet
    assert sheet.windowTitle() == "میان‌برهای صفحه‌کلید"
    assert sheet.isRightToLeft()
    rows = {r[0]: r for r in sheet.visible_rows()}
    actual = rows["اندازهٔ واقعی (۱۰۰٪)"]
    assert actual[2] == "نما"
    # each key sequence is isolated (first-strong), so the list does not reorder itself
    assert actual[1].startswith("\u2068") and actual[1].endswith("\u2069")
    assert rows["رویداد دامنه"][2] == "برگهٔ تازه"  # a kind's letter, under its translated name
    sheet.filter.setText("واقعی")
    assert [r[0] for r in sheet.visible_rows()] == ["اندازهٔ واقعی (۱۰۰٪)"]
