"""A second desktop in a room, as co-facilitator: it mirrors the host's shared document into a
board session of its own (a local copy file), and sends its own edits of the writable
collections back. The host checks them like anyone's; what it refuses or normalises comes back
as a remote edit. The event loop and the socket live in a background thread; the session stays
on the caller's (GUI) thread, reached through ``submit`` (as in ``background``)."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

from ..app.edit import ChangeSet, Edit
from ..app.session import BoardSession, Subscription
from ..domain.board import Board, Put
from ..domain.errors import DomainError
from ..error_codes import CodedError, Phrase, os_problem
from ..export.json_validate import JsonFormatError
from .client import RoomClient
from .layout import (
    DOC_COLLECTIONS,
    WRITABLE,
    board_json,
    decode_published,
    read_record,
    to_fields,
    write_record,
)
from .server import WS_PATH

Submit = Callable[[Callable[[], Any]], "Future[Any]"]


class JoinError(CodedError):
    """The room could not be joined; one sentence for the user."""


def split_link(link: str) -> tuple[str, str]:
    """(WebSocket URL, token) of a room link (the join address ``http://host:port/?t=...``)."""
    parts = urlsplit(link.strip())
    token = parse_qs(parts.query).get("t", [""])[0]
    if parts.scheme not in ("http", "ws") or not parts.netloc or not token:
        raise JoinError(code="room.room_link_looks_like")
    return urlunsplit(("ws", parts.netloc, WS_PATH, "", "")), token


class RemoteRoom:
    def __init__(self, link: str) -> None:
        self.ws_url, self.token = split_link(link)
        self.client = RoomClient(self.ws_url, self.token)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._ready: Future[Board] = Future()
        self._session: BoardSession | None = None
        self._submit: Submit | None = None
        self._subscription: Subscription | None = None
        self.closed = threading.Event()

    # -- joining ------------------------------------------------------------------------------
    def begin(self) -> Future[Board]:
        """Connect in the background; the future gives the whole board (or a JoinError). The
        caller keeps its own thread responsive meanwhile (the GUI may be the host, too)."""
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()),
                                        name="stormboard-remote-room", daemon=True)
        self._thread.start()
        return self._ready

    def start(self, timeout: float = 20.0) -> Board:
        """Connect, receive the whole board and return it (raises JoinError); blocks."""
        try:
            return self.begin().result(timeout)
        except TimeoutError:
            self.stop()
            raise JoinError(code="room.room_did_answer") from None

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        try:
            await self.client.connect()
            records = {name: {rid: read_record(root, rid) or {} for rid in root}
                       for name, root in self.client.roots.items()}
            from ..export.json_format import board_from_json

            self._ready.set_result(board_from_json(board_json(records)))
        except Exception as error:  # refused (403), unreachable, a board we cannot read
            self._ready.set_exception(JoinError(_why(error)))
            return
        try:
            waiter = asyncio.ensure_future(self._stop.wait())
            while not self._stop.is_set() and self.client.connected:
                await asyncio.wait({waiter}, timeout=0.5)
        finally:
            self.closed.set()
            await self.client.close()

    def attach(self, session: BoardSession, submit: Submit) -> None:
        """Mirror the document into ``session`` from now on, and send its edits back."""
        self._session = session
        self._submit = submit
        self._subscription = session.subscribe(self._local_change)
        assert self._loop is not None
        self._loop.call_soon_threadsafe(self._start_mirroring)

    def stop(self, timeout: float = 10.0) -> None:
        if self._subscription is not None:
            self._subscription.close()
            self._subscription = None
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    # -- host -> this desktop (loop thread, then GUI thread) ----------------------------------
    def _start_mirroring(self) -> None:
        self.client.on_remote = self._remote_change
        # anything that arrived between the first sync and now
        self._remote_change([(name, rid) for name, root in self.client.roots.items()
                             for rid in root])

    def _remote_change(self, touched: list[tuple[str, str]]) -> None:
        items = {(c, i): read_record(self.client.roots[c], i) for c, i in touched
                 if c in DOC_COLLECTIONS}
        if self._submit is not None and items:
            self._submit(lambda: self._apply_remote(items))

    def _apply_remote(self, items: dict[tuple[str, str], dict[str, Any] | None]) -> None:
        session = self._session
        if session is None:
            return
        board = session.board
        try:
            decoded = decode_published(board, items)
        except (JsonFormatError, DomainError):
            return  # the host sent what the format refuses; keep the board as it is
        puts = []
        for (collection, record_id), after in decoded.items():
            if collection == "votes" and after is None and not board.workshop.votes_revealed:
                continue  # votes are withdrawn from the document until revealed, not deleted
            before = board.get(collection, record_id)
            if before != after and not (after is None and collection in ("info", "workshop")):
                puts.append(Put(collection, record_id, before, after))
        if not puts:
            return
        order = {name: i for i, name in enumerate(DOC_COLLECTIONS)}
        puts.sort(key=lambda p: (p.after is None, order[p.collection] * (
            -1 if p.after is None else 1)))
        with contextlib.suppress(DomainError):
            session.execute(Edit("Room", tuple(puts)), initiator=self, remote=True)

    # -- this desktop -> host (GUI thread, then loop thread) ----------------------------------
    def _local_change(self, changes: ChangeSet) -> None:
        if changes.remote or self._session is None or self._loop is None:
            return
        board = self._session.board
        items = []
        for collection in WRITABLE:
            for record_id in changes.ids(collection):
                record = board.get(collection, record_id)
                items.append((collection, record_id,
                              None if record is None else to_fields(record)))
        if items:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._write_local, items)

    def _write_local(self, items: list[tuple[str, str, dict[str, Any] | None]]) -> None:
        with self.client.doc.transaction():
            for collection, record_id, fields in items:
                write_record(self.client.roots[collection], record_id, fields)


def _why(error: BaseException) -> Phrase:
    if isinstance(error, JsonFormatError):
        return Phrase("room.unreadable_board", detail=error)
    problem = os_problem(error)
    if problem.code != "os.other":  # a full disk, a denied file...: said in the UI's language
        return Phrase("room.cannot_join", detail=problem)
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return Phrase("room.cannot_join", detail=text)
