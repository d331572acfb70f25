"""The edit log inside a .storm file: every applied edit, its checkpoints, and named slices.

Each edit's log row is written by ``SqliteBoardStore.write`` in the edit's own transaction, so the
log and the board never disagree (ADR 0150). Rebuilding the board at a moment starts from the
nearest checkpoint at or before it (a whole-board snapshot written every ``CHECKPOINT_EVERY``
entries, and at the start of every log) and replays the few entries after it, on plain rows:
only the final board goes through the domain's rules. An entry never copies a row the log
already holds (log format 2, ADR 0232): ``before`` is elided, and an undo's ``after`` names
the earlier entry right after which the id had that very record.

The log is untrusted input like the rest of the file: a row that does not decode, or one from a
newer log format, raises :class:`LogError` with one sentence; the board itself still opens,
because opening a board never reads the log.
"""

from __future__ import annotations

import itertools
import json
import operator
import sqlite3
import time as _time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from ..app.ports import LogEntry
from ..domain import rules
from ..domain.board import Board, Put, PutColumns
from ..domain.entities import COLLECTIONS, Entity
from ..error_codes import Phrase, problem_of
from .errors import StormFileError
from .mapping import RowError, from_row, to_row, to_rows
from .statements import STATEMENTS

#: the version of the JSON in ``edit_log.puts`` and ``log_checkpoints.board``: 2 elides
#: ``before`` and lets ``after`` name an earlier entry (ADR 0232); 1 is still read
LOG_FORMAT = 2
#: a checkpoint after every this many entries bounds a rebuild to that many replayed entries
CHECKPOINT_EVERY = 500
#: rebuilds of earlier rows one rebuild may need for references behind its checkpoint (the
#: store never writes such a reference; a crafted log must not cost a rebuild per put)
MAX_EARLIER = 16
#: longest slice name
MAX_SLICE_NAME = 200
#: a log value is split into parts of about this many characters, far below SQLite's length
#: limit (hardening.MAX_VALUE_BYTES, in bytes: a Persian character takes 2)
PART_CHARS = 500_000

_ID_INDEX = {name: STATEMENTS[name].columns.index("id") for name in COLLECTIONS}


class LogError(StormFileError):
    """The edit log (or a slice) cannot be used; the message is one sentence. The board is fine."""


@dataclass(frozen=True, slots=True)
class LogRecord:
    """One decoded entry of the log."""

    seq: int
    time: float
    author: str | None
    origin: str
    puts: tuple[Put, ...]


#: the rows state while rebuilding: collection -> id -> column values in table order
_Rows = dict[str, dict[str, tuple[Any, ...]]]
#: one put with its before and after rows resolved
_Resolved = tuple[str, str, tuple[Any, ...] | None, tuple[Any, ...] | None]


def _empty_rows() -> _Rows:
    return {name: {} for name in COLLECTIONS}


@dataclass(frozen=True, slots=True)
class _Entry:
    """One entry as stored, decoded: ``before`` may be ``True`` and ``after`` a seq (ADR 0232)."""

    seq: int
    time: float
    author: str | None
    origin: str
    puts: list[Any]  # [collection, id, before, after] lists
    #: some put needs the rows state (an elided before or a reference)
    refers: bool


@dataclass(frozen=True, slots=True)
class SliceInfo:
    name: str
    taken_at: float
    seq: int
    stickies: int


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


# -- writing (inside a caller's transaction) ----------------------------------------------------
def _parts(items: list[str], opening: str = "[", closing: str = "]") -> list[str]:
    """JSON lists of already encoded items, each at most about PART_CHARS long (one at least)."""
    parts: list[str] = []
    chunk: list[str] = []
    size = 0
    for item in items:
        if chunk and size + len(item) > PART_CHARS:
            parts.append(opening + ",".join(chunk) + closing)
            chunk, size = [], 0
        chunk.append(item)
        size += len(item) + 1
    parts.append(opening + ",".join(chunk) + closing)
    return parts


