"""Storage figures for a board of 10,000 stickies, each against raw sqlite3 doing the same work
in the same run. Prints figures and ratios; asserts nothing.

    .venv/bin/python benchmarks/bench_storage.py

Targets (ARCHITECTURE/issue 2): open <= 0.3 s, one edit <= 5 ms, each within 3x of raw.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from stormboard.app import commands
from stormboard.app.session import BoardSession
from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.domain.entities import Lane, Milestone, Participant
from stormboard.storage import create_board_file, open_board_file, read_board_file
from stormboard.storage.ddl import LAYOUTS
from stormboard.storage.mapping import to_row
from stormboard.storage.statements import STATEMENTS

N_STICKIES = 10_000
N_EDITS = 200
REPEATS = 5
TABLES = ("info", "workshop", "participants", "lanes", "milestones", "stickies", "links",
          "votes", "decisions")


def make_board(n: int) -> Board:
    rnd = random.Random(7)
    kinds = [k.id for k in notation.KINDS]
    board = Board()
    board.load("participants", [Participant(f"p{i}", f"نفر {i}") for i in range(12)])
    board.load("lanes", [Lane(f"l{i}", f"Lane {i}", i * 400.0, 380.0) for i in range(8)])
    board.load("milestones", [Milestone(f"m{i}", f"M{i}", i * 2500.0) for i in range(6)])
    board.load("stickies", [
        commands.new_sticky(rnd.choice(kinds), rnd.uniform(0, 50_000), rnd.uniform(0, 3_000),
                            text=f"رویداد شماره {i}: سفارش ثبت شد ✓", now=1.7e9 + i,
                            author=f"p{i % 12}")
        for i in range(n)
    ])
    return board


def median_time(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def raw_create(path: Path, board: Board) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for statement in LAYOUTS[2]:
        conn.execute(statement)
    for name in TABLES:
        records = board.collection(name).values()
        if records:
            conn.executemany(STATEMENTS[name].insert, [to_row(name, r) for r in records])
    conn.execute("COMMIT")
    conn.close()


def raw_read(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("PRAGMA quick_check(1)").fetchall()
    for name in TABLES:
        conn.execute(f"SELECT * FROM {name}").fetchall()
    conn.close()


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-storage-"))
    try:
        board = make_board(N_STICKIES)
        path = folder / "bench.storm"
        raw_path = folder / "raw.db"

        def create() -> None:
            path.unlink(missing_ok=True)
            create_board_file(path, board).close()

        def create_raw() -> None:
            raw_path.unlink(missing_ok=True)
            raw_create(raw_path, board)

        t_create = median_time(create, 3)
        t_create_raw = median_time(create_raw, 3)

        def timed_open() -> float:
            t = time.perf_counter()
            opened = open_board_file(path)
            elapsed = time.perf_counter() - t
            opened.store.close()  # checkpoint + back to rollback mode: not part of opening
            assert len(opened.board.stickies) == N_STICKIES
            return elapsed

        t_open = statistics.median(timed_open() for _ in range(REPEATS))
        t_read = median_time(lambda: read_board_file(path), REPEATS)
        t_open_raw = median_time(lambda: raw_read(raw_path), REPEATS)

        # one edit = one move through the session (apply, persist in one transaction, history);
        # the raw update of the same sticky runs right after each, so load on the machine
        # affects both alike
        opened = open_board_file(path)
        session = BoardSession(opened.board, opened.store)
        ids = random.Random(3).sample(sorted(session.board.stickies), N_EDITS)
        conn = sqlite3.connect(raw_path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
        conn.execute("PRAGMA synchronous = FULL").fetchall()
        edit_times = []
        raw_times = []
        for sid in ids:
            t = time.perf_counter()
            session.execute(commands.move_stickies(session.board, [sid], 12.5, -3.25))
            edit_times.append(time.perf_counter() - t)
            session.seal()
            t = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE stickies SET x = x + 12.5, y = y - 3.25, updated_at = ? "
                         "WHERE id = ?", (time.time(), sid))
            conn.execute("COMMIT")
            raw_times.append(time.perf_counter() - t)
        conn.close()
        # delete-all through the session (the rows kept for its undo, the log entry, the
        # commit; undone between runs) against the raw DELETE by ids a plain store would run,
        # on a fresh copy of the raw file each time (ADR 0250)
        everything = sorted(session.board.stickies)
        delete_times, raw_delete_times = [], []
        copy = folder / "raw_copy.db"
        for _ in range(REPEATS):
            t = time.perf_counter()
            session.execute(commands.delete_stickies(session.board, everything))
            delete_times.append(time.perf_counter() - t)
            session.seal()
            session.undo()
            session.seal()
            shutil.copyfile(raw_path, copy)
            raw = sqlite3.connect(copy, isolation_level=None)
            raw.execute("PRAGMA journal_mode = WAL").fetchall()
            raw.execute("PRAGMA synchronous = FULL").fetchall()
            listed = json.dumps(everything)
            t = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            for table, column in (("links", "source_id"), ("stickies", "id")):
                raw.execute(f"DELETE FROM {table} WHERE {column} IN "
                            "(SELECT value FROM json_each(?))", (listed,))
            raw.execute("COMMIT")
            raw_delete_times.append(time.perf_counter() - t)
            raw.close()
        session.close()
        t_delete = statistics.median(delete_times)
        t_delete_raw = statistics.median(raw_delete_times)
        t_edit = statistics.median(edit_times)
        t_edit_raw = statistics.median(raw_times)

        size = path.stat().st_size
        print(f"board: {N_STICKIES:,} stickies, file {size / 1e6:.2f} MB, "
              f"SQLite {sqlite3.sqlite_version}")
        print(f"create file   : {t_create * 1000:8.1f} ms   raw {t_create_raw * 1000:8.1f} ms"
              f"   ratio {t_create / t_create_raw:5.2f}x")
        print(f"open -> Board : {t_open * 1000:8.1f} ms   raw {t_open_raw * 1000:8.1f} ms"
              f"   ratio {t_open / t_open_raw:5.2f}x   (target <= 300 ms, <= 3x)")
        print(f"read (check)  : {t_read * 1000:8.1f} ms   raw {t_open_raw * 1000:8.1f} ms"
              f"   ratio {t_read / t_open_raw:5.2f}x   (read-only, full integrity_check)")
        print(f"one edit (med): {t_edit * 1000:8.3f} ms   raw {t_edit_raw * 1000:8.3f} ms"
              f"   ratio {t_edit / t_edit_raw:5.2f}x   (target <= 5 ms, <= 3x; "
              f"p95 {sorted(edit_times)[int(N_EDITS * 0.95)] * 1000:.3f} ms)")
        print(f"delete all    : {t_delete * 1000:8.1f} ms   raw {t_delete_raw * 1000:8.1f} ms"
              f"   ratio {t_delete / t_delete_raw:5.2f}x   (all in the session: board, rows "
              f"kept for undo, log; raw: the DELETE by ids alone)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
