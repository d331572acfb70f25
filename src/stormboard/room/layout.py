"""The shared document's layout: one root ``Map`` per collection, keyed by record id, each value
a ``Map`` of the record's JSON fields (the same names and forms as the JSON interchange).

Decoding a record that a client wrote is strict: unknown fields, wrong types and values the
domain's rules refuse raise :class:`Refused` with a sentence the sender's page shows.
"""

from __future__ import annotations

import dataclasses
import math
from enum import Enum
from typing import Any

from pycrdt import Map

from ..domain import rules
from ..domain.board import Board
from ..domain.entities import (
    COLLECTIONS,
    Lane,
    Link,
    LinkKind,
    Milestone,
    Participant,
    Sticky,
)
from ..domain.errors import DomainError
from ..domain.notation import KINDS_BY_ID
from ..export.json_format import FORMAT, LISTS, VERSION, board_from_json

#: every root map of the document, in dependency order (a record refers only to earlier ones)
DOC_COLLECTIONS: tuple[str, ...] = tuple(COLLECTIONS)

#: collections a client may write into; the others (info, workshop, votes, decisions) are
#: published by the host and changed on the desktop only (votes go through a private message)
WRITABLE: tuple[str, ...] = ("participants", "lanes", "milestones", "stickies", "links")


class Refused(DomainError):
    """A change from a room client that the host does not accept; the text says why."""


def strip_id(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if k != "id"}


