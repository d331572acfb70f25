"""Screenshots of the real app for the AppStream metainfo and the README.

Starts Xvfb at 1280x720, opens the sample workshop (built by scripts/make_sample_board.py, with its
slices) in English and in Persian, and lets the app grab the screen through its
``STORMBOARD_SCREENSHOT`` hook. Writes docs/screenshots/wall-en.png and wall-fa.png.

    .venv/bin/python scripts/take_screenshots.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def crop_to_window(source: Path, target: Path) -> None:
    """Xvfb has no window manager: cut the black screen around the window away."""
    from PySide6.QtGui import QColor, QGuiApplication, QImage

    QGuiApplication.instance() or QGuiApplication(["shots", "-platform", "offscreen"])
    image = QImage(str(source))
    black = QColor(0, 0, 0)
    rows = [y for y in range(image.height()) if image.pixelColor(image.width() // 2, y) != black]
    cols = [x for x in range(image.width()) if image.pixelColor(x, image.height() // 2) != black]
    image.copy(cols[0], rows[0], cols[-1] - cols[0] + 1, rows[-1] - rows[0] + 1).save(str(target))


def main() -> int:
    server = shutil.which("Xvfb")
    if server is None:
        print("Xvfb is missing (scripts/ensure-system-deps.sh installs it)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="shots-"))
    board = work / "sample.storm"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample_board.py"), "--storm",
                    str(board)], check=True, capture_output=True)
    display = ":87"
    xvfb = subprocess.Popen([server, display, "-screen", "0", "1280x720x24", "-nolisten", "tcp"])
    try:
        time.sleep(1.0)
        OUT.mkdir(parents=True, exist_ok=True)
        for lang in ("en", "fa"):
            shot = work / f"wall-{lang}.png"
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", STORMBOARD_LANG=lang,
                       STORMBOARD_SCREENSHOT=str(shot),
                       STORMBOARD_SETTINGS=str(work / f"settings-{lang}.ini"),
                       XDG_CACHE_HOME=str(work / "cache"), XDG_RUNTIME_DIR=str(work))
            os.chmod(work, 0o700)
            subprocess.run([sys.executable, "-m", "stormboard.cli", str(board)], env=env,
                           check=True, timeout=120)
            crop_to_window(shot, OUT / shot.name)
            print(f"wrote {OUT / shot.name}")
    finally:
        xvfb.terminate()
        xvfb.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