#: one encoder for the log's texts: ``json.dumps`` with options builds a new one per call
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))
#: the JSON text of each collection's name and of an id, as ``_ENCODER`` writes them
_NAMES = {name: encode_basestring(name) for name in COLLECTIONS}


def _row_encoder() -> Callable[[dict[str, Any]], str]:
    """One row -> its JSON text, exactly as ``_ENCODER`` writes it, without building an encoder
    per call (``JSONEncoder.encode`` makes one each time: a third of logging 20,000 rows)."""
    if c_make_encoder is None:  # a Python without the C accelerator
        return _ENCODER.encode
    encode = c_make_encoder(None, _ENCODER.default, encode_basestring, None, ":", ",",
                            False, False, False)
    join = "".join
    return lambda row: join(encode(row, 0))


_ROW_TEXT = _row_encoder()


#: what RowTexts keeps per id: (before, seq it is valid at, after, seq it is valid at)
_Kept = tuple[Entity | None, int, Entity | None, int]


def _checkpoint_due(seq: int) -> bool:
    return seq % CHECKPOINT_EVERY == 0


class RowTexts:
    """What the store's own log entries already hold of each record (ADR 0220, 0232).

    Per collection and id: the record the id had right before the last entry that touched it
    (valid at that entry's seq - 1) and right after it (valid at its seq). Records are
    immutable, so an undo or redo, which writes the very records an earlier entry logged,
    writes the integer ``k`` ("the record this id had right after entry k") instead of the row.
    Only entries this store committed are kept (``logged`` after the COMMIT: a rolled back
    entry's seq is used again), and only seqs at or after the last checkpoint the store wrote,
    so a rebuild never has to reach back past the checkpoint it starts from. Dropped whole past
    ``LIMIT`` ids. A new store (a file just opened, Save As) knows nothing: it writes rows.
    """

    LIMIT = 200_000

    def __init__(self) -> None:
        #: collection -> id -> (before, seq - 1, after, seq) of the last entry touching it
        self._kept: dict[str, dict[str, _Kept]] = {name: {} for name in COLLECTIONS}
        #: no reference below this seq (the last checkpoint this store wrote)
        self._floor = 0
        #: rows encoded: what the tests count
        self.encoded = 0

    def text(self, collection: str, record: Entity, row: dict[str, Any] | None = None) -> str:
        """The record's row as the log's JSON text."""
        self.encoded += 1
        return _ROW_TEXT(row if row is not None else to_row(collection, record))

    def logged(self, seq: int, puts: Sequence[Put]) -> None:
        """Entry ``seq`` holding ``puts`` is committed: keep what it says of each id (of an id
        twice in one entry, the first put's before and the last one's after)."""
        kept = self._kept
        if sum(map(len, kept.values())) + len(puts) > self.LIMIT:
            for ids in kept.values():
                ids.clear()
        before = seq - 1
        if type(puts) is PutColumns:  # column by column: no put made to be read (ADR 0254)
            for c, run_ids, befores, afters in puts.runs:
                ids = kept[c]
                for i, b, a in zip(run_ids, befores, afters, strict=True):
                    old = ids.get(i)
                    ids[i] = (b if old is None or old[3] != seq else old[0], before, a, seq)
        else:
            for p in puts:
                ids = kept[p.collection]
                old = ids.get(p.id)
                ids[p.id] = (p.before if old is None or old[3] != seq else old[0], before,
                             p.after, seq)
        if _checkpoint_due(seq):
            self._floor = seq


