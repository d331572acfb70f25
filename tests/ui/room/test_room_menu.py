"""The Room menu: nothing listens until the room is opened; phones' stickies reach the wall
(not the local undo history); closing the room closes every connection."""

from __future__ import annotations

import socket

from PySide6.QtWidgets import QDialog

from stormboard.room.client import RoomClient
from stormboard.storage import read_board_file
from stormboard.ui.room import controller as room_controller

from .conftest import InThread


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_open_from_the_menu_shows_the_join_screen_and_phones_write_on_the_wall(
        qtbot, room_window, monkeypatch):
    window, path, ids = room_window
    room = window.room
    assert room.open_action.isEnabled() and not room.close_action.isEnabled()
    assert room.menu.title().replace("&", "") == "Room"
    # the dialog offers this machine's addresses; the test takes loopback
    monkeypatch.setattr(room_controller, "local_addresses", lambda: ["127.0.0.1"])
    monkeypatch.setattr(room_controller.OpenRoomDialog, "exec",
                        lambda self: (self.port.setValue(0), self.self_join.setChecked(True),
                                      QDialog.DialogCode.Accepted)[2])
    room.open_action.trigger()
    assert room.room is not None and room.close_action.isEnabled()
    assert room.room.bridge.limits.self_join  # the facilitator's choice in the dialog
    screen = room.join_screen
    assert screen is not None and screen.isVisible()
    assert screen.qr.pixmap().width() >= 200
    assert screen.url.text() == room.room.server.join_url
    assert screen.url.text().startswith("http://127.0.0.1:")
    assert screen.code.text() == room.room.server.code and len(screen.code.text()) == 7
    server = room.room.server
    port = server.address.port
    assert _listening(port)

    async def phone():
        sara = await RoomClient(server.ws_url, server.participant_token, ids["Sara"]).connect()
        sara.write_sticky("p1", "سفارش ثبت شد")
        sara.write_sticky("p2", "Order shipped")
        await sara.wait_for(lambda: {"p1", "p2"} <= sara.acked)
        await sara.close()

    job = InThread(phone)
    qtbot.waitUntil(job.done, timeout=20_000)
    job.value()
    scene = window.scene
    qtbot.waitUntil(lambda: scene.sticky_item("p1") is not None
                    and scene.sticky_item("p2") is not None, timeout=5000)
    assert not window.session.history.can_undo  # someone else's stickies: not ours to undo
    board = read_board_file(path)
    assert board.stickies["p1"].author == ids["Sara"]
    a, b = board.stickies["p1"], board.stickies["p2"]
    assert a.x + a.width <= b.x or b.x + b.width <= a.x or a.y + a.height <= b.y
    assert scene.sticky_item("p1").pos().x() == a.x
    qtbot.waitUntil(lambda: "0" in screen.people.text(), timeout=5000)

    room.lock_action.trigger()
    assert room.room.bridge.locked
    room.close_action.trigger()
    assert room.room is None and room.join_screen is None
    assert not room.lock_action.isChecked() and not room.lock_action.isEnabled()
    assert not _listening(port)


def test_a_local_edit_reaches_the_phone(qtbot, room_window):
    window, _path, ids = room_window
    assert window.room.open_room("127.0.0.1", 0)
    server = window.room.room.server
    from stormboard.app.commands import add_sticky, new_sticky

    async def phone():
        sara = await RoomClient(server.ws_url, server.participant_token, ids["Sara"]).connect()
        await sara.wait_for(lambda: sara.record("stickies", "desk") is not None, timeout=15)
        text = sara.record("stickies", "desk")["text"]
        await sara.close()
        return text

    job = InThread(phone)
    qtbot.wait(300)
    session = window.session
    session.execute(add_sticky(session.board, new_sticky("domain_event", 0, 0,
                                                         text="Typed here", sticky_id="desk")))
    qtbot.waitUntil(job.done, timeout=20_000)
    assert job.value() == "Typed here"


def test_switching_boards_closes_the_room(qtbot, room_window, tmp_path):
    window, _path, _ids = room_window
    assert window.room.open_room("127.0.0.1", 0)
    port = window.room.room.server.address.port
    assert window.new_board(tmp_path / "other.storm")
    assert window.room.room is None
    assert not _listening(port)
