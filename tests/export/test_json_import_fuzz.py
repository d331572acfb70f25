"""Fuzzing the JSON importer (issue 13): "Unexpected error" is unreachable from any file.

Hypothesis mutates a valid board document (any field replaced by any JSON value: lone
surrogates, integers of hundreds of digits, deep lists, huge strings, wrong types), and also
damages its text (cut short, bytes spliced in). Through the real command line every outcome is
success or one refusal line with exit status 2. Examples are bounded so CI stays fast.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stormboard.cli import main
from stormboard.export.json_format import JsonFormatError, board_from_json, loads

SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/big-picture-bookshop.json"
DOCUMENT = json.loads(SAMPLE.read_text(encoding="utf-8"))

ODD_STRINGS = ["", "\ud800", "a\udfffb", "\udcff", "x" * 300, "=cmd()", "\x00\x1b", "#FFFFFF",
               "domain_event", "s1", "سلام\u200c", "\U0001f600"]
ODD_NUMBERS = [0, -1, 10**400, -(10**400), 2**53 + 1, 1e308, -1e308, 0.5, 10**20, True, False]
scalars = st.one_of(
    st.none(), st.booleans(), st.sampled_from(ODD_NUMBERS), st.integers(), st.floats(
        allow_nan=False, allow_infinity=False), st.sampled_from(ODD_STRINGS), st.text(max_size=20),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.one_of(st.sampled_from(ODD_STRINGS),
                                                      st.text(max_size=6)), inner, max_size=4)),
    max_leaves=12,
)
deep = st.integers(30, 900).map(lambda n: _nest(n))  # json.dumps itself stops near 1000


def _nest(n: int) -> Any:
    value: Any = "leaf"
    for _ in range(n):
        value = [value]
    return value


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path into the document (bounded: the first items of each list)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value[:3]):
            found += _paths(item, (*prefix, i))
    return found


PATHS = _paths(DOCUMENT)[1:]


def _replace(document: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(document, dict):
        return {**document, head: _replace(document[head], rest, value)}
    copy = list(document)
    copy[head] = _replace(copy[head], rest, value)
    return copy


@st.composite
def mutated_documents(draw: st.DrawFn) -> str:
    document: Any = DOCUMENT
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        try:
            document = _replace(document, path, draw(st.one_of(values, deep)))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed the place
        if draw(st.booleans()):
            key = draw(st.sampled_from(ODD_STRINGS))
            parent = path[:-1]
            with contextlib.suppress(KeyError, IndexError, TypeError):
                document = _replace(document, (*parent, key), draw(values))
    return json.dumps(document, ensure_ascii=True)  # lone surrogates become \\udXXX escapes


@st.composite
def damaged_texts(draw: st.DrawFn) -> bytes:
    data = json.dumps(DOCUMENT, ensure_ascii=False).encode()
    at = draw(st.integers(0, len(data)))
    if draw(st.booleans()):
        return data[:at]
    return data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]


def _import(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes) -> None:
    src = tmp_path / "fuzz.json"
    out = tmp_path / "fuzz.storm"
    src.write_bytes(data)
    out.unlink(missing_ok=True)
    capsys.readouterr()
    status = main(["import", str(src), "-o", str(out)])
    err = capsys.readouterr().err
    assert "Unexpected error" not in err, err
    if status == 0:
        assert out.exists()
    else:
        assert status == 2 and len(err.splitlines()) == 1 and not out.exists(), err


FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(text=mutated_documents())
def test_mutated_board_never_ends_in_an_unexpected_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    _import(tmp_path, capsys, text.encode())


@FUZZ
@given(data=damaged_texts())
def test_damaged_text_never_ends_in_an_unexpected_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    _import(tmp_path, capsys, data)


@settings(max_examples=100, deadline=None)
@given(text=mutated_documents())
def test_the_library_entry_refuses_only_with_json_format_error(text: str) -> None:
    """``loads`` + ``board_from_json`` (what the app's import preview calls) raise nothing else."""
    try:
        board_from_json(loads(text))
    except JsonFormatError as error:
        assert str(error) and "\n" not in str(error)