def encode_puts(
    puts: Sequence[Put], after_rows: Sequence[dict[str, Any] | None] | None = None,
    texts: RowTexts | None = None,
) -> list[str]:
    """The parts of one entry's ``puts`` (log format 2): JSON lists of
    [collection, id, before, after]. ``before`` is ``true`` (the record the id had right
    before this entry) or ``null``; ``after`` is ``null``, the row, or the seq ``k`` of an
    earlier entry right after which the id had this very record (``texts`` knows which).
    ``after_rows``, where given, are rows already made for the tables.

    A stretch of one collection whose puts are all alike but for their ids (a delete-all,
    its undo and redo) is told so column by column, in C, and written as one run (ADR 0242);
    any other stretch put by put."""
    texts = RowTexts() if texts is None else texts
    items: list[str] = []
    start = 0
    if type(puts) is PutColumns and len({run.collection for run in puts.runs}) == len(
            puts.runs):
        # told as columns, one run per collection (ADR 0254): the stretches are the runs
        for run in puts.runs:
            c, ids, befores, afters = run
            if not _encode_alike_columns(items, c, ids, befores, afters, texts):
                _encode_each(items, tuple(PutColumns([run])), start, texts, after_rows)
            start += len(ids)
        return _parts(items)
    for c, group in itertools.groupby(puts, _COLLECTION):
        chunk = list(group)
        end = start + len(chunk)
        if not _encode_alike(items, c, chunk, texts):
            _encode_each(items, chunk, start, texts, after_rows)
        start = end
    return _parts(items)


_COLLECTION = operator.itemgetter(0)


def _encode_alike(items: list[str], c: str, chunk: list[Put], texts: RowTexts) -> bool:
    """Write ``chunk`` (puts of collection ``c``) as one run if its puts differ only in their
    ids; False (nothing written) otherwise."""
    if len(chunk) < RUN_AT:
        return False
    _, ids, befores, afters = zip(*chunk, strict=True)
    return _encode_alike_columns(items, c, ids, befores, afters, texts)


def _encode_alike_columns(
    items: list[str], c: str, ids: Sequence[str], befores: Sequence[Entity | None],
    afters: Sequence[Entity | None], texts: RowTexts,
) -> bool:
    """``_encode_alike`` of puts told column by column."""
    n = len(ids)
    if n < RUN_AT:
        return False
    no_before = sum(map(operator.is_, befores, itertools.repeat(None)))
    no_after = sum(map(operator.is_, afters, itertools.repeat(None)))
    if no_before not in (0, n) or no_after not in (0, n):
        return False
    before = "null" if no_before else "true"
    if no_after:
        after = "null"
    else:
        get, floor = texts._kept[c].get, texts._floor
        ks = [(kn[3] if kn[2] is r and kn[3] >= floor else
               kn[1] if kn[0] is r and kn[1] >= floor else -1)
              if (kn := get(i)) is not None else -1
              for i, r in zip(ids, afters, strict=True)]
        k = ks[0]
        if k < 0 or ks.count(k) != n:
            return False
        after = str(k)
    _close_run(items, list(ids), (c, before, after))
    return True


def _encode_each(
    items: list[str], puts: Sequence[Put], offset: int, texts: RowTexts,
    after_rows: Sequence[dict[str, Any] | None] | None,
) -> None:
    """The items of ``puts`` (the entry's from index ``offset``), put by put; consecutive
    puts alike but for their ids still make one run."""
    kept, floor = texts._kept, texts._floor  # looked up inline: 20,000 puts in an undo
    names, quote = _NAMES, encode_basestring
    append = items.append
    run: list[str] = []  # ids of consecutive puts that differ only in their id (no row)
    run_of: tuple[str, str, str] | None = None
    for i, p in enumerate(puts, offset):
        c = p.collection
        before = "null" if p.before is None else "true"
        record = p.after
        if record is None:
            after = "null"
        else:
            k = -1
            known = kept[c].get(p.id)
            if known is not None:
                if known[2] is record and known[3] >= floor:
                    k = known[3]
                elif known[0] is record and known[1] >= floor:
                    k = known[1]
            if k < 0:
                if run:
                    _close_run(items, run, run_of)  # type: ignore[arg-type]
                    run = []
                row = texts.text(c, record, None if after_rows is None else after_rows[i])
                append(f"[{names[c]},{quote(p.id)},{before},{row}]")
                continue
            after = str(k)
        shape = (c, before, after)
        if shape != run_of and run:
            _close_run(items, run, run_of)  # type: ignore[arg-type]
            run = []
        run_of = shape
        run.append(p.id)
    if run:
        _close_run(items, run, run_of)  # type: ignore[arg-type]


