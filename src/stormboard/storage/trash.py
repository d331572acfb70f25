"""The rows of a bulk delete, kept inside SQLite for its undo (issue 12, ADR 0238).

An undo of a delete-all of 20,000 stickies spent most of its store time turning records into
tuples and binding them (``to_rows`` and ``executemany``); SQLite copies the same rows from one
table to another in a tenth of that. So a delete run of at least ``THRESHOLD`` rows first copies
its rows into a per-connection TEMP table (``temp.<collection>_trash``), and an insert run writes
the records that are the very ones deleted (identity: records are immutable) back from there.

The TEMP tables live in the connection's temp database, never in the .storm file: its schema,
integrity checks, backups (Save As) and the file format do not see them; a new connection (a file
opened, Save As) starts with an empty trash. They change inside the edit's transaction and roll
back with it; what Python remembers is changed only after the COMMIT (``committed``), like
``editlog.RowTexts`` (ADR 0232). Dropped whole past ``LIMIT`` rows.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import operator
import sqlite3
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

from .statements import STATEMENTS

#: a delete run shorter than this is not kept (its undo binds a few tuples, cheap enough)
THRESHOLD = 64

#: ids per statement (one JSON list each, as the store's deletes, ADR 0220)
CHUNK = 10_000

@cache
def _sql(collection: str) -> tuple[str, str, str, str, str, str, str]:
    """CREATE, keep (copy in), keep all, count, restore (copy back), empty and restore all
    of one collection's trash.
    Only names from ``STATEMENTS``, never one from outside; columns quoted ("plan")."""
    if collection not in STATEMENTS:  # never a name from outside into SQL
        raise sqlite3.ProgrammingError(collection)
    columns = STATEMENTS[collection].columns
    cols = ", ".join(f'"{c}"' for c in columns)
    trash = f'temp."{collection}_trash"'
    main = f'main."{collection}"'
    pick = "WHERE id IN (SELECT value FROM json_each(?))"
    # no column types: the values stay exactly as the file held them (STRICT tables take them
    # back unchanged)
    return (f"CREATE TEMP TABLE IF NOT EXISTS \"{collection}_trash\" ({cols}, PRIMARY KEY (id))",
            f"INSERT OR REPLACE INTO {trash} ({cols}) SELECT {cols} FROM {main} {pick}",
            f"INSERT OR REPLACE INTO {trash} ({cols}) SELECT {cols} FROM {main}",
            f"SELECT count(*) FROM {main}",
            f"INSERT INTO {main} ({cols}) SELECT {cols} FROM {trash} {pick}",
            f"DELETE FROM {trash}",
            f"INSERT INTO {main} ({cols}) SELECT {cols} FROM {trash}")


def _chunks(ids: list[str]) -> list[str]:
    return [json.dumps(ids[i:i + CHUNK]) for i in range(0, len(ids), CHUNK)]


class Trash:
    """Per collection and id, the record whose row the connection's TEMP trash holds."""

    LIMIT = 200_000

    def __init__(self, conn: sqlite3.Connection) -> None:
        # In memory, not a temp file: the trash holds deleted stickies' text, which then never
        # reaches a file outside the board's folder, and a delete-all of 20,000 stickies (about
        # 5 MB) would overflow the temp database's 2 MB page cache into that file. Bounded by
        # LIMIT rows (some tens of MB at most). Set before the temp database is first used
        # (SQLite refuses to change it inside a transaction).
        # (a connection already using temp, in a transaction, keeps its temp where it is:
        # correct either way, only slower)
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute("PRAGMA temp_store = MEMORY").fetchall()
        #: committed: collection -> id -> the record its trash row holds
        self._held: dict[str, dict[str, Any]] = {name: {} for name in STATEMENTS}
        #: this transaction's changes (applied by ``committed``), and whether it emptied all
        self._pending: dict[str, dict[str, Any]] = {name: {} for name in STATEMENTS}
        self._emptied = False
        #: rows written back by the copy inside SQLite, and rows copied in: what the tests count
        self.restored = 0
        self.kept = 0
        #: per collection, the restores that copied the whole trash table (no list of ids)
        self.whole: Counter[str] = Counter()

    def _holding(self, collection: str, ids: list[str], records: list[Any]) -> list[bool]:
        """Per id: whether the trash holds this very record for it (looked up in C where no
        change is pending: a Python call per put was a tenth of an undo of delete-all,
        ADR 0242)."""
        pending = self._pending[collection]
        held = {} if self._emptied else self._held[collection]
        if pending:
            got = [r if (r := pending.get(i)) is not None else held.get(i) for i in ids]
        else:
            got = list(map(held.get, ids))
        return list(map(operator.is_, got, records))

    def begin(self) -> None:
        """A new transaction: forget what a failed one left pending."""
        for pending in self._pending.values():
            pending.clear()
        self._emptied = False

    def keep(self, conn: sqlite3.Connection, collection: str, ids: Sequence[str],
             befores: Sequence[Any]) -> None:
        """Before a delete run (its ids and records, column by column): copy the rows of its
        ids into the trash (those it does not already hold with the same record)."""
        if len(ids) < THRESHOLD:
            return
        create, keep, keep_all, count = _sql(collection)[:4]
        held_now = self._holding(collection, list(ids), list(befores))
        if not any(held_now):
            new_ids, new_befores = list(ids), list(befores)
        else:
            fresh = list(map(operator.not_, held_now))
            new_ids = list(itertools.compress(ids, fresh))
            new_befores = list(itertools.compress(befores, fresh))
        if not new_ids:
            return
        held = sum(map(len, self._held.values())) if not self._emptied else 0
        if held + sum(map(len, self._pending.values())) + len(new_ids) > self.LIMIT:
            for name, held_ids in self._held.items():  # drop it all (a trash never seen is
                if held_ids or self._pending[name]:  # empty)
                    conn.execute(_sql(name)[5])
                self._pending[name].clear()
            self._emptied = True
            new_ids, new_befores = list(ids), list(befores)
        conn.execute(create)
        if len(new_ids) == conn.execute(count).fetchone()[0]:
            # every row of the table (a delete-all): one scan, no lookup per id, half the time.
            # Were an id of the run not there, the DELETE's count tells and all rolls back.
            conn.execute(keep_all)
        else:
            for chunk in _chunks(new_ids):
                conn.execute(keep, (chunk,))
        self._pending[collection].update(zip(new_ids, new_befores, strict=True))
        self.kept += len(new_ids)

    def restore(
        self, conn: sqlite3.Connection, collection: str, ids: Sequence[str],
        afters: Sequence[Any],
    ) -> tuple[int, list[Any]]:
        """For an insert run (its ids and records, column by column): write back the records
        the trash holds (the very ones); the rows written and the records left for tuples."""
        sql = _sql(collection)
        there = self._holding(collection, list(ids), list(afters))  # an after is never None
        if all(there):
            back, rest = list(ids), []
        else:
            back = list(itertools.compress(ids, there))
            rest = list(itertools.compress(afters, map(operator.not_, there)))
        if not back:
            return 0, rest
        if not self._emptied and not self._pending[collection] \
                and len(back) == len(self._held[collection]) == len(set(back)):
            # every row the trash holds, and only those (an undo of delete-all): one copy of
            # the table, no list of ids to parse and look up (about half the time, ADR 0242)
            count = conn.execute(sql[6]).rowcount
            self.whole[collection] += 1
        else:
            count = sum(conn.execute(sql[4], (chunk,)).rowcount for chunk in _chunks(back))
        self.restored += count
        return count, rest

    def committed(self) -> None:
        """The transaction committed: what it kept is now held."""
        if self._emptied:
            for ids in self._held.values():
                ids.clear()
            self._emptied = False
        for name, pending in self._pending.items():
            if pending:
                self._held[name].update(pending)
                pending.clear()

    def holds(self, collection: str) -> int:
        """How many rows of ``collection`` the committed trash holds (for tests)."""
        return len(self._held[collection])
