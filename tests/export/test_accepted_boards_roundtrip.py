"""Any board the app accepts survives JSON export -> import and .storm save -> load (issue 9).

Boards are built only through the app's commands, from edge and odd values: what a command
refuses is fine; what it accepts must come back equal from both file forms.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stormboard.app import commands
from stormboard.domain import rules
from stormboard.domain.board import Board
from stormboard.domain.entities import Sticky
from stormboard.domain.errors import DomainError
from stormboard.domain.notation import KINDS
from stormboard.export.json_format import board_from_json, dumps
from stormboard.storage.files import read_board_file, save_board_as

M, LO, HI = rules.MAX_COORD, rules.MIN_SIZE, rules.MAX_SIZE
EDGE_NUMBERS = [0, -0.0, 1, True, M, -M, M + 1, -M - 1, M - 1e-9, LO, LO - 1e-9, HI, HI + 1e-9,
                2**53, 2**53 + 1, 10**400, 1e308, float("inf"), float("-inf"), float("nan")]
ODD_TEXTS = ["", "a" * rules.MAX_STICKY_TEXT, "a" * (rules.MAX_STICKY_TEXT + 1),
             "x\r\ny\rz\x00\x1b\x7f\x9f", "bad \ud800 half", "سفارش\u200cها ۱۲۳ 📦",
             "\u202eRTL override", " " * 10]
ODD_IDS = ["", "p1", "a" * rules.MAX_ID_LENGTH, "a" * (rules.MAX_ID_LENGTH + 1), " ", "\ud800",
           "سارا"]
ODD_COLORS = [None, "", "#ABCDEF", "#abcdef", "#1_2345", "#+12345", "# 12345", "#۱۲۳۴۵۶",
              "#ABCDEF\n", "#12345", "red", "#ａｂｃｄｅｆ"]

numbers = st.one_of(st.sampled_from(EDGE_NUMBERS), st.floats(-2 * M, 2 * M),
                    st.integers(-2 * int(M), 2 * int(M)))
sizes = st.one_of(st.none(), st.sampled_from(EDGE_NUMBERS), st.floats(0, 2 * HI))
texts = st.one_of(st.sampled_from(ODD_TEXTS), st.text(max_size=50))
ids = st.one_of(st.sampled_from(ODD_IDS), st.text(max_size=8))
authors = st.one_of(st.none(), ids)
colors = st.one_of(st.sampled_from(ODD_COLORS), st.text(max_size=8))
#: the clock: finite seconds (the session's clock never gives anything else)
times = st.floats(-1e12, 1e12)


@st.composite
def sticky_args(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "kind_id": draw(st.sampled_from([k.id for k in KINDS])),
        "x": draw(numbers), "y": draw(numbers),
        "text": draw(texts), "now": draw(times), "author": draw(authors),
        "color": draw(colors), "width": draw(sizes), "height": draw(sizes),
        "pivotal": draw(st.booleans()), "sticky_id": draw(st.one_of(st.none(), ids)),
    }


def _run(board: Board, build: Any, *args: Any, **kwargs: Any) -> bool:
    """Apply the edit a command builds; False if the command refuses."""
    try:
        edit = build(board, *args, **kwargs)
    except DomainError:
        return False
    board.apply(edit.puts)
    return True


def build_board(specs: list[dict[str, Any]], later: list[tuple[str, Any]]) -> Board:
    board = Board()
    for spec in specs:
        try:
            sticky = commands.new_sticky(**spec)
        except DomainError:
            continue
        _run(board, commands.add_sticky, sticky)
    ids = sorted(board.stickies)
    for what, value in later:
        if not ids:
            break
        if what == "author":
            _run(board, commands.set_author, ids[:1], value)
        elif what == "text":
            _run(board, commands.set_text, ids[-1], value)
        elif what == "move":
            _run(board, commands.move_stickies, ids, value, -value)
    return board


def assert_round_trips(board: Board, tmp_path: Path) -> None:
    # JSON, through text as a file would hold it
    text = dumps(board)
    assert board_from_json(json.loads(text)) == board
    # .storm, and then .storm -> JSON
    path = tmp_path / "b.storm"
    path.unlink(missing_ok=True)
    save_board_as(board, path).close()
    loaded = read_board_file(path)
    assert loaded == board
    assert board_from_json(json.loads(dumps(loaded))) == board


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(specs=st.lists(sticky_args(), max_size=6),
       later=st.lists(st.one_of(st.tuples(st.just("author"), authors),
                                st.tuples(st.just("text"), texts),
                                st.tuples(st.just("move"), st.floats())), max_size=4))
def test_every_board_the_app_accepts_round_trips(
    specs: list[dict[str, Any]], later: list[tuple[str, Any]], tmp_path: Path
) -> None:
    assert_round_trips(build_board(specs, later), tmp_path)


# -- the edges, one by one ----------------------------------------------------------------------
ACCEPTED: list[dict[str, Any]] = [
    {"author": ""},
    {"author": "a" * rules.MAX_ID_LENGTH},
    {"text": "a" * rules.MAX_STICKY_TEXT},
    {"text": "x\r\ny\x00"},
    {"x": M, "y": -M},
    {"x": -M, "y": M, "width": LO, "height": HI},
    {"x": 2**20, "y": True},
    {"color": "#abcdef"},
    {"sticky_id": "s" * rules.MAX_ID_LENGTH},
]
REFUSED: list[dict[str, Any]] = [
    {"author": "a" * (rules.MAX_ID_LENGTH + 1)},
    {"text": "a" * (rules.MAX_STICKY_TEXT + 1)},
    {"text": "bad \ud800 half"},
    {"x": M + 1},
    {"y": float("nan")},
    {"width": LO - 1},
    {"height": HI + 1},
    {"color": "#1_2345"},
    {"color": "#۱۲۳۴۵۶"},
    {"color": " #12345"},
    {"color": "#ABCDEF\n"},
    {"sticky_id": "s" * (rules.MAX_ID_LENGTH + 1)},
]


def _sticky(**overrides: Any) -> Sticky:
    args: dict[str, Any] = {"kind_id": "domain_event", "x": 0.0, "y": 0.0, "now": 1.7e9}
    return commands.new_sticky(**(args | overrides))


@pytest.mark.parametrize("overrides", ACCEPTED, ids=lambda d: repr(d)[:40])
def test_accepted_edge_values_round_trip(overrides: dict[str, Any], tmp_path: Path) -> None:
    board = Board()
    board.apply(commands.add_sticky(board, _sticky(**overrides)).puts)
    assert_round_trips(board, tmp_path)


@pytest.mark.parametrize("overrides", REFUSED, ids=lambda d: repr(d)[:40])
def test_values_no_file_could_hold_are_refused_at_creation(overrides: dict[str, Any]) -> None:
    with pytest.raises(DomainError):
        _sticky(**overrides)


def test_an_empty_author_means_no_author() -> None:
    sticky = _sticky(author="")
    assert sticky.author is None
    board = Board()
    board.apply(commands.add_sticky(board, _sticky(author="p1", sticky_id="s1")).puts)
    board.apply(commands.set_author(board, ["s1"], "").puts)
    assert board.stickies["s1"].author is None


def test_an_empty_author_from_an_older_file_exports_as_null(tmp_path: Path) -> None:
    """Older versions saved "" as an author; such a board still exports to JSON that imports."""
    board = Board()
    board.load("stickies", [Sticky("s1", "domain_event", 0.0, 0.0, 160.0, 160.0, author="",
                                   co_authors=("", "p2"))])
    path = tmp_path / "old.storm"
    save_board_as(board, path).close()
    loaded = read_board_file(path)
    assert loaded.stickies["s1"].author == ""  # the file is read as written
    again = board_from_json(json.loads(dumps(loaded)))
    assert again.stickies["s1"].author is None
    assert again.stickies["s1"].co_authors == ("p2",)