#: a run of at least this many puts alike but for their ids is one item with a list of ids
RUN_AT = 16
#: ids per run item (a part stays far below SQLite's length limit)
RUN_IDS = 5_000


def _close_run(items: list[str], ids: list[str], shape: tuple[str, str, str]) -> None:
    """The items of puts alike but for their ids (a delete-all, its undo and redo: ADR 0240):
    ``[collection, [id, ...], before, after]`` per ``RUN_IDS``, or one item per put when few."""
    c, before, after = shape
    name, quote = _NAMES[c], encode_basestring
    if len(ids) < RUN_AT:
        items.extend(f"[{name},{quote(i)},{before},{after}]" for i in ids)
        return
    for start in range(0, len(ids), RUN_IDS):
        listed = _ENCODER.encode(ids[start:start + RUN_IDS])
        items.append(f"[{name},{listed},{before},{after}]")


def _expand_runs(items: list[Any], fmt: int) -> list[Any]:
    """Format 2's run items, ``[collection, [id, ...], before, after]`` with no row in them,
    as one item per id; anything else in a run is damage (ValueError)."""
    out: list[Any] = []
    for item in items:
        if type(item) is list and len(item) == 4 and type(item[1]) is list:
            c, ids, b, a = item
            if fmt < 2 or type(b) is dict or type(a) is dict or not ids:
                raise ValueError(c)
            out.extend([c, i, b, a] for i in ids)  # each id's type is checked by the caller
        else:
            out.append(item)
    return out


def _next_seq(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM edit_log").fetchone()[0])


def _insert_entry(conn: sqlite3.Connection, entry: LogEntry, parts: list[str]) -> int:
    seq = _next_seq(conn)
    conn.executemany(
        "INSERT INTO edit_log (seq, part, time, author, origin, format, puts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(seq, i, entry.time, entry.author, entry.origin, LOG_FORMAT, text)
         for i, text in enumerate(parts)],
    )
    return seq


def append(
    conn: sqlite3.Connection, entry: LogEntry, puts: Sequence[Put],
    after_rows: Sequence[dict[str, Any] | None] | None = None,
    texts: RowTexts | None = None,
) -> int:
    """Add one entry (and a checkpoint when one is due); return its sequence number.
    ``after_rows``, when given, are the puts' ``after`` records as rows where the store made
    them for the tables already (None elsewhere); ``texts`` knows what the store's earlier
    entries hold (the caller tells it ``logged`` once the transaction is committed)."""
    seq = _insert_entry(conn, entry, encode_puts(puts, after_rows, texts))
    if _checkpoint_due(seq):
        checkpoint(conn, seq)
    return seq


def _rows_of_tables(conn: sqlite3.Connection) -> dict[str, list[Any]]:
    return {name: conn.execute(STATEMENTS[name].select_all).fetchall() for name in COLLECTIONS}


def _rows_of_board(board: Board) -> dict[str, list[Any]]:
    return {
        name: to_rows(name, board.collection(name).values(), STATEMENTS[name].columns)
        for name in COLLECTIONS
    }


def checkpoint(conn: sqlite3.Connection, seq: int, board: Board | None = None) -> None:
    """Store the whole board as it stands after entry ``seq`` (from the tables by default), as
    parts of JSON objects collection -> rows (a collection may continue in the next part)."""
    rows = _rows_of_tables(conn) if board is None else _rows_of_board(board)
    parts = _object_parts([(name, _json(list(r))) for name in COLLECTIONS for r in rows[name]])
    conn.execute("DELETE FROM log_checkpoints WHERE seq = ?", (seq,))
    conn.executemany(
        "INSERT INTO log_checkpoints (seq, part, format, board) VALUES (?, ?, ?, ?)",
        [(seq, i, LOG_FORMAT, text) for i, text in enumerate(parts)],
    )


