"""Issue 10, defect 4 (poster): a lane's name prints where no sticky can cover it, even when
stickies sit along the lane's top from its very first column."""

from __future__ import annotations

import subprocess
from pathlib import Path

from stormboard.app.commands import new_sticky
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo, Lane
from stormboard.export.poster import PosterOptions, paper, plan_poster, render


def _words(pdf: Path) -> list[tuple[str, float, float, float, float]]:
    """(word, x0, y0, x1, y1) in points from the page's top-left (poppler's pdftotext)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    out = []
    for line in html.splitlines():
        line = line.strip()
        if not line.startswith("<word "):
            continue
        attrs = dict(part.split("=", 1) for part in line[6:line.index(">")].split())
        word = line[line.index(">") + 1:line.rindex("<")]
        out.append((word, *(float(attrs[k].strip('"')) for k in ("xMin", "yMin", "xMax", "yMax"))))
    return out


def test_lane_names_print_clear_of_the_first_column_of_stickies(tmp_path: Path) -> None:
    board = Board(BoardInfo(title="Lanes"))
    board.load("lanes", [Lane("l1", "Customer", 0, 400), Lane("l2", "Warehouse", 400, 400)])
    board.load("stickies", [
        # along each lane's top, from the first column on
        new_sticky("domain_event", 0, 5, text="Order placed", sticky_id="a"),
        new_sticky("domain_event", 300, 5, text="Order paid", sticky_id="b"),
        new_sticky("domain_event", 0, 405, text="Parcel packed", sticky_id="c"),
    ])
    plan = plan_poster(board, PosterOptions(paper=paper("A3"), landscape=True))
    out = tmp_path / "lanes.pdf"
    render(plan, out)
    words = _words(out)
    boxes = []
    for st in board.stickies.values():
        x0, y0 = plan.board_to_page(st.x, st.y)
        x1, y1 = plan.board_to_page(st.x + st.width, st.y + st.height)
        boxes.append((x0, y0, x1, y1))
    for name in ("Customer", "Warehouse"):
        [(_w, wx0, wy0, wx1, wy1)] = [w for w in words if w[0] == name]
        for bx0, by0, bx1, by1 in boxes:
            overlap = wx0 < bx1 and bx0 < wx1 and wy0 < by1 and by0 < wy1
            assert not overlap, (name, (wx0, wy0, wx1, wy1), (bx0, by0, bx1, by1))
        # and the name is on the page, level with its lane
        lane = board.lanes["l1" if name == "Customer" else "l2"]
        _lx, top = plan.board_to_page(0, lane.y)
        _lx, bottom = plan.board_to_page(0, lane.y + lane.height)
        assert top <= wy0 < wy1 <= bottom
