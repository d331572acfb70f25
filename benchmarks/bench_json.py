"""Import a generated 10,000-sticky board from JSON into a .storm file, against a raw baseline.

Stormboard's path is ``stormboard import`` (read, schema check, domain checks, build the Board,
write the SQLite document). The baseline, measured in the same run, is what the bare work costs:
``json.load`` plus one raw ``sqlite3`` ``executemany`` per table of the same rows.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from stormboard.cli import main as cli_main
from stormboard.domain.notation import KINDS
from stormboard.export.json_format import board_from_json, read_json, write_json
from stormboard.export.json_validate import check_schema

N_STICKIES = 10_000
WORDS = ("Order", "placed", "payment", "confirmed", "سفارش", "ثبت", "شد", "کتاب\u200cها",
         "parcel", "shipped", "📦", "returned")


def generate(n: int = N_STICKIES, seed: int = 7) -> dict:
    rnd = random.Random(seed)
    kinds = [k for k in KINDS]
    stickies = []
    for i in range(n):
        k = rnd.choice(kinds)
        stickies.append({
            "id": f"s{i:05d}", "kind": k.id, "x": (i % 400) * 200.0 + rnd.random(),
            "y": (i // 400) * 220.0, "width": k.width, "height": k.height,
            "text": " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 8))),
            "color": None, "pivotal": k.id == "domain_event" and rnd.random() < 0.02,
            "author": f"p{i % 8}", "created_at": 1.7e9 + i * 0.37, "updated_at": 1.7e9 + i,
        })
    links = [{"id": f"k{i}", "source_id": f"s{i:05d}", "target_id": f"s{i + 1:05d}",
              "kind": "leads_to", "label": ""} for i in range(0, n - 1, 5)]
    votes = [{"id": f"v{i}", "participant_id": f"p{i % 8}", "sticky_id": f"s{i * 7:05d}",
              "created_at": 1.7e9} for i in range(min(n // 7, 1000))]
    participants = [{"id": f"p{i}", "name": f"Person {i}", "role": "", "color": "#607D8B"}
                    for i in range(8)]
    lanes = [{"id": f"l{i}", "label": f"Lane {i}", "y": i * 1100.0, "height": 1100.0,
              "color": "#ECEFF1", "collapsed": False} for i in range(5)]
    return {"format": "stormboard", "version": 1, "board": {"title": "Bench"},
            "stickies": stickies, "lanes": lanes, "milestones": [], "links": links,
            "participants": participants, "votes": votes, "decisions": []}


def raw_baseline(src: Path, out: Path, lean: bool = False) -> None:
    """``lean``: write the file the way Stormboard writes a new one (journal in memory, no SQLite
    fsyncs, one fsync of the finished file), so neither side gains from skipping the journal."""
    with src.open(encoding="utf-8") as f:
        data = json.load(f)
    conn = sqlite3.connect(out, isolation_level=None)
    if lean:
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    conn.execute("CREATE TABLE sticky (id TEXT PRIMARY KEY, kind TEXT, x REAL, y REAL, "
                 "width REAL, height REAL, text TEXT, color TEXT, pivotal INTEGER, author TEXT,"
                 " created_at REAL, updated_at REAL)")
    conn.execute("CREATE TABLE link (id TEXT PRIMARY KEY, source_id TEXT, target_id TEXT, "
                 "kind TEXT, label TEXT)")
    conn.execute("CREATE TABLE vote (id TEXT PRIMARY KEY, participant_id TEXT, sticky_id TEXT,"
                 " created_at REAL)")
    conn.executemany("INSERT INTO sticky VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
        (s["id"], s["kind"], s["x"], s["y"], s["width"], s["height"], s["text"], s["color"],
         s["pivotal"], s["author"], s["created_at"], s["updated_at"]) for s in data["stickies"]])
    conn.executemany("INSERT INTO link VALUES (?,?,?,?,?)", [
        (k["id"], k["source_id"], k["target_id"], k["kind"], k["label"]) for k in data["links"]])
    conn.executemany("INSERT INTO vote VALUES (?,?,?,?)", [
        (v["id"], v["participant_id"], v["sticky_id"], v["created_at"]) for v in data["votes"]])
    conn.execute("COMMIT")
    conn.close()
    if lean:
        fd = os.open(out, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def best_of(repeat: int, func) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return min(times)


def best_interleaved(rounds: int, *funcs) -> list[float]:  # type: ignore[no-untyped-def]
    times: list[list[float]] = [[] for _ in funcs]
    for _ in range(rounds):
        for func, spent in zip(funcs, times, strict=True):
            spent.append(best_of(1, func))
    return [min(spent) for spent in times]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = folder / "board.json"
        data = generate()
        src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        counter = iter(range(1000))

        def stormboard_import() -> None:
            out = folder / f"b{next(counter)}.storm"
            with contextlib.redirect_stdout(io.StringIO()):
                assert cli_main(["import", str(src), "-o", str(out)]) == 0

        def baseline() -> None:
            raw_baseline(src, folder / f"raw{next(counter)}.db")

        def lean_baseline() -> None:
            raw_baseline(src, folder / f"raw{next(counter)}.db", lean=True)

        # interleaved rounds, so a burst of load on a shared machine hits every side alike
        ours, raw, lean = best_interleaved(5, stormboard_import, baseline, lean_baseline)
        parsed = json.loads(src.read_text(encoding="utf-8"))
        schema = best_of(3, lambda: check_schema(parsed))
        build = best_of(3, lambda: board_from_json(parsed))
        board = read_json(src)
        export = best_of(3, lambda: write_json(board, folder / "out.json"))
        dump = best_of(3, lambda: (folder / "raw.json").write_text(
            json.dumps(parsed, ensure_ascii=False, indent=2), encoding="utf-8"))
        size = src.stat().st_size / 2**20
    print(f"board: {N_STICKIES:,} stickies, {len(data['links']):,} links, "
          f"{len(data['votes']):,} votes; JSON {size:.1f} MB")
    print(f"stormboard import (JSON -> .storm): {ours * 1000:8.0f} ms")
    print(f"  of which JSON -> Board (all checks): {build * 1000:5.0f} ms")
    print(f"  (a refused board also runs the whole-document schema engines: "
          f"{schema * 1000:.0f} ms)")
    print(f"raw baseline (json.load + sqlite3 executemany): {raw * 1000:.0f} ms")
    print(f"ratio import / raw baseline: {ours / raw:.1f}x")
    print(f"lean raw baseline (journal in memory, one fsync): {lean * 1000:.0f} ms; "
          f"ratio {ours / lean:.1f}x")
    print(f"stormboard export (Board -> JSON file): {export * 1000:.0f} ms; "
          f"raw json.dumps + write: {dump * 1000:.0f} ms; ratio {export / dump:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
