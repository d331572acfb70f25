"""The one place where domain records become table rows and rows become domain records.

Reading is also validation: a .storm file is untrusted input, so every value read passes the
domain's rules (known kinds, #RRGGBB colours, clean text within its limit, finite geometry) and a
row that breaks one raises :class:`RowError` naming the record.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, fields
from functools import cache
from operator import attrgetter
from typing import Any

from ..domain import notation, rules
from ..domain.entities import (
    COLLECTIONS,
    SINGLETONS,
    BoardInfo,
    Decision,
    Entity,
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
from ..domain.rules import MAX_COORD, MAX_ID_LENGTH, MAX_SIZE, MAX_STICKY_TEXT, MIN_SIZE
from ..domain.workshop import FEATURES
from ..error_codes import CodedError, Phrase, problem_of

#: longest text outside a sticky (labels, descriptions, goals): far above what the domain's
#: builders allow, so a valid board always loads, but bounded so a crafted file cannot balloon
MAX_LONG_TEXT = 20_000
_LINK_KINDS = frozenset(k.value for k in LinkKind)
_KIND_IDS = notation.KINDS_BY_ID


def _shown(value: object) -> str:
    """A value for a message: its repr, cut short (a crafted file's value may be huge)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _cut(detail: str) -> str:
    """A detail for a message: a coded phrase whole (the UI says it), a text cut short."""
    return detail if isinstance(detail, Phrase) else detail[:200]


class RowError(CodedError, ValueError):
    """A row in the file breaks a domain rule; the message names it."""


# -- domain -> row ------------------------------------------------------------------------
def _json(value: Any) -> str:
    # repr-exact floats, readable Persian; no NaN (the domain never makes one)
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _expect(record: Entity, kind: type) -> None:
    # an explicit error, not an assert: python -O must not let a wrong record reach SQL
    if not isinstance(record, kind):
        raise TypeError(f"expected a {kind.__name__}, got {type(record).__name__}")


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    # dataclasses.fields() per record was a third of writing 20,000 stickies (issue 12)
    return tuple(f.name for f in fields(kind))


@cache
def _row_getter(kind: type) -> Callable[[Any], dict[str, Any]]:
    # one C-level attrgetter call and a zip per record: a delete or undo of 20,000 stickies
    # turns every one into a row for the edit log (issue 12)
    names = _field_names(kind)
    get = attrgetter(*names)
    if len(names) == 1:
        return lambda record: {names[0]: get(record)}
    return lambda record: dict(zip(names, get(record), strict=True))


def _as_row(record: Entity) -> dict[str, Any]:
    return _row_getter(type(record))(record)


def to_row(collection: str, record: Entity) -> dict[str, Any]:
    """Column name -> value for one record."""
    if collection == "info":
        _expect(record, BoardInfo)
        row = _as_row(record)
        row["legend"] = _json(record.legend)
        return row
    if collection == "workshop":
        _expect(record, Workshop)
        row = _as_row(record)
        row["plan"] = _json([asdict(p) for p in record.plan])
        row["history"] = _json([asdict(r) for r in record.history])
        return row
    row = _as_row(record)
    if collection == "stickies":
        row["co_authors"] = _co_authors(record.co_authors)  # type: ignore[union-attr]
    elif collection == "links":
        row["kind"] = str(record.kind)  # type: ignore[union-attr]
    return row


def _co_authors(value: tuple[str, ...]) -> str:
    return _json(list(value)) if value else "[]"


#: (collection, column) -> how its attribute becomes the column's value, where it is not as is
_CONVERT: dict[tuple[str, str], Callable[[Any], Any]] = {
    ("stickies", "co_authors"): _co_authors,
    ("links", "kind"): str,
}


def to_rows(
    collection: str, records: Iterable[Entity], columns: Sequence[str]
) -> list[tuple[Any, ...]]:
    """Bulk ``to_row`` for writing a whole board: the same values, as tuples in ``columns``
    order (one C-level attrgetter call per record instead of a dict built field by field)."""
    if collection in SINGLETONS:
        return [tuple(to_row(collection, r)[c] for c in columns) for r in records]
    get = attrgetter(*columns)
    convert = [(i, f) for i, c in enumerate(columns) if (f := _CONVERT.get((collection, c)))]
    if not convert:
        return [get(r) for r in records]
    if len(convert) == 1:  # stickies (co_authors), links (kind): one comprehension
        i, f = convert[0]
        return [(*g[:i], f(g[i]), *g[i + 1:]) for g in map(get, records)]
    rows: list[tuple[Any, ...]] = []
    for record in records:
        row = list(get(record))
        for i, f in convert:
            row[i] = f(row[i])
        rows.append(tuple(row))
    return rows


# -- row -> domain, with checks -------------------------------------------------------------
def _text(value: object, what: str, limit: int) -> str:
    if not isinstance(value, str):
        raise RowError(code="row.not_text", what=what)
    if len(value) > limit:
        raise RowError(code="row.too_long", what=what, limit=limit)
    return value


def _id(value: object, what: str) -> str:
    if not rules.is_id(value):
        raise RowError(code="row.bad_id", what=what)
    return value


def _ref(value: object, what: str) -> str:
    """A reference to another record; kept as written (even empty), only bounded."""
    if not isinstance(value, str) or len(value) > MAX_ID_LENGTH:
        raise RowError(code="row.bad_ref", what=what)
    return value


def _color(value: object, what: str) -> str:
    if not rules.is_color(value):
        raise RowError(code="row.bad_colour", what=what, value=_shown(value))
    return value


def _num(value: object, what: str, limit: float = MAX_COORD) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RowError(code="row.not_number", what=what)
    if not rules.is_number(value) or abs(value) > limit:  # a huge int is not a float either
        raise RowError(code="row.out_of_range", what=what)
    return value


def _size(value: object, what: str) -> float:
    value = _num(value, what)
    if not MIN_SIZE <= value <= MAX_SIZE:
        raise RowError(code="row.out_of_range", what=what)
    return value


def _bool(value: object, what: str) -> bool:
    if value not in (0, 1):  # True/False compare equal to 1/0
        raise RowError(code="row.not_bool", what=what)
    return bool(value)


def _loads(value: object, what: str) -> Any:
    try:
        return json.loads(_text(value, what, MAX_LONG_TEXT * 10), parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise RowError(code="row.bad_json", what=what) from None


def _no_constant(name: str) -> None:
    raise ValueError(name)


def _str_tuple(value: object, what: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise RowError(code="row.not_list", what=what)
    return tuple(_text(v, what, MAX_LONG_TEXT) for v in value)


def _obj(value: object, keys: frozenset[str], required: frozenset[str], what: str) -> dict:
    if not isinstance(value, dict) or not required <= value.keys() <= keys:
        raise RowError(code="row.unexpected_fields", what=what)
    return value


_PLAN_KEYS = frozenset(f.name for f in fields(PhasePlan))
_PLAN_REQUIRED = frozenset({"key", "title", "minutes"})
_RUN_KEYS = frozenset(f.name for f in fields(PhaseRun))
_RUN_REQUIRED = frozenset({"key", "started_at"})


def _plan(item: object, what: str) -> PhasePlan:
    d = _obj(item, _PLAN_KEYS, _PLAN_REQUIRED, what)
    return PhasePlan(
        key=_text(d["key"], what, MAX_LONG_TEXT),
        title=_text(d["title"], what, MAX_LONG_TEXT),
        minutes=_num(d["minutes"], what),
        instruction=_text(d.get("instruction", ""), what, MAX_LONG_TEXT),
        checklist=_str_tuple(d.get("checklist", []), what),
        kinds=tuple(_unlockable(k, what) for k in _str_tuple(d.get("kinds", []), what)),
    )


def _unlockable(key: str, what: str) -> str:
    """What a phase may unlock: a sticky kind or one of the workshop's features."""
    if key not in _KIND_IDS and key not in FEATURES:
        raise RowError(code="row.unlocks_unknown", what=what, kind=_shown(key))
    return key


def _run(item: object, what: str) -> PhaseRun:
    d = _obj(item, _RUN_KEYS, _RUN_REQUIRED, what)
    ended = d.get("ended_at")
    return PhaseRun(
        key=_text(d["key"], what, MAX_LONG_TEXT),
        started_at=_num(d["started_at"], what, math.inf),
        ended_at=None if ended is None else _num(ended, what, math.inf),
        paused_seconds=_num(d.get("paused_seconds", 0.0), what, math.inf),
    )


def _info(r: Sequence[Any]) -> BoardInfo:
    what = Phrase("row.what_properties")
    legend = _loads(r[4], what)
    if not isinstance(legend, dict):
        raise RowError(code="row.bad_legend", what=what)
    for k, v in legend.items():
        notation.kind(k)
        _color(v, what)
    return BoardInfo(
        id=r[0], title=_text(r[1], what, MAX_LONG_TEXT), created_at=_num(r[2], what, math.inf),
        description=_text(r[3], what, MAX_LONG_TEXT), legend=legend,
        show_chapters=_bool(r[5], what), show_tense_hints=_bool(r[6], what),
    )


def _workshop(r: Sequence[Any]) -> Workshop:
    what = Phrase("row.what_workshop")
    plan = _loads(r[4], what)
    history = _loads(r[6], what)
    if not isinstance(plan, list) or not isinstance(history, list):
        raise RowError(code="row.bad_plan", what=what)
    started = r[7]
    current = r[5]
    if not isinstance(current, int) or not 0 <= current <= max(len(plan), 1):
        raise RowError(code="row.bad_phase", what=what)
    budget = r[10]
    if not isinstance(budget, int) or not 0 <= budget <= 1000:
        raise RowError(code="row.bad_budget", what=what)
    return Workshop(
        id=r[0], enabled=_bool(r[1], what), goal=_text(r[2], what, MAX_LONG_TEXT),
        scope=_text(r[3], what, MAX_LONG_TEXT),
        plan=tuple(_plan(p, what) for p in plan), current=current,
        history=tuple(_run(h, what) for h in history),
        timer_started_at=None if started is None else _num(started, what, math.inf),
        timer_elapsed=_num(r[8], what, math.inf), timer_extra=_num(r[9], what, math.inf),
        vote_budget=budget, votes_revealed=_bool(r[11], what),
        active_participant=None if r[12] is None else _ref(r[12], what),
    )


def _participant(r: Sequence[Any]) -> Participant:
    what = Phrase("row.what_participant", id=_shown(r[0]))
    return Participant(_id(r[0], what), _text(r[1], what, MAX_LONG_TEXT),
                       _text(r[2], what, MAX_LONG_TEXT), _color(r[3], what))


def _lane(r: Sequence[Any]) -> Lane:
    what = Phrase("row.what_lane", id=_shown(r[0]))
    return Lane(_id(r[0], what), _text(r[1], what, MAX_LONG_TEXT), _num(r[2], what),
                _num(r[3], what), _color(r[4], what), _bool(r[5], what))


def _milestone(r: Sequence[Any]) -> Milestone:
    what = Phrase("row.what_milestone", id=_shown(r[0]))
    return Milestone(_id(r[0], what), _text(r[1], what, MAX_LONG_TEXT), _num(r[2], what),
                     _color(r[3], what))


# the fast path below restates domain.rules inline (a call per field costs 10,000 calls on
# open). A file is read as written: an empty author (which older versions made and the app
# no longer does, see rules.author_or_none) loads as it was saved; the JSON export spells it null
_F = float
_LIMIT = MAX_COORD
_MAX_ID = MAX_ID_LENGTH
_is_color = rules.is_color


def _record_maker(cls: type) -> Callable[..., Any]:
    """A maker of ``cls`` records that stores each field through its slot: what the frozen
    dataclass's ``__init__`` does (it has no ``__post_init__``), without an
    ``object.__setattr__`` look-up per field; half the cost of a sticky on open (ADR 0246)."""
    names = [f.name for f in fields(cls)]
    setters = [getattr(cls, name).__set__ for name in names]
    args = ", ".join(names)
    body = "".join(f"\n    _s{i}(self, {name})" for i, name in enumerate(names))
    space: dict[str, Any] = {f"_s{i}": setter for i, setter in enumerate(setters)}
    space.update(_new=object.__new__, _cls=cls)
    exec(f"def make({args}):\n    self = _new(_cls){body}\n    return self", space)
    return space["make"]


_new_sticky = _record_maker(Sticky)


def _sticky(r: Sequence[Any]) -> Sticky:
    sid, kind, x, y, w, h, text, color, pivotal, author, created, updated, co = r
    # Fast path for the common, valid row (10,000 of these on open): one chained test. Any
    # failure falls through to the field-by-field checks, which name the problem.
    if (
        kind in _KIND_IDS and type(x) is _F and type(y) is _F and type(w) is _F
        and type(h) is _F and type(created) is _F and type(updated) is _F
        and -_LIMIT <= x <= _LIMIT and -_LIMIT <= y <= _LIMIT
        and MIN_SIZE <= w <= MAX_SIZE and MIN_SIZE <= h <= MAX_SIZE
        and -math.inf < created < math.inf and -math.inf < updated < math.inf
        and type(sid) is str and 0 < len(sid) <= _MAX_ID and type(text) is str
        and len(text) <= MAX_STICKY_TEXT and (pivotal == 0 or pivotal == 1)
        and (color is None or _is_color(color))
        and (author is None or (type(author) is str and len(author) <= _MAX_ID))
        and co == "[]"
    ):
        return _new_sticky(sid, kind, x, y, w, h, text, color, bool(pivotal), author,
                           created, updated, ())
    return _checked_sticky(r)


def _checked_sticky(r: Sequence[Any]) -> Sticky:
    """A sticky row the fast path could not prove: each field checked, the first bad named."""
    sid, kind, x, y, w, h, text, color, pivotal, author, created, updated, co = r
    what = Phrase("row.what_sticky", id=_shown(sid))
    if kind not in _KIND_IDS:
        raise RowError(code="row.unknown_kind", what=what, kind=_shown(kind))
    if co == "[]":
        co_authors: tuple[str, ...] = ()
    else:
        items = _loads(co, what)
        if not isinstance(items, list):
            raise RowError(code="row.bad_coauthors", what=what)
        co_authors = tuple(_ref(a, what) for a in items)
    return Sticky(
        _id(sid, what), kind, _num(x, what), _num(y, what), _size(w, what), _size(h, what),
        _text(text, what, MAX_STICKY_TEXT), None if color is None else _color(color, what),
        _bool(pivotal, what), None if author is None else _ref(author, what),
        _num(created, what, math.inf), _num(updated, what, math.inf), co_authors,
    )


def _link(r: Sequence[Any]) -> Link:
    what = Phrase("row.what_link", id=_shown(r[0]))
    if r[3] not in _LINK_KINDS:
        raise RowError(code="row.unknown_kind", what=what, kind=_shown(r[3]))
    return Link(_id(r[0], what), _ref(r[1], what), _ref(r[2], what), LinkKind(r[3]),
                _text(r[4], what, MAX_LONG_TEXT))


def _vote(r: Sequence[Any]) -> Vote:
    what = Phrase("row.what_vote", id=_shown(r[0]))
    return Vote(_id(r[0], what), _ref(r[1], what), _ref(r[2], what), _num(r[3], what, math.inf))


def _decision(r: Sequence[Any]) -> Decision:
    what = Phrase("row.what_decision", id=_shown(r[0]))
    return Decision(_id(r[0], what), _text(r[1], what, MAX_LONG_TEXT),
                    _text(r[2], what, MAX_LONG_TEXT))


#: collection -> function turning a row (columns in table order) into a checked domain record
FROM_ROW: dict[str, Callable[[Sequence[Any]], Entity]] = {
    "info": _info,
    "workshop": _workshop,
    "participants": _participant,
    "lanes": _lane,
    "milestones": _milestone,
    "stickies": _sticky,
    "links": _link,
    "votes": _vote,
    "decisions": _decision,
}


def from_rows(collection: str, rows: Iterable[Sequence[Any]]) -> list[Entity]:
    """``from_row`` for every row of one collection, its checks made once per collection where
    they depend only on it (22,000 rows on open, ADR 0246); the same records, the same
    RowError for the first row that fails."""
    if collection in SINGLETONS:
        return [from_row(collection, row) for row in rows]
    make = FROM_ROW[collection]
    try:
        records = [make(row) for row in rows]
    except RowError:
        raise
    except (ValueError, TypeError) as error:  # DomainError is a ValueError
        raise RowError(code="row.invalid", collection=collection,
                       detail=_cut(problem_of(error))) from None
    kind = COLLECTIONS[collection]
    for record in records:
        if not isinstance(record, kind):
            raise RowError(code="row.wrong_type", collection=collection,
                           type=type(record).__name__)
    return records


def from_row(collection: str, row: Sequence[Any]) -> Entity:
    """A domain record from a row, or RowError; domain errors (unknown kind...) become RowError."""
    try:
        record = FROM_ROW[collection](row)
    except RowError:
        raise
    except (ValueError, TypeError) as error:  # DomainError is a ValueError
        raise RowError(code="row.invalid", collection=collection,
                       detail=_cut(problem_of(error))) from None
    if collection in SINGLETONS and record.id != SINGLETONS[collection]:
        raise RowError(code="row.wrong_id", collection=collection, id=_shown(record.id))
    if not isinstance(record, COLLECTIONS[collection]):
        raise RowError(code="row.wrong_type", collection=collection,
                       type=type(record).__name__)
    return record
