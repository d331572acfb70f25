"""Checks on a board's JSON form: the JSON Schema first, then the rules a schema cannot state.

Every failure is a ``JsonFormatError`` whose message starts with the path of the bad field, e.g.
``stickies[3].kind: 'foo' is not one of [...]``, so a person can find it in the file.
"""

from __future__ import annotations

import copy
import itertools
import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import Any

import fastjsonschema
import jsonschema

from ..domain.rules import (
    COLOR_PATTERN,
    MAX_COORD,
    MAX_ID_LENGTH,
    MAX_SIZE,
    MIN_SIZE,
    is_color,
    is_encodable,
)
from ..error_codes import CodedError, Phrase

SCHEMA_FILE = "board.schema.json"
FORMAT = "stormboard"
VERSION = 2
#: what a board without slices is written as, so older builds still read it (ADR 0151)
BASE_VERSION = 1
_MAX_MESSAGE = 300


class JsonFormatError(CodedError, ValueError):
    """The JSON is not a board this build can read; the message is one sentence naming the field."""


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12), read from the package so an installed build finds it."""
    text = resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _validator() -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(schema())


@cache
def _fast_validator() -> Any:
    """The same schema compiled to Python code: about 15 times faster than jsonschema, so a
    valid board (the usual case) is accepted quickly; jsonschema then explains a refusal."""
    return fastjsonschema.compile(schema())


# -- the sticky fast lane (ADR 0023) --------------------------------------------------------------
#: The schema fragments ``json_format`` checks by hand for each sticky, as the schema file states
#: them. The lane is open only while the file says exactly this: edit the schema and the lane
#: closes (every sticky then goes through the schema engine again) until the hand check is
#: updated to match.
#: Its numbers and patterns come from domain.rules, so a rule changed there closes the lane until
#: the schema file says the same (tests/domain/test_rules.py then fails, naming the difference).
STICKY_LANE_DEFS: dict[str, Any] = {
    "id": {"type": "string", "minLength": 1, "maxLength": MAX_ID_LENGTH},
    "color": {"type": "string", "pattern": COLOR_PATTERN},
    "time": {"type": "number", "description": "seconds since 1970-01-01 UTC"},
    "sticky": {
        "type": "object",
        "required": ["id", "kind", "x", "y"],
        "additionalProperties": False,
        "properties": {
            "id": {"$ref": "#/$defs/id"},
            "kind": {"$ref": "#/$defs/kind"},
            "x": {"type": "number"},
            "y": {"type": "number"},
            "width": {"type": "number", "description": "default: the kind's width"},
            "height": {"type": "number", "description": "default: the kind's height"},
            "text": {"type": "string"},
            "color": {"type": ["string", "null"], "pattern": COLOR_PATTERN},
            "pivotal": {"type": "boolean"},
            "author": {"type": ["string", "null"], "minLength": 1, "maxLength": MAX_ID_LENGTH},
            "created_at": {"$ref": "#/$defs/time"},
            "updated_at": {"$ref": "#/$defs/time"},
            "co_authors": {
                "type": "array",
                "items": {"$ref": "#/$defs/id"},
                "description": "participant ids of duplicates merged into this sticky",
            },
        },
    },
}


@cache
def sticky_lane_open() -> bool:
    """True while the schema's sticky rules are exactly those the hand check implements, and the
    top level refers to them only for ``stickies`` items."""
    s = schema()
    defs = s["$defs"]
    return (
        all(defs.get(name) == rule for name, rule in STICKY_LANE_DEFS.items())
        and s["properties"]["stickies"] == {"type": "array", "items": {"$ref": "#/$defs/sticky"}}
        and "enum" in defs["kind"] and set(defs["kind"]) == {"enum"}
    )


@cache
def sticky_kinds() -> frozenset[str]:
    """The kinds the schema's enum allows (the hand check looks kinds up here)."""
    return frozenset(schema()["$defs"]["kind"]["enum"])


#: the colour pattern as the schema engines apply it (``re.search``)
STICKY_COLOR = re.compile(STICKY_LANE_DEFS["color"]["pattern"])
STICKY_KEYS = frozenset(STICKY_LANE_DEFS["sticky"]["properties"])


@cache
def _fast_validator_without_sticky_items() -> Any:
    """The schema with ``stickies`` reduced to "an array": the rest of the document is checked
    by the compiled engine, each sticky by the hand check in ``json_format``."""
    reduced = copy.deepcopy(schema())
    reduced["properties"]["stickies"] = {"type": "array"}
    return fastjsonschema.compile(reduced)


