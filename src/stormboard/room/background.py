"""A room served from a background thread, for the desktop app: the event loop and the sockets
live in that thread, the session and the shared document stay on the caller's (GUI) thread,
reached through the dispatcher the caller gives (see ``ui/room``)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from ..app.session import BoardSession
from .bridge import Limits, RoomBridge
from .server import RoomServer

#: hands ``fn`` to the session's thread and returns a future of its result
Submit = Callable[[Callable[[], Any]], "Future[Any]"]


class BackgroundRoom:
    """Open with :meth:`start` (raises OSError when the address or port cannot be had); close
    with :meth:`stop`, which closes every connection and the listening socket."""

    def __init__(self, session: BoardSession, submit: Submit, *, bind: str, port: int = 0,
                 limits: Limits | None = None) -> None:
        self.bridge = RoomBridge(session, limits=limits)
        self._submit = submit
        self.server = RoomServer(self.bridge, bind=bind, port=port, dispatch=self._dispatch)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._error: BaseException | None = None

    async def _dispatch(self, fn: Callable[[], Any]) -> Any:
        return await asyncio.wrap_future(self._submit(fn))

    def start(self, timeout: float = 10.0) -> None:
        self._thread = threading.Thread(target=self._run, name="stormboard-room", daemon=True)
        self._thread.start()
        self._started.wait(timeout)
        if self._error is not None:
            self.bridge.close()
            raise self._error

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        try:
            await self.server.start()
        except BaseException as error:
            self._error = error
            self._started.set()
            return
        self._started.set()
        try:
            await self._stop.wait()
        finally:
            # handlers waiting for the GUI thread (which is waiting for us in stop()) are
            # cancelled first, so closing never waits on a call that cannot run
            current = asyncio.current_task()
            for task in asyncio.all_tasks():
                if task is not current:
                    task.cancel()
            await self.server.stop()

    def stop(self, timeout: float = 10.0) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop already ended
                loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self.bridge.close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()


def local_addresses() -> list[str]:
    """IPv4 addresses of this machine a phone on the LAN may reach (loopback last)."""
    found: list[str] = []
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        if address not in found and not address.startswith("127."):
            found.append(address)
    return [*found, "127.0.0.1"]
