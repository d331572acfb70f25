"""A whole board as one JSON document: the interchange form (see docs/json-format.md).

Export then import gives back an equal ``Board`` (floats, Persian, emoji and ZWNJ included):
numbers are written with Python's shortest round-tripping repr and text is never normalised.
Import checks the JSON Schema first, then the domain's rules, and names the bad field.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from ..app.input_files import InputFileError, read_limited
from ..domain import rules
from ..domain.board import Board
from ..domain.entities import (
    BoardInfo,
    Decision,
    Lane,
    Link,
    LinkKind,
    Milestone,
    Participant,
    PhasePlan,
    PhaseRun,
    Sticky,
    Vote,
    Workshop,
)
from ..domain.integrity import board_problems
from ..domain.notation import KINDS_BY_ID
from ..domain.rules import MAX_LABEL_TEXT, MAX_STICKY_TEXT
from ..error_codes import Phrase
from . import json_validate as v
from .atomic import write_text
from .json_validate import BASE_VERSION, FORMAT, VERSION, JsonFormatError

__all__ = [
    "FORMAT",
    "MAX_JSON_BYTES",
    "VERSION",
    "JsonFormatError",
    "board_from_json",
    "board_to_json",
    "dumps",
    "read_json",
    "write_json",
]

#: a 10,000-sticky board is about 4 MB; anything this big is a mistake, not a board
MAX_JSON_BYTES = 256 * 1024 * 1024

#: Python objects cost 30-70 bytes per JSON value: a 256 MB file of ``[{},{},...]`` would take
#: gigabytes. Counting commas (a C-level scan; those inside texts count too, which only makes
#: the bound safer) refuses such a file before parsing. A 10,000-sticky board has ~200,000.
MAX_JSON_VALUES = 8_000_000

#: list collections in the order they are written (records refer only to earlier ones)
LISTS = ("participants", "lanes", "milestones", "stickies", "links", "votes", "decisions")


# -- export -------------------------------------------------------------------------------------
#: a named time slice carried by the JSON form: (name, taken_at, the board as it was)
SliceBoard = tuple[str, float, Board]


def board_to_json(board: Board, slices: Sequence[SliceBoard] = ()) -> dict[str, Any]:
    """The JSON form of a board, as plain dicts and lists ready for ``json.dumps``. With
    ``slices`` it is version 2 (older builds refuse it plainly); without, version 1."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION if slices else BASE_VERSION,
        "board": _to_json(board.info, skip_id=True),
        "workshop": _to_json(board.workshop, skip_id=True),
    }
    for name in ("stickies", "lanes", "milestones", "links", "participants", "votes",
                 "decisions"):
        data[name] = [_to_json(r) for r in board.collection(name).values()]
    for d in data["stickies"]:
        _no_author_is_null(d)
    if slices:
        data["slices"] = [
            {"name": name, "taken_at": taken_at, "board": board_to_json(sliced)}
            for name, taken_at, sliced in slices
        ]
    return data


def _no_author_is_null(d: dict[str, Any]) -> None:
    """"No author" has one spelling in the JSON form, null (rules.author_or_none): a board from
    an older version may still hold an empty author, which the schema refuses."""
    if d["author"] == "":
        d["author"] = None
    if "" in d["co_authors"]:
        d["co_authors"] = [a for a in d["co_authors"] if a]


def dumps(board: Board, slices: Sequence[SliceBoard] = ()) -> str:
    try:
        return json.dumps(board_to_json(board, slices), ensure_ascii=False, indent=2,
                          allow_nan=False) + "\n"
    except ValueError:
        raise JsonFormatError(
            code="export.board_holds_number_finite"
        ) from None


def write_json(board: Board, path: Path, slices: Sequence[SliceBoard] = ()) -> None:
    """Write the board (and its slices) as UTF-8 JSON, all at once (no partial file on
    failure)."""
    text = dumps(board, slices)
    write_text(Path(path), text)  # fsynced, renamed into place; OutputError on failure


def _canonical(f: dataclasses.Field, value: Any) -> Any:
    """An int in a float field (``PhasePlan(minutes=10)``) is written as the float it reads back
    as, so export -> import -> export gives the same bytes."""
    if type(value) is int and str(f.type).startswith("float"):
        return float(value)
    return value