def schema_accepts_all_but_sticky_items(data: object) -> bool:
    """True if the document passes every schema rule except those on each sticky's content;
    False sends the caller to ``check_schema``, which words the refusal."""
    try:
        _fast_validator_without_sticky_items()(data)
    except fastjsonschema.JsonSchemaValueException:
        return False
    return True


def field_path(parts: Iterable[str | int]) -> str:
    """``['stickies', 3, 'kind']`` -> ``'stickies[3].kind'``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "top level"


def check_header(data: object) -> None:
    """Refuse what is not a board at all, or a board from a newer Stormboard, before the schema
    (a newer version may have a shape this schema would report confusingly)."""
    if not isinstance(data, dict):
        raise JsonFormatError(
            code="export.top_level_board_json", value=_json_type(data)
        )
    if data.get("format") != FORMAT:
        raise JsonFormatError(
            code="export.format_stormboard_board_expected", format=FORMAT
        )
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise JsonFormatError(
            code="export.version_board_was_written", version=version, version2=VERSION
        )


def check_schema(data: object) -> None:
    """Validate against the JSON Schema; report the first problem in document order."""
    try:
        _fast_validator()(data)
        return
    except fastjsonschema.JsonSchemaValueException as fast_error:
        refusal = fast_error
    check_shape(data, strings=False)  # the engines and their messages recurse
    try:
        # at most MAX_ERRORS described: a file with 300,000 bad records is refused in a moment
        errors = list(itertools.islice(_validator().iter_errors(data), MAX_ERRORS + 1))
        errors.sort(key=lambda e: [(0, p, "") if isinstance(p, int) else (1, 0, p)
                                   for p in e.absolute_path])
        message = f"{field_path(errors[0].absolute_path)}: {errors[0].message}" if errors else ""
    except RecursionError:
        raise JsonFormatError(code="export.top_level_nested_too") from None
    if not errors:  # the engines disagree on a corner case: the stricter one wins
        where = refusal.name.removeprefix("data").lstrip(".") or "top level"
        raise JsonFormatError(code="json.field_problem", where=where,
                              problem=refusal.message.removeprefix(refusal.name).strip())
    if len(message) > _MAX_MESSAGE:
        message = message[: _MAX_MESSAGE - 1] + "…"
    more = len(errors) - 1
    # the schema engine's own words stay English (ADR 0210); the sentence around them is coded
    if more > MAX_ERRORS - 1:
        raise JsonFormatError(code="json.schema_many", problem=message, most=MAX_ERRORS - 1)
    if more > 1:
        raise JsonFormatError(code="json.schema_more", problem=message, more=more)
    if more:
        raise JsonFormatError(code="json.schema_one_more", problem=message)
    raise JsonFormatError(code="json.schema", problem=message)


# -- shape limits checked before any engine walks the document (ADR 0162) --------------------
#: a board's JSON is at most 5 levels deep (top > stickies > sticky > co_authors > id); the
#: schema engines and error messages recurse, so anything far deeper is refused first
MAX_DEPTH = 32
#: the schema engine describes at most this many problems; the count after it is a lower bound
MAX_ERRORS = 100
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF][0-9a-fA-F]{2}")


def may_hold_surrogates(content: str) -> bool:
    """True if JSON text may decode to a lone surrogate: only a ``\\udXXX`` escape can make
    one (the text itself came from UTF-8). A fast C-level scan, so a normal board pays nothing."""
    return _SURROGATE_ESCAPE.search(content) is not None


#: containers the depth-only walk looks at before leaving the rest to the RecursionError guard
_DEPTH_WALK_BUDGET = 200_000


def check_shape(data: object, *, strings: bool = True) -> None:
    """Refuse nesting deeper than MAX_DEPTH and (with ``strings``) any key or text holding an
    unpaired surrogate, naming where. Iterative, so it cannot itself run out of stack; the
    path is built only for a refusal. Depth alone (``strings=False``) is looked for in the
    first containers only: past that budget the caller's RecursionError guard answers, so a
    file of millions of ``{}`` is not walked in Python."""
    if _shape_ok(data, strings, None if strings else _DEPTH_WALK_BUDGET):
        return
    where, problem = _locate(data, strings, ())
    raise JsonFormatError(code="json.field_problem", where=where, problem=problem)


def _shape_ok(data: object, strings: bool, budget: int | None) -> bool:
    stack: list[tuple[object, int]] = [(data, 0)]
    pop, push = stack.pop, stack.append
    while stack:
        if budget is not None:
            budget -= 1
            if budget < 0:
                return True
        value, depth = pop()
        if depth > MAX_DEPTH:
            return False
        if type(value) is dict:
            if strings and not all(map(is_encodable, value)):
                return False
            items = value.values()
        else:
            items = value  # type: ignore[assignment]
        for item in items:
            kind = type(item)
            if kind is dict or kind is list:
                push((item, depth + 1))
            elif strings and kind is str and not is_encodable(item):
                return False
    return True


def _locate(value: object, strings: bool, where: tuple[str | int, ...]) -> tuple[str, str]:
    """The path and wording of the first problem ``_shape_ok`` found (depth-first, recursion
    bounded by MAX_DEPTH + 1)."""
    if len(where) > MAX_DEPTH:
        return (f"{field_path(where[:4])}…", Phrase("json.too_deep", most=MAX_DEPTH))
    if isinstance(value, dict):
        pairs: Iterable[tuple[str | int, object]] = value.items()
        if strings and not all(map(is_encodable, value)):
            return (field_path(where), Phrase("json.key_surrogate"))
    elif isinstance(value, list):
        pairs = enumerate(value)
    else:
        if strings and isinstance(value, str) and not is_encodable(value):
            return (field_path(where), Phrase("json.surrogate"))
        return ("", "")
    for key, item in pairs:
        found = _locate(item, strings, (*where, key))
        if found[1]:
            return found
    return ("", "")


# -- field rules the schema cannot express ------------------------------------------------------
def number(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise JsonFormatError(code="export.expected_number_found", file=path,
                              value=_json_type(value))
    try:
        value = float(value)
    except OverflowError:  # an integer literal beyond any float
        raise JsonFormatError(code="export.number_too_large", file=path) from None
    if not math.isfinite(value):
        raise JsonFormatError(code="export.finite_number", file=path, value=value)
    return value


def coord(value: Any, path: str) -> float:
    value = number(value, path)
    if abs(value) > MAX_COORD:
        raise JsonFormatError(code="export.outside", file=path, value=value, max_coord=MAX_COORD)
    return value


def size(value: Any, path: str) -> float:
    value = number(value, path)
    if not MIN_SIZE <= value <= MAX_SIZE:
        raise JsonFormatError(code="export.between", file=path, value=value, min_size=MIN_SIZE,
                              max_size=MAX_SIZE)
    return value


def positive(value: Any, path: str, limit: float = MAX_COORD) -> float:
    value = number(value, path)
    if not 0 < value <= limit:
        raise JsonFormatError(code="export.above_most", file=path, value=value, limit=limit)
    return value


def color(value: Any, path: str) -> Any:
    """A colour the schema's pattern let through is also held to ``rules.is_color``: the
    pattern's ``$`` also matches before a final newline."""
    if value is not None and not is_color(value):
        raise JsonFormatError(code="export.colour_form_rrggbb", file=path, value=value)
    return value


