"""Whole-file copies of an open board: the SQLite backup API into a temporary file, then rename.

A reader never sees a half-written file, and the copy is self-contained (rollback-journal mode,
no -wal/-shm).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from pathlib import Path


def temp_path_for(path: Path) -> Path:
    """A hidden temporary name in the same folder (so the final rename is atomic)."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on every platform
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def finish_file(tmp: Path, path: Path) -> None:
    """fsync the finished temporary file and rename it over ``path``, after removing any journal
    a previous file of that name left behind (the caller made sure no one has it open)."""
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    remove_side_files(path)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def remove_side_files(path: Path) -> None:
    """Delete ``-journal``/``-wal``/``-shm`` beside ``path``. Call only before a new file takes
    that name: SQLite would otherwise replay a crashed predecessor's journal into the new file."""
    for suffix in ("-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
        remove_side_files(path)


def copy_database(source: sqlite3.Connection, path: Path) -> None:
    """Write a consistent copy of ``source``'s database to ``path`` (replacing it)."""
    tmp = temp_path_for(path)
    try:
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            dest.close()
        finish_file(tmp, path)
    except BaseException:
        remove_quietly(tmp)
        raise
