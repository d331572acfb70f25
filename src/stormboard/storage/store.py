"""The store of an open .storm file: one transaction per edit, safe copies, a clean close."""

from __future__ import annotations

import itertools
import json
import operator
import sqlite3
import time
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from ..app.ports import LogEntry, StoreError
from ..domain.board import Put, PutColumns
from ..error_codes import Phrase, problem_of
from . import editlog, trash
from .copying import copy_database
from .errors import StormFileError
from .locking import BoardLock
from .mapping import to_row, to_rows
from .statements import STATEMENTS


class SqliteBoardStore:
    """Implements ``app.ports.BoardStore`` on an open, checked .storm file."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: BoardLock | None, read_only: bool
    ) -> None:
        self.path = path
        self.read_only = read_only
        self._conn: sqlite3.Connection | None = conn
        self._lock = lock
        #: what this store's log entries hold of each record (an undo refers to them, ADR 0232)
        self._texts = editlog.RowTexts()
        #: the rows of its bulk deletes, kept inside SQLite for their undo (ADR 0238)
        self._trash = trash.Trash(conn)

    # -- BoardStore -----------------------------------------------------------------------
    def write(self, puts: Sequence[Put], entry: LogEntry | None = None) -> None:
        """Persist the Puts of one edit in ONE transaction, touching only their rows, with the
        edit's log entry in the same transaction (the log and the board never disagree)."""
        conn = self._require_open()
        if self.read_only:
            raise StoreError(code="storage.store_read_only", name=self.path.name)
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                after_rows = self._write_puts(conn, puts)
                seq = editlog.append(conn, entry or LogEntry(time.time()), puts, after_rows,
                                     self._texts)
                conn.execute("COMMIT")
                self._texts.logged(seq, puts)  # only now: a rolled back seq is used again
                self._trash.committed()  # only now: the temp tables rolled back with it
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise StoreError(write_failure(self.path, error)) from error

    def _write_puts(
        self, conn: sqlite3.Connection, puts: Sequence[Put]
    ) -> list[dict[str, Any] | None]:
        """Each run of consecutive puts of one collection and one kind (insert, update,
        delete) in one statement or one executemany: 20,000 single executes were a third of a
        delete-all (issue 12). The order of the runs is the order of the puts. Inserts bind
        tuples, up to 76 rows per statement (ADR 0232), deletes pass their ids as one JSON
        list (ADR 0220). A bulk delete keeps its rows in a TEMP table first, and an insert run
        copies the very records it deleted back inside SQLite (ADR 0238). Returns the rows made
        for updates (None elsewhere), for the edit log to reuse."""
        self._trash.begin()
        after_rows: list[dict[str, Any] | None] = [None] * len(puts)
        start = 0
        for collection, op, ids, befores, afters in _runs(puts):
            end = start + len(ids)
            rows = self._write_run(conn, collection, op, ids, befores, afters)
            if rows is not None:
                after_rows[start:end] = rows
            start = end
        return after_rows

    def _write_run(
        self, conn: sqlite3.Connection, collection: str, op: int, ids: Sequence[str],
        befores: Sequence[Any], afters: Sequence[Any],
    ) -> list[dict[str, Any]] | None:
        """One run of puts alike (delete, insert or update of one collection), its columns
        given; the rows made for an update (for the edit log to reuse)."""
        bin_ = self._trash
        rows = None
        if op == 0:
            bin_.keep(conn, collection, ids, befores)
            count = _delete_run(conn, collection, list(ids))
        elif op == 1:
            count, rest = bin_.restore(conn, collection, ids, afters)
            if rest:
                count += _insert_run(conn, collection, rest)
        else:
            rows = [to_row(collection, after) for after in afters]
            count = conn.executemany(STATEMENTS[collection].update, rows).rowcount
        if count != len(ids):
            # the file is not what the board in memory thinks it is; never write blindly
            raise sqlite3.IntegrityError(
                f"{collection}/{ids[0]}…: {len(ids) - count} rows are out of step")
        return rows

    def checkpoint_when_idle(self) -> bool:
        """Copy the committed edits from the -wal into the file now, while the user is idle, so
        that no edit's commit pays for it (SQLite's own checkpoint is only a backstop, ADR 0237).
        PASSIVE: never waits for, nor blocks, anyone. True when the whole -wal was copied.

        Every edit is durable in the -wal before this runs; a checkpoint only moves it, so a
        failure loses nothing. Busy or locked (another reader, e.g. a check of the file) is
        harmless: False, the next idle moment tries again. Any other SQLite error (the disk
        full or failing) is raised as a StoreError with the sentence of a failed write."""
        conn = self._conn
        if conn is None or self.read_only or conn.in_transaction:
            return False
        try:
            busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()[0]
        except sqlite3.Error as error:
            name = getattr(error, "sqlite_errorname", "")
            if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                return False
            raise StoreError(write_failure(self.path, error)) from error
        return not busy and copied == frames

    @property
    def log(self) -> editlog.EditLog:
        """The file's edit log and slices (ADR 0150)."""
        return editlog.EditLog(self._require_open(), self.path)

    @property
    def connection(self) -> sqlite3.Connection:
        """For storage's own use (Save As carries the log across)."""
        return self._require_open()

    def save_copy(self, path: Path) -> None:
        """A consistent copy of the current file at ``path`` (backup API, then rename)."""
        conn = self._require_open()
        path = Path(path)
        if path.absolute() == self.path.absolute():
            raise StoreError(code="storage.copy_onto_itself", name=path.name)
        lock = None
        try:
            if path.exists():
                lock = BoardLock(path)  # never replace a board someone is editing
            copy_database(conn, path)
        except StormFileError as error:
            raise StoreError(error) from error  # its code and parameters
        except (OSError, sqlite3.Error) as error:
            raise StoreError(code="storage.copy_failed", name=path.name,
                             detail=problem_of(error)) from error
        finally:
            if lock is not None:
                lock.release()

    def close(self) -> None:
        """Checkpoint and leave a self-contained file (rollback-journal mode), release the lock."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            if not self.read_only:
                _leave_wal(conn)
            conn.close()
        except sqlite3.Error as error:
            raise StoreError(code="storage.close_failed", name=self.path.name,
                             detail=str(error)) from error
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    @property
    def closed(self) -> bool:
        return self._conn is None

    def _require_open(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(code="storage.closed", name=self.path.name)
        return self._conn

    def __enter__(self) -> SqliteBoardStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _runs(puts: Sequence[Put]) -> Iterator[tuple[str, int, Sequence[str], Sequence[Any],
                                                 Sequence[Any]]]:
    """The puts as runs of one collection and one kind (0 delete, 1 insert, 2 update) in their
    order, each as (collection, kind, ids, befores, afters). Columns already told
    (``PutColumns``, ADR 0254) are taken as they are when a run is of one kind; other puts are
    grouped in C (groupby over the indexes, keyed by a list of kinds: a Python loop per put was
    a tenth of an undo of delete-all, ADR 0232)."""
    if type(puts) is PutColumns:
        for run in puts.runs:
            c, ids, befores, afters = run
            n = len(ids)
            gone = sum(map(operator.is_, afters, itertools.repeat(None)))
            new = sum(map(operator.is_, befores, itertools.repeat(None)))
            if gone == n and new == 0:
                yield c, 0, ids, befores, afters
            elif new == n and gone == 0:
                yield c, 1, ids, befores, afters
            elif gone == new == 0:
                yield c, 2, ids, befores, afters
            else:
                yield from _runs(tuple(PutColumns([run])))
        return
    kinds = [(p.collection, 0 if p.after is None else 1 if p.before is None else 2)
             for p in puts]  # delete, insert, update
    start = 0
    for (collection, op), group in itertools.groupby(range(len(puts)), kinds.__getitem__):
        end = start + len(list(group))
        _, ids, befores, afters = zip(*puts[start:end], strict=True)  # the columns, in C
        yield collection, op, ids, befores, afters
        start = end


#: ids per DELETE statement (one JSON list each; far below SQLite's length limit)
DELETE_CHUNK = 10_000
#: a delete of at least this many rows is checked for being every row of its table
WHOLE_AT = 1_000


def _every_row(conn: sqlite3.Connection, collection: str, ids: list[str]) -> bool:
    """Whether ``ids`` are exactly the ids of the table's rows, each once: both sides as one
    JSON list in id order, compared as text (SQLite's BINARY order of UTF-8 is Python's order
    of code points). Any doubt (an id SQLite quotes otherwise) says no: the slow path is
    always right."""
    if conn.execute(f'SELECT count(*) FROM main."{collection}"').fetchone()[0] != len(ids):
        return False
    (listed,) = conn.execute(
        f'SELECT json_group_array(id) FROM (SELECT id FROM main."{collection}" ORDER BY id)'
    ).fetchone()
    return listed == json.dumps(sorted(ids), ensure_ascii=False, separators=(",", ":"))


def _delete_run(conn: sqlite3.Connection, collection: str, ids: list[str]) -> int:
    """Delete rows by id: one statement per ``DELETE_CHUNK`` ids (json_each turns the list
    into rows inside SQLite); the number of rows deleted."""
    if collection not in STATEMENTS:  # never a name from outside into SQL
        raise sqlite3.ProgrammingError(collection)
    if len(ids) == 1:
        return conn.execute(STATEMENTS[collection].delete, {"id": ids[0]}).rowcount
    if len(ids) >= WHOLE_AT and _every_row(conn, collection, ids):
        # a delete-all: SQLite empties the table without looking up each id, a tenth of
        # the time (ADR 0250)
        return conn.execute(f'DELETE FROM main."{collection}"').rowcount
    sql = f"DELETE FROM {collection} WHERE id IN (SELECT value FROM json_each(?))"
    return sum(conn.execute(sql, (json.dumps(ids[i:i + DELETE_CHUNK]),)).rowcount
               for i in range(0, len(ids), DELETE_CHUNK))


#: parameters per INSERT statement of a bulk insert: SQLite's limit before 3.32 (999)
INSERT_PARAMETERS = 999


@cache
def _insert_many(collection: str) -> tuple[int, str]:
    """Rows per statement and the INSERT of that many rows at once (one VALUES list each)."""
    columns = STATEMENTS[collection].columns  # a known collection: never a name from outside
    per = max(1, INSERT_PARAMETERS // len(columns))
    one = "(" + ", ".join("?" * len(columns)) + ")"
    return per, (f"INSERT INTO {collection} ({', '.join(columns)}) VALUES "
                 + ", ".join([one] * per))


def _insert_run(conn: sqlite3.Connection, collection: str, records: list[Any]) -> int:
    """Insert records as tuples, up to 76 rows per statement (a sticky has 13 columns): an
    undo of a delete-all spent a fifth of its inserts stepping one statement per row
    (ADR 0232). The number of rows inserted."""
    sql = STATEMENTS[collection]
    rows = to_rows(collection, records, sql.columns)
    per, many = _insert_many(collection)
    full = len(rows) - len(rows) % per
    count = 0
    if full:
        flat = list(itertools.chain.from_iterable(rows[:full]))
        step = per * len(sql.columns)
        count += conn.executemany(
            many, [flat[i:i + step] for i in range(0, len(flat), step)]).rowcount
    if full < len(rows):
        count += conn.executemany(sql.insert_tuple, rows[full:]).rowcount
    return count


def _leave_wal(conn: sqlite3.Connection) -> None:
    """Back to rollback-journal mode: SQLite checkpoints the -wal into the file and deletes it,
    so the closed file is self-contained. Fails harmlessly ("locked") while a reader elsewhere
    still has the file open; the last one to close then checkpoints. SQLite can report a
    spurious SQLITE_LOCKED once right after a quick_check in the same connection, hence a retry.
    """
    for _attempt in range(2):
        try:
            conn.execute("PRAGMA journal_mode = DELETE").fetchall()
            return
        except sqlite3.OperationalError:
            continue


def write_failure(path: Path, error: sqlite3.Error) -> Phrase:
    """One sentence for a failed write, by SQLite's error code."""
    name = getattr(error, "sqlite_errorname", "")
    if name.startswith("SQLITE_FULL"):
        return Phrase("storage.save_disk_full", name=path.name)
    if name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_PERM"):
        return Phrase("storage.save_read_only", name=path.name)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return Phrase("storage.save_locked", name=path.name)
    if name.startswith("SQLITE_IOERR") or name.startswith("SQLITE_CANTOPEN"):
        return Phrase("storage.save_io", name=path.name)
    if isinstance(error, sqlite3.IntegrityError):
        return Phrase("storage.save_mismatch", name=path.name)
    return Phrase("storage.save_failed", name=path.name, detail=str(error))
