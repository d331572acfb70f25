"""The headless host: ``stormboard host FILE.storm [--bind ADDR] [--port N]``.

Opens the board for editing, opens the room, prints one JSON line ``{"join", "ws", "token",
"cofacilitator_token"}`` and serves until SIGINT or SIGTERM, then closes every connection and the
board (self-contained file) and returns 0.
"""

from __future__ import annotations

import asyncio
import errno
import json
import signal
import socket
import sys
from pathlib import Path

from ..app.session import BoardSession
from ..error_codes import CodedError, Phrase, problem_of
from ..storage import open_board_file
from .bridge import Limits, RoomBridge
from .server import RoomServer


class HostError(CodedError):
    """The room could not be opened; one sentence for the user."""


def run_host(path: Path, bind: str = "127.0.0.1", port: int = 0, self_join: bool = False) -> int:
    opened = open_board_file(path)
    if opened.read_only_reason:
        opened.store.close()
        raise HostError(code="room.needs_writable", file=str(path),
                        reason=opened.read_only_reason)
    session = BoardSession(opened.board, opened.store)
    try:
        return asyncio.run(_serve(session, bind, port, Limits(self_join=self_join)))
    finally:
        session.close()


async def _serve(session: BoardSession, bind: str, port: int, limits: Limits) -> int:
    bridge = RoomBridge(session, limits=limits)
    server = RoomServer(bridge, bind=bind, port=port)
    try:
        await server.start()
    except OSError as error:
        raise HostError(_bind_failure(bind, port, error)) from None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(json.dumps({"join": server.join_url, "ws": server.ws_url,
                      "token": server.participant_token,
                      "cofacilitator_token": server.cofacilitator_token,
                      "code": server.code}), flush=True)
    try:
        await stop.wait()
    finally:
        await server.stop()
        bridge.close()
    print("Room closed.", file=sys.stderr, flush=True)
    return 0


def _bind_failure(bind: str, port: int, error: OSError) -> Phrase:
    if error.errno == errno.EADDRINUSE:
        return Phrase("room.port_in_use", port=port, bind=bind)
    if error.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT) or isinstance(
            error, socket.gaierror):
        return Phrase("room.not_an_address", bind=bind)
    return Phrase("room.cannot_listen", bind=bind, port=port, detail=problem_of(error))
