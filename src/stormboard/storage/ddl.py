"""The frozen SQL layout of every .storm format version, and the steps between them.

This SQL *is* the file format: it is executed verbatim when creating or migrating a file, and
an opened file's ``sqlite_schema`` must match it exactly (tables, indexes, SQL text). Never edit
a released version's statements; add a version and a migration step instead. The SQLModel
classes in ``tables.py`` mirror the newest version (a test keeps them in step).

Tables are STRICT (SQLite 3.37+), so a crafted file cannot smuggle a blob into a text column.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# -- version 1: pre-release layout (no workshop, no decisions) -------------------------------
_V1: tuple[str, ...] = (
    """CREATE TABLE info (
    id TEXT NOT NULL PRIMARY KEY,
    title TEXT NOT NULL,
    created_at REAL NOT NULL,
    description TEXT NOT NULL,
    legend TEXT NOT NULL,
    show_chapters INTEGER NOT NULL,
    show_tense_hints INTEGER NOT NULL
) STRICT""",
    """CREATE TABLE participants (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    color TEXT NOT NULL
) STRICT""",
    """CREATE TABLE lanes (
    id TEXT NOT NULL PRIMARY KEY,
    label TEXT NOT NULL,
    y REAL NOT NULL,
    height REAL NOT NULL,
    color TEXT NOT NULL,
    collapsed INTEGER NOT NULL
) STRICT""",
    """CREATE TABLE milestones (
    id TEXT NOT NULL PRIMARY KEY,
    label TEXT NOT NULL,
    x REAL NOT NULL,
    color TEXT NOT NULL
) STRICT""",
    """CREATE TABLE stickies (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    text TEXT NOT NULL,
    color TEXT,
    pivotal INTEGER NOT NULL,
    author TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
) STRICT""",
    """CREATE TABLE links (
    id TEXT NOT NULL PRIMARY KEY,
    source_id TEXT NOT NULL,
    target_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL
) STRICT""",
    """CREATE TABLE votes (
    id TEXT NOT NULL PRIMARY KEY,
    participant_id TEXT NOT NULL,
    sticky_id TEXT NOT NULL,
    created_at REAL NOT NULL
) STRICT""",
    "CREATE INDEX ix_votes_sticky_id ON votes (sticky_id)",
)

# -- version 2: first release: the facilitator's workshop, wrap-up decisions, co-authors -----
_V2_STICKIES = """CREATE TABLE stickies (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    text TEXT NOT NULL,
    color TEXT,
    pivotal INTEGER NOT NULL,
    author TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    co_authors TEXT NOT NULL DEFAULT '[]'
) STRICT"""
# What ALTER TABLE ... ADD COLUMN appends; SQLite then stores the v1 text plus this column,
# which equals _V2_STICKIES up to whitespace (the schema check compares normalised SQL).
_V2_CO_AUTHORS = "ALTER TABLE stickies ADD COLUMN co_authors TEXT NOT NULL DEFAULT '[]'"
_V2_ADDED: tuple[str, ...] = (
    """CREATE TABLE workshop (
    id TEXT NOT NULL PRIMARY KEY,
    enabled INTEGER NOT NULL,
    goal TEXT NOT NULL,
    scope TEXT NOT NULL,
    plan TEXT NOT NULL,
    current INTEGER NOT NULL,
    history TEXT NOT NULL,
    timer_started_at REAL,
    timer_elapsed REAL NOT NULL,
    timer_extra REAL NOT NULL,
    vote_budget INTEGER NOT NULL,
    votes_revealed INTEGER NOT NULL,
    active_participant TEXT
) STRICT""",
    """CREATE TABLE decisions (
    id TEXT NOT NULL PRIMARY KEY,
    owner TEXT NOT NULL,
    next_step TEXT NOT NULL
) STRICT""",
)

# -- version 3: the edit log, its checkpoints and named slices (ADR 0150) --------------------
_V3_ADDED: tuple[str, ...] = (
    # one row per applied edit, written in the edit's own transaction; ``puts`` is a JSON list of
    # [collection, id, before-row | null, after-row | null]; ``format`` versions that JSON. An
    # entry too long for one value (SQLite's length limit, hardening.py) spans parts 0, 1, ...
    """CREATE TABLE edit_log (
    seq INTEGER NOT NULL,
    part INTEGER NOT NULL,
    time REAL NOT NULL,
    author TEXT,
    origin TEXT NOT NULL,
    format INTEGER NOT NULL,
    puts TEXT NOT NULL,
    PRIMARY KEY (seq, part)
) STRICT""",
    # the whole board (JSON: collection -> rows) as it stood after log entry ``seq``, in parts;
    # a checkpoint is authoritative: rebuilding starts at the nearest one at or before a moment
    """CREATE TABLE log_checkpoints (
    seq INTEGER NOT NULL,
    part INTEGER NOT NULL,
    format INTEGER NOT NULL,
    board TEXT NOT NULL,
    PRIMARY KEY (seq, part)
) STRICT""",
    """CREATE TABLE slices (
    id INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    taken_at REAL NOT NULL,
    seq INTEGER NOT NULL,
    stickies INTEGER NOT NULL
) STRICT""",
)

_V2: tuple[str, ...] = tuple(
    _V2_STICKIES if s.startswith("CREATE TABLE stickies") else s for s in _V1
) + _V2_ADDED

#: version -> the complete set of statements a file of that version was created with
LAYOUTS: dict[int, tuple[str, ...]] = {
    1: _V1,
    2: _V2,
    3: _V2 + _V3_ADDED,
}

#: version -> the tables (collections) that exist in it
TABLES: dict[int, frozenset[str]] = {
    v: frozenset(s.split()[2] for s in stmts if s.startswith("CREATE TABLE"))
    for v, stmts in LAYOUTS.items()
}


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Add co-authors, the workshop and decisions tables; the workshop starts as a default."""
    conn.execute(_V2_CO_AUTHORS)
    for statement in _V2_ADDED:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO workshop VALUES ('workshop', 0, '', '', '[]', 0, '[]', NULL, 0.0, 0.0, 2, 0,"
        " NULL)"
    )


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Add the edit log; it starts here, with a baseline checkpoint of the board as it is."""
    from .editlog import write_baseline  # the log's own module knows its row layout

    for statement in _V3_ADDED:
        conn.execute(statement)
    write_baseline(conn, "migration")


#: from-version -> the step that turns a file of that version into the next one. Each step runs
#: inside the migration's single transaction; it must not commit.
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}

#: tables of the newest layout that are not board collections (the log and slices)
LOG_TABLES: frozenset[str] = frozenset({"edit_log", "log_checkpoints", "slices"})


#: version -> collection -> SELECT giving that collection's rows in the newest column layout,
#: for reading an older file without migrating it (read-only opens, ``stormboard check``)
LEGACY_SELECTS: dict[int, dict[str, str]] = {
    1: {
        "stickies": "SELECT id, kind, x, y, width, height, text, color, pivotal, author, "
        "created_at, updated_at, '[]' FROM stickies",
    },
}
