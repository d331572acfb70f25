"""domain.rules is the one home of the board's limits (ADR 0113): the JSON Schema states the
same numbers and patterns, the predicates hold at the edges, and no other module restates them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from stormboard.domain import notation, rules
from stormboard.export import json_validate

SRC = Path(__file__).resolve().parents[2] / "src/stormboard"


def _walk(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}/{i}")


def test_the_schema_states_the_rules_numbers_and_patterns() -> None:
    schema = json_validate.schema()
    defs = schema["$defs"]
    assert defs["id"] == {"type": "string", "minLength": 1, "maxLength": rules.MAX_ID_LENGTH}
    assert defs["color"]["pattern"] == rules.COLOR_PATTERN
    sticky = defs["sticky"]["properties"]
    assert sticky["color"]["pattern"] == rules.COLOR_PATTERN
    assert sticky["author"]["minLength"] == 1  # "no author" is null (rules.author_or_none)
    assert sticky["author"]["maxLength"] == rules.MAX_ID_LENGTH
    # every pattern and length bound anywhere in the schema is one of the rules'
    for where, node in _walk(schema):
        if "pattern" in node:
            assert node["pattern"] == rules.COLOR_PATTERN, where
        if "maxLength" in node:
            assert node["maxLength"] == rules.MAX_ID_LENGTH, where
        if "minLength" in node:
            assert node["minLength"] == 1, where


def test_the_fast_lane_checks_what_the_schema_file_says() -> None:
    # STICKY_LANE_DEFS is built from rules; the lane is open only while the file agrees
    assert json_validate.sticky_lane_open()


def test_the_schema_kinds_are_the_notations() -> None:
    assert json_validate.sticky_kinds() == frozenset(notation.KINDS_BY_ID)


@pytest.mark.parametrize("value", [
    "#A1B2C3", "#a1b2c3", "#000000", "#FFFFFF",
    "#1_2345", "#+12345", "#-12345", "# 12345", "#12345 ", "#۱۲۳۴۵۶", "#A1B2C3\n", "#12345",
    "#1234567", "A1B2C3", "", "#GGGGGG", "red", "#ａｂｃｄｅｆ",
])
def test_is_color_is_the_schemas_pattern_matched_whole(value: str) -> None:
    assert rules.is_color(value) is (re.fullmatch(rules.COLOR_PATTERN[1:-1], value) is not None)
    assert notation.is_valid_color(value) is rules.is_color(value)


@pytest.mark.parametrize(("value", "coord", "size"), [
    (0, True, False), (0.0, True, False), (-rules.MAX_COORD, True, False),
    (rules.MAX_COORD, True, False), (rules.MAX_COORD + 1, False, False),
    (rules.MIN_SIZE, True, True), (rules.MIN_SIZE - 0.001, True, False),
    (rules.MAX_SIZE, True, True), (rules.MAX_SIZE + 0.5, True, False),
    (float("nan"), False, False), (float("inf"), False, False), (True, False, False),
    ("20", False, False), (None, False, False),
])
def test_coordinates_and_sizes(value: object, coord: bool, size: bool) -> None:
    assert rules.is_coord(value) is coord
    assert rules.is_size(value) is size


@pytest.mark.parametrize(("value", "is_id", "is_author"), [
    ("p1", True, True), ("a" * rules.MAX_ID_LENGTH, True, True),
    ("a" * (rules.MAX_ID_LENGTH + 1), False, False), ("", False, False), (None, False, True),
    (1, False, False),
])
def test_ids_and_authors(value: object, is_id: bool, is_author: bool) -> None:
    assert rules.is_id(value) is is_id
    assert rules.is_author(value) is is_author


def test_empty_author_is_no_author() -> None:
    assert rules.author_or_none("") is None
    assert rules.author_or_none(None) is None
    assert rules.author_or_none("p1") == "p1"


def test_text_that_utf8_cannot_hold_is_not_encodable() -> None:
    assert rules.is_encodable("سفارش 📦")
    assert not rules.is_encodable("bad \ud800 half")


#: assignments of a rule's name outside domain/rules.py would be a second definition
_RULE_NAMES = ("MAX_COORD", "MIN_SIZE", "MAX_SIZE", "MAX_ID_LENGTH", "MAX_STICKY_TEXT",
               "MAX_LABEL_TEXT", "COLOR_PATTERN")


def test_no_other_module_defines_a_rule() -> None:
    pattern = re.compile(rf"^\s*({'|'.join(_RULE_NAMES)})\s*(:[^=]*)?=", re.MULTILINE)
    offenders = [
        f"{path.relative_to(SRC)}: {m.group(1)}"
        for path in SRC.rglob("*.py") if path.name != "rules.py" or path.parent.name != "domain"
        for m in pattern.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_storage_and_export_do_not_borrow_the_apps_limits() -> None:
    offenders = [
        str(path.relative_to(SRC))
        for folder in ("storage", "export")
        for path in (SRC / folder).rglob("*.py")
        if re.search(r"from \.+app\.commands import|from \.+app import commands",
                     path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_an_id_with_a_lone_surrogate_is_refused() -> None:
    # found by the round-trip property on CI: new_sticky(sticky_id="\ud800") was accepted, then
    # the .storm save failed to encode it
    from stormboard.domain import rules

    assert not rules.is_id("\ud800")
    assert not rules.is_author("a\udfffb")
    assert rules.is_id("رویداد-۱")


def test_the_app_refuses_a_sticky_id_it_could_not_save() -> None:
    import pytest

    from stormboard.app.commands import new_sticky
    from stormboard.domain.errors import DomainError

    with pytest.raises(DomainError):
        new_sticky("domain_event", 0, 0, sticky_id="\ud800")
    with pytest.raises(DomainError):
        new_sticky("domain_event", 0, 0, author="\ud800")
