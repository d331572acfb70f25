"""A room client on pycrdt: what tests, benchmarks and scripts use to act as a phone.

It speaks the same protocol as the browser page (y-websocket): on connect both sides send their
state vector (sync step 1) and answer the other's with what it lacks (step 2), so whatever was
written while offline arrives on reconnect; afterwards each local transaction is sent as an
update. Room messages (acks, refusals, votes) are queued in ``messages``.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from pycrdt import Doc, Map, TransactionEvent
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from .layout import DOC_COLLECTIONS
from .protocol import (
    ROOM,
    YMessageType,
    YSyncMessageType,
    create_sync_step1_message,
    create_sync_step2_message,
    create_update_message,
    decode_room,
    encode_room,
    split_sync,
)


class RoomClient:
    def __init__(self, ws_url: str, token: str, participant: str | None = None) -> None:
        self.url = f"{ws_url}?t={quote(token)}" + (f"&p={quote(participant)}" if participant
                                                    else "")
        self.participant = participant
        self.doc = Doc()
        self.roots = {name: self.doc.get(name, type=Map) for name in DOC_COLLECTIONS}
        self.messages: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.acked: set[str] = set()
        self._ws: ClientConnection | None = None
        self._reader: asyncio.Task[None] | None = None
        self._remote = False
        self._synced = asyncio.Event()
        #: ``on_remote(touched)`` after each update from the host, with the (collection, id)
        #: records it touched (a co-facilitator's desktop mirrors them into its session)
        self.on_remote: Callable[[list[tuple[str, str]]], None] | None = None
        self._touched: dict[tuple[str, str], None] | None = None
        self.doc.observe(self._on_transaction)
        for name, root in self.roots.items():
            root.observe_deep(self._collector(name))

    def _collector(self, collection: str) -> Callable[[list[Any]], None]:
        def collect(events: list[Any]) -> None:  # one argument: see RoomBridge._collector
            if self._touched is None:
                return
            for event in events:
                if event.path:
                    self._touched[(collection, str(event.path[0]))] = None
                else:
                    for key in event.keys:
                        self._touched[(collection, str(key))] = None

        return collect

    async def connect(self) -> RoomClient:
        self._synced = asyncio.Event()
        self._ws = await connect(self.url, max_size=None, open_timeout=10)
        await self._ws.send(create_sync_step1_message(self.doc.get_state()))
        self._reader = asyncio.create_task(self._read(self._ws))
        await asyncio.wait_for(self._synced.wait(), 30)
        return self

    async def close(self) -> None:
        """Drop the connection (the phone goes offline); the document is kept."""
        ws, self._ws = self._ws, None
        if ws is not None:
            await ws.close()
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError, ConnectionClosed):
                await self._reader
            self._reader = None

    @property
    def connected(self) -> bool:
        return self._ws is not None

    async def _read(self, ws: ClientConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for message in ws:
                assert isinstance(message, bytes)
                if message[0] == YMessageType.SYNC:
                    kind, payload = split_sync(message)
                    if kind == YSyncMessageType.SYNC_STEP1:
                        await ws.send(create_sync_step2_message(self.doc.get_update(payload)))
                    else:
                        self._remote = True
                        self._touched = {} if self.on_remote is not None else None
                        try:
                            self.doc.apply_update(payload)
                        finally:
                            self._remote = False
                            touched, self._touched = self._touched, None
                        if touched and self.on_remote is not None:
                            self.on_remote(list(touched))
                        if kind == YSyncMessageType.SYNC_STEP2:
                            self._synced.set()
                elif message[0] == ROOM:
                    payload_json = decode_room(message)
                    if payload_json.get("type") == "ack":
                        self.acked.update(payload_json.get("ids", []))
                    self.messages.put_nowait(payload_json)
        if self._ws is ws:
            self._ws = None

    def _on_transaction(self, event: TransactionEvent) -> None:
        if self._remote or self._ws is None:
            return  # offline writes stay in the document until the next sync
        update = event.update
        ws = self._ws
        task = asyncio.get_event_loop().create_task(ws.send(create_update_message(update)))
        task.add_done_callback(lambda t: t.exception() if not t.cancelled() else None)

    # -- writing ------------------------------------------------------------------------------
    def write_sticky(self, sticky_id: str, text: str, kind: str = "domain_event",
                     **fields: Any) -> None:
        record = {"id": sticky_id, "kind": kind, "text": text, "x": 0.0, "y": 0.0,
                  "author": self.participant, **fields}
        self.roots["stickies"][sticky_id] = Map(record)

    def record(self, collection: str, record_id: str) -> dict[str, Any] | None:
        value = self.roots[collection].get(record_id)
        return value.to_py() if isinstance(value, Map) else None

    async def send_room(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Send a room message and return the next room message that answers it."""
        assert self._ws is not None
        while not self.messages.empty():  # answers to earlier messages are stale now
            self.messages.get_nowait()
        await self._ws.send(encode_room(payload))
        return await self.next_message(lambda m: m.get("type") == "votes")

    async def next_message(self, accept: Callable[[dict[str, Any]], bool],
                           timeout: float = 10.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            message = await asyncio.wait_for(self.messages.get(), max(remaining, 0.001))
            if accept(message):
                return message

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("condition not reached")
            await asyncio.sleep(0.01)
