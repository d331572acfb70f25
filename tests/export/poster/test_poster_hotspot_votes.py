"""Issue 10, defect 9 (poster): a hotspot's text prints inside its diamond, and revealed votes
print as dots in each voter's colour, below the text, as on the canvas."""

from __future__ import annotations

from pathlib import Path

from stormboard.app.commands import new_sticky
from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo, Participant, Vote, Workshop
from stormboard.export.poster import PosterOptions, paper, plan_poster, render

from .conftest import hex_rgb, rasterize

LONG = "Why does the warehouse wait for the payment confirmation before packing anything?"
DPI = 150


def _poster(board: Board, tmp_path: Path):
    plan = plan_poster(board, PosterOptions(paper=paper("A4"), landscape=True))
    out = tmp_path / "p.pdf"
    render(plan, out)
    return plan, rasterize(out, DPI)[0]


def _px(plan, x: float, y: float) -> tuple[float, float]:
    px, py = plan.board_to_page(x, y)
    return px * DPI / 72, py * DPI / 72


def test_hotspot_text_prints_inside_the_diamond(tmp_path: Path) -> None:
    board = Board(BoardInfo(title="H"))
    s = new_sticky("hotspot", 0, 0, text=LONG, sticky_id="h")
    board.load("stickies", [s])
    plan, page = _poster(board, tmp_path)
    (left, t), (r, b) = _px(plan, s.x, s.y), _px(plan, s.x + s.width, s.y + s.height)
    cx, cy, hw, hh = (left + r) / 2, (t + b) / 2, (r - left) / 2, (b - t) / 2
    inside = outside = 0
    for y in range(int(t) - 5, int(b) + 6):
        for x in range(int(left) - 5, int(r) + 6):
            if sum(page.getpixel((x, y))) / 3 > 100:
                continue  # dark pixels only: the text
            if abs(x + 0.5 - cx) / hw + abs(y + 0.5 - cy) / hh <= 1.0:
                inside += 1
            else:
                outside += 1
    assert inside > 100
    assert outside == 0, f"{outside} text pixels outside the diamond"


def test_vote_dots_print_in_voter_colours(tmp_path: Path) -> None:
    board = Board(BoardInfo(title="V"), Workshop(votes_revealed=True))
    board.load("participants", [Participant("p1", "Sara", color="#D32F2F"),
                                Participant("p2", "Ali", color="#1976D2")])
    s = new_sticky("domain_event", 0, 0, text=LONG, sticky_id="s")
    board.load("stickies", [s])
    board.load("votes", [Vote("v1", "p1", "s", 1.0), Vote("v2", "p2", "s", 2.0)])
    plan, page = _poster(board, tmp_path)
    x0, y0, d, shown = notation.vote_dot_row(False, s.width, s.height, 2)
    assert shown == 2
    for i, want in enumerate(("#D32F2F", "#1976D2")):
        x, y = _px(plan, s.x + x0 + i * (d + 3) + d / 2, s.y + y0 + d / 2)
        got = page.getpixel((round(x), round(y)))
        assert max(abs(a - b) for a, b in zip(got, hex_rgb(want), strict=True)) < 30, (i, got)
    # no text in the dots' strip
    (left, top), (r, bottom) = _px(plan, s.x + 2, s.y + y0 - 1), _px(plan, s.x + s.width - 2,
                                                                   s.y + y0 + d + 1)
    dark = [(x, y) for y in range(int(top), int(bottom)) for x in range(int(left), int(r))
            if sum(page.getpixel((x, y))) / 3 < 90]
    assert dark == []
