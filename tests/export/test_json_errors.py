"""Every refusal names the bad field (or the file) in one sentence."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo, Decision, Lane, Link, Sticky, Vote
from stormboard.export import json_format
from stormboard.export.json_format import JsonFormatError, board_from_json, board_to_json, read_json


def base() -> dict[str, Any]:
    board = Board(BoardInfo(title="Shop"))
    board.load("stickies", [
        Sticky(f"s{i}", "domain_event", 200.0 * i, 0.0, 160.0, 160.0, text=f"Event {i}")
        for i in range(5)
    ])
    board.load("lanes", [Lane("l1", "Customer", 0.0, 600.0)])
    board.load("links", [Link("k1", "s0", "s1")])
    board.load("votes", [Vote("v1", "p1", "s2")])
    board.load("decisions", [Decision("s2", "Sara", "Call the bank")])
    return board_to_json(board)


def setter(path: str, value: Any) -> Callable[[dict], None]:
    """'stickies.3.kind' -> set data['stickies'][3]['kind'] = value."""

    def apply(data: dict) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target = data
        for p in parents:
            target = target[p]
        target[last] = value

    return apply


CASES = [
    (setter("stickies.3.kind", "foo"), r"^stickies\[3\]\.kind: 'foo' is not one of \["),
    (setter("stickies.1.x", "12"), r"^stickies\[1\]\.x: '12' is not of type 'number'"),
    (setter("stickies.2.colour", "#FFFFFF"),
     r"^stickies\[2\]: Additional properties are not allowed \('colour' was unexpected\)"),
    (lambda d: d["stickies"][0].pop("y"), r"^stickies\[0\]: 'y' is a required property"),
    (setter("stickies.4.color", "orange"), r"^stickies\[4\]\.color: 'orange' does not match"),
    (setter("lanes.0.color", "#12345"), r"^lanes\[0\]\.color: "),
    (setter("links.0.kind", "causes"), r"^links\[0\]\.kind: 'causes' is not one of"),
    (setter("board.legend", {"widget": "#FFFFFF"}), r"^board\.legend: 'widget' is not one of"),
    (setter("workshop.plan", [{"key": "k", "title": "T", "minutes": 5, "kinds": ["zap"]}]),
     r"^workshop\.plan\[0\]\.kinds\[0\]: 'zap' is not valid"),
    (setter("workshop.vote_budget", -1), r"^workshop\.vote_budget: -1 is less than"),
    (setter("stickies.1.id", "s0"),
     r"^stickies\[1\]\.id: duplicate id 's0' \(also used by stickies\[0\]\)"),
    (setter("links.0.target_id", "gone"),
     r"^links\[0\]\.target_id: there is no sticky with id 'gone'"),
    (setter("votes.0.sticky_id", "gone"), r"^votes\[0\]\.sticky_id: there is no sticky"),
    (setter("decisions.0.id", "gone"), r"^decisions\[0\]\.id: there is no sticky"),
    (setter("stickies.2.x", float("nan")), r"^stickies\[2\]\.x: nan is not a finite number"),
    (setter("stickies.2.y", float("inf")), r"^stickies\[2\]\.y: inf is not a finite number"),
    (setter("stickies.2.created_at", 10**400), r"^stickies\[2\]\.created_at: .*too large"),
    (setter("stickies.0.x", 1e12), r"^stickies\[0\]\.x: .* is outside"),
    (setter("stickies.0.width", 5), r"^stickies\[0\]\.width: 5 is not between 20 and 5000"),
    (setter("lanes.0.height", 0), r"^lanes\[0\]\.height: 0 must be above 0"),
    (setter("stickies.3.text", "x" * 2001),
     r"^stickies\[3\]\.text: text is limited to 2,000 characters; this one has 2,001\."),
    (setter("lanes.0.label", "y" * 201), r"^lanes\[0\]\.label: text is limited to 200"),
    (setter("board.title", "t" * 201), r"^board\.title: text is limited to 200"),
    (setter("stickies.0.text", "bad \ud800 half"), r"^stickies\[0\]\.text: .*unpaired surrogate"),
    (setter("stickies.0.kind", "hotspot"), None),  # valid on its own (control)
    (lambda d: d["stickies"][0].update(kind="hotspot", pivotal=True),
     r"^stickies\[0\]\.pivotal: only domain events can be pivotal"),
    (setter("workshop.current", 3), r"^workshop\.current: 3 is not a phase of the plan"),
    (setter("version", 3), r"^version: .*newer Stormboard \(format version 3\).*update"),
    (setter("version", 0), r"^version: 0 is not one of \[1, 2\]"),
    (setter("format", "trello"), r"^format: this is not a Stormboard board"),
    (lambda d: d.pop("stickies"), r"^top level: 'stickies' is a required property"),
]


@pytest.mark.parametrize(("mutate", "pattern"), CASES)
def test_error_names_the_field(mutate: Callable[[dict], None], pattern: str | None) -> None:
    data = copy.deepcopy(base())
    mutate(data)
    if pattern is None:
        board_from_json(data)
        return
    with pytest.raises(JsonFormatError, match=pattern) as caught:
        board_from_json(data)
    assert "\n" not in str(caught.value)


def test_several_problems_report_the_first_in_document_order() -> None:
    data = base()
    data["stickies"][4]["kind"] = "bar"
    data["stickies"][1]["kind"] = "foo"
    pattern = r"^stickies\[1\]\.kind: 'foo'.*\(and 1 more problem\)$"
    with pytest.raises(JsonFormatError, match=pattern):
        board_from_json(data)


def test_not_an_object() -> None:
    with pytest.raises(JsonFormatError, match=r"^top level: a board is a JSON object, not an"):
        board_from_json([])  # type: ignore[arg-type]


def test_long_values_are_shortened_in_messages() -> None:
    data = base()
    data["stickies"][0]["x"] = "9" * 5000
    with pytest.raises(JsonFormatError) as caught:
        board_from_json(data)
    assert len(str(caught.value)) < 400


# -- files ----------------------------------------------------------------------------------
def test_read_errors_are_one_sentence_naming_the_file(tmp_path, monkeypatch) -> None:
    good = json.dumps(base(), ensure_ascii=False)
    cases = {
        "missing.json": (None, "no such file"),
        "latin1.json": (good.replace("Shop", "Caf\xe9").encode("latin-1"),
                        r"is not UTF-8 text \(byte 0xE9 at offset"),
        "broken.json": (good[:-5].encode(), r"is not valid JSON \(.* at line 1, column"),
        "deep.json": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply|not a board"),
        "kind.json": (good.replace('"domain_event"', '"foo"', 1).encode(),
                      r"kind\.json: stickies\[0\]\.kind: 'foo' is not one of"),
    }
    for name, (content, pattern) in cases.items():
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        with pytest.raises(JsonFormatError, match=pattern) as caught:
            read_json(path)
        assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(JsonFormatError, match="is a folder"):
        read_json(tmp_path)
    huge = tmp_path / "huge.json"
    huge.write_text(good, encoding="utf-8")
    monkeypatch.setattr(json_format, "MAX_JSON_BYTES", 100)
    with pytest.raises(JsonFormatError, match="limited to"):
        read_json(huge)


def test_byte_order_mark_is_accepted(tmp_path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(base()).encode())
    assert read_json(path) == board_from_json(base())


@pytest.mark.parametrize(("mutate", "pattern"), CASES)
def test_fast_and_explaining_schema_engines_agree(mutate, pattern) -> None:
    """The compiled validator accepts quickly; it must refuse whatever jsonschema refuses."""
    import fastjsonschema
    import jsonschema

    from stormboard.export import json_validate

    data = copy.deepcopy(base())
    mutate(data)
    slow_ok = jsonschema.Draft202012Validator(json_validate.schema()).is_valid(data)
    try:
        json_validate._fast_validator()(data)
        fast_ok = True
    except fastjsonschema.JsonSchemaValueException:
        fast_ok = False
    assert fast_ok == slow_ok