def _to_json(value: Any, skip_id: bool = False) -> Any:
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _to_json(_canonical(f, getattr(value, f.name)))
            for f in dataclasses.fields(value)
            if not (skip_id and f.name == "id")
        }
    if isinstance(value, tuple | list):
        return [_to_json(x) for x in value]
    if isinstance(value, dict):
        return {k: _to_json(x) for k, x in value.items()}
    return value


# -- import -------------------------------------------------------------------------------------
def read_json(path: Path) -> Board:
    """Read a board from a JSON file; every failure is a one-sentence ``JsonFormatError``."""
    return read_json_with_slices(path)[0]


def read_json_with_slices(path: Path) -> tuple[Board, list[SliceBoard]]:
    """A board and the time slices it carries (ADR 0151), from a JSON file."""
    path = Path(path)
    try:
        # one bounded reader for every input: no FIFO, no device, never more than the limit
        raw = read_limited(path, MAX_JSON_BYTES)
    except InputFileError as error:
        raise JsonFormatError(_read_refusal(path, error)) from None
    if raw.count(b",") > MAX_JSON_VALUES:  # before decoding: the text would double memory
        raise JsonFormatError(code="json.in_file", file=str(path),
                              problem=_too_many_values(raw.count(b",")))
    try:
        content = raw.decode("utf-8-sig")  # tolerate a byte-order mark some editors add
    except UnicodeDecodeError as error:
        raise JsonFormatError(
            code="export.utf_text_byte_x", file=str(path), value=raw[error.start],
            start=error.start
        ) from None
    try:
        data = loads(content)
        return board_from_json(data), slices_from_json(data)
    except JsonFormatError as error:
        raise JsonFormatError(code="json.in_file", file=str(path), problem=error) from None


