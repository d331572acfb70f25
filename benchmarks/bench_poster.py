"""Poster export of a 20,000-sticky board with 2,000 links: one A0 page, and A0 tiled onto A4.

Prints time and file size for each, against raw reportlab drawing the same rectangles and
strings (one drawString per sticky, no layout, no shaping) in the same run.
Targets: <= 3 s, within 2x of the raw baseline, tiled file <= 1.2x the single-page file.

    .venv/bin/python benchmarks/bench_poster.py [--stickies 10000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A0
from reportlab.pdfgen.canvas import Canvas

from stormboard.app.commands import new_sticky
from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo, Lane, Link, Sticky
from stormboard.export.poster import PosterOptions, paper, plan_poster, render
from stormboard.export.poster.draw_board import text_box
from stormboard.export.poster.text import REGULAR, box_lines, clear_caches, register_fonts

WORDS = ("order", "payment", "invoice", "parcel", "customer", "stock", "refund", "shipped",
         "placed", "received", "cancelled", "approved", "reminder", "sent", "checked")
PERSIAN = ("سفارش", "پرداخت", "گزارش", "ثبت", "شد", "مشتری", "کالا", "ژوئن", "می‌خواهد")


def make_board(n: int, seed: int = 7) -> Board:
    rng = random.Random(seed)
    kinds = [k.id for k in notation.KINDS if k.id != "chapter"]
    cols = int(n**0.5 * 1.6)
    board = Board(BoardInfo(title="Benchmark wall"))
    rows = n // cols + 1
    board.load("lanes", [Lane(f"l{i}", f"Lane {i}", i * 1000, 1000) for i in range(rows // 5 + 1)])
    stickies = []
    for i in range(n):
        words = PERSIAN if i % 10 == 0 else WORDS
        text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 6))) + f" {i}"
        stickies.append(new_sticky(rng.choice(kinds), (i % cols) * 200, (i // cols) * 200,
                                   text=text, pivotal=(i % 997 == 0), sticky_id=f"s{i}"))
    board.load("stickies", stickies)
    # a link for every tenth sticky, mostly to the right-hand neighbour (issue 12)
    links = [
        Link(f"k{j}", f"s{a}", f"s{a + 1 if rng.random() < 0.7 else rng.randrange(n)}")
        for j, a in enumerate(rng.randrange(n - 1) for _ in range(n // 10))
    ]
    board.load("links", [k for k in links if k.source_id != k.target_id])
    return board


def _frame(board: Board) -> tuple[float, float, float]:
    xs = [s.x for s in board.stickies.values()] + [s.x + s.width for s in board.stickies.values()]
    ys = [s.y for s in board.stickies.values()] + [s.y + s.height for s in board.stickies.values()]
    k = min(A0[0] / (max(xs) - min(xs)), A0[1] / (max(ys) - min(ys)))
    return k, min(xs), min(ys)


def _rect(c: Canvas, s: Sticky, k: float, x0: float, y0: float) -> tuple[float, float]:
    color = notation.KINDS_BY_ID[s.kind].color
    c.setFillColorRGB(int(color[1:3], 16) / 255, int(color[3:5], 16) / 255,
                      int(color[5:7], 16) / 255)
    x, y = (s.x - x0) * k, A0[1] - (s.y - y0 + s.height) * k
    c.rect(x, y, s.width * k, s.height * k, stroke=1, fill=1)
    return x, y


def raw_one_string(board: Board, out: Path) -> None:
    """Raw reportlab: each sticky's rectangle and its whole text as one string."""
    k, x0, y0 = _frame(board)
    c = Canvas(str(out), pagesize=A0)
    for s in board.stickies.values():
        x, y = _rect(c, s, k, x0, y0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(REGULAR, 16 * k)
        c.drawString(x + 10 * k, y + s.height * k / 2, s.text)
    c.save()


def poster_lines(board: Board) -> dict[str, list[tuple[float, float, float, str]]]:
    """The strings the poster draws for each sticky (laid out, shaped, ordered), where it
    draws them: the poster's own text step (``box_lines``), timed as the layout row."""
    lines: dict[str, list[tuple[float, float, float, str]]] = {}
    for s in board.stickies.values():
        bx, by, bw, bh, pad = text_box(s)
        size, placed = box_lines(s.text, bw, bh, REGULAR, pad)
        lines[s.id] = [(bx + x, by + y, size, text) for x, y, text, *_ in placed]
    return lines


def raw_same_strings(board: Board, out: Path,
                     lines: dict[str, list[tuple[float, float, float, str]]]) -> None:
    """Raw reportlab: the same rectangles and the very strings the poster draws, with their
    positions and sizes given (no layout, no shaping, no bidi, no decorations)."""
    k, x0, y0 = _frame(board)
    c = Canvas(str(out), pagesize=A0)
    for s in board.stickies.values():
        x, y = _rect(c, s, k, x0, y0)
        c.setFillColorRGB(0, 0, 0)
        top = y + s.height * k
        for lx, ly, size, text in lines[s.id]:
            c.setFont(REGULAR, size * k)
            c.drawString(x + lx * k, top - ly * k, text)
    c.save()


def timed(fn, *args) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def best_of(runs: int, fn, *args) -> float:  # type: ignore[no-untyped-def]
    """Fastest of ``runs`` (the machine is shared); the poster's caches start cold each time."""
    best = float("inf")
    for _ in range(runs):
        clear_caches()
        best = min(best, timed(fn, *args))
    return best


def poster(board: Board, options: PosterOptions, out: Path) -> None:
    render(plan_poster(board, options), out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stickies", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    board = make_board(args.stickies)
    register_fonts()
    lines = poster_lines(board)
    n_lines = sum(len(v) for v in lines.values())
    single = PosterOptions(paper=paper("A0"))
    tiled = PosterOptions(paper=paper("A0"), tile=paper("A4"), marks=True)
    pages = plan_poster(board, tiled).page_count
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        files = {name: tmp / f"{name}.pdf" for name in ("raw1", "raw", "a0", "tiled")}
        jobs = {
            "raw1": (raw_one_string, board, files["raw1"]),
            "raw": (raw_same_strings, board, files["raw"], lines),
            "layout": (poster_lines, board),
            "a0": (poster, board, single, files["a0"]),
            "tiled": (poster, board, tiled, files["tiled"]),
        }
        # interleaved, best of N: the machine is shared, so load drifts between runs
        best = dict.fromkeys(jobs, float("inf"))
        for _ in range(args.runs):
            for name, (fn, *fn_args) in jobs.items():
                best[name] = min(best[name], best_of(1, fn, *fn_args))
        t_raw1, t_raw, t_layout, t_a0, t_tiled = (
            best[k] for k in ("raw1", "raw", "layout", "a0", "tiled"))
        size = {name: f.stat().st_size for name, f in files.items()}

    def row(label: str, t: float, name: str, extra: str = "") -> None:
        print(f"{label:<40} {t:6.2f} s {size[name] / 1024:7.0f} KB  {extra}")

    print(f"{args.stickies:,} stickies, {n_lines:,} lines of text; best of {args.runs} runs")
    row("raw reportlab, one string per sticky", t_raw1, "raw1")
    row("raw reportlab, the same rects + strings", t_raw, "raw")
    row("poster, A0 single page", t_a0, "a0",
        f"x{t_a0 / t_raw:.2f} of raw same-strings, x{t_a0 / t_raw1:.2f} of one-string")
    row(f"poster, A0 tiled onto A4 ({pages} pages)", t_tiled, "tiled",
        f"x{t_tiled / t_raw:.2f} of raw; file x{size['tiled'] / size['a0']:.3f} of one page")
    print(f"{'of which text layout, shaping and bidi':<40} {t_layout:6.2f} s"
          f"{'':12}poster minus that: x{(t_a0 - t_layout) / t_raw:.2f} of raw same-strings")
    worst = max(t_a0, t_tiled)
    print(f"targets: <= 3 s {'met' if worst <= 3 else 'MISSED'}; "
          f"<= 2x raw same-strings {'met' if worst <= 2 * t_raw else 'MISSED'}; "
          f"tiled file <= 1.2x {'met' if size['tiled'] <= 1.2 * size['a0'] else 'MISSED'}")


if __name__ == "__main__":
    main()
