"""Builders of undoable edits. Each reads the board, validates, and returns an ``Edit``;
nothing changes until a session executes it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from ..domain import notation, rules
from ..domain.board import Board, Put
from ..domain.entities import COLLECTIONS, SINGLETONS, Entity, Sticky, new_id
from ..domain.errors import DomainError
from ..domain.rules import MAX_COORD, MAX_SIZE, MIN_SIZE
from ..domain.text import MAX_LABEL_TEXT, check_text
from ..error_codes import Phrase
from .edit import Edit, removal


def _check_coord(value: float, what: str) -> float:
    # the rule refuses bools (file readers must); the app has always taken True as 1
    if not rules.is_coord(float(value) if isinstance(value, bool) else value):
        raise DomainError(code="app.finite_number_within", what=what, max_coord=MAX_COORD)
    return float(value)


def _check_size(value: float, what: str) -> float:
    value = _check_coord(value, what)
    if not rules.is_size(value):
        raise DomainError(code="app.between", what=what, min_size=MIN_SIZE, max_size=MAX_SIZE)
    return value


def _check_author(author: str | None) -> str | None:
    """Empty means "no author" (rules.author_or_none); anything else must be an id."""
    author = rules.author_or_none(author)
    if not rules.is_author(author):
        raise DomainError(
            code="app.author_participant_s_id", max_id_length=rules.MAX_ID_LENGTH
        )
    return author


def _check_id(record_id: str, what: str = Phrase("what.id")) -> str:
    if not rules.is_id(record_id):
        raise DomainError(code="app.text_characters", what=what, max_id_length=rules.MAX_ID_LENGTH)
    return record_id


def _check_color(color: str | None) -> str | None:
    if color is not None and not notation.is_valid_color(color):
        raise DomainError(code="app.colour_form_rrggbb", color=color)
    return color.upper() if color else None


def _sticky(board: Board, sticky_id: str) -> Sticky:
    try:
        return board.stickies[sticky_id]
    except KeyError:
        raise DomainError(code="domain.sticky_board", sticky_id=sticky_id) from None


# -- stickies -------------------------------------------------------------------------------
def new_sticky(
    kind_id: str,
    x: float,
    y: float,
    *,
    text: str = "",
    now: float = 0.0,
    author: str | None = None,
    color: str | None = None,
    width: float | None = None,
    height: float | None = None,
    pivotal: bool = False,
    sticky_id: str | None = None,
) -> Sticky:
    """A validated sticky of the kind's default size with its top-left at (x, y)."""
    kind = notation.kind(kind_id)
    return Sticky(
        id=_check_id(sticky_id, Phrase("what.sticky_id")) if sticky_id else new_id(),
        kind=kind.id,
        x=_check_coord(x, "x"),
        y=_check_coord(y, "y"),
        width=_check_size(width if width is not None else kind.width, Phrase("what.width")),
        height=_check_size(height if height is not None else kind.height, Phrase("what.height")),
        text=check_text(text),
        color=_check_color(color),
        pivotal=bool(pivotal) and kind.id == "domain_event",
        author=_check_author(author),
        created_at=now,
        updated_at=now,
    )


def add_sticky(board: Board, sticky: Sticky, label: str = "Add sticky") -> Edit:
    if sticky.id in board.stickies:
        raise DomainError(code="app.sticky_id_already_exists", id=sticky.id)
    return Edit(label, (Put("stickies", sticky.id, None, sticky),))


def add_stickies(board: Board, stickies: Iterable[Sticky], label: str = "Paste") -> Edit:
    puts = []
    for s in stickies:
        if s.id in board.stickies:
            raise DomainError(code="app.sticky_id_already_exists", id=s.id)
        puts.append(Put("stickies", s.id, None, s))
    return Edit(label, tuple(puts))


def _update_stickies(
    board: Board, label: str, changes: Mapping[str, Mapping[str, Any]], now: float,
    merge_key: str | None = None,
) -> Edit:
    puts = []
    for sid, fields in changes.items():
        before = _sticky(board, sid)
        after = dataclasses.replace(before, **fields, updated_at=now)
        if after != dataclasses.replace(before, updated_at=now):
            puts.append(Put("stickies", sid, before, after))
    return Edit(label, tuple(puts), merge_key)


def set_text(board: Board, sticky_id: str, text: str, now: float = 0.0) -> Edit:
    """Typing: consecutive edits of one sticky's text merge into one undo step."""
    cleaned = check_text(text)
    return _update_stickies(
        board, "Edit text", {sticky_id: {"text": cleaned}}, now, merge_key=f"text:{sticky_id}"
    )


def move_stickies(
    board: Board, ids: Iterable[str], dx: float, dy: float, now: float = 0.0
) -> Edit:
    """Move by an offset. Steps of one drag (same selection) merge into one undo step."""
    ids = sorted(set(ids))
    puts = []
    for sid in ids:
        s = _sticky(board, sid)
        x, y = _check_coord(s.x + dx, "x"), _check_coord(s.y + dy, "y")
        if x != s.x or y != s.y:  # what _update_stickies keeps, without two copies each
            puts.append(Put("stickies", sid, s, _moved(s, x, y, now)))
    key = "move:" + ",".join(ids) if len(ids) < 50 else f"move:{len(ids)}:{hash(tuple(ids))}"
    label = "Move sticky" if len(ids) == 1 else f"Move {len(ids)} stickies"
    return Edit(label, tuple(puts), key)


