"""Opening, reading and creating .storm files.

Opening follows a fixed order so that an untrusted file is judged before it is used: header ->
hardened connection -> exact schema -> integrity check -> (backup + migration) -> every row
through the domain's rules. Only then is the file switched to WAL mode for editing.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.board import Board
from ..domain.entities import COLLECTIONS, SINGLETONS
from ..domain.integrity import MAX_PROBLEMS, Problem, board_problems, repair_puts, repaired
from ..error_codes import Phrase, problem_of
from . import editlog, hardening
from .copying import finish_file, remove_quietly, temp_path_for
from .ddl import LAYOUTS, LEGACY_SELECTS, TABLES
from .errors import BoardProblemsError, StormFileError
from .header import APPLICATION_ID, SCHEMA_VERSION, check_stamps, read_header
from .locking import BoardLock
from .mapping import RowError, from_rows, to_rows
from .migrate import migrate
from .statements import STATEMENTS
from .store import SqliteBoardStore


# -- opening ------------------------------------------------------------------------------
@dataclass
class OpenedBoard:
    board: Board
    store: SqliteBoardStore
    read_only_reason: str  # "" when writable, else a sentence for the user (a Phrase)
    migrated_from: int | None  # old schema version if a migration ran
    backup_path: Path | None  # backup written before migrating


def read_only_reason(path: Path) -> str:
    """Why this file cannot be edited in place, or "".

    Besides ``os.access`` the mode bits are read directly: root passes every access check, yet a
    user who cleared the write bits means "do not change this file".
    """
    try:
        if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
            return Phrase("storage.read_only_file", name=path.name)
        folder = path.absolute().parent
        if not os.access(folder, os.W_OK | os.X_OK) or not folder.stat().st_mode & 0o222:
            return Phrase("storage.read_only_folder", name=path.name)
    except OSError:
        return Phrase("storage.unchecked_writable", name=path.name)
    return ""


def _damaged(path: Path, error: sqlite3.Error) -> StormFileError:
    return StormFileError(path, code="storage.damaged_sqlite", name=path.name, detail=str(error))


#: the files SQLite opens beside a board on its own
SIDE_FILES = ("-journal", "-wal", "-shm")


def check_side_files(path: Path) -> None:
    """SQLite opens these itself, blocking on a FIFO (a hot-journal check waits forever): one
    that exists must be a regular file (ADR 0160)."""
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        try:
            mode = os.stat(side).st_mode
        except OSError:
            continue  # absent (or a dangling link): SQLite makes its own
        if not stat.S_ISREG(mode):
            raise StormFileError(path, code="storage.side_file", side=side.name, name=path.name)


def _checked_connection(path: Path, *, read_only: bool, full_check: bool,
                        immutable: bool = False) -> tuple[sqlite3.Connection, int]:
    """A hardened connection to a file whose schema and pages passed the checks; its version."""
    read_header(path)
    check_side_files(path)
    try:
        conn = hardening.connect(path, read_only=read_only, immutable=immutable)
    except sqlite3.Error as error:
        raise StormFileError(path, code="storage.cannot_open", name=path.name,
                             detail=problem_of(error)) from None
    try:
        # The header on disk can be older than a committed page 1 still in the -wal file.
        app_id = conn.execute("PRAGMA application_id").fetchall()[0][0]
        version = conn.execute("PRAGMA user_version").fetchall()[0][0]
        check_stamps(path, app_id, version)
        hardening.verify_schema(conn, path, version)
        hardening.check_integrity(conn, path, full=full_check)
    except sqlite3.Error as error:
        conn.close()
        if read_only and getattr(error, "sqlite_errorname", "").startswith("SQLITE_READONLY"):
            raise StormFileError(path, code="storage.unfinished_change", name=path.name) from None
        raise _damaged(path, error) from None
    except BaseException:
        conn.close()
        raise
    return conn, version


def load_board(conn: sqlite3.Connection, path: Path, version: int, *,
               repair: bool = False) -> Board:
    """Every row of a checked file, through the domain's rules, into a Board; then the
    whole-board rules the JSON import applies too (ADR 0163): a problem is refused with a
    BoardProblemsError, or, with ``repair``, mended in memory."""
    board = _load_rows(conn, path, version)
    problems = board_problems(board)
    if not problems:
        return board
    if repair:
        return repaired(board, problems)
    raise BoardProblemsError(path, problems_message(path, problems), problems)


def problems_message(path: Path, problems: list[Problem]) -> str:
    count, first = len(problems), problems[0].message
    if count == 1:
        return Phrase("storage.inconsistent", name=path.name, problem=first)
    if count == 2:
        return Phrase("storage.inconsistent_2", name=path.name, problem=first)
    return Phrase("storage.inconsistent_more", name=path.name, problem=first, more=count - 1,
                  plus="+" if count >= MAX_PROBLEMS else "")


def _load_rows(conn: sqlite3.Connection, path: Path, version: int) -> Board:
    board = Board()
    tables = TABLES[version]
    try:
        for name in COLLECTIONS:
            if name not in tables:
                continue  # an older layout: the collection keeps its default
            sql = LEGACY_SELECTS.get(version, {}).get(name, STATEMENTS[name].select_all)
            rows = conn.execute(sql).fetchall()
            if name in SINGLETONS and len(rows) != 1:
                raise StormFileError(path, code="storage.record_missing", name=path.name,
                                     record=name)
            board.load(name, from_rows(name, rows))
            if len(board.collection(name)) != len(rows):  # two rows, one id: never drop one
                raise StormFileError(path, code="storage.shared_id", name=path.name,
                                     collection=name)
    except RowError as error:
        raise StormFileError(path, code="storage.bad_row", name=path.name,
                             problem=problem_of(error)) from None
    except sqlite3.Error as error:
        raise _damaged(path, error) from None
    return board


#: the page cache of a board open for editing, in KiB (SQLite takes only what it uses)
CACHE_KIB = 32 * 1024

#: WAL pages after which SQLite checkpoints inside a commit on its own (its default is 1,000):
#: a backstop only, the app checkpoints while the user is idle (ADR 0237); 32 MiB of 4 KiB pages,
#: a dozen delete-alls of 20,000 stickies in a row
EDIT_AUTOCHECKPOINT_PAGES = 8192


def _start_editing(conn: sqlite3.Connection) -> None:
    """WAL: one fsync per commit, readers never block the writer. FULL: durable at COMMIT."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchall()[0][0]
    if mode.lower() != "wal":
        raise sqlite3.OperationalError(f"journal mode stayed {mode}")
    conn.execute("PRAGMA synchronous = FULL").fetchall()
    # a bulk edit of 20,000 rows overflowed the default 2 MiB page cache and spilled pages to
    # the WAL before its commit, doubling the time of its inserts (ADR 0220)
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB:d}").fetchall()
    # SQLite's automatic checkpoint ran inside every undo of a 20,000-sticky delete-all (its
    # default threshold, 1,000 pages, is about one bulk edit), adding a third to that commit:
    # the app checkpoints when the user is idle instead (store.checkpoint_when_idle), SQLite's
    # own stays as a backstop at a higher threshold, and the -wal file is cut back to that size
    # after a checkpoint (ADR 0237)
    conn.execute(f"PRAGMA wal_autocheckpoint = {EDIT_AUTOCHECKPOINT_PAGES:d}").fetchall()
    page_size = conn.execute("PRAGMA page_size").fetchall()[0][0]
    conn.execute(
        f"PRAGMA journal_size_limit = {EDIT_AUTOCHECKPOINT_PAGES * page_size:d}").fetchall()


