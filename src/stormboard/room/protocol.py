"""Messages on the room's WebSocket: the y-websocket protocol (sync and awareness, as
y-protocols encodes them) plus one message type of the room's own carrying JSON (acks, refusals,
private votes). See docs/room-protocol.md."""

from __future__ import annotations

import json
from typing import Any

from pycrdt import (
    Decoder,
    YMessageType,
    YSyncMessageType,
    create_update_message,
    write_message,
    write_var_uint,
)

__all__ = [
    "ROOM",
    "ProtocolError",
    "YMessageType",
    "YSyncMessageType",
    "create_sync_step1_message",
    "create_sync_step2_message",
    "create_update_message",
    "decode_room",
    "encode_room",
    "split_sync",
]

#: the room's own message type (y-protocols uses 0 sync, 1 awareness, 2 auth, 3 query awareness)
ROOM = 100


class ProtocolError(ValueError):
    """A message that is not what the protocol allows."""


def create_sync_step1_message(state: bytes) -> bytes:
    return bytes([YMessageType.SYNC, YSyncMessageType.SYNC_STEP1]) + write_message(state)


def create_sync_step2_message(update: bytes) -> bytes:
    return bytes([YMessageType.SYNC, YSyncMessageType.SYNC_STEP2]) + write_message(update)


def encode_room(payload: dict[str, Any]) -> bytes:
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return write_var_uint(ROOM) + write_var_uint(len(data)) + data


def decode_room(message: bytes) -> dict[str, Any]:
    """The JSON object of a ROOM message (type byte included in ``message``)."""
    try:
        decoder = Decoder(message[1:])
        data = decoder.read_message()
        value = json.loads((data or b"").decode("utf-8"))
    except (RuntimeError, IndexError, ValueError, UnicodeDecodeError) as error:
        raise ProtocolError(f"bad room message ({error})") from None
    if not isinstance(value, dict):
        raise ProtocolError("a room message is a JSON object")
    return value


def split_sync(message: bytes) -> tuple[int, bytes]:
    """(sync message type, payload) of a SYNC message (type byte included in ``message``)."""
    if len(message) < 3:
        raise ProtocolError("truncated sync message")
    kind = message[1]
    if kind not in (YSyncMessageType.SYNC_STEP1, YSyncMessageType.SYNC_STEP2,
                    YSyncMessageType.SYNC_UPDATE):
        raise ProtocolError("unknown sync message")
    try:
        decoder = Decoder(message[2:])
        payload = decoder.read_message()
    except (RuntimeError, IndexError) as error:
        raise ProtocolError(f"bad sync message ({error})") from None
    if payload is None or decoder.length != 0:
        raise ProtocolError("malformed sync message")
    return kind, bytes(payload)
