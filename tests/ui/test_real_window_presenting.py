"""Issue 10: the sample workshop presented on a real 1280x720 X screen (Xvfb), started as
`stormboard --present` does. The wall keeps at least 75 % of the screen, every sticky is on it
and clear of the countdown, and the stickies carry drawn text, not plain blocks. Screenshots in
English and Persian go to test-artifacts/ (looked at when this was written; see ADR 0191).

Run on its own with ``pytest -m xvfb``. Skipped (not failed) when Xvfb is not installed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stormboard.domain import timeline
from stormboard.domain.board import Board
from stormboard.export.json_format import read_json
from stormboard.storage import create_board_file

from .test_real_window import ARTIFACTS

pytestmark = pytest.mark.xvfb

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "big-picture-bookshop.json"
W, H = 1280, 720


def _present(display: str, board: Path, shot: Path, tmp_path: Path, lang: str) -> tuple:
    env = dict(os.environ)
    env.update(
        DISPLAY=display, QT_QPA_PLATFORM="xcb", STORMBOARD_SCREENSHOT=str(shot),
        STORMBOARD_SETTINGS=str(tmp_path / f"settings-{lang}.ini"), STORMBOARD_LANG=lang,
        STORMBOARD_BOARDS_DIR=str(tmp_path / "boards"), XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_RUNTIME_DIR=str(tmp_path / "run"),
    )
    (tmp_path / "run").mkdir(mode=0o700, exist_ok=True)
    code = ("import sys; from pathlib import Path; from stormboard.ui.app import run_app; "
            f"sys.exit(run_app(Path({str(board)!r}), present=True))")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    places = json.loads(shot.with_suffix(".json").read_text())
    wall = json.loads(shot.with_suffix(".wall.json").read_text())
    return places, wall


def _text_pixels(image, rect: list[float]) -> int:
    """Dark pixels inside a sticky (its text: fills are light colours, outlines sit on the
    edge, which the inset leaves out)."""
    x0, y0, x1, y1 = (int(v) for v in rect)
    inset_x, inset_y = max((x1 - x0) // 8, 1), max((y1 - y0) // 8, 1)
    n = 0
    for y in range(y0 + inset_y, y1 - inset_y):
        for x in range(x0 + inset_x, x1 - inset_x):
            if image.pixelColor(x, y).lightness() < 100:
                n += 1
    return n


def _one_lane(board: Board) -> Board:
    """The sample's busiest lane in its first two chapters: what the room reads while the
    facilitator walks through that stretch (the whole wall at 1280x720 is an overview: a
    standard sticky is then about 25 px and its text is left out, as it would be unreadable)."""
    chapters = timeline.chapters(board)
    keep = set().union(*(c.sticky_ids for c in chapters[:2]))
    members = timeline.lane_membership(board)
    lanes = timeline.lane_order(board.lanes.values())
    busiest = max(lanes, key=lambda ln: sum(1 for s in keep if members.get(s) == ln.id))
    out = Board(board.info, board.workshop)
    out.load("lanes", [busiest])
    out.load("participants", board.participants.values())
    out.load("stickies", [s for sid, s in board.stickies.items()
                          if sid in keep and members.get(sid) == busiest.id])
    return out


@pytest.mark.parametrize(("lang", "part"), [("en", "whole"), ("fa", "whole"),
                                            ("en", "lane"), ("fa", "lane")])
def test_sample_workshop_presented_at_1280x720(xvfb_720: str, tmp_path: Path, lang: str,
                                               part: str):
    pytest.importorskip("PySide6.QtGui")
    from PySide6.QtGui import QImage

    board = read_json(SAMPLE)
    if part == "lane":
        board = _one_lane(board)
    path = tmp_path / "sample.storm"
    create_board_file(path, board).close()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"presenting_1280x720_{part}_{lang}.png"
    places, wall = _present(xvfb_720, path, shot, tmp_path, lang)
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (W, H)
    assert wall["presentation"]
    x0, y0, x1, y1 = wall["wall"]
    share = (x1 - x0) * (y1 - y0) / (W * H)
    print(f"{lang} {part}: the wall takes {share:.1%} of the {W}x{H} screen, "
          f"zoom {wall['zoom']:.3f}")
    assert share >= 0.75
    # every sticky is on the wall, none under the countdown or the way out
    assert len(places) == len(board.stickies)
    assert wall["floating"]
    for place in places.values():
        sx0, sy0, sx1, sy1 = place["rect"]
        assert x0 - 1 <= sx0 < sx1 <= x1 + 1 and y0 - 1 <= sy0 < sy1 <= y1 + 1, place
        for fx0, fy0, fx1, fy1 in wall["floating"]:
            assert not (sx0 < fx1 and fx0 < sx1 and sy0 < fy1 and fy0 < sy1), (place, wall)
    # the stickies with text show it drawn, not as plain coloured blocks
    with_text = [sid for sid, s in board.stickies.items() if s.text.strip()]
    drawn = [sid for sid in with_text if _text_pixels(image, places[sid]["rect"]) >= 8]
    print(f"{lang} {part}: {len(drawn)} of {len(with_text)} stickies show drawn text")
    if part == "lane":
        assert len(drawn) >= 0.9 * len(with_text)
