"""The import's sticky fast lane (ADR 0023): never looser than the schema plus the domain rules,
taken by ordinary valid boards, and closed as soon as the schema's sticky rules change."""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import pytest

from stormboard.domain.entities import COLLECTIONS
from stormboard.export import json_format, json_validate
from stormboard.export.json_format import JsonFormatError, board_from_json, read_json
from stormboard.storage.mapping import to_row, to_rows
from stormboard.storage.statements import STATEMENTS

SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/big-picture-bookshop.json"

GOOD: dict[str, Any] = {
    "id": "s1", "kind": "domain_event", "x": 10.5, "y": -20.0, "width": 160.0,
    "height": 160.0, "text": "Order placed", "color": None, "pivotal": False, "author": "p1",
    "created_at": 1.7e9, "updated_at": 1.7e9 + 1,
}

#: values that sit on or just past a rule's edge, or have the wrong JSON type
ODD_VALUES: list[Any] = [
    None, True, False, 0, 1, -1, 19, 20, 5000, 5001, 2**53, 2**53 + 1, 10**400, -(10**400),
    0.0, -0.0, 19.999, 20.0, 5000.0, 5000.5, 1e7, 1e7 + 2, -1e7, float("inf"), float("-inf"),
    float("nan"), 1.7e308, "", "x", "a" * 200, "a" * 201, "a" * 2000, "a" * 2001, "سفارش",
    "\ud800", "ok\udfff", "#A1b2C3", "#a1b2c3\n", "#12345", "#GGGGGG", "red", [], ["p1"],
    ["p1", ""], ["a" * 201], [1], {}, {"a": 1}, "domain_event", "hotspot", "command", "nope",
]


def full_path(d: Any) -> Any:
    """What the import did before the lane existed: the schema, then the domain's ``_sticky``."""
    doc = {"format": "stormboard", "version": 1, "board": {}, "stickies": [d]}
    json_validate.check_schema(doc)
    return json_format._sticky(d, 0)


def mutations(rnd: random.Random, count: int) -> list[Any]:
    keys = [*json_validate.STICKY_KEYS, "extra"]
    out: list[Any] = [copy.deepcopy(GOOD), "not a sticky", ["s1"], None]
    for _ in range(count):
        d = copy.deepcopy(GOOD)
        for _ in range(rnd.randint(1, 3)):
            key = rnd.choice(keys)
            if rnd.random() < 0.15:
                d.pop(key, None)
            else:
                d[key] = rnd.choice(ODD_VALUES)
        out.append(d)
    return out


def test_the_lane_is_open_for_the_shipped_schema() -> None:
    assert json_validate.sticky_lane_open()
    assert json_validate.sticky_kinds() <= set(json_format.KINDS_BY_ID)


def test_the_lane_is_never_looser_than_schema_plus_domain() -> None:
    accepted = refused_by_both = 0
    for d in mutations(random.Random(2026), 4000):
        fast = json_format._fast_sticky(d)
        if fast is None:
            try:
                full_path(d)
            except JsonFormatError:
                refused_by_both += 1
            continue
        assert full_path(d) == fast, d  # the lane accepted: the full path must agree exactly
        accepted += 1
    assert accepted > 200 and refused_by_both > 1000  # both sides were really exercised


@pytest.mark.parametrize("change", [
    {},
    {"x": 100, "y": -7, "width": 200, "created_at": 1700000000},  # integers become floats
    {"pivotal": True, "color": "#FF00aa", "text": "کتاب\u200cها 📦"},
    {"co_authors": ["p2", "p3"]},
    {"kind": "chapter", "author": None, "text": "x" * 2000},
])
def test_ordinary_valid_stickies_take_the_lane(change: dict[str, Any]) -> None:
    d = {**GOOD, **change}
    assert json_format._fast_sticky(d) == full_path(d)


@pytest.mark.parametrize("missing", ["width", "height", "text", "color", "pivotal", "author",
                                     "created_at", "updated_at"])
def test_defaults_match_the_full_path(missing: str) -> None:
    d = {k: val for k, val in GOOD.items() if k != missing}
    assert json_format._fast_sticky(d) == full_path(d)


def test_a_schema_edit_closes_the_lane(monkeypatch) -> None:
    edited = copy.deepcopy(json_validate.schema())
    edited["$defs"]["sticky"]["properties"]["x"]["maximum"] = 100
    monkeypatch.setattr(json_validate, "schema", lambda: edited)
    assert not json_validate.sticky_lane_open.__wrapped__()


def test_lane_and_full_path_build_the_same_board(monkeypatch) -> None:
    fast = read_json(SAMPLE)
    monkeypatch.setattr(json_validate, "sticky_lane_open", lambda: False)
    assert read_json(SAMPLE).snapshot() == fast.snapshot()


def test_one_bad_sticky_among_many_is_reported_as_before() -> None:
    doc = json_format.board_to_json(read_json(SAMPLE))
    doc["stickies"][-1]["width"] = 1.0
    last = len(doc["stickies"]) - 1
    with pytest.raises(JsonFormatError, match=rf"^stickies\[{last}\]\.width: 1 is not between"):
        board_from_json(doc)


def test_bulk_rows_equal_the_single_row_form() -> None:
    board = read_json(SAMPLE)
    assert board.links and board.workshop.plan  # the sample exercises the converted columns
    for name in COLLECTIONS:
        records = list(board.collection(name).values())
        columns = STATEMENTS[name].columns
        expected = [tuple(to_row(name, r)[c] for c in columns) for r in records]
        assert to_rows(name, records, columns) == expected, name
        for r in records:
            assert set(to_row(name, r)) == set(columns), name
