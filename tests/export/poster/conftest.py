"""Boards and helpers for the poster tests: render PDF pages to images with pdftoppm."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from stormboard.app.commands import new_sticky
from stormboard.domain.board import Board
from stormboard.domain.entities import (
    BoardInfo,
    Lane,
    Link,
    Milestone,
    PhasePlan,
    Vote,
    Workshop,
)

ENGLISH = "Order placed by customer"
PERSIAN = "سفارش ثبت شد و پرداخت انجام شد"


def make_board() -> Board:
    board = Board(
        BoardInfo(title="Online shop checkout", legend={"command": "#3366CC"}),
        Workshop(enabled=True, plan=(PhasePlan("explore", "Chaotic exploration", 20),),
                 votes_revealed=True),
    )
    board.load("lanes", [Lane("l1", "Customer", 0, 400), Lane("l2", "Warehouse", 400, 400,
                                                                 "#E3F2FD")])
    board.load("milestones", [Milestone("m1", "End of month", 1500)])
    board.load("stickies", [
        new_sticky("domain_event", 100, 100, text=ENGLISH, sticky_id="s1"),
        new_sticky("domain_event", 400, 100, text="Payment received", pivotal=True,
                   sticky_id="s2"),
        new_sticky("hotspot", 700, 100, text="Why so slow?", sticky_id="s3"),
        new_sticky("domain_event", 100, 500, text=PERSIAN, sticky_id="s4"),
        new_sticky("person", 420, 500, text="Clerk", sticky_id="s5"),
        new_sticky("external_system", 700, 500, text="Payment gateway", sticky_id="s6"),
        new_sticky("opportunity", 1100, 100, text="One-click reorder", sticky_id="s7"),
        new_sticky("chapter", 1100, 500, text="Fulfilment", sticky_id="s8"),
        new_sticky("command", 1300, 250, text="Ship", sticky_id="s9"),
        new_sticky("note", 1700, 600, text="", color="#00AA00", sticky_id="s10"),
        new_sticky("domain_event", 1700, 100, text="Parcel delivered", pivotal=True,
                   sticky_id="s11"),
    ])
    board.load("links", [Link("k1", "s1", "s2"), Link("k2", "s2", "s3", label="why?")])
    board.load("votes", [Vote("v1", "p", "s3"), Vote("v2", "q", "s3")])
    return board


@pytest.fixture
def board() -> Board:
    return make_board()


def rasterize(pdf: Path, dpi: float, first: int = 1, last: int | None = None) -> list[Image.Image]:
    """Pages first..last as RGB images (pdftoppm, antialiased)."""
    last = last or first
    prefix = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", f"{dpi:g}", "-png", "-f", str(first), "-l", str(last), str(pdf),
         str(prefix)],
        check=True, capture_output=True,
    )
    pages = sorted(pdf.parent.glob(f"{prefix.name}-*.png"))
    images = [Image.open(p).convert("RGB") for p in pages]
    for p in pages:
        p.unlink()
    return images


def hex_rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)