def _read_refusal(path: Path, error: InputFileError) -> object:
    if error.reason == "too_big":
        return Phrase("json.too_big", file=str(path), size=error.size / 2**20,
                      limit=MAX_JSON_BYTES // 2**20)
    if error.reason == "folder":
        return Phrase("json.folder", file=str(path))
    if error.reason == "missing":
        return Phrase("input.missing", path=str(path))
    return error  # coded by app.input_files


def _too_many_values(values: int) -> Phrase:
    return Phrase("json.too_many_values", values=values, most=MAX_JSON_VALUES)


def loads(content: str) -> Any:
    """Parse JSON text, or a one-sentence JsonFormatError (ADR 0162): bad syntax, an integer
    beyond Python's digit limit, nesting deeper than the decoder's recursion limit. The
    depth a board may have is checked later (``json_validate.check_depth``)."""
    values = content.count(",")  # every value past the first of a list or object has one
    if values > MAX_JSON_VALUES:
        raise JsonFormatError(_too_many_values(values))
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        raise JsonFormatError(
            code="export.valid_json_line_column", msg=error.msg, lineno=error.lineno,
            colno=error.colno
        ) from None
    except RecursionError:
        raise JsonFormatError(code="export.board_json_nested_too") from None
    except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
        raise JsonFormatError(
            code="export.holds_integer_thousands_digits"
        ) from None
    if v.may_hold_surrogates(content):
        v.check_shape(data)  # an id or key with a lone surrogate could never be saved
    return data


def slices_from_json(data: dict[str, Any]) -> list[SliceBoard]:
    """The slices of an already checked document, each board checked like the top level."""
    out: list[SliceBoard] = []
    names: set[str] = set()
    for i, item in enumerate(data.get("slices", [])):
        where = f"slices[{i}]"
        name = " ".join(item["name"].split())
        if not name or name in names:
            raise JsonFormatError(code="export.name_slice_needs_name", where=where)
        names.add(name)
        taken_at = v.number(item["taken_at"], f"{where}.taken_at")
        inner = item["board"]
        if isinstance(inner, dict) and "slices" in inner:
            raise JsonFormatError(code="export.board_slice_cannot_hold", where=where)
        try:
            board = board_from_json(inner)
        except JsonFormatError as error:
            raise JsonFormatError(code="export.board", where=where, error=error) from None
        out.append((name, taken_at, board))
    return out


def board_from_json(data: dict[str, Any]) -> Board:
    """Build a board from its JSON form, or raise ``JsonFormatError`` naming the bad field."""
    v.check_header(data)
    # The usual case, a valid board, takes the fast lane: one pass over each sticky checks the
    # schema's sticky rules and the domain's together. Anything it cannot prove sends the whole
    # document down the full path, which words the first problem exactly as it always has.
    stickies = _stickies_in_fast_lane(data)
    if stickies is None:
        v.check_schema(data)
    lists = {name: data.get(name, []) for name in LISTS}

    sticky_ids = v.unique_ids(lists["stickies"], "stickies")
    for name in ("participants", "lanes", "milestones", "links", "votes", "decisions"):
        v.unique_ids(lists[name], name)

    board = Board(_info(data.get("board", {})), _workshop(data.get("workshop", {})))
    board.load("participants", [_participant(r, i) for i, r in enumerate(lists["participants"])])
    board.load("lanes", [_lane(r, i) for i, r in enumerate(lists["lanes"])])
    board.load("milestones", [_milestone(r, i) for i, r in enumerate(lists["milestones"])])
    if stickies is None:
        stickies = [_sticky(r, i) for i, r in enumerate(lists["stickies"])]
    board.load("stickies", stickies)
    board.load("links", [_link(r, i, sticky_ids) for i, r in enumerate(lists["links"])])
    board.load("votes", [_vote(r, i, sticky_ids) for i, r in enumerate(lists["votes"])])
    board.load("decisions",
               [_decision(r, i, sticky_ids) for i, r in enumerate(lists["decisions"])])
    # the whole-board rules a .storm file is opened with too (ADR 0163): one definition
    problems = board_problems(board, limit=1)
    if problems:
        raise JsonFormatError(code="json.board_problem", problem=problems[0].message)
    return board


def _info(d: dict[str, Any]) -> BoardInfo:
    default = BoardInfo()
    return BoardInfo(
        title=v.text(d.get("title", default.title), "board.title", MAX_LABEL_TEXT),
        created_at=v.number(d.get("created_at", 0.0), "board.created_at"),
        description=v.text(d.get("description", ""), "board.description", MAX_STICKY_TEXT),
        legend={k: v.color(c, f"board.legend.{k}") for k, c in d.get("legend", {}).items()},
        show_chapters=d.get("show_chapters", default.show_chapters),
        show_tense_hints=d.get("show_tense_hints", default.show_tense_hints),
    )


def _stickies_in_fast_lane(data: dict[str, Any]) -> list[Sticky] | None:
    """Every sticky, checked against the schema and the domain in one pass; None as soon as one
    is not proven valid here, or if the rest of the document fails the schema."""
    if not v.sticky_lane_open() or not v.schema_accepts_all_but_sticky_items(data):
        return None
    stickies = []
    for d in data["stickies"]:
        sticky = _fast_sticky(d)
        if sticky is None:
            return None
        stickies.append(sticky)
    return stickies


_F = float
_NAN = math.nan
_INF = math.inf
# the fast lane restates domain.rules inline for speed; tests/export/test_json_fast_lane.py and
# tests/domain/test_rules.py hold it to the same answers
_MAX_COORD = rules.MAX_COORD
_MIN_SIZE = rules.MIN_SIZE
_MAX_SIZE = rules.MAX_SIZE
_MAX_ID = rules.MAX_ID_LENGTH
_is_color = rules.is_color


def _as_float(value: Any) -> float:
    """An exact float for an integer (not a bool) of at most 2**53; otherwise NaN, which fails
    every range test after it."""
    if type(value) is int and -(2**53) <= value <= 2**53:
        return float(value)
    return _NAN


def _fast_sticky(d: Any) -> Sticky | None:
    """The sticky, if ``d`` meets every rule of the schema's ``sticky`` (json_validate's
    STICKY_LANE_DEFS) and of ``_sticky``; None if it may not (the full path then decides).
    Stricter than those rules is allowed, never looser (tests/export/test_json_fast_lane.py)."""
    if type(d) is not dict or not d.keys() <= v.STICKY_KEYS:
        return None
    sid = d.get("id")
    kind_id = d.get("kind")
    if (type(sid) is not str or not 0 < len(sid) <= _MAX_ID or not rules.is_encodable(sid)
            or type(kind_id) is not str or kind_id not in v.sticky_kinds()):
        return None
    kind = KINDS_BY_ID.get(kind_id)
    if kind is None:
        return None
    numbers = _fast_numbers(d, kind.width, kind.height)
    if numbers is None:
        return None
    x, y, w, h, created, updated = numbers
    text = d.get("text", "")
    color = d.get("color")
    pivotal = d.get("pivotal", False)
    author = d.get("author")
    if not (
        type(text) is str and len(text) <= MAX_STICKY_TEXT
        and rules.is_encodable(text)
        and (pivotal is False or (pivotal is True and kind_id == "domain_event"))
        and (color is None or _is_color(color))
        and (author is None or (type(author) is str and 0 < len(author) <= _MAX_ID
                                and rules.is_encodable(author)))
    ):
        return None
    if "co_authors" not in d:
        return Sticky(sid, kind_id, x, y, w, h, text, color, pivotal, author, created, updated)
    co = d["co_authors"]
    if type(co) is not list or not all(type(a) is str and 0 < len(a) <= _MAX_ID
                                       and rules.is_encodable(a) for a in co):
        return None
    return Sticky(sid, kind_id, x, y, w, h, text, color, pivotal, author, created, updated,
                  tuple(co))


def _fast_numbers(d: dict[str, Any], width: float,
                  height: float) -> tuple[float, float, float, float, float, float] | None:
    """x, y, width, height (the kind's by default), created_at, updated_at as floats within
    the rules, or None."""
    x, y = d.get("x"), d.get("y")
    w, h = d.get("width", width), d.get("height", height)
    created, updated = d.get("created_at", 0.0), d.get("updated_at", 0.0)
    if type(x) is not _F:
        x = _as_float(x)
    if type(y) is not _F:
        y = _as_float(y)
    if type(w) is not _F:
        w = _as_float(w)
    if type(h) is not _F:
        h = _as_float(h)
    if type(created) is not _F:
        created = _as_float(created)
    if type(updated) is not _F:
        updated = _as_float(updated)
    if not (
        -_MAX_COORD <= x <= _MAX_COORD and -_MAX_COORD <= y <= _MAX_COORD
        and _MIN_SIZE <= w <= _MAX_SIZE and _MIN_SIZE <= h <= _MAX_SIZE
        and -_INF < created < _INF and -_INF < updated < _INF
    ):
        return None
    return x, y, w, h, created, updated


def _sticky(d: dict[str, Any], i: int) -> Sticky:
    p = f"stickies[{i}]"
    kind = KINDS_BY_ID[d["kind"]]  # the schema's enum guarantees a known kind
    pivotal = d.get("pivotal", False)
    if pivotal and kind.id != "domain_event":
        raise JsonFormatError(code="export.pivotal_domain_events_pivotal", p=p, id=kind.id)
    return Sticky(
        id=d["id"],
        kind=kind.id,
        x=v.coord(d["x"], f"{p}.x"),
        y=v.coord(d["y"], f"{p}.y"),
        width=v.size(d.get("width", kind.width), f"{p}.width"),
        height=v.size(d.get("height", kind.height), f"{p}.height"),
        text=v.text(d.get("text", ""), f"{p}.text", MAX_STICKY_TEXT),
        color=v.color(d.get("color"), f"{p}.color"),
        pivotal=pivotal,
        author=d.get("author"),
        created_at=v.number(d.get("created_at", 0.0), f"{p}.created_at"),
        updated_at=v.number(d.get("updated_at", 0.0), f"{p}.updated_at"),
        **_co_authors(d),
    )


def _co_authors(d: dict[str, Any]) -> dict[str, Any]:
    """Merged duplicates' authors; only passed when present, so older records stay valid."""
    if "co_authors" not in d:
        return {}
    return {"co_authors": tuple(d["co_authors"])}


def _color(d: dict[str, Any], record_type: type, p: str) -> str:
    """The record's colour, or its type's default when the file leaves it out."""
    default = record_type.__dataclass_fields__["color"].default
    return v.color(d.get("color", default), f"{p}.color")


def _lane(d: dict[str, Any], i: int) -> Lane:
    p = f"lanes[{i}]"
    return Lane(
        id=d["id"],
        label=v.text(d["label"], f"{p}.label", MAX_LABEL_TEXT),
        y=v.coord(d["y"], f"{p}.y"),
        height=v.positive(d["height"], f"{p}.height"),
        color=_color(d, Lane, p),
        collapsed=d.get("collapsed", False),
    )


def _milestone(d: dict[str, Any], i: int) -> Milestone:
    p = f"milestones[{i}]"
    return Milestone(
        id=d["id"],
        label=v.text(d["label"], f"{p}.label", MAX_LABEL_TEXT),
        x=v.coord(d["x"], f"{p}.x"),
        color=_color(d, Milestone, p),
    )


def _link(d: dict[str, Any], i: int, sticky_ids: set[str]) -> Link:
    p = f"links[{i}]"
    v.refers(d["source_id"], sticky_ids, f"{p}.source_id", Phrase("json.ref_sticky"))
    v.refers(d["target_id"], sticky_ids, f"{p}.target_id", Phrase("json.ref_sticky"))
    return Link(
        id=d["id"],
        source_id=d["source_id"],
        target_id=d["target_id"],
        kind=LinkKind(d.get("kind", LinkKind.LEADS_TO.value)),
        label=v.text(d.get("label", ""), f"{p}.label", MAX_LABEL_TEXT),
    )


def _participant(d: dict[str, Any], i: int) -> Participant:
    p = f"participants[{i}]"
    return Participant(
        id=d["id"],
        name=v.text(d["name"], f"{p}.name", MAX_LABEL_TEXT),
        role=v.text(d.get("role", ""), f"{p}.role", MAX_LABEL_TEXT),
        color=_color(d, Participant, p),
    )


def _vote(d: dict[str, Any], i: int, sticky_ids: set[str]) -> Vote:
    p = f"votes[{i}]"
    v.refers(d["sticky_id"], sticky_ids, f"{p}.sticky_id", Phrase("json.ref_sticky"))
    return Vote(
        id=d["id"],
        participant_id=d["participant_id"],
        sticky_id=d["sticky_id"],
        created_at=v.number(d.get("created_at", 0.0), f"{p}.created_at"),
    )


def _decision(d: dict[str, Any], i: int, sticky_ids: set[str]) -> Decision:
    p = f"decisions[{i}]"
    v.refers(d["id"], sticky_ids, f"{p}.id", Phrase("json.ref_decision"))
    return Decision(
        id=d["id"],
        owner=v.text(d.get("owner", ""), f"{p}.owner", MAX_LABEL_TEXT),
        next_step=v.text(d.get("next_step", ""), f"{p}.next_step", MAX_STICKY_TEXT),
    )


def _workshop(d: dict[str, Any]) -> Workshop:
    plan = tuple(_phase_plan(r, i) for i, r in enumerate(d.get("plan", [])))
    current = d.get("current", 0)
    if current >= max(len(plan), 1):
        raise JsonFormatError(
            code="export.workshop_current_phase_plan" if len(plan) != 1 else
            "export.workshop_current_phase_plan_1", current=current, count=len(plan)
        )
    history = tuple(_phase_run(r, i) for i, r in enumerate(d.get("history", [])))
    return Workshop(
        enabled=d.get("enabled", False),
        goal=v.text(d.get("goal", ""), "workshop.goal", MAX_STICKY_TEXT),
        scope=v.text(d.get("scope", ""), "workshop.scope", MAX_STICKY_TEXT),
        plan=plan,
        current=int(current),
        history=history,
        timer_started_at=v.optional_number(d.get("timer_started_at"),
                                           "workshop.timer_started_at"),
        timer_elapsed=v.number(d.get("timer_elapsed", 0.0), "workshop.timer_elapsed"),
        timer_extra=v.number(d.get("timer_extra", 0.0), "workshop.timer_extra"),
        vote_budget=int(d.get("vote_budget", 2)),
        votes_revealed=d.get("votes_revealed", False),
        active_participant=d.get("active_participant"),
    )


def _phase_plan(d: dict[str, Any], i: int) -> PhasePlan:
    p = f"workshop.plan[{i}]"
    return PhasePlan(
        key=d["key"],
        title=v.text(d["title"], f"{p}.title", MAX_LABEL_TEXT),
        minutes=v.number(d["minutes"], f"{p}.minutes"),
        instruction=v.text(d.get("instruction", ""), f"{p}.instruction", MAX_STICKY_TEXT),
        checklist=tuple(
            v.text(item, f"{p}.checklist[{j}]", MAX_LABEL_TEXT)
            for j, item in enumerate(d.get("checklist", []))
        ),
        kinds=tuple(d.get("kinds", [])),
    )


def _phase_run(d: dict[str, Any], i: int) -> PhaseRun:
    p = f"workshop.history[{i}]"
    return PhaseRun(
        key=d["key"],
        started_at=v.number(d["started_at"], f"{p}.started_at"),
        ended_at=v.optional_number(d.get("ended_at"), f"{p}.ended_at"),
        paused_seconds=v.number(d.get("paused_seconds", 0.0), f"{p}.paused_seconds"),
    )