#: how many fields :func:`_moved` copies (a test checks it against Sticky's own)
MOVED_FIELDS = 13


def _moved(s: Sticky, x: float, y: float, now: float) -> Sticky:
    """``dataclasses.replace(s, x=x, y=y, updated_at=now)`` at half the cost: a drag of 1,000
    stickies makes 1,000 of them per step (ADR 0234)."""
    return Sticky(s.id, s.kind, x, y, s.width, s.height, s.text, s.color, s.pivotal, s.author,
                  s.created_at, now, s.co_authors)


def resize_sticky(
    board: Board, sticky_id: str, x: float, y: float, width: float, height: float,
    now: float = 0.0,
) -> Edit:
    changes = {
        sticky_id: {
            "x": _check_coord(x, "x"),
            "y": _check_coord(y, "y"),
            "width": _check_size(width, Phrase("what.width")),
            "height": _check_size(height, Phrase("what.height")),
        }
    }
    return _update_stickies(board, "Resize", changes, now, merge_key=f"resize:{sticky_id}")


def change_kind(board: Board, ids: Iterable[str], kind_id: str, now: float = 0.0) -> Edit:
    """A new kind brings its own default size (shape tells kinds apart), kept centred."""
    kind = notation.kind(kind_id)
    changes = {}
    for sid in ids:
        s = _sticky(board, sid)
        cx, cy = s.center
        changes[sid] = {
            "kind": kind.id,
            "width": kind.width,
            "height": kind.height,
            "x": cx - kind.width / 2,
            "y": cy - kind.height / 2,
            "pivotal": s.pivotal and kind.id == "domain_event",
        }
    return _update_stickies(board, f"Change to {kind.name}", changes, now)


def set_color(board: Board, ids: Iterable[str], color: str | None, now: float = 0.0) -> Edit:
    color = _check_color(color)
    return _update_stickies(board, "Change colour", {sid: {"color": color} for sid in ids}, now)


def set_pivotal(board: Board, ids: Iterable[str], pivotal: bool, now: float = 0.0) -> Edit:
    changes = {}
    for sid in ids:
        s = _sticky(board, sid)
        if s.kind != "domain_event":
            raise DomainError(code="app.domain_events_pivotal")
        changes[sid] = {"pivotal": pivotal}
    return _update_stickies(board, "Mark pivotal" if pivotal else "Unmark pivotal", changes, now)


def set_author(board: Board, ids: Iterable[str], author: str | None, now: float = 0.0) -> Edit:
    author = _check_author(author)
    return _update_stickies(board, "Set author", {sid: {"author": author} for sid in ids}, now)


def delete_stickies(board: Board, ids: Iterable[str]) -> Edit:
    """Remove stickies with the links, votes and decisions that refer to them."""
    ids = set(ids)
    stickies, decisions = board.stickies, board.decisions
    if not ids <= stickies.keys():
        _sticky(board, min(ids - stickies.keys()))  # refused with its sentence
    n = len(ids)
    # most of the wall: in reverse board order, one pass and no sort of 20,000 ids, and its
    # undo puts them back in the order they stood; a few: by id (ADR 0234)
    records = [s for sid, s in reversed(stickies.items()) if sid in ids] if n * 8 >= len(
        stickies) else [stickies[sid] for sid in sorted(ids)]
    # built in bulk: a delete-all of 20,000 stickies builds 22,000 puts (issue 12, ADR 0234)
    return removal("Delete sticky" if n == 1 else f"Delete {n} stickies", [
        ("links", [link for link in board.links.values()
                   if link.source_id in ids or link.target_id in ids]),
        ("votes", [vote for vote in board.votes.values() if vote.sticky_id in ids]),
        ("decisions", [decisions[s.id] for s in records if s.id in decisions]
         if decisions else []),
        ("stickies", records),
    ])


# -- any record -----------------------------------------------------------------------------
def add_record(board: Board, collection: str, record: Entity, label: str) -> Edit:
    if record.id in board.collection(collection):
        raise DomainError(code="app.already_exists", collection=collection, id=record.id)
    if not isinstance(record, COLLECTIONS[collection]):
        raise DomainError(code="app.record_belong", collection=collection)
    return Edit(label, (Put(collection, record.id, None, record),))


def update_record(
    board: Board, collection: str, record_id: str, label: str,
    merge_key: str | None = None, **fields: Any,
) -> Edit:
    before = board.get(collection, record_id)
    if before is None:
        raise DomainError(code="app.board", collection=collection, record_id=record_id)
    for name in ("label", "title", "name"):
        if isinstance(fields.get(name), str):
            fields[name] = check_text(fields[name], MAX_LABEL_TEXT, Phrase(f"what.the_{name}"))
    after = dataclasses.replace(before, **fields)
    puts = () if after == before else (Put(collection, record_id, before, after),)
    return Edit(label, puts, merge_key)


def remove_record(board: Board, collection: str, record_id: str, label: str) -> Edit:
    if collection in SINGLETONS:
        raise DomainError(code="domain.record_cannot_removed", collection=collection)
    before = board.get(collection, record_id)
    if before is None:
        raise DomainError(code="app.board", collection=collection, record_id=record_id)
    return Edit(label, (Put(collection, record_id, before, None),))


def set_title(board: Board, title: str) -> Edit:
    title = check_text(title, MAX_LABEL_TEXT, Phrase("what.title")).strip() or "Untitled board"
    return update_record(board, "info", "board", "Rename board", title=title)
