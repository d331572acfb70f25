"""Upgrading an older .storm file: a backup copy first, then every step in one transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..error_codes import problem_of
from .copying import copy_database
from .ddl import STEPS
from .errors import StormFileError
from .header import SCHEMA_VERSION


def backup_path_for(path: Path, version: int) -> Path:
    """``board.storm.v1.bak``, or ``board.storm.v1.2.bak`` if that exists already."""
    candidate = path.with_name(f"{path.name}.v{version}.bak")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.v{version}.{n}.bak")
        n += 1
    return candidate


def migrate(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Bring the open file from ``version`` to SCHEMA_VERSION; return the backup's path.

    The backup is a complete, checked copy written before anything changes. The steps and the
    new user_version commit together, so a crash leaves either the old or the new layout.
    """
    backup = backup_path_for(path, version)
    try:
        copy_database(conn, backup)
    except (OSError, sqlite3.Error) as error:
        raise StormFileError(path, code="storage.backup_failed", name=path.name,
                             detail=problem_of(error)) from None
    try:
        conn.execute("BEGIN IMMEDIATE")
        for v in range(version, SCHEMA_VERSION):
            STEPS[v](conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}").fetchall()
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StormFileError(path, code="storage.upgrade_failed", name=path.name,
                             detail=str(error), backup=backup.name) from None
    return backup
