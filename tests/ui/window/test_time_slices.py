"""File ▸ Take Time Slice… and Time Slices… on a real window: take, list, rename, delete, open a
slice read-only, Save As keeps the slices, and a slice after each phase end."""

from __future__ import annotations

from pathlib import Path

from stormboard.app import commands as c
from stormboard.app import workshop_commands as w
from stormboard.storage.history import read_log


def _add(window, text: str, x: float = 0.0) -> str:
    session = window.session
    sticky = c.new_sticky("domain_event", x, 0.0, text=text)
    session.execute(c.add_sticky(session.board, sticky))
    return sticky.id


def test_take_list_rename_delete_and_open_read_only(window, qtbot, tmp_path: Path) -> None:
    ui = window.slices
    assert window.actions_by_name["take_slice"] in window.file_menu.actions()
    assert window.actions_by_name["time_slices"] in window.file_menu.actions()
    _add(window, "Order placed")
    ui.ask_name = lambda suggested: "after exploration"
    window.actions_by_name["take_slice"].trigger()
    _add(window, "Book shipped", 300)
    ui.ask_name = lambda suggested: "  "  # a blank name takes nothing
    assert ui.ask_and_take() is None
    ui.ask_name = lambda suggested: "later"
    ui.ask_and_take()

    dialog = ui.make_dialog()
    qtbot.addWidget(dialog)
    assert dialog.names() == ["after exploration", "later"]
    assert dialog.table.item(0, 2).text() == "1" and dialog.table.item(1, 2).text() == "2"
    dialog.table.selectRow(1)
    dialog.ask_new_name = lambda old: "after sorting"
    dialog.rename_button.click()
    assert dialog.names() == ["after exploration", "after sorting"]
    dialog.table.selectRow(0)
    view = dialog.open_selected()
    qtbot.addWidget(view)
    assert view.session.read_only and "after exploration" in view.session.read_only_reason
    assert [s.text for s in view.session.board.stickies.values()] == ["Order placed"]
    assert len(window.session.board.stickies) == 2  # the board itself is untouched
    geometry = window.prefs.geometry()
    view.resize(333, 222)
    view.close()  # a slice window never saves its geometry over the main window's
    assert window.prefs.geometry() == geometry
    dialog.table.selectRow(1)
    dialog.confirm_delete = lambda name: True
    dialog.delete_button.click()
    assert dialog.names() == ["after exploration"]
    dialog.close()

    copy = tmp_path / "copy.storm"
    assert window.save_as(copy)
    _add(window, "Refund issued", 600)
    with read_log(copy) as log:
        assert [s.name for s in log.slices()] == ["after exploration"]
        assert log.board_at_seq(log.last_seq()) == window.session.board


def test_phase_end_takes_a_slice_with_the_wizard_on(window) -> None:
    session = window.session
    session.execute(w.reset_plan(session.board))
    session.execute(w.start_workshop(session.board, session.clock()))
    first = session.board.workshop.plan[0].title
    session.execute(w.next_phase(session.board, session.clock()))
    assert session.store is not None
    assert [s.name for s in session.store.log.slices()] == [f"after {first}"]
    assert first in window.status.currentMessage()


def _pixel(image, origin, x: float, y: float):
    from PySide6.QtGui import QColor

    return QColor(image.pixel(round(x - origin[0]), round(y - origin[1])))


