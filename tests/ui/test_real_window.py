"""The real window on a real X server (Xvfb): the app grabs the screen and we check the pixels.

Run on its own with ``pytest -m xvfb``. Skipped (not failed) when Xvfb is not installed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stormboard.app.commands import add_sticky, new_sticky
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo
from stormboard.domain.notation import KINDS_BY_ID
from stormboard.storage import create_board_file

pytestmark = pytest.mark.xvfb

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
def small_board(path: Path) -> dict[str, str]:
    board = Board(BoardInfo(title="Pixel check"))
    placed = {}
    for kind, x, y, text in (
        ("domain_event", 0, 0, "Order placed"),
        ("hotspot", 260, 10, "Why?"),
        ("person", 40, 260, "Buyer"),
        ("external_system", 260, 260, "Payment provider"),
        ("command", 560, 0, "Place order"),
    ):
        sticky = new_sticky(kind, x, y, text=text)
        board.apply(add_sticky(board, sticky).puts)
        placed[sticky.id] = kind
    create_board_file(path, board).close()
    return placed


def run_app_on(display: str, board: Path, shot: Path, tmp_path: Path, lang: str) -> dict:
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        STORMBOARD_SCREENSHOT=str(shot),
        STORMBOARD_SETTINGS=str(tmp_path / "settings.ini"),
        STORMBOARD_LANG=lang,
        STORMBOARD_BOARDS_DIR=str(tmp_path / "boards"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
    )
    (tmp_path / "run").mkdir(mode=0o700, exist_ok=True)
    code = (
        "import sys; from pathlib import Path; from stormboard.ui.app import run_app; "
        f"sys.exit(run_app(Path({str(board)!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=90
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert shot.is_file()
    return json.loads(shot.with_suffix(".json").read_text())


def patch_colour(image, x: int, y: int, r: int = 3) -> tuple[int, int, int]:
    """The most common colour in a small square (text strokes and antialiasing are outvoted)."""
    counts: dict[tuple[int, int, int], int] = {}
    for dx in range(-r, r + 1):
        for dy in range(-r, r + 1):
            c = image.pixelColor(x + dx, y + dy)
            key = (c.red(), c.green(), c.blue())
            counts[key] = counts.get(key, 0) + 1
    return max(counts, key=counts.get)


def close_to(actual: tuple[int, int, int], hex_colour: str, tolerance: int = 14) -> bool:
    want = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return all(abs(a - w) <= tolerance for a, w in zip(actual, want, strict=True))


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_stickies_show_their_colours_on_a_real_screen(xvfb: str, tmp_path: Path, lang: str) -> None:
    from PySide6.QtGui import QImage

    placed = small_board(tmp_path / "pixels.storm")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"real_window_{lang}.png"
    places = run_app_on(xvfb, tmp_path / "pixels.storm", shot, tmp_path, lang)
    image = QImage(str(shot))
    assert image.width() == 1600 and image.height() == 1000
    assert set(places) == set(placed)
    for _sid, place in places.items():
        x0, y0, x1, y1 = place["rect"]
        assert 0 <= x0 < x1 <= 1600 and 0 <= y0 < y1 <= 1000, f"{place['kind']} is off screen"
        # a point inside the note but clear of its centred text (a diamond is narrow up top)
        x = int((x0 + x1) / 2)
        y = int(y0 + (y1 - y0) * 0.2)
        if place["kind"] != "hotspot":
            x = int(x0 + (x1 - x0) * 0.12)
        colour = patch_colour(image, x, y)
        expected = KINDS_BY_ID[place["kind"]].color
        assert close_to(colour, expected), f"{place['kind']} at {x},{y} is {colour}, not {expected}"
