"""Samples for the storage tests: a board holding every kind and collection, tricky text,
and a real file of the older format 1."""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
import sys
from pathlib import Path

from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.domain.entities import (
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
from stormboard.domain.workshop import default_plan
from stormboard.storage.ddl import LAYOUTS
from stormboard.storage.header import APPLICATION_ID

#: text that must survive a round trip byte for byte
TRICKY_TEXTS = (
    "",
    "سفارش ثبت شد",  # Persian
    "می‌خواهم",  # ZWNJ inside a word
    "Order «سفارش» placed 42",  # mixed directions with digits
    "\u200fرویداد\u200e (v2)\u202b‫",  # RTL/LTR marks and an embedding
    "🎉 paid 👩🏽‍💻 🇮🇷",  # emoji with a skin tone, ZWJ sequence and a flag
    "line one\nline two\ttabbed\n\n",  # newlines and tabs
    " leading and trailing spaces ",
    "'quotes' \"double\" ; DROP TABLE stickies; --",
)


def tricky_board() -> Board:
    """Every collection filled, every kind used, None vs "" and awkward floats included."""
    info = BoardInfo(
        title="کارگاه رویداد — Event Storming 🎯",
        created_at=1_732_000_000.123456,
        description="خط اول\nsecond line\t✓",
        legend={"domain_event": "#FFAA00", "hotspot": "#FF0000"},
        show_chapters=False,
        show_tense_hints=True,
    )
    workshop = Workshop(
        enabled=True,
        goal="درک فرایند سفارش",
        scope="",
        plan=(
            PhasePlan("chaos", "Chaotic exploration", 25.5, "بنویسید!", ("one", "دو"),
                      ("domain_event",)),
            PhasePlan("timeline", "Enforce the timeline", 20.0),
            *default_plan(),  # the real plan unlocks features too ("pivotal", "lanes"...)
        ),
        current=1,
        history=(PhaseRun("chaos", 1000.25, 2500.75, 12.5), PhaseRun("timeline", 2600.0)),
        timer_started_at=None,
        timer_elapsed=61.0000001,
        timer_extra=300.0,
        vote_budget=3,
        votes_revealed=True,
        active_participant="p1",
    )
    board = Board(info, workshop)
    board.load("participants", [
        Participant("p1", "سارا", "facilitator", "#112233"),
        Participant("p2", "Ali", "", "#445566"),
    ])
    board.load("lanes", [Lane("l1", "پرداخت", -120.5, 300.0, "#ECEFF1", True),
                         Lane("l2", "", 400.0, 250.0)])
    board.load("milestones", [Milestone("m1", "Go live 🚀", 1234.5678)])
    stickies = []
    for i, kind in enumerate(notation.KINDS):
        text = TRICKY_TEXTS[i % len(TRICKY_TEXTS)]
        stickies.append(Sticky(
            id=f"s{i}", kind=kind.id, x=i * 0.1 + 0.2, y=-i * 1e-7, width=kind.width,
            height=kind.height, text=text,
            color=None if i % 2 else "#ABCDEF",
            pivotal=kind.id == "domain_event",
            author=None if i % 3 else ("p1" if i % 2 else ""),
            created_at=1_732_000_000.0 + i / 3, updated_at=1_732_000_001.0 + i / 7,
            co_authors=("p2", "p1") if i == 1 else (),
        ))
    board.load("stickies", stickies)
    board.load("links", [Link("k1", "s0", "s1", LinkKind.TRIGGERS, "then ←"),
                         Link("k2", "s1", "s2")])
    board.load("votes", [Vote("v1", "p1", "s1", 5.5), Vote("v2", "p2", "s1")])
    board.load("decisions", [Decision("s1", "سارا", "Ask finance\nby Friday"),
                             Decision("s3")])
    return board


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def write_v1_file(path: Path) -> None:
    """A real file of the pre-release format 1 (no workshop/decisions tables, no co_authors)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    for statement in LAYOUTS[1]:
        conn.execute(statement)
    conn.execute("INSERT INTO info VALUES ('board', 'نسخهٔ یک', 12.5, 'old', "
                 "'{\"hotspot\":\"#FF0000\"}', 1, 0)")
    conn.execute("INSERT INTO participants VALUES ('p1', 'سارا', '', '#112233')")
    conn.execute("INSERT INTO lanes VALUES ('l1', 'Lane', 10.0, 200.0, '#ECEFF1', 0)")
    conn.execute("INSERT INTO milestones VALUES ('m1', 'M', 99.5, '#90CAF9')")
    conn.executemany(
        "INSERT INTO stickies VALUES (?, 'domain_event', ?, 0.0, 160.0, 160.0, ?, NULL, 0, "
        "NULL, 1.0, 2.0)",
        [(f"s{i}", i * 10.5, f"رویداد {i}") for i in range(5)],
    )
    conn.execute("INSERT INTO links VALUES ('k1', 's0', 's1', 'leads_to', '')")
    conn.execute("INSERT INTO votes VALUES ('v1', 'p1', 's1', 3.0)")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()


def wal_index(path: Path) -> tuple[int, int]:
    """(frames in the -wal, frames of them already copied into the file) from the wal-index
    header in the -shm file beside a board open in WAL mode (SQLite's documented layout,
    native byte order: mxFrame at byte 16, nBackfill at byte 96). A checkpoint that ran inside
    the last commit leaves nBackfill > 0: the next writer starts the -wal over and resets it."""
    with open(f"{path}-shm", "rb") as shm:
        raw = shm.read(100)  # never the lock bytes beyond (Windows locks are mandatory)
    return int.from_bytes(raw[16:20], sys.byteorder), int.from_bytes(raw[96:100], sys.byteorder)


_FRESH = itertools.count()


def table_rows(conn: sqlite3.Connection) -> dict[str, list]:
    """Every board table's rows, by id (the temp trash of ADR 0238 is never read)."""
    from stormboard.storage.statements import STATEMENTS

    return {c: conn.execute(f'SELECT * FROM main."{c}" ORDER BY id').fetchall()
            for c in STATEMENTS}


def assert_same_rows(tmp_path: Path, session) -> None:
    """The file's tables hold exactly the rows a new file of the board in memory has."""
    from stormboard.storage import create_board_file

    assert session.store is not None
    fresh = tmp_path / f"fresh{next(_FRESH)}.storm"
    create_board_file(fresh, session.board).close()
    reference = sqlite3.connect(fresh)
    try:
        assert table_rows(session.store.connection) == table_rows(reference)
    finally:
        reference.close()
