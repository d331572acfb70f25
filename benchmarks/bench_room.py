"""Room figures on loopback (issue 11). Prints figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_room.py [--seconds 60]

1. 40 simulated participants (pycrdt clients in a separate process) each write one sticky every
   2 s for 60 s into a 5,000-sticky board hosted by the desktop app (Room menu, offscreen):
   latency from send to committed in the .storm file and to painted on the wall (p50/p95; target
   p95 <= 250 ms), the app's CPU share, lost stickies (target 0).
2. A new participant receives a 20,000-sticky board from `stormboard host` (target <= 1 s);
   memory of that host.
Only 127.0.0.1 is used.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from stormboard.app import commands
from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.domain.entities import Participant
from stormboard.storage import create_board_file, read_board_file

HERE = Path(__file__).resolve()


def make_board_file(path: Path, n: int, participants: int) -> list[str]:
    rnd = random.Random(7)
    kinds = [k.id for k in notation.KINDS]
    board = Board()
    ids = [f"p{i}" for i in range(participants)]
    board.load("participants", [Participant(pid, f"نفر {i}") for i, pid in enumerate(ids)])
    board.load("stickies", [
        commands.new_sticky(rnd.choice(kinds), rnd.uniform(0, 50_000), rnd.uniform(0, 3_000),
                            text=f"رویداد شماره {i}: سفارش ثبت شد", now=1.7e9 + i,
                            author=ids[i % participants])
        for i in range(n)
    ])
    create_board_file(path, board).close()
    return ids


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# -- the phones (a child process) ----------------------------------------------------------------
async def phones(ws: str, token: str, ids: list[str], seconds: float, out: Path) -> None:
    from stormboard.room.client import RoomClient

    clients = [RoomClient(ws, token, pid) for pid in ids]
    await asyncio.gather(*(c.connect() for c in clients))
    sent: dict[str, float] = {}

    async def writer(index: int, client: RoomClient) -> None:
        await asyncio.sleep(2.0 * index / len(clients))  # spread the 40 over the 2 s period
        end = time.time() + seconds
        n = 0
        while time.time() < end:
            sid = f"bench-{index}-{n}"
            sent[sid] = time.time()
            client.write_sticky(sid, f"Event {n} from {index}")
            n += 1
            await asyncio.sleep(2.0)

    await asyncio.gather(*(writer(i, c) for i, c in enumerate(clients)))
    deadline = time.time() + 20
    while time.time() < deadline and not all(set(k for k in sent if k.startswith(
            f"bench-{i}-")) <= c.acked for i, c in enumerate(clients)):
        await asyncio.sleep(0.1)
    acked = set().union(*(c.acked for c in clients))
    out.write_text(json.dumps({"sent": sent, "acked": sorted(acked)}))
    await asyncio.gather(*(c.close() for c in clients))


def phones_main(args: argparse.Namespace) -> None:
    asyncio.run(phones(args.ws, args.token, args.ids.split(","), args.seconds, Path(args.out)))


# -- 1. forty participants on the desktop app ------------------------------------------------------
def forty(seconds: float, participants: int) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from stormboard.ui.window.main_window import MainWindow
    from stormboard.ui.window.preferences import Preferences

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    path = tmp / "five-thousand.storm"
    ids = make_board_file(path, 5_000, participants)
    from PySide6.QtCore import QSettings
    window = MainWindow(preferences=Preferences(QSettings(str(tmp / "s.ini"),
                                                          QSettings.Format.IniFormat)),
                        boards_dir=tmp / "boards")
    window.resize(1600, 1000)
    assert window.open_path(path)
    window.show()
    assert window.room.open_room("127.0.0.1", 0)
    server = window.room.room.server
    committed: dict[str, float] = {}
    painted: dict[str, float] = {}
    waiting: list[str] = []

    def on_change(changes) -> None:
        if changes.remote:
            now = time.time()
            for sid in changes.added.get("stickies", ()):
                committed[sid] = now  # execute() returned from the store: it is in the file
                waiting.append(sid)
            window.view.viewport().update()

    window.session.subscribe(on_change)

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and waiting:
                now = time.time()
                for sid in waiting:
                    painted[sid] = now
                waiting.clear()
            return False

    watch = PaintWatch()
    window.view.viewport().installEventFilter(watch)
    out = tmp / "phones.json"
    usage0 = resource.getrusage(resource.RUSAGE_SELF)
    wall0 = time.time()
    child = subprocess.Popen([sys.executable, str(HERE), "--phones", "--ws", server.ws_url,
                              "--token", server.participant_token, "--ids", ",".join(ids),
                              "--seconds", str(seconds), "--out", str(out)])
    while child.poll() is None:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    wall = time.time() - wall0
    usage1 = resource.getrusage(resource.RUSAGE_SELF)
    phones_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (usage1.ru_utime - usage0.ru_utime) + (usage1.ru_stime - usage0.ru_stime)
    result = json.loads(out.read_text())
    sent: dict[str, float] = result["sent"]
    window.room.close_room()
    window.close()
    on_disk = read_board_file(path).stickies
    to_commit = [(committed[s] - t) * 1000 for s, t in sent.items() if s in committed]
    to_paint = [(painted[s] - t) * 1000 for s, t in sent.items() if s in painted]
    lost = [s for s in sent if s not in on_disk]
    print(f"40 participants x 1 sticky / 2 s for {seconds:.0f} s into 5,000 stickies "
          f"({len(sent)} sent, {len(result['acked'])} acknowledged)")
    print(f"  send -> committed in the file: p50 {pct(to_commit, .5):.1f} ms, "
          f"p95 {pct(to_commit, .95):.1f} ms (target p95 <= 250 ms)")
    print(f"  send -> painted on the wall:   p50 {pct(to_paint, .5):.1f} ms, "
          f"p95 {pct(to_paint, .95):.1f} ms")
    first = min(sent.values())
    buckets: dict[int, list[float]] = {}
    for s, t in sent.items():
        if s in committed:
            buckets.setdefault(int((t - first) // 10), []).append((committed[s] - t) * 1000)
    print("  committed p50 by 10 s of the run: " + ", ".join(
        f"{pct(v, .5):.0f}" for _, v in sorted(buckets.items())) + " ms")
    print(f"  app CPU share: {100 * cpu / wall:.1f} % of one core over {wall:.1f} s")
    phones_share = 100 * (phones_cpu.ru_utime + phones_cpu.ru_stime) / wall
    print(f"  the 40 phones' process: {phones_share:.1f} % of one core (it shares this "
          "machine's 2 cores with the app)")
    print(f"  lost stickies: {len(lost)} (target 0)")


# -- 2. a new participant joins a 20,000-sticky board ----------------------------------------------
def join_big() -> None:
    from stormboard.room.client import RoomClient

    tmp = Path(tempfile.mkdtemp())
    path = tmp / "twenty-thousand.storm"
    make_board_file(path, 20_000, 12)
    t0 = time.perf_counter()
    host = subprocess.Popen([sys.executable, "-m", "stormboard.cli", "host", str(path),
                             "--bind", "127.0.0.1"], stdout=subprocess.PIPE, text=True)
    room = json.loads(host.stdout.readline())
    opened = time.perf_counter() - t0
    try:
        times = []
        for _ in range(5):
            async def join() -> float:
                client = RoomClient(room["ws"], room["token"])
                start = time.perf_counter()
                await client.connect()  # returns once sync step 2 (the whole board) is applied
                elapsed = time.perf_counter() - start
                assert len(client.roots["stickies"]) == 20_000
                await client.close()
                return elapsed

            times.append(asyncio.run(join()))
        rss = 0
        for line in Path(f"/proc/{host.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) // 1024
    finally:
        host.send_signal(signal.SIGTERM)
        host.wait(30)
    print("A new participant receives a 20,000-sticky board from `stormboard host`:")
    print(f"  join (connect + whole document): median {statistics.median(times) * 1000:.0f} ms, "
          f"max {max(times) * 1000:.0f} ms over 5 joins (target <= 1 s)")
    print(f"  host start (open file + build the document + listen): {opened:.2f} s")
    print(f"  host memory after the joins: {rss} MiB resident")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--participants", type=int, default=40)
    p.add_argument("--phones", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--ws")
    p.add_argument("--token")
    p.add_argument("--ids")
    p.add_argument("--out")
    args = p.parse_args()
    if args.phones:
        phones_main(args)
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    join_big()
    forty(args.seconds, args.participants)


if __name__ == "__main__":
    main()