def _object_parts(rows: list[tuple[str, str]]) -> list[str]:
    """``{"collection":[row,...],...}`` texts of about PART_CHARS each (one at least)."""
    parts: list[str] = []
    current: dict[str, list[str]] = {}
    size = 0
    for name, row in rows:
        if current and size + len(row) > PART_CHARS:
            parts.append(_join(current))
            current, size = {}, 0
        current.setdefault(name, []).append(row)
        size += len(row) + 1
    parts.append(_join(current))
    return parts


def _join(groups: dict[str, list[str]]) -> str:
    return "{" + ",".join(f"{_json(n)}:[{','.join(rows)}]" for n, rows in groups.items()) + "}"


def write_baseline(
    conn: sqlite3.Connection, origin: str, at: float | None = None, board: Board | None = None
) -> int:
    """An entry with no changes and a checkpoint: the log (re)starts from the board as it is
    (a new file, a migration, Save As), or from ``board`` (a slice carried in from JSON)."""
    when = _time.time() if at is None else at
    seq = _insert_entry(conn, LogEntry(when, None, origin), ["[]"])
    checkpoint(conn, seq, board)
    return seq


def copy_history(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """Carry another file's log, checkpoints and slices into ``target`` (Save As)."""
    for table in ("edit_log", "log_checkpoints", "slices"):
        cursor = source.execute(f"SELECT * FROM {table}")
        width = len(cursor.description)
        marks = ", ".join("?" * width)
        target.executemany(f"INSERT INTO {table} VALUES ({marks})", cursor)


# -- reading -----------------------------------------------------------------------------------
class EditLog:
    """Read access to the log of an open, checked file (plus slice changes, each one
    transaction)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    def _damaged(self, detail: str) -> LogError:
        return LogError(self.path, code="log.damaged", name=self.path.name, detail=detail)

    def _newer(self, fmt: int) -> LogError:
        return LogError(self.path, code="log.newer", name=self.path.name, format=fmt,
                        newest=LOG_FORMAT)

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            if "no such table" in str(error):
                raise LogError(self.path, code="log.no_log", name=self.path.name) from None
            raise self._damaged(str(error)) from None

    # -- the log ---------------------------------------------------------------------------
    def last_seq(self) -> int:
        return int(self._query("SELECT coalesce(max(seq), 0) FROM edit_log")[0][0])

    def __len__(self) -> int:
        return int(self._query("SELECT count(*) FROM edit_log WHERE part = 0")[0][0])

    def moments(self) -> list[tuple[int, float]]:
        """(seq, time) of every entry, oldest first: the replay's timeline."""
        return [(int(s), float(t)) for s, t in
                self._query("SELECT seq, time FROM edit_log WHERE part = 0 ORDER BY seq")]

    def seq_at(self, moment: float) -> int:
        """The last entry made at or before ``moment`` (0: before the log starts)."""
        rows = self._query("SELECT max(seq) FROM edit_log WHERE time <= ?", (moment,))
        return int(rows[0][0] or 0)

    def entries(self, after: int = 0, upto: int | None = None) -> Iterator[LogRecord]:
        """Decoded entries with ``after < seq <= upto``, oldest first, with the records each
        put had before and after (an elided ``before`` or a reference resolved, ADR 0232)."""
        limit = self.last_seq() if upto is None else upto
        entries = self._load(after, limit)
        if not any(e.refers for e in entries):  # whole rows only (format 1): nothing to look up
            for e in entries:
                yield self._record(e, [(c, i, self._row(c, b, e.seq), self._row(c, a, e.seq))
                                       for c, i, b, a in e.puts])
            return
        # the rows state as it goes: from the checkpoint at or before ``after`` (the log's
        # start if none) through the entries before the range, then through the range
        found = self._checkpoint_before(after)
        start, rows = found if found is not None else (0, _empty_rows())
        walked = self._load(start, after) + entries
        resolved: list[list[_Resolved]] = []
        self._guarded(lambda: self._replay(rows, start, walked, {}, resolved, after))
        for e, puts in zip(entries, resolved, strict=True):
            yield self._record(e, puts)

    def _record(self, e: _Entry, puts: list[_Resolved]) -> LogRecord:
        return LogRecord(e.seq, e.time, e.author, e.origin, tuple(
            Put(c, i, self._entity(c, b, e.seq), self._entity(c, a, e.seq))
            for c, i, b, a in puts))

    def _load(self, after: int, upto: int) -> list[_Entry]:
        """The entries with ``after < seq <= upto``, decoded (their puts not yet resolved)."""
        rows = self._query(
            "SELECT seq, time, author, origin, format, puts FROM edit_log "
            "WHERE seq > ? AND seq <= ? ORDER BY seq, part", (after, upto))
        out: list[_Entry] = []
        for seq, group in itertools.groupby(rows, key=lambda r: r[0]):
            parts = list(group)
            _seq, when, author, origin, _fmt, _text = parts[0]
            puts: list[Any] = []
            refers = False
            for *_rest, fmt, text in parts:
                if fmt > LOG_FORMAT:
                    raise self._newer(fmt)
                decoded, elided = self._decode(text, seq, fmt)
                puts.extend(decoded)
                refers = refers or elided
            out.append(_Entry(seq, when, author, origin, puts, refers))
        return out

    def _decode(
        self, text: object, seq: int, fmt: int = 1
    ) -> tuple[list[Any], bool]:
        """The [collection, id, before, after] items of one part, and whether any of them
        needs the rows state to resolve (a ``true`` before or an integer after: format 2)."""
        try:
            items = json.loads(text)  # type: ignore[arg-type]
            if type(items) is not list:
                raise ValueError(seq)
            refers = False
            collections = COLLECTIONS
            if any(type(item) is list and len(item) == 4 and type(item[1]) is list
                   for item in items):
                items = _expand_runs(items, fmt)
            for c, i, b, a in items:  # each a list of four (unpacking checks)
                if c not in collections or type(i) is not str:
                    raise ValueError(c)
                if b is True or type(a) is int:
                    # format 2: 0 <= k < seq (whether entry k exists is checked on replay)
                    if fmt < 2 or (type(a) is int and not 0 <= a < seq):
                        raise ValueError(i)
                    refers = True
                if not (b is None or b is True or type(b) is dict) or not (
                    a is None or type(a) is int or type(a) is dict
                ):
                    raise ValueError(i)
            return items, refers
        except (TypeError, ValueError, RecursionError):
            raise self._damaged(Phrase("log.entry_unreadable", seq=seq)) from None

    def _row(self, collection: str, row: dict[str, Any] | None, seq: int) -> tuple[Any, ...] | None:
        """A logged row object as the tables' tuple (column values in table order)."""
        if row is None:
            return None
        try:
            return tuple(row[c] for c in STATEMENTS[collection].columns)
        except KeyError:
            raise self._damaged(Phrase("log.entry_field", seq=seq)) from None

    def _entity(
        self, collection: str, row: tuple[Any, ...] | None, seq: int
    ) -> Entity | None:
        if row is None:
            return None
        try:
            return from_row(collection, row)
        except RowError as error:
            problem = problem_of(error)
            raise self._damaged(Phrase("log.entry_bad", seq=seq, problem=problem)) from None

    # -- rebuilding ------------------------------------------------------------------------
    def board_at_seq(self, seq: int) -> Board:
        """The board exactly as it was right after entry ``seq``."""
        state = self._guarded(lambda: self._rows_at(seq, {}, strict=False))
        assert state is not None  # not strict: a log that does not reach raises
        board = Board()
        try:
            for name in COLLECTIONS:
                board.load(name, [from_row(name, row) for row in state[name].values()])
        except RowError as error:
            raise self._damaged(problem_of(error)) from None
        return board

    def _guarded(self, rebuild: Callable[[], Any]) -> Any:
        try:
            return rebuild()
        except RecursionError:  # references reaching back through very many checkpoints
            raise self._damaged(Phrase("log.entry_unreadable", seq=self.last_seq())) from None

    def _checkpoint_before(self, seq: int) -> tuple[int, _Rows] | None:
        """The nearest checkpoint at or before ``seq``: its seq and its rows, or None."""
        found = self._query(
            "SELECT max(seq) FROM log_checkpoints WHERE seq <= ?", (seq,))
        if found[0][0] is None:
            return None
        start = int(found[0][0])
        return start, self._checkpoint(start)

    def _checkpoint(self, seq: int) -> _Rows:
        """The rows of the checkpoint after entry ``seq`` (empty if there is none)."""
        state = _empty_rows()
        parts = self._query(
            "SELECT format, board FROM log_checkpoints WHERE seq = ? ORDER BY part", (seq,))
        for fmt, text in parts:
            if fmt > LOG_FORMAT:
                raise self._newer(fmt)
            try:
                snapshot = json.loads(text)
                for name, rows in snapshot.items():
                    target = state[name]
                    for row in rows:
                        target[row[_ID_INDEX[name]]] = tuple(row)
            except (TypeError, ValueError, KeyError, IndexError, AttributeError,
                    RecursionError):
                raise self._damaged(Phrase("log.checkpoint_unreadable", seq=seq)) from None
        if parts and (not state["info"] or not state["workshop"]):
            raise self._damaged(Phrase("log.checkpoint_unreadable", seq=seq))
        return state

    def _rows_at(self, seq: int, memo: dict[int, _Rows | None], strict: bool) -> _Rows | None:
        """The rows state right after entry ``seq``: the nearest checkpoint and the entries
        after it replayed. ``strict`` (a reference to ``seq``): None unless entry ``seq``
        exists (and ``memo`` holds fewer than ``MAX_EARLIER``); otherwise a log that does not
        reach back to ``seq`` raises. Kept in ``memo`` (never changed after)."""
        if seq in memo:
            return memo[seq]
        if strict and len(memo) >= MAX_EARLIER:  # only a crafted log reaches back so often
            return None
        found = self._checkpoint_before(seq)
        if found is None:
            if strict:
                memo[seq] = None
                return None
            raise LogError(self.path, code="log.not_that_far", name=self.path.name)
        start, state = found
        entries = self._load(start, seq)
        if strict and seq != start and (not entries or entries[-1].seq != seq):
            memo[seq] = None
            return None
        self._replay(state, start, entries, memo, None)
        memo[seq] = state
        return state

    def _replay(
        self, rows: _Rows, start: int, entries: list[_Entry], memo: dict[int, _Rows | None],
        resolved: list[list[_Resolved]] | None, report_after: int = 0,
    ) -> None:
        """Apply ``entries`` (all after ``start``, oldest first) to ``rows``, the state right
        after entry ``start``. A reference to an entry at or after ``start`` is answered from
        what this walk kept of that id right after that entry; one to an earlier entry from
        the rows state rebuilt there (once per call: ``memo``). With ``resolved``, the puts of
        each entry after ``report_after``, with their before and after rows, are appended."""
        columns = {name: STATEMENTS[name].columns for name in COLLECTIONS}
        wanted: dict[int, set[tuple[str, str]]] = {}
        for e in entries:
            if e.refers:
                for c, i, _b, a in e.puts:
                    if type(a) is int and a >= start:
                        wanted.setdefault(a, set()).add((c, i))
        kept: dict[tuple[int, str, str], tuple[Any, ...] | None] = {}
        passed = {start}

        def keep(seq: int) -> None:
            passed.add(seq)
            for c, i in wanted.get(seq, ()):
                kept[(seq, c, i)] = rows[c].get(i)

        def referred(c: str, i: str, k: int, seq: int) -> tuple[Any, ...]:
            if k >= start:
                row = kept.get((k, c, i)) if k in passed else None
            else:
                earlier = self._rows_at(k, memo, strict=True)
                row = None if earlier is None else earlier[c].get(i)
            if row is None:  # no entry k, or the id had no record right after it
                raise self._damaged(Phrase("log.entry_unreadable", seq=seq))
            return row

        if wanted:
            keep(start)
        for e in entries:
            out: list[_Resolved] | None = (
                None if resolved is None or e.seq <= report_after else [])
            if not e.puts:  # a baseline (Save As, import): its checkpoint is the board
                baseline = self._checkpoint(e.seq)
                if any(baseline.values()):
                    for name in COLLECTIONS:
                        rows[name].clear()
                        rows[name].update(baseline[name])
            for c, i, b, a in e.puts:
                target = rows[c]
                if a is None:
                    after = None
                elif type(a) is int:
                    after = referred(c, i, a, e.seq)
                else:
                    try:
                        after = tuple(a[col] for col in columns[c])
                    except KeyError:
                        raise self._damaged(Phrase("log.entry_field", seq=e.seq)) from None
                if out is not None:
                    if b is True:
                        before = target.get(i)
                        if before is None:  # "the record it had", and it had none
                            raise self._damaged(Phrase("log.entry_unreadable", seq=e.seq))
                    else:
                        before = self._row(c, b, e.seq)
                    out.append((c, i, before, after))
                if after is None:
                    target.pop(i, None)
                else:
                    target[i] = after
            if wanted:
                keep(e.seq)
            if resolved is not None and out is not None:
                resolved.append(out)

    def board_at(self, moment: float) -> Board:
        """The board as it was at ``moment`` (seconds since the epoch)."""
        return self.board_at_seq(self.seq_at(moment))

    # -- slices ----------------------------------------------------------------------------
    def slices(self) -> list[SliceInfo]:
        """Every slice, oldest first."""
        rows = self._query(
            "SELECT name, taken_at, seq, stickies FROM slices ORDER BY taken_at, seq, id")
        return [SliceInfo(str(n), float(t), int(s), int(k)) for n, t, s, k in rows]

    def slice(self, name: str) -> SliceInfo:
        for info in self.slices():
            if info.name == name:
                return info
        known = ", ".join(f'"{s.name}"' for s in self.slices()) or Phrase("log.no_slices")
        raise LogError(self.path, code="log.no_slice", name=self.path.name, slice=name,
                       known=known)

    def board_of_slice(self, name: str) -> Board:
        return self.board_at_seq(self.slice(name).seq)

    def take_slice(self, name: str, at: float | None = None) -> SliceInfo:
        """Name the board as it stands now (the last log entry)."""
        name = _slice_name(self.path, name)
        seq = self.last_seq()
        count = int(self._query("SELECT count(*) FROM stickies")[0][0])
        when = _time.time() if at is None else at
        self._change(
            "INSERT INTO slices (name, taken_at, seq, stickies) VALUES (?, ?, ?, ?)",
            (name, when, seq, count), name)
        return SliceInfo(name, when, seq, count)

    def rename_slice(self, old: str, new: str) -> None:
        self.slice(old)
        new = _slice_name(self.path, new)
        self._change("UPDATE slices SET name = ? WHERE name = ?", (new, old), new)

    def delete_slice(self, name: str) -> None:
        self.slice(name)
        self._change("DELETE FROM slices WHERE name = ?", (name,), name)

    def _change(self, sql: str, params: Sequence[Any], name: str) -> None:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(sql, params)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.IntegrityError:
            raise LogError(self.path, code="log.slice_exists", name=self.path.name,
                           slice=name) from None
        except sqlite3.Error as error:
            raise LogError(self.path, code="log.slices_failed", name=self.path.name,
                           detail=str(error)) from None


def check_slice_name(path: Path, name: str) -> str:
    """The name as stored (spaces collapsed), or LogError: callers check before opening."""
    return _slice_name(path, name)


def _slice_name(path: Path, name: str) -> str:
    name = " ".join(str(name).split())
    if not name or len(name) > MAX_SLICE_NAME:
        raise LogError(path, code="log.slice_name_length", most=MAX_SLICE_NAME)
    if not rules.is_encodable(name):  # bytes that are not UTF-8 in an argument (issue 13)
        raise LogError(path, code="log.slice_name_broken")
    return name