def open_board_file(path: Path, *, read_only: bool = False, repair: bool = False) -> OpenedBoard:
    """Open a board for editing (or read-only): checked, migrated if older, locked.

    With ``repair``, whole-board problems are mended; a writable file gets the repair saved
    (one transaction), a read-only one only in memory."""
    path = Path(path)
    read_header(path)  # refuse a foreign or damaged file before touching anything else
    reason = "" if read_only else read_only_reason(path)
    ro = read_only or bool(reason)
    lock = None if ro else BoardLock(path)
    conn: sqlite3.Connection | None = None
    try:
        conn, version = _checked_connection(path, read_only=ro, full_check=False)
        migrated_from = backup = None
        if version < SCHEMA_VERSION and not ro:
            backup = migrate(conn, path, version)
            migrated_from, version = version, SCHEMA_VERSION
            hardening.verify_schema(conn, path, version)
        board = load_board(conn, path, version, repair=repair)
        if not ro:
            try:
                _start_editing(conn)
            except sqlite3.Error as error:
                raise StormFileError(path, code="storage.prepare_failed", name=path.name,
                                     detail=str(error)) from None
        elif not reason:
            reason = Phrase("storage.opened_read_only", name=path.name)
        if ro and version < SCHEMA_VERSION:
            reason = Phrase("storage.older_format", reason=reason, version=version)
    except BaseException:
        if conn is not None:
            conn.close()
        if lock is not None:
            lock.release()
        raise
    store = SqliteBoardStore(path, conn, lock, ro)
    if repair and not ro:
        try:
            store.write(repair_puts(load_board_unchecked(store), board))
        except BaseException:
            store.close()
            raise
    return OpenedBoard(board, store, reason, migrated_from, backup)


def load_board_unchecked(store: SqliteBoardStore) -> Board:
    """The rows as they are on disk, before any repair (to know what a repair changes)."""
    return _load_rows(store._require_open(), store.path, SCHEMA_VERSION)


def read_board_file(path: Path, *, repair: bool = False) -> Board:
    """Read a board for checking or export. Never modifies the file: no migration on disk, no
    lock of ours, no -wal/-shm left behind. With ``repair``, whole-board problems are mended
    in the board returned (the file stays as it is)."""
    path = Path(path)
    header = read_header(path)
    # A file at rest is in rollback-journal mode: a read-only connection creates no side files.
    # A WAL-mode file with no -wal beside it (copied while open, or its -wal lost) would need a
    # new -shm, so it is read as immutable instead; with a -wal we read through it, read-only.
    immutable = header.wal_mode and not Path(f"{path}-wal").exists()
    conn, version = _checked_connection(
        path, read_only=True, full_check=True, immutable=immutable
    )
    try:
        return load_board(conn, path, version, repair=repair)
    finally:
        conn.close()


