"""A room is a door into the facilitator's laptop: every request needs the token, roles are
enforced on every update, limits hold, and garbage from one client never stops the room."""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import random
from urllib.parse import urlsplit

import pytest
from pycrdt import Doc, Map, create_update_message
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from stormboard.room.bridge import Limits
from stormboard.room.client import RoomClient
from stormboard.storage import read_board_file

from .conftest import Room, run


def _get(url: str, path: str) -> http.client.HTTPResponse:
    parts = urlsplit(url)
    assert parts.hostname == "127.0.0.1"
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    conn.request("GET", path)
    return conn.getresponse()


@pytest.mark.parametrize("path", [
    "/", "/index.html", "/room.js", "/?t=", "/?t=wrong", "/ws/board", "/../", "/web/",
    "/ws/board?t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
])
def test_without_the_token_every_request_gets_403_and_nothing_else(board_file, path):
    file, _ = board_file

    async def scenario():
        async with Room(file) as room:
            response = await asyncio.to_thread(_get, room.server.join_url, path)
            body = response.read()
            return response.status, body, dict(response.getheaders())

    status, body, headers = run(scenario)
    assert status == 403
    assert body == b""
    assert "Server" not in headers
    assert set(headers) <= {"Content-Length", "Connection", "Date"}


def test_the_page_needs_the_token_and_names_no_version(board_file):
    file, _ = board_file

    async def scenario():
        async with Room(file) as room:
            url = urlsplit(room.server.join_url)
            page = await asyncio.to_thread(_get, room.server.join_url, f"/?{url.query}")
            body = page.read()
            missing = await asyncio.to_thread(_get, room.server.join_url, f"/nothing?{url.query}")
            return page.status, body, dict(page.getheaders()), missing.status

    status, body, headers, missing = run(scenario)
    assert status == 200 and b"room.js" in body
    assert "Server" not in headers and headers["Referrer-Policy"] == "no-referrer"
    assert missing == 404


def test_websocket_without_or_with_a_wrong_token_is_refused(board_file):
    file, _ = board_file

    async def scenario():
        async with Room(file) as room:
            for query in ("", "?t=", "?t=wrong"):
                with pytest.raises(InvalidStatus) as refused:
                    await connect(room.server.ws_url + query, open_timeout=5)
                assert refused.value.response.status_code == 403
            assert room.server.connections == 0

    run(scenario)


def test_garbage_oversized_and_malformed_messages_close_only_their_sender(board_file):
    file, ids = board_file

    async def scenario():
        async with Room(file, Limits(message_bytes=4096)) as room:
            good = await RoomClient(room.server.ws_url, room.server.participant_token,
                                    ids["Sara"]).connect()
            token = room.server.participant_token
            bad_messages = [
                b"\x00\x02\xff\xff\xff\xff garbage",  # a sync update that is not Yjs
                create_update_message(b"\x01\x02garbage"),  # well framed, not Yjs inside
                b"\x00\x09\x01\x00",  # unknown sync type
                b"\x07hello",  # unknown message type
                b"\x64\x05{bad",  # room message that is not JSON
                b"",  # empty
                b"\x00" * 10_000,  # over the size limit
            ]
            for message in bad_messages:
                async with connect(f"{room.server.ws_url}?t={token}&p={ids['Ali']}",
                                   max_size=None) as ws:
                    await ws.recv()  # the host's sync step 1
                    await ws.send(message)
                    with pytest.raises(ConnectionClosed):
                        for _ in range(5):
                            await asyncio.wait_for(ws.recv(), 5)
            # text frames are not the protocol either
            async with connect(f"{room.server.ws_url}?t={token}") as ws:
                await ws.send("hello")
                with pytest.raises(ConnectionClosed):
                    for _ in range(5):
                        await asyncio.wait_for(ws.recv(), 5)
            # raw bytes that are not even HTTP
            reader, writer = await asyncio.open_connection("127.0.0.1", room.server.address.port)
            writer.write(b"\x16\x03\x01\x02\x00garbage\r\n\r\n")
            await writer.drain()
            await asyncio.wait_for(reader.read(), 15)
            writer.close()
            # mutated real updates, each on its own connection: refused or harmless
            rng = random.Random(11)
            source = Doc()
            source.get("stickies", type=Map)["m"] = Map({"id": "m", "kind": "domain_event",
                                                        "text": "mutant", "author": ids["Ali"]})
            pristine = source.get_update()
            for _ in range(25):
                mutated = bytearray(pristine)
                for _ in range(3):
                    mutated[rng.randrange(len(mutated))] = rng.randrange(256)
                async with connect(f"{room.server.ws_url}?t={token}&p={ids['Ali']}") as ws:
                    with contextlib.suppress(ConnectionClosed):
                        await ws.send(create_update_message(bytes(mutated)))
                        await asyncio.wait_for(ws.recv(), 2)
            # the room still serves the well-behaved phone
            good.write_sticky("g1", "Still working")
            await good.wait_for(lambda: "g1" in good.acked)
            await good.close()

    run(scenario)
    assert set(read_board_file(file).stickies) <= {"g1", "m"}
    assert "g1" in read_board_file(file).stickies


def test_an_oversized_sticky_update_leaves_the_board_unchanged(board_file):
    file, ids = board_file

    async def scenario():
        async with Room(file, Limits(message_bytes=2048)) as room:
            sara = await RoomClient(room.server.ws_url, room.server.participant_token,
                                    ids["Sara"]).connect()
            sara.write_sticky("big", "x" * 1900 + "y" * 1000)
            await sara.wait_for(lambda: not sara.connected)

    run(scenario)
    assert not read_board_file(file).stickies


def test_connection_limit(board_file):
    file, ids = board_file

    async def scenario():
        async with Room(file, Limits(connections=2)) as room:
            a = await RoomClient(room.server.ws_url, room.server.participant_token,
                                 ids["Sara"]).connect()
            b = await RoomClient(room.server.ws_url, room.server.participant_token,
                                 ids["Ali"]).connect()
            with pytest.raises(InvalidStatus) as refused:
                await connect(f"{room.server.ws_url}?t={room.server.participant_token}")
            assert refused.value.response.status_code == 503
            await a.close()
            await b.close()

    run(scenario)


def test_closing_the_room_closes_every_connection_and_stops_listening(board_file):
    file, ids = board_file

    async def scenario():
        room = Room(file)
        await room.__aenter__()
        port = room.server.address.port
        sara = await RoomClient(room.server.ws_url, room.server.participant_token,
                                ids["Sara"]).connect()
        await room.__aexit__(None, None, None)
        await sara.wait_for(lambda: not sara.connected)
        with pytest.raises(OSError):
            await asyncio.open_connection("127.0.0.1", port)

    run(scenario)


def test_the_room_code_is_short_readable_and_not_the_token():
    from stormboard.room.server import CODE_ALPHABET, new_token, room_code

    tokens = [new_token() for _ in range(200)]
    codes = {room_code(t) for t in tokens}
    assert len(codes) == 200  # different rooms, different codes
    for token in tokens[:20]:
        code = room_code(token)
        assert len(code) == 7 and code[3] == "-"
        assert set(code.replace("-", "")) <= set(CODE_ALPHABET)
        assert code.replace("-", "") not in token
        assert room_code(token) == code  # stable for the room
