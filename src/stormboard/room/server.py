"""The room's server: one port serving the participant page and the Yjs WebSocket.

Every HTTP and WebSocket request must carry a token (``?t=``) of 192 random bits; without a valid
one the answer is 403 with an empty body and no identifying headers. The participant token and the
co-facilitator token are different, and the role is checked on every update (``bridge``).
Nothing listens before :meth:`RoomServer.start`; :meth:`RoomServer.stop` closes every connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any, TypeVar
from urllib.parse import parse_qs, quote, urlsplit

from websockets.asyncio.server import Server, ServerConnection, broadcast, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from ..domain.errors import DomainError
from ..domain.notation import KINDS
from .bridge import Limits, Role, RoomBridge, Sender
from .protocol import (
    ROOM,
    ProtocolError,
    YMessageType,
    YSyncMessageType,
    create_sync_step1_message,
    create_sync_step2_message,
    create_update_message,
    decode_room,
    encode_room,
    split_sync,
)

T = TypeVar("T")
#: runs a function on the session's thread and returns its result (the bridge lives there)
Dispatcher = Callable[[Callable[[], T]], Awaitable[T]]

WS_PATH = "/ws/board"
#: bytes queued for one client that does not read, before the host drops it
MAX_WRITE_BUFFER = 16 * 1024 * 1024

#: files of the participant page (package data): name -> content type
PAGE_FILES = {
    "room.js": "text/javascript; charset=utf-8",
    "room.css": "text/css; charset=utf-8",
}


async def same_thread(fn: Callable[[], T]) -> T:
    """The dispatcher of the headless host: the session lives on the event loop's thread."""
    return fn()


def new_token() -> str:
    return secrets.token_urlsafe(24)  # 192 bits


#: letters and digits nobody confuses when read off a projector (no 0/O, 1/I/L, 5/S, 2/Z)
CODE_ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY"


def room_code(token: str) -> str:
    """A short code naming the room, shown on the join screen and on every phone's page, so
    people can tell they joined the right room. Derived from the token by a hash: it names the
    room and opens nothing (the token does; ADR 0126)."""
    number = int.from_bytes(hashlib.sha256(token.encode()).digest()[:8], "big")
    letters = []
    for _ in range(6):
        number, digit = divmod(number, len(CODE_ALPHABET))
        letters.append(CODE_ALPHABET[digit])
    return "".join(letters[:3]) + "-" + "".join(letters[3:])


@dataclass(frozen=True, slots=True)
class Address:
    host: str
    port: int

    def http(self, path: str = "/") -> str:
        return f"http://{_host(self.host)}:{self.port}{path}"

    def ws(self, path: str = WS_PATH) -> str:
        return f"ws://{_host(self.host)}:{self.port}{path}"