def test_compare_view_marks_added_removed_moved_and_changed(window, qtbot) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QDockWidget, QLabel

    from stormboard.ui.slices.compare import CompareMarks

    session = window.session
    keep = _add(window, "Moved later", 0)
    reworded = _add(window, "Draft wording", 400)
    gone = _add(window, "Removed later", 800)
    window.slices.ask_name = lambda suggested: "before"
    window.slices.ask_and_take()
    session.execute(c.move_stickies(session.board, [keep], 0.0, 600.0))
    session.execute(c.set_text(session.board, reworded, "Final wording"))
    session.execute(c.delete_stickies(session.board, [gone]))
    added = _add(window, "New idea", 1200)
    b = session.board

    dialog = window.slices.make_dialog()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    view = dialog.compare_selected()
    qtbot.addWidget(view)
    assert view.session.read_only and view.session.board == b
    assert view.findChild(QDockWidget, "compareDock") is not None
    text = view.findChild(QLabel, "compareSummary").text()
    assert "1 added, 1 removed, 1 moved, 1 changed text" in text

    marks = view.compare_marks
    assert isinstance(marks, CompareMarks)
    area = QRectF(-100, -100, 1600, 1000)

    def shot(visible: bool) -> QImage:
        marks.setVisible(visible)
        image = QImage(1600, 1000, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        view.scene.render(painter, QRectF(0, 0, 1600, 1000), area)
        painter.end()
        return image

    plain, marked = shot(False), shot(True)
    origin = (-100, -100)
    new = b.stickies[added]
    green = _pixel(marked, origin, new.x - 6, new.y + new.height / 2)
    assert green.green() > 120 and green.red() < 80 and green.blue() < 140  # added: green
    old_gone_x, old_gone_y = 800 + 40, 40  # inside where the removed sticky was
    before, after = _pixel(plain, origin, old_gone_x, old_gone_y), _pixel(
        marked, origin, old_gone_x, old_gone_y)
    assert after.lightness() < before.lightness() - 15  # removed: a grey ghost
    assert abs(after.red() - after.green()) < 30 and abs(after.green() - after.blue()) < 40
    moved = b.stickies[keep]
    mid_x, mid_y = moved.x + moved.width / 2, moved.y + moved.height / 2 - 300
    arrow = _pixel(marked, origin, mid_x, mid_y)
    assert arrow.blue() > arrow.red() + 40  # moved: a blue arrow from the old place
    changed = b.stickies[reworded]
    dot = _pixel(marked, origin, changed.x + changed.width, changed.y)
    assert dot.red() > 200 and 110 < dot.green() < 200 and dot.blue() < 90  # changed: amber
    untouched = _pixel(marked, origin, 1500, 800), _pixel(plain, origin, 1500, 800)
    assert untouched[0] == untouched[1]  # nothing drawn where nothing changed


def test_replay_slider_shows_the_wall_at_each_moment(window, qtbot) -> None:
    first = _add(window, "First", 0)
    second = _add(window, "Second", 300)
    window.session.execute(c.move_stickies(window.session.board, [first], 0.0, 200.0))
    final = window.session.board.copy()
    window.actions_by_name["replay"].trigger()
    view = window.slices.slice_windows[-1]
    qtbot.addWidget(view)
    bar = view.replay_bar
    assert bar.slider.maximum() == len(bar.moments) - 1 == 3  # created + 3 edits
    assert view.session.board == final and view.session.read_only
    bar.slider.setValue(0)
    bar.refresh()
    assert view.session.board.stickies == {}
    bar.slider.setValue(1)
    bar.refresh()
    assert set(view.session.board.stickies) == {first}
    assert view.scene.sticky_item(first) is not None  # the wall follows the slider
    bar.slider.setValue(2)
    bar.refresh()
    assert set(view.session.board.stickies) == {first, second}
    assert view.session.board.stickies[first].y == 0.0
    # play from the start at the fastest speed runs to the end, then stops
    bar.speed.setCurrentIndex(bar.speed.count() - 1)
    bar.play_button.click()
    assert bar.timer.isActive()
    qtbot.waitUntil(lambda: not bar.timer.isActive(), timeout=3000)
    assert view.session.board == final and not bar.play_button.isChecked()
    assert len(window.session.board.stickies) == 2  # the live board is untouched


def test_the_export_dialog_gives_json_the_slices(window, qtbot) -> None:
    from stormboard.ui.export.window_hook import make_export_dialog

    _add(window, "Order placed")
    window.slices.ask_name = lambda suggested: "early"
    window.slices.ask_and_take()
    dialog = make_export_dialog(window)
    qtbot.addWidget(dialog)
    [(name, _when, board)] = dialog.json_slices()
    assert name == "early" and len(board.stickies) == 1
