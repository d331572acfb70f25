"""The generated boards every benchmark measures: stickies on a grid with mixed Persian/English
texts and a link for every tenth sticky (``links`` = n // 10 by default), as issue 12 measures.

    from boards import make_board, SIZES
"""

from __future__ import annotations

import itertools
import random

from stormboard.app import commands
from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.domain.entities import Link

COLS = 100
PITCH = 220.0
#: the board sizes the growth tables print (issue 12)
SIZES = (1_000, 5_000, 10_000, 20_000, 50_000)
WORDS_EN = ["Order", "placed", "paid", "shipped", "Invoice", "sent", "Customer", "registered",
            "Stock", "reserved", "Refund", "issued", "Payment", "failed"]
WORDS_FA = ["سفارش", "ثبت", "شد", "پرداخت", "انجام", "مشتری", "ارسال", "فاکتور", "موجودی"]


def make_board(n: int, links: int | None = None, seed: int = 7) -> Board:
    """``n`` stickies (160x160, 100 a row) and ``links`` links (n // 10 unless given)."""
    rng = random.Random(seed)
    kinds = [k.id for k in notation.KINDS]
    board = Board()
    stickies = []
    for i in range(n):
        words = WORDS_FA if rng.random() < 0.4 else WORDS_EN
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        stickies.append(commands.new_sticky(
            rng.choice(kinds), (i % COLS) * PITCH, (i // COLS) * PITCH, text=text,
            width=160, height=160, pivotal=False, sticky_id=f"s{i:06d}"))
    board.load("stickies", stickies)
    n_links = n // 10 if links is None else links
    made = []
    for j in range(min(n_links, max(n - 1, 0))):
        a = rng.randrange(n - 1)
        b = a + 1 if rng.random() < 0.7 else rng.randrange(n)  # mostly to the right neighbour
        if a != b:
            made.append(Link(f"l{j:06d}", stickies[a].id, stickies[b].id))
    board.load("links", made)
    return board


def growth(label: str, figures: dict[int, float]) -> str:
    """One line: the figure per size and how it grows from one size to the next (x per x)."""
    sizes = sorted(figures)
    parts = [f"{n // 1000}k {figures[n] * 1000:7.1f} ms" for n in sizes]
    steps = []
    for a, b in itertools.pairwise(sizes):
        if figures[a] > 0:
            steps.append(f"{figures[b] / figures[a]:4.1f}x/{b / a:3.1f}x")
    return f"  {label:<28} " + " | ".join(parts) + ("   growth " + " ".join(steps) if steps else "")