# -- creating -----------------------------------------------------------------------------
def write_new_file(
    path: Path,
    board: Board,
    history: sqlite3.Connection | None = None,
    slices: Sequence[tuple[str, float, Board]] = (),
    started_at: float | None = None,
) -> None:
    """Write ``board`` as a complete new file at ``path`` (temporary file, then rename).

    Its edit log starts with a baseline of ``board``; Save As passes the old file's connection
    as ``history`` to carry its log and slices across, and a JSON import passes its ``slices``
    (name, time, board), each of which becomes a checkpoint in the new log (ADR 0150).
    """
    tmp = temp_path_for(path)
    try:
        conn = hardening.connect(tmp, read_only=False, create=True)
        try:
            # Nobody else sees this temporary file, and finish_file fsyncs it before the
            # rename: a journal on disk and SQLite's own fsyncs would only repeat that work.
            conn.execute("PRAGMA journal_mode = MEMORY").fetchall()
            conn.execute("PRAGMA synchronous = OFF").fetchall()
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}").fetchall()
            conn.execute("BEGIN IMMEDIATE")
            for statement in LAYOUTS[SCHEMA_VERSION]:
                conn.execute(statement)
            for name in COLLECTIONS:
                records = board.collection(name).values()
                if records:
                    sql = STATEMENTS[name]
                    conn.executemany(sql.insert_tuple, to_rows(name, records, sql.columns))
            _start_log(conn, history, slices, started_at)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}").fetchall()
            conn.execute("COMMIT")
        finally:
            conn.close()
        finish_file(tmp, path)
    except BaseException:
        remove_quietly(tmp)
        raise


def _start_log(
    conn: sqlite3.Connection,
    history: sqlite3.Connection | None,
    slices: Sequence[tuple[str, float, Board]],
    started_at: float | None = None,
) -> None:
    origin = "created"
    if history is not None:
        try:
            editlog.copy_history(history, conn)
            origin = "save-as"
        except sqlite3.Error:  # an older or damaged log stays behind; the board goes across
            for table in ("edit_log", "log_checkpoints", "slices"):
                conn.execute(f"DELETE FROM {table}")
    for name, taken_at, sliced in sorted(slices, key=lambda s: s[1]):
        seq = editlog.write_baseline(conn, "import", taken_at, sliced)
        conn.execute(
            "INSERT INTO slices (name, taken_at, seq, stickies) VALUES (?, ?, ?, ?)",
            (name, taken_at, seq, len(sliced.stickies)),
        )
    # in Save As after a failed write the board is ahead of the carried log: the baseline's
    # checkpoint makes the log end exactly at the board that was written
    editlog.write_baseline(conn, "import" if slices else origin, started_at)


def _new_store(path: Path) -> SqliteBoardStore:
    lock = BoardLock(path)
    try:
        conn, _version = _checked_connection(path, read_only=False, full_check=False)
        try:
            _start_editing(conn)
        except BaseException:
            conn.close()
            raise
    except BaseException:
        lock.release()
        raise
    return SqliteBoardStore(path, conn, lock, read_only=False)


def create_board_file(
    path: Path,
    board: Board,
    slices: Sequence[tuple[str, float, Board]] = (),
    started_at: float | None = None,
) -> SqliteBoardStore:
    """A new .storm file holding ``board``; refuses a path that exists."""
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise StormFileError(path, code="storage.exists", name=path.name)
    try:
        write_new_file(path, board, slices=slices, started_at=started_at)
        return _new_store(path)
    except (OSError, sqlite3.Error) as error:
        raise StormFileError(path, code="storage.create_failed", name=path.name,
                             detail=problem_of(error)) from None


def save_board_as(
    board: Board,
    path: Path,
    *,
    overwrite: bool = False,
    history: SqliteBoardStore | None = None,
) -> SqliteBoardStore:
    """Write the whole in-memory ``board`` into a new file (Save As, or recovery after a failed
    write) and return a store editing it. An existing file is replaced only with ``overwrite``
    and only if no one has it open. ``history``: the store whose edit log and slices go along."""
    path = Path(path)
    old_lock = None
    if path.exists():
        if not overwrite:
            raise StormFileError(path, code="storage.exists", name=path.name)
        # BoardInUseError if someone edits it; held until the new file has replaced it
        old_lock = BoardLock(path)
    try:
        source = None
        if history is not None and not history.closed:
            source = history.connection
        write_new_file(path, board, source)
        if old_lock is not None:
            old_lock.release()
        return _new_store(path)
    except (OSError, sqlite3.Error) as error:
        raise StormFileError(path, code="storage.write_failed", name=path.name,
                             detail=problem_of(error)) from None
    finally:
        if old_lock is not None:
            old_lock.release()