def optional_number(value: Any, path: str) -> float | None:
    return None if value is None else number(value, path)


def text(value: Any, path: str, limit: int) -> str:
    """Text is kept exactly as written (the interchange is lossless); only limits apply."""
    if not isinstance(value, str):
        raise JsonFormatError(code="export.expected_text_found", file=path, value=_json_type(value))
    if len(value) > limit:
        raise JsonFormatError(
            code="export.text_limited_characters_one", file=path, limit=limit, count=len(value)
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise JsonFormatError(
            code="export.contains_unpaired_surrogate_ud", file=path
        ) from None
    return value


def unique_ids(records: Sequence[dict[str, Any]], collection: str, key: str = "id") -> set[str]:
    seen: dict[str, int] = {}
    for i, record in enumerate(records):
        rid = record[key]
        if not is_encodable(rid):  # a dict handed in directly never passed ``loads``' scan
            raise JsonFormatError(code="export.contains_unpaired_surrogate_ud_2",
                                  collection=collection, i=i, key=key)
        if rid in seen:
            raise JsonFormatError(
                code="export.duplicate_id_also_used", collection=collection, i=i, key=key,
                rid=rid, value=seen[rid]
            )
        seen[rid] = i
    return set(seen)


def refers(value: str, known: set[str], path: str, what: str) -> None:
    if value not in known:
        raise JsonFormatError(code="export.id_board", file=path, what=what, value=value)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    for kind, code in ((bool, "json.type_boolean"), (int | float, "json.type_number"),
                       (str, "json.type_text"), (list, "json.type_array"),
                       (dict, "json.type_object")):
        if isinstance(value, kind):
            return Phrase(code)
    return type(value).__name__
