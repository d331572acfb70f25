"""The edit log's cost (ADR 0150), against the same edits with the log switched off in the same
run. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_edit_log.py

- per-edit cost: median of 200 single-sticky moves on a 2,000-sticky board, with and without
  the log (alternating, so both see the same machine state)
- file growth over 10,000 edits (a workshop-like mix: add, type, move, sometimes delete)
- rebuilding the board at random moments of a 20,000-edit log (target <= 200 ms)
- replay export: the sample workshop (replayed edit by edit) to a 32-frame GIF
- bulk: delete-all of 20,000 stickies, its undo, the redo and the undo again: the store's
  write, the log's bytes per entry, rebuilding and reading back each (ADR 0232)

``--only bulk,rebuild`` runs only those parts.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from stormboard.app import commands as c
from stormboard.app.session import BoardSession
from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.storage import create_board_file, editlog, open_board_file
from stormboard.storage.history import read_log

KINDS = [k.id for k in notation.KINDS]


def _board(n: int) -> Board:
    rnd = random.Random(3)
    board = Board()
    board.load("stickies", [
        c.new_sticky(rnd.choice(KINDS), rnd.uniform(0, 20_000), rnd.uniform(0, 3_000),
                     text=f"رویداد شماره {i}: سفارش ثبت شد", now=1.7e9 + i)
        for i in range(n)
    ])
    return board


def _open(folder: Path, name: str, board: Board) -> BoardSession:
    path = folder / name
    create_board_file(path, board).close()
    opened = open_board_file(path)
    return BoardSession(opened.board, opened.store)


def per_edit_cost(folder: Path) -> None:
    session = _open(folder, "cost.storm", _board(2_000))
    ids = sorted(session.board.stickies)
    rnd = random.Random(5)
    real_append = editlog.append
    with_log: list[float] = []
    without: list[float] = []
    inside: list[float] = []  # the log's own work inside the transaction (no fsync noise)

    def timed_append(*args: object, **kwargs: object) -> int:
        t = time.perf_counter()
        seq = real_append(*args, **kwargs)  # type: ignore[arg-type]
        inside.append(time.perf_counter() - t)
        return seq

    for i in range(400):
        logging = i % 2 == 0
        editlog.append = timed_append if logging else (lambda *_a, **_k: 0)  # type: ignore[assignment]
        edit = c.move_stickies(session.board, [rnd.choice(ids)], 1.0, 0.5)
        t = time.perf_counter()
        session.execute(edit)
        (with_log if logging else without).append(time.perf_counter() - t)
        session.seal()
    editlog.append = real_append  # type: ignore[assignment]
    session.close()
    a, b = statistics.median(with_log), statistics.median(without)
    print(f"one edit (move 1 sticky, 2,000-sticky board), median of 200: with log "
          f"{a * 1000:.2f} ms, without {b * 1000:.2f} ms, log adds {(a - b) * 1000:.2f} ms "
          f"({a / b:.2f}x); the log's own insert inside the transaction: median "
          f"{statistics.median(inside) * 1000:.3f} ms")


def _workshop_edits(session: BoardSession, n: int, rnd: random.Random) -> None:
    for i in range(n):
        b = session.board
        roll = rnd.random()
        if roll < 0.35 or not b.stickies:
            s = c.new_sticky(rnd.choice(KINDS), rnd.uniform(0, 20_000), rnd.uniform(0, 3_000),
                             text=f"رویداد {i}")
            session.execute(c.add_sticky(b, s))
        elif roll < 0.6:
            sid = rnd.choice(list(b.stickies))
            session.execute(c.set_text(b, sid, f"سفارش {i} ثبت شد"))
        elif roll < 0.93:
            sid = rnd.choice(list(b.stickies))
            session.execute(c.move_stickies(b, [sid], rnd.uniform(-50, 50), 3.0))
        else:
            sid = rnd.choice(list(b.stickies))
            session.execute(c.delete_stickies(b, [sid]))
        session.seal()


def growth(folder: Path) -> None:
    session = _open(folder, "growth.storm", Board())
    path = session.path
    assert path is not None
    rnd = random.Random(11)
    t = time.perf_counter()
    _workshop_edits(session, 10_000, rnd)
    elapsed = time.perf_counter() - t
    stickies = len(session.board.stickies)
    session.close()
    with_log = path.stat().st_size
    board_only = folder / "board-only.storm"
    create_board_file(board_only, session.board).close()
    print(f"10,000 edits ({stickies} stickies at the end) in {elapsed:.1f} s: file "
          f"{with_log / 1e6:.2f} MB, the same board without history "
          f"{board_only.stat().st_size / 1e6:.2f} MB; growth "
          f"{(with_log - board_only.stat().st_size) / 10_000:.0f} bytes per edit")


def rebuild(folder: Path) -> None:
    session = _open(folder, "rebuild.storm", Board())
    path = session.path
    assert path is not None
    rnd = random.Random(13)
    _workshop_edits(session, 20_000, rnd)
    final = session.board.copy()
    session.close()
    with read_log(path) as log:
        last = log.last_seq()
        times = []
        for _ in range(25):
            seq = rnd.randint(1, last)
            t = time.perf_counter()
            log.board_at_seq(seq)
            times.append(time.perf_counter() - t)
        t = time.perf_counter()
        assert log.board_at_seq(last) == final
        at_end = time.perf_counter() - t
    print(f"rebuild at a random moment of a 20,000-edit log ({len(final.stickies)} stickies at "
          f"the end, a checkpoint every {editlog.CHECKPOINT_EVERY} edits): median "
          f"{statistics.median(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms of 25 "
          f"(target <= 200 ms); at the end {at_end * 1000:.0f} ms")


def replay_export(folder: Path) -> None:
    import importlib.util
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    script = Path(__file__).resolve().parents[1] / "scripts/make_sample_board.py"
    spec = importlib.util.spec_from_file_location("make_sample_board", script)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["make_sample_board"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    sample = folder / "sample.storm"
    module.replay_workshop(module.build(), sample)
    from stormboard.cli import main as cli

    with read_log(sample) as log:
        entries = len(log)
    for name in ("growth.gif", "growth.png"):
        t = time.perf_counter()
        cli(["export", str(sample), "-o", str(folder / name), "--replay"])
        print(f"replay export of the sample ({entries} log entries) to {name}: "
              f"{time.perf_counter() - t:.1f} s")


def bulk(folder: Path, n: int = 20_000) -> None:
    session = _open(folder, "bulk.storm", _board(n))
    store = session.store
    assert store is not None and session.path is not None
    real_write = store.write
    writes: list[float] = []

    def timed_write(puts, entry=None) -> None:  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        real_write(puts, entry)
        writes.append(time.perf_counter() - t)

    store.write = timed_write  # type: ignore[method-assign]
    start = store.log.last_seq()
    boards = {}
    steps = ("delete-all", "undo", "redo", "undo")
    for step in steps:
        if step == "delete-all":
            session.execute(c.delete_stickies(session.board, sorted(session.board.stickies)))
        else:
            getattr(session, step)()
        session.seal()
        boards[store.log.last_seq()] = session.board.copy()
    session.close()
    conn = sqlite3.connect(session.path)
    sizes = dict(conn.execute(
        "SELECT seq, sum(length(CAST(puts AS BLOB))) FROM edit_log WHERE seq > ? GROUP BY seq",
        (start,)).fetchall())
    conn.close()
    with read_log(session.path) as log:
        for step, (seq, board), took in zip(steps, boards.items(), writes, strict=True):
            t = time.perf_counter()
            assert log.board_at_seq(seq) == board
            rebuilt = time.perf_counter() - t
            t = time.perf_counter()
            (record,) = log.entries(after=seq - 1, upto=seq)
            read = time.perf_counter() - t
            print(f"{step:10} of {n:,} stickies: store.write {took * 1000:.0f} ms, log entry "
                  f"{sizes[seq] / 1e6:.2f} MB, rebuilt in {rebuilt * 1000:.0f} ms, read back "
                  f"({len(record.puts):,} puts) in {read * 1000:.0f} ms")


PARTS = {"cost": per_edit_cost, "growth": growth, "rebuild": rebuild,
         "replay": replay_export, "bulk": bulk}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=",".join(PARTS))
    names = parser.parse_args().only.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in names:
            PARTS[name](folder)


if __name__ == "__main__":
    main()
