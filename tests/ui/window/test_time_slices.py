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
