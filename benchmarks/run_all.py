"""Run every benchmark script in this folder, one after another, and keep their figures.

Each script prints its own figures and ratios against a raw baseline measured in the same run;
this runner only collects them into benchmarks/results/<date>.txt (not committed).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    out = out_dir / f"{dt.datetime.now():%Y-%m-%dT%H%M}.txt"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    failed = 0
    with out.open("w", encoding="utf-8") as log:
        for script in sorted(HERE.glob("bench_*.py")):
            header = f"== {script.name}"
            print(header, flush=True)
            log.write(header + "\n")
            proc = subprocess.run(
                [sys.executable, str(script)], capture_output=True, text=True, env=env
            )
            text = proc.stdout + (proc.stderr if proc.returncode else "")
            print(text, flush=True)
            log.write(text + "\n")
            failed += proc.returncode != 0
    print(f"figures saved in {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