def _host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class RoomServer:
    def __init__(
        self,
        bridge: RoomBridge,
        *,
        bind: str = "127.0.0.1",
        port: int = 0,
        dispatch: Dispatcher | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.bridge = bridge
        self.bind = bind
        self.port = port
        self.limits = limits or bridge.limits
        self.participant_token = new_token()
        self.cofacilitator_token = new_token()
        self._dispatch: Dispatcher = dispatch or same_thread
        self._server: Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._clients: set[ServerConnection] = set()
        self._senders: dict[int, Sender] = {}
        self.address: Address | None = None
        bridge.on_update(self._on_doc_update)

    # -- life ---------------------------------------------------------------------------------
    async def start(self) -> Address:
        self._loop = asyncio.get_running_loop()
        self._server = await serve(
            self._handle,
            self.bind,
            self.port,
            process_request=self._process_request,
            server_header=None,
            max_size=self.limits.message_bytes,
            open_timeout=10,  # a slow-loris handshake is dropped after 10 s
            ping_interval=20,
            ping_timeout=20,
            close_timeout=2,
        )
        port = self._server.sockets[0].getsockname()[1]
        self.address = Address(self.bind, port)
        return self.address

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close(close_connections=True)
            await self._server.wait_closed()
            self._server = None

    @property
    def join_url(self) -> str:
        assert self.address is not None
        return self.address.http(f"/?t={quote(self.participant_token)}")

    @property
    def code(self) -> str:
        return room_code(self.participant_token)

    @property
    def ws_url(self) -> str:
        assert self.address is not None
        return self.address.ws()

    @property
    def connections(self) -> int:
        return len(self._clients)

    # -- HTTP ---------------------------------------------------------------------------------
    def _role(self, token: str) -> Role | None:
        # constant-time comparisons: the token is the only door
        if hmac.compare_digest(token.encode(), self.cofacilitator_token.encode()):
            return Role.COFACILITATOR
        if hmac.compare_digest(token.encode(), self.participant_token.encode()):
            return Role.PARTICIPANT
        return None

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        url = urlsplit(request.path)
        query = parse_qs(url.query)
        role = self._role(query.get("t", [""])[0])
        if role is None:
            return _response(403)
        if url.path == WS_PATH:
            if "websocket" not in request.headers.get("Upgrade", "").lower():
                return _response(400)
            if len(self._clients) >= self.limits.connections:
                return _response(503)
            participant = query.get("p", [None])[0]
            self._senders[id(connection)] = Sender(role, participant)
            return None
        if url.path in ("/", "/index.html"):
            page = _page_file("index.html").decode("utf-8")
            body = (page.replace("{{TOKEN}}", quote(query["t"][0]))
                    .replace("{{CONFIG}}", _page_config(self.code, self.limits.self_join))
                    .encode("utf-8"))
            return _response(200, body, "text/html; charset=utf-8")
        name = url.path.lstrip("/")
        if name in PAGE_FILES:
            return _response(200, _page_file(name), PAGE_FILES[name])
        return _response(404)

    # -- WebSocket ----------------------------------------------------------------------------
    async def _handle(self, ws: ServerConnection) -> None:
        sender = self._senders.pop(id(ws), None)
        if sender is None:
            await ws.close(1008)
            return
        self._clients.add(ws)
        try:
            state = await self._dispatch(self.bridge.state)
            await ws.send(create_sync_step1_message(state))
            # every phone learns its votes and whether stickies are locked
            mine = await self._dispatch(lambda: self.bridge.my_votes(sender))
            await ws.send(encode_room(mine))
            async for message in ws:
                if isinstance(message, str):
                    raise ProtocolError("text frames are not part of the protocol")
                await self._message(ws, sender, message)
        except (ProtocolError, ValueError) as error:
            # garbage from one client closes that client only; the room keeps serving
            await ws.close(1007, _reason(str(error)))
        except ConnectionClosed:
            pass
        finally:
            self._clients.discard(ws)

    async def _message(self, ws: ServerConnection, sender: Sender, message: bytes) -> None:
        if not message:
            raise ProtocolError("empty message")
        kind = message[0]
        if kind == YMessageType.SYNC:
            sync, payload = split_sync(message)
            if sync == YSyncMessageType.SYNC_STEP1:
                update = await self._dispatch(lambda: self.bridge.update_since(payload))
                await ws.send(create_sync_step2_message(update))
                return
            if payload == b"\x00\x00":
                return
            outcome = await self._dispatch(lambda: self.bridge.receive(payload, sender))
            if outcome.accepted:
                await ws.send(encode_room({"type": "ack", "ids": [i for _, i in outcome.accepted]}))
            if outcome.refused:
                await ws.send(encode_room({"type": "refused", "items": [
                    {"collection": c, "id": i, "reason": r} for c, i, r in outcome.refused]}))
        elif kind == YMessageType.AWARENESS:
            return  # presence is not used by the room; not relayed
        elif kind == ROOM:
            await self._room_message(ws, sender, decode_room(message))
        else:
            raise ProtocolError("unknown message type")

    async def _room_message(self, ws: ServerConnection, sender: Sender,
                            payload: dict[str, Any]) -> None:
        kind = payload.get("type")
        if kind in ("vote", "unvote"):
            sticky = payload.get("sticky")
            add = kind == "vote"

            def vote() -> dict[str, Any]:
                try:
                    return self.bridge.vote(sender, sticky, add)  # type: ignore[arg-type]
                except DomainError as refusal:
                    return {**self.bridge.my_votes(sender), "type": "votes",
                            "refused": str(refusal)}

            await ws.send(encode_room(await self._dispatch(vote)))
        elif kind == "votes":
            await ws.send(encode_room(await self._dispatch(lambda: self.bridge.my_votes(sender))))
        else:
            raise ProtocolError("unknown room message")

    def set_locked(self, locked: bool) -> None:
        """Lock or unlock phone stickies (call on the session's thread) and tell every phone."""
        self.bridge.locked = locked
        self.announce({"type": "lock", "locked": locked})

    def announce(self, payload: dict[str, Any]) -> None:
        """Send a room message to every client (from any thread)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._broadcast, encode_room(payload))

    def _on_doc_update(self, update: bytes) -> None:
        """Every transaction of the shared document goes to every client (called on the
        session's thread; sent from the event loop's)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        message = create_update_message(update)
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(self._broadcast, message)

    def _broadcast(self, message: bytes) -> None:
        # a client that stops reading would make the host buffer every update for it; past
        # the limit it is dropped (it resyncs when it reconnects)
        for ws in list(self._clients):
            if ws.transport.get_write_buffer_size() > MAX_WRITE_BUFFER:
                self._clients.discard(ws)
                ws.transport.abort()
        broadcast(self._clients, message)


def _reason(text: str) -> str:
    return text.encode("utf-8")[:120].decode("utf-8", "ignore")


#: Persian names of the kinds, as the desktop's catalogue has them (the page has no Qt)
KIND_NAMES_FA = {
    "domain_event": "رویداد دامنه", "hotspot": "نقطهٔ داغ", "person": "شخص / کنشگر",
    "external_system": "سامانهٔ بیرونی", "opportunity": "فرصت", "value_positive": "ارزش +",
    "value_negative": "ارزش −", "command": "فرمان", "policy": "سیاست",
    "read_model": "مدل خواندنی", "aggregate": "اگریگیت / قید", "user_interface": "رابط کاربری",
    "note": "یادداشت", "chapter": "نام فصل",
}


def _page_config(code: str, self_join: bool) -> str:
    kinds = [{"id": k.id, "en": k.name, "fa": KIND_NAMES_FA.get(k.id, k.name), "color": k.color}
             for k in KINDS if k.id != "chapter"]
    # inside a <script type="application/json">: no "<" may close the element early
    return json.dumps({"kinds": kinds, "code": code, "selfJoin": self_join},
                      ensure_ascii=False).replace("<", "\\u003c")


def _page_file(name: str) -> bytes:
    return resources.files("stormboard.room").joinpath("web", name).read_bytes()


def _response(status: int, body: bytes = b"", content_type: str | None = None) -> Response:
    """A response with nothing more than it needs: no server banner, no listing, no content
    on refusal; pages are never cached and never leak the token in a Referer."""
    headers = Headers()
    if content_type:
        headers["Content-Type"] = content_type
        headers["Cache-Control"] = "no-store"
        headers["Referrer-Policy"] = "no-referrer"
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Content-Security-Policy"] = (
            "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; "
            "style-src 'self'; script-src 'self'; frame-ancestors 'none'"
        )
    headers["Content-Length"] = str(len(body))
    headers["Connection"] = "close"
    reasons = {200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
               503: "Service Unavailable"}
    return Response(status, reasons[status], headers, body)
