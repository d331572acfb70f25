"""Opening an untrusted .storm file safely (sqlite.org "Defense Against the Dark Arts").

The header was already checked (``header.py``). Here: a connection with untrusted-schema and
defensive settings, tight length limits and no memory mapping; then the schema must be exactly the
frozen layout of its version (no triggers, views or extra SQL) and pass an integrity check before
a single row is read.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from pathlib import Path

from ..error_codes import Phrase
from .ddl import LAYOUTS
from .errors import StormFileError

#: the longest string or row SQLite will build (a sticky holds <= 2,000 characters)
MAX_VALUE_BYTES = 4_000_000

_LIMITS = {
    "SQLITE_LIMIT_LENGTH": MAX_VALUE_BYTES,
    "SQLITE_LIMIT_SQL_LENGTH": 100_000,
    "SQLITE_LIMIT_COLUMN": 100,
    "SQLITE_LIMIT_EXPR_DEPTH": 100,
    "SQLITE_LIMIT_LIKE_PATTERN_LENGTH": 100,
    "SQLITE_LIMIT_ATTACHED": 0,
    "SQLITE_LIMIT_TRIGGER_DEPTH": 1,
}

# Only on Python 3.12+ (Connection.setconfig); each is (constant name, value).
_DBCONFIG = (
    ("SQLITE_DBCONFIG_DEFENSIVE", True),
    ("SQLITE_DBCONFIG_TRUSTED_SCHEMA", False),
    ("SQLITE_DBCONFIG_ENABLE_TRIGGER", False),
    ("SQLITE_DBCONFIG_ENABLE_VIEW", False),
)


def connect(
    path: Path, *, read_only: bool, create: bool = False, immutable: bool = False
) -> sqlite3.Connection:
    """A hardened connection in explicit-transaction mode (isolation_level=None: we send BEGIN).

    ``isolation_level=None`` behaves the same on 3.11 and on 3.12+ (where ``autocommit`` stays at
    its legacy default), so one code path serves both.
    """
    mode = "ro" if read_only else ("rwc" if create else "rw")
    # as_uri percent-encodes every byte that would confuse a URI (?, #, %, spaces, Persian
    # letters) and gives file:///C:/... on Windows; SQLite decodes it back.
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    if immutable:  # no locks, no -shm: only for a file at rest that we never write
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, cached_statements=64)
    try:
        harden(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def harden(conn: sqlite3.Connection) -> None:
    setconfig = getattr(conn, "setconfig", None)  # Python 3.12+
    if setconfig is not None:
        for name, value in _DBCONFIG:
            op = getattr(sqlite3, name, None)
            if op is not None:
                setconfig(op, value)
    for name, value in _LIMITS.items():
        category = getattr(sqlite3, name, None)
        if category is not None:
            conn.setlimit(category, value)
    # Every PRAGMA is run to its end (fetchall): a half-read statement stays open in sqlite3's
    # cache and later blocks a checkpoint or a journal-mode change ("table is locked").
    conn.execute("PRAGMA trusted_schema = OFF").fetchall()
    conn.execute("PRAGMA cell_size_check = ON").fetchall()
    conn.execute("PRAGMA mmap_size = 0").fetchall()
    conn.execute("PRAGMA foreign_keys = OFF").fetchall()


def _normal(sql: str | None) -> str | None:
    """SQL text with whitespace collapsed and dropped around ``( ) ,`` (ALTER TABLE ADD COLUMN
    leaves ``\n, col`` where a fresh CREATE has ``,\n    col``)."""
    if sql is None:
        return None
    return re.sub(r"\s*([(),])\s*", r"\1", " ".join(sql.split()))


@functools.cache
def expected_schema(version: int) -> frozenset[tuple[str, str, str, str | None]]:
    """What ``sqlite_schema`` holds in a correct file of this version (built in memory)."""
    ref = sqlite3.connect(":memory:")
    try:
        for statement in LAYOUTS[version]:
            ref.execute(statement)
        return _schema(ref)
    finally:
        ref.close()


def _schema(conn: sqlite3.Connection) -> frozenset[tuple[str, str, str, str | None]]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    return frozenset((t, n, tb, _normal(s)) for t, n, tb, s in rows)


def verify_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Refuse a file whose schema is not exactly the layout of its version."""
    name = path.name
    actual = _schema(conn)
    expected = expected_schema(version)
    if actual == expected:
        return
    extra = sorted(actual - expected)
    for kind in ("trigger", "view"):
        found = [n for t, n, _tb, _s in extra if t == kind]
        if found:
            raise StormFileError(path, code="storage.foreign_object", name=name,
                                 kind=Phrase(f"storage.kind_{kind}"), object=found[0])
    missing = sorted(n for t, n, _tb, _s in expected - actual if t == "table")
    if missing and not extra:
        raise StormFileError(path, code="storage.table_missing", name=name, table=missing[0])
    raise StormFileError(path, code="storage.wrong_layout", name=name, version=version)


def check_integrity(conn: sqlite3.Connection, path: Path, *, full: bool = False) -> None:
    """PRAGMA quick_check (or integrity_check): page structure, NOT NULL and STRICT types."""
    pragma = "integrity_check" if full else "quick_check"
    rows = conn.execute(f"PRAGMA {pragma}(1)").fetchall()
    if rows != [("ok",)]:
        raise StormFileError(path, code="storage.integrity", name=path.name)