def board_json(records: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """The JSON interchange form of a document's records (collection -> id -> fields)."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION,
                            "board": strip_id(records.get("info", {}).get("board", {})),
                            "workshop": strip_id(records.get("workshop", {}).get("workshop", {}))}
    for name in LISTS:
        data[name] = list(records.get(name, {}).values())
    return data


def decode_published(board: Board, items: dict[tuple[str, str], dict[str, Any] | None]
                     ) -> dict[tuple[str, str], Any]:
    """Records the host published (a co-facilitator's copy receiving them), decoded by the JSON
    interchange reader: the document's layout is that format. Records they refer to come from
    ``board``. Raises JsonFormatError when the host sent something the format refuses."""
    records: dict[str, dict[str, dict[str, Any]]] = {
        "info": {"board": to_fields(board.info)}, "workshop": {"workshop": to_fields(
            board.workshop)}}
    for (collection, record_id), fields in items.items():
        if fields is not None:
            records.setdefault(collection, {})[record_id] = fields
    stickies = records.setdefault("stickies", {})
    for name, key in (("links", "source_id"), ("links", "target_id"), ("votes", "sticky_id"),
                      ("decisions", "id")):
        for fields in list(records.get(name, {}).values()):
            ref = fields.get(key)
            if isinstance(ref, str) and ref not in stickies and ref in board.stickies:
                stickies[ref] = to_fields(board.stickies[ref])
    mini = board_from_json(board_json(records))
    return {(c, i): None if fields is None else mini.get(c, i)
            for (c, i), fields in items.items()}


def to_fields(record: Any) -> dict[str, Any]:
    """A record as the JSON-compatible dict stored in its ``Map`` (id included)."""
    return {f.name: _plain(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_fields(value)
    if isinstance(value, tuple | list):
        return [_plain(x) for x in value]
    if isinstance(value, dict):
        return {k: _plain(x) for k, x in value.items()}
    return value


# -- decoding -----------------------------------------------------------------------------------
def _number(d: dict[str, Any], key: str, default: float | None = None) -> float:
    value = d.get(key, default)
    if not rules.is_coord(value):
        raise Refused(code="room.number_within", key=key, max_coord=rules.MAX_COORD)
    return float(value)  # type: ignore[arg-type]


def _time(d: dict[str, Any], key: str) -> float:
    value = d.get(key, 0.0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise Refused(code="room.time_seconds", key=key)
    return float(value)


def _text(d: dict[str, Any], key: str, limit: int, default: str = "") -> str:
    value = d.get(key, default)
    if type(value) is not str or not rules.is_encodable(value):
        raise Refused(code="room.text", key=key)
    if len(value) > limit:
        raise Refused(code="room.longer_than_characters", key=key, limit=limit)
    return value


def _color(d: dict[str, Any], key: str, default: str | None) -> str | None:
    value = d.get(key, default)
    if value is None and default is None:
        return None
    if not rules.is_color(value):
        raise Refused(code="room.colour_like_rrggbb", key=key)
    return value  # type: ignore[return-value]


def _bool(d: dict[str, Any], key: str) -> bool:
    value = d.get(key, False)
    if type(value) is not bool:
        raise Refused(code="room.true_false", key=key)
    return value


def _check_keys(d: dict[str, Any], record_type: type, record_id: str) -> None:
    known = {f.name for f in dataclasses.fields(record_type)}
    extra = sorted(set(d) - known)
    if extra:
        raise Refused(code="room.unknown_field", value=extra[0])
    if d.get("id", record_id) != record_id:
        raise Refused(code="room.record_s_id_key")


def _sticky(record_id: str, d: dict[str, Any]) -> Sticky:
    kind = KINDS_BY_ID.get(d.get("kind"))  # type: ignore[arg-type]
    if kind is None:
        raise Refused(code="room.unknown_sticky_kind")
    width = d.get("width", kind.width)
    height = d.get("height", kind.height)
    if not (rules.is_size(width) and rules.is_size(height)):
        raise Refused(code="room.sticky_s_size", min_size=rules.MIN_SIZE, max_size=rules.MAX_SIZE)
    author = d.get("author")
    if not rules.is_author(author):
        raise Refused(code="room.author_participant_s_id")
    co = d.get("co_authors", [])
    if type(co) is not list or not all(rules.is_id(a) for a in co):
        raise Refused(code="room.co_authors_list_participant")
    pivotal = _bool(d, "pivotal")
    if pivotal and kind.id != "domain_event":
        raise Refused(code="app.domain_events_pivotal")
    return Sticky(
        id=record_id, kind=kind.id, x=_number(d, "x", 0.0), y=_number(d, "y", 0.0),
        width=float(width), height=float(height),
        text=_text(d, "text", rules.MAX_STICKY_TEXT), color=_color(d, "color", None),
        pivotal=pivotal, author=author, created_at=_time(d, "created_at"),
        updated_at=_time(d, "updated_at"), co_authors=tuple(co),
    )


def _lane(record_id: str, d: dict[str, Any]) -> Lane:
    height = d.get("height")
    if not rules.is_size(height):
        raise Refused(code="room.lane_s_height_size")
    return Lane(record_id, _text(d, "label", rules.MAX_LABEL_TEXT), _number(d, "y"),
                float(height), _color(d, "color", "#ECEFF1") or "#ECEFF1",  # type: ignore[arg-type]
                _bool(d, "collapsed"))


def _milestone(record_id: str, d: dict[str, Any]) -> Milestone:
    return Milestone(record_id, _text(d, "label", rules.MAX_LABEL_TEXT), _number(d, "x"),
                     _color(d, "color", "#90CAF9") or "#90CAF9")


def _link(record_id: str, d: dict[str, Any]) -> Link:
    source, target = d.get("source_id"), d.get("target_id")
    if not (rules.is_id(source) and rules.is_id(target)):
        raise Refused(code="room.link_needs_source_id")
    try:
        kind = LinkKind(d.get("kind", LinkKind.LEADS_TO.value))
    except ValueError:
        raise Refused(code="room.unknown_link_kind") from None
    return Link(record_id, source, target, kind,  # type: ignore[arg-type]
                _text(d, "label", rules.MAX_LABEL_TEXT))


def _participant(record_id: str, d: dict[str, Any]) -> Participant:
    name = _text(d, "name", rules.MAX_LABEL_TEXT).strip()
    if not name:
        raise Refused(code="app.participant_needs_name")
    return Participant(record_id, name, _text(d, "role", rules.MAX_LABEL_TEXT),
                       _color(d, "color", "#607D8B") or "#607D8B")


_DECODERS = {
    "stickies": (Sticky, _sticky),
    "lanes": (Lane, _lane),
    "milestones": (Milestone, _milestone),
    "links": (Link, _link),
    "participants": (Participant, _participant),
}


def from_fields(collection: str, record_id: str, value: Any) -> Any:
    """The record a client wrote at ``collection[record_id]``, validated, or raise Refused."""
    if collection not in _DECODERS:
        raise Refused(code="room.changed_host", collection=collection)
    if not rules.is_id(record_id):
        raise Refused(code="room.record_s_key_non", max_id_length=rules.MAX_ID_LENGTH)
    if not isinstance(value, dict):
        raise Refused(code="room.each_record_map_fields_2")
    record_type, decode = _DECODERS[collection]
    _check_keys(value, record_type, record_id)
    try:
        return decode(record_id, value)
    except Refused:
        raise
    except (TypeError, ValueError) as error:  # a malformed value the checks above missed
        raise Refused(code="room.malformed_record", collection=collection, error=error) from None


def write_record(root: Map, record_id: str, fields: dict[str, Any] | None) -> None:
    """Make ``root[record_id]`` hold exactly ``fields`` (absent for None), changing only the
    fields that differ so concurrent edits of other fields survive."""
    current = root.get(record_id)
    if fields is None:
        if current is not None or record_id in root:
            del root[record_id]
        return
    if not isinstance(current, Map):
        root[record_id] = Map(fields)
        return
    present = current.to_py() or {}
    for key, value in fields.items():
        if key not in present or present[key] != value:
            current[key] = value
    for key in set(present) - set(fields):
        del current[key]


def read_record(root: Map, record_id: str) -> dict[str, Any] | None:
    value = root.get(record_id)
    return value.to_py() if isinstance(value, Map) else None
