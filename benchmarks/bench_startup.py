"""Start-up benchmark: process start to the wall's first painted frame, and CLI import cost.

For each way Stormboard can be installed here (the checkout's editable venv, and the PyInstaller
bundle of `make package` when it has been built) the app is started on the sample board with the
``STORMBOARD_FIRST_FRAME`` hook, which writes the time of the first paint and quits. The raw
baseline, measured in the same run, is a bare PySide6 process that shows a QGraphicsView with
one rectangle. Also: ``stormboard --version`` and ``stormboard check`` end to end. Prints figures
(median of N runs) and ratios; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs N]
        [--stickies N]

``--stickies N`` (default 20000; 0 skips it) also starts the checkout's app on a generated
board of N stickies and a link per tenth (``benchmarks/boards.py``, as issue 12 measures).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "build" / "package" / "dist" / "stormboard" / "stormboard"
SAMPLE = ROOT / "resources" / "samples" / "big-picture-bookshop.json"

RAW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView
app = QApplication(sys.argv[:1])
scene = QGraphicsScene(); scene.addRect(0, 0, 200, 200)
view = QGraphicsView(scene); view.resize(1280, 720)
class Hook(QObject):
    def eventFilter(self, w, e):
        if e.type() == QEvent.Type.Paint:
            w.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (open(sys.argv[1], 'w').write(
                f"{time.time()!r} {time.process_time()!r}"), app.exit(0)))
        return False
hook = Hook(); view.viewport().installEventFilter(hook); view.show(); app.exec()
"""


#: CPU seconds the process used until its first frame, per figure (``first_frame`` fills it)
CPU: dict[str, list[float]] = {}
#: cyclic collections the process ran until its first frame, per figure (ADR 0246: none)
COLLECTIONS: dict[str, list[int]] = {}


def first_frame(cmd: list[str], env: dict[str, str], work: Path, label: str = "") -> float:
    """Wall-clock seconds from process start to the first frame; the process's CPU time until
    then goes to ``CPU[label]`` (a busy machine stretches the wall clock, hardly the CPU)."""
    mark = work / "frame.txt"
    mark.unlink(missing_ok=True)
    env = dict(env, STORMBOARD_FIRST_FRAME=str(mark))
    start = time.time()
    subprocess.run(cmd, env=env, check=True, timeout=120,
                   capture_output=True)
    wall, *cpu = mark.read_text().split()
    if cpu:
        CPU.setdefault(label, []).append(float(cpu[0]))
    if len(cpu) > 1:
        COLLECTIONS.setdefault(label, []).append(int(cpu[1]))
    return float(wall) - start


def cpu_note(label: str, base: str = "raw") -> str:
    if not CPU.get(label) or not CPU.get(base):
        return ""
    c, b = statistics.median(CPU[label]), statistics.median(CPU[base])
    gcs = f", {max(COLLECTIONS[label])} collections" if COLLECTIONS.get(label) else ""
    return f"; CPU {c * 1000:5.0f} ms ({c / b:4.1f}x raw{gcs})"


def wall(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, timeout=120, capture_output=True)
    return time.perf_counter() - start


def median(fn, runs: int) -> float:
    return statistics.median(fn() for _ in range(runs))


def make_wall(path: Path, n: int) -> None:
    """A generated board of ``n`` stickies written to ``path`` (benchmarks/boards.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from boards import make_board

    from stormboard.storage import create_board_file

    create_board_file(path, make_board(n)).close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stickies", type=int, default=20000,
                        help="also start on a generated board this large (0: skip)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               STORMBOARD_SETTINGS=str(work / "settings.ini"), XDG_CACHE_HOME=str(work / "c"))
    # as installed: pip and the .deb compile the bytecode, so measure with it cached (in a
    # prefix of our own: the checkout stays clean). The first, cold run compiles; printed too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pyc")
    venv_cli = str(Path(sys.executable).parent / "stormboard")
    board = work / "sample.storm"
    subprocess.run([venv_cli, "import", str(SAMPLE), "-o", str(board)], check=True, env=env,
                   capture_output=True)
    raw_script = work / "raw.py"
    raw_script.write_text(RAW)
    raw_mark = work / "raw.txt"

    def raw() -> float:
        start = time.time()
        subprocess.run([sys.executable, str(raw_script), str(raw_mark)], env=env, check=True,
                       timeout=60)
        wall, cpu = raw_mark.read_text().split()
        CPU.setdefault("raw", []).append(float(cpu))
        return float(wall) - start

    base = median(raw, args.runs)
    print(f"raw PySide6 process to first frame: {base * 1000:7.0f} ms (median of {args.runs})"
          f"{cpu_note('raw')}")
    if args.stickies:
        big = work / f"wall{args.stickies}.storm"
        make_wall(big, args.stickies)
        first_frame([venv_cli, str(big)], env, work)  # the bytecode compiled, the file cached
        t = median(lambda: first_frame([venv_cli, str(big)], env, work, "big"), args.runs)
        print(f"{args.stickies:>11,} stickies: start to first frame {t * 1000:7.0f} ms  "
              f"({t / base:4.1f}x raw){cpu_note('big')}  target <= 1000 ms at 20k")
    installs = [("checkout venv", venv_cli)]
    if BUNDLE.exists():
        installs.append(("installed bundle", str(BUNDLE)))
    else:
        print("(no PyInstaller bundle: run `make package` to measure it too)")
    for name, exe in installs:
        cold = first_frame([exe, str(board)], env, work)
        print(f"{name:>17}: first run (compiles the bytecode) {cold * 1000:7.0f} ms")
        t = median(lambda exe=exe, name=name: first_frame([exe, str(board)], env, work, name),
                   args.runs)
        print(f"{name:>17}: start to first frame {t * 1000:7.0f} ms  ({t / base:4.1f}x raw)"
              f"{cpu_note(name)}")
        v = median(lambda exe=exe: wall([exe, "--version"], env), args.runs)
        c = median(lambda exe=exe: wall([exe, "check", str(board)], env), args.runs)
        print(f"{'':>17}  --version {v * 1000:5.0f} ms, check {c * 1000:5.0f} ms")
    py = wall([sys.executable, "-c", "pass"], env)
    imp = median(lambda: wall([sys.executable, "-c", "import stormboard.cli.parser"], env),
                 args.runs) - py
    print(f"import stormboard.cli.parser (what --version loads): {imp * 1000:5.0f} ms "
          f"over a bare interpreter ({py * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
