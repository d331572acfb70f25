"""``stormboard host``: the headless room, as a kiosk or a script runs it."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from stormboard.room.client import RoomClient
from stormboard.storage import read_board_file

from .conftest import run


def start_host(path: Path, *args: str) -> tuple[subprocess.Popen[str], dict[str, str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "stormboard.cli", "host", str(path), "--bind", "127.0.0.1",
         *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line, proc.stderr.read() if proc.stderr else ""
    return proc, json.loads(line)


def test_first_line_is_json_and_sigterm_closes_cleanly(board_file):
    path, ids = board_file
    proc, room = start_host(path)
    try:
        assert set(room) >= {"join", "ws", "token"}
        assert room["join"].startswith("http://127.0.0.1:") and room["token"] in room["join"]
        assert len(room["token"]) >= 22  # at least 128 bits in URL-safe base64
        assert len(room["code"]) == 7 and room["code"] not in room["join"]

        async def write():
            sara = await RoomClient(room["ws"], room["token"], ids["Sara"]).connect()
            sara.write_sticky("h1", "Order placed")
            await sara.wait_for(lambda: "h1" in sara.acked)
            await sara.close()

        run(write)
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert read_board_file(path).stickies["h1"].text == "Order placed"
    # the board was closed cleanly: no journal left beside it
    assert not Path(f"{path}-wal").exists()


def test_sigint_also_exits_zero(board_file):
    path, _ = board_file
    proc, _ = start_host(path)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=20)
    assert proc.returncode == 0


def _fails(*args: str) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-m", "stormboard.cli", "host", *args],
                          capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


def test_bad_file_port_in_use_and_foreign_address_fail_with_one_line(board_file, tmp_path):
    path, _ = board_file
    junk = tmp_path / "junk.storm"
    junk.write_text("not a board")
    for args in ([str(tmp_path / "missing.storm")], [str(junk)]):
        code, out, err = _fails(*args)
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, out, err = _fails(str(path), "--bind", "127.0.0.1", "--port", str(port))
    assert code == 2 and out == "" and "in use" in err and len(err.strip().splitlines()) == 1
    # 192.0.2.1 is TEST-NET-1: never an address of this machine; binding fails locally, no
    # packet is sent anywhere
    code, out, err = _fails(str(path), "--bind", "192.0.2.1", "--port", "0")
    assert code == 2 and out == "" and "not an address of this machine" in err
    assert len(err.strip().splitlines()) == 1


def test_sigkill_mid_session_loses_no_acknowledged_sticky(board_file):
    path, ids = board_file
    proc, room = start_host(path)

    async def first_half(client_box):
        sara = await RoomClient(room["ws"], room["token"], ids["Sara"]).connect()
        client_box.append(sara)
        for i in range(20):
            sara.write_sticky(f"k{i}", f"Event {i}")
        await sara.wait_for(lambda: len(sara.acked) >= 10)
        proc.kill()  # SIGKILL while stickies are still arriving
        proc.wait(timeout=20)
        await sara.wait_for(lambda: not sara.connected)
        return set(sara.acked)

    box: list[RoomClient] = []

    async def both_halves():
        acked = await first_half(box)
        board = read_board_file(path)
        assert acked <= set(board.stickies)
        # restart on the same file; the phone reconnects (new token: a new room) and converges
        proc2, room2 = start_host(path)
        try:
            sara = box[0]
            sara.url = f"{room2['ws']}?t={room2['token']}&p={ids['Sara']}"
            await sara.connect()
            # a sticky committed just before the kill but not yet acknowledged is already
            # in the file: its copy from the phone merges into it without a second record
            await sara.wait_for(lambda: {f"k{i}" for i in range(20)} <= set(
                read_board_file(path).stickies), timeout=20)
            await sara.close()
        finally:
            proc2.send_signal(signal.SIGTERM)
            proc2.communicate(timeout=20)
        return proc2.returncode

    assert run(both_halves) == 0
    board = read_board_file(path)
    assert {f"k{i}" for i in range(20)} <= set(board.stickies)
