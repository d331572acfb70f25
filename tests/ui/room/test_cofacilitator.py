"""A second Stormboard desktop joins the room as co-facilitator: both walls follow each other,
the host's file holds everything, and the co-facilitator's own edits are its own to undo."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from stormboard.app.commands import add_sticky, move_stickies, new_sticky
from stormboard.storage import read_board_file
from stormboard.ui.window.main_window import MainWindow
from stormboard.ui.window.preferences import Preferences


def test_two_desktops_edit_one_board(qtbot, room_window, tmp_path):
    host, path, _ids = room_window
    assert host.room.open_room("127.0.0.1", 0)
    host.room.copy_cofacilitator_link()
    from PySide6.QtWidgets import QApplication
    link = QApplication.clipboard().text()
    assert host.room.room.server.cofacilitator_token in link

    other = MainWindow(preferences=Preferences(QSettings(str(tmp_path / "b.ini"),
                                                         QSettings.Format.IniFormat)),
                       boards_dir=tmp_path / "b-boards")
    qtbot.addWidget(other)
    other.show()
    try:
        assert other.room.join_room(link)
        assert other.room.close_action.text().replace("&", "") == "Leave the Room"
        assert set(other.session.board.participants) == set(host.session.board.participants)
        assert other.session.path.parent == tmp_path / "b-boards"  # a local copy

        # the co-facilitator writes: the host's wall and file get it
        s = other.session
        s.execute(add_sticky(s.board, new_sticky("domain_event", 500, 300, text="Paid",
                                                 sticky_id="co1")))
        qtbot.waitUntil(lambda: host.scene.sticky_item("co1") is not None, timeout=10_000)
        assert read_board_file(path).stickies["co1"].x == 500
        assert not host.session.history.can_undo  # not the host's own edit

        # the host moves it and writes one: the co-facilitator's wall follows
        h = host.session
        h.execute(move_stickies(h.board, ["co1"], 100, 0))
        h.execute(add_sticky(h.board, new_sticky("hotspot", 0, 600, text="Why?",
                                                 sticky_id="h1")))
        qtbot.waitUntil(lambda: other.scene.sticky_item("h1") is not None, timeout=10_000)
        qtbot.waitUntil(lambda: other.session.board.stickies["co1"].x == 600, timeout=10_000)

        # undo on the co-facilitator's desktop undoes its own last sticky, everywhere
        s.execute(add_sticky(s.board, new_sticky("domain_event", 900, 300, text="Shipped",
                                                 sticky_id="co2")))
        qtbot.waitUntil(lambda: "co2" in host.session.board.stickies, timeout=10_000)
        other.session.undo()
        qtbot.waitUntil(lambda: "co2" not in host.session.board.stickies, timeout=10_000)
        assert {"co1", "h1"} <= set(other.session.board.stickies)  # others' edits stay

        # the host closes the room: the co-facilitator is told and keeps its copy
        host.room.close_room()
        qtbot.waitUntil(lambda: other.room.remote is None, timeout=10_000)
        assert "h1" in read_board_file(other.session.path).stickies
    finally:
        other.room.close_room()
        other.close()
