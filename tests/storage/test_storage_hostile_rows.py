"""A .storm file whose rows were changed by hand (issue 13): open refuses it in one sentence,
or what it accepts exports JSON that imports again. ``repair`` always gives such a board.

Hypothesis edits a small valid board's rows with raw SQL: hostile values in any column
(huge integers, negative heights, long labels, NULLs, blobs, JSON cells holding odd JSON),
dangling links, votes and decisions, deleted stickies. Bounded examples keep CI fast.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_samples import tricky_board

from stormboard.domain.integrity import board_problems
from stormboard.export.json_format import board_from_json, dumps
from stormboard.storage import (
    BoardProblemsError,
    StormFileError,
    create_board_file,
    open_board_file,
    read_board_file,
)

HOSTILE = [
    None, 0, -1, 1, 2, 101, 1000, 2**63 - 1, -(2**63), 1e308, -1e308, 0.0, -0.0, 1e-300,
    "", " ", "x" * 201, "x" * 2001, "x" * 20_001, "#ABCDEF", "domain_event", "hotspot",
    "leads_to", "nope", "s0", "s1", "missing", b"\x00\x01", "[]", "{}", "[1]", '["p1"]',
    '[""]', "[" * 300 + "]" * 300, "1" * 5000, "[" + "9" * 400 + "]", '{"command": "#FFFFFF"}',
    '[{"key": "k", "title": "t", "minutes": -5}]',
    '[{"key": "k", "title": "t", "minutes": ' + "9" * 400 + "}]",
    '[{"key": "", "title": "t", "minutes": 5}]',
    '[{"key": "k", "started_at": 1, "paused_seconds": -1}]',
    "bad \udcff", "سلام\u200cها",
]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


TABLES = ("info", "workshop", "participants", "lanes", "milestones", "stickies", "links",
          "votes", "decisions")
edits = st.lists(
    st.one_of(
        st.tuples(st.just("set"), st.sampled_from(TABLES), st.integers(0, 20),
                  st.sampled_from(HOSTILE)),
        st.tuples(st.just("dangle"), st.sampled_from(("links", "votes", "decisions")),
                  st.integers(0, 5), st.just(None)),
        st.tuples(st.just("delete"), st.just("stickies"), st.integers(0, 5), st.just(None)),
    ),
    min_size=1, max_size=4,
)


def _apply(path: Path, plan: list) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for action, table, n, value in plan:
            rows = conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid").fetchall()
            if action == "delete" and rows:
                conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rows[n % len(rows)][0],))
            elif action == "dangle":
                cols = _columns(conn, table)
                row = conn.execute(f"SELECT * FROM {table} LIMIT 1").fetchone()
                if row is None:
                    continue
                values = dict(zip(cols, row, strict=True))
                values["id"] = f"dangling-{n}"
                for ref in ("source_id", "target_id", "sticky_id"):
                    if ref in values:
                        values[ref] = f"nowhere-{n}"
                marks = ", ".join("?" * len(cols))
                conn.execute(f"INSERT OR IGNORE INTO {table} VALUES ({marks})",
                             [values[c] for c in cols])
            elif action == "set" and rows:
                cols = _columns(conn, table)
                column = cols[n % len(cols)]
                # the column's constraints may refuse it: nothing to test then
                with contextlib.suppress(sqlite3.Error, UnicodeEncodeError):
                    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                                 (value, rows[n % len(rows)][0]))
    finally:
        conn.close()


def _one_sentence(error: Exception) -> None:
    text = str(error)
    assert text and "\n" not in text and len(text) < 1000, text


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plan=edits)
def test_open_refuses_or_exports_importable_json(tmp_path_factory: pytest.TempPathFactory,
                                                 plan: list) -> None:
    path = tmp_path_factory.mktemp("hostile") / "h.storm"
    create_board_file(path, tricky_board()).close()
    _apply(path, plan)
    try:
        board = read_board_file(path)
    except StormFileError as error:
        _one_sentence(error)
        if not isinstance(error, BoardProblemsError):
            return
        board = read_board_file(path, repair=True)  # what repair gives must export too
        assert board_problems(board) == []
    board_from_json(json.loads(dumps(board)))  # must not raise: accepted means exportable


def test_broken_references_are_refused_with_a_repair(tmp_path: Path) -> None:
    path = tmp_path / "b.storm"
    create_board_file(path, tricky_board()).close()
    _apply(path, [("dangle", "links", 1, None), ("dangle", "votes", 2, None),
                  ("dangle", "decisions", 3, None), ("set", "lanes", 3, 0),
                  ("set", "stickies", 8, 1)])
    before = path.read_bytes()
    with pytest.raises(BoardProblemsError, match=r"^b\.storm is inconsistent: .*stormboard "
                       r"repair b\.storm -o FIXED\.storm$") as caught:
        read_board_file(path)
    assert len(caught.value.problems) >= 3
    with pytest.raises(BoardProblemsError):
        open_board_file(path)
    assert path.read_bytes() == before  # refusing never writes
    fixed = read_board_file(path, repair=True)
    assert "dangling-1" not in fixed.links and "dangling-2" not in fixed.votes
    assert dumps(board_from_json(json.loads(dumps(fixed)))) == dumps(fixed)
    # the app's repair writes the mended board into the file, in one transaction
    opened = open_board_file(path, repair=True)
    opened.store.close()
    assert read_board_file(path) == fixed


def test_huge_integer_in_a_json_cell_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.storm"
    create_board_file(path, tricky_board()).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE workshop SET history = ?",
                 ('[{"key": "k", "started_at": ' + "9" * 400 + "}]",))
    conn.close()
    with pytest.raises(StormFileError, match="the workshop is out of range"):
        read_board_file(path)
