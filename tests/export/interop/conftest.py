"""A small board with everything the interop formats carry: kinds, Persian, lanes, links."""

from __future__ import annotations

from pathlib import Path

import pytest

from stormboard.app.commands import new_sticky
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo, Decision, Lane, Link, LinkKind, Participant

FIXTURES = Path(__file__).parent / "fixtures"


def sample_board() -> Board:
    board = Board(BoardInfo(title="Checkout · پرداخت"))
    board.load("participants", [Participant("p1", "Sara · سارا")])
    board.load("lanes", [Lane("l1", "Customer · مشتری", 0, 300), Lane("l2", "Back office", 300,
                                                                      400, "#E3F2FD")])
    s = [
        new_sticky("command", 0, 60, text="Place order", sticky_id="c1", author="p1"),
        new_sticky("domain_event", 250, 60, text="سفارش ثبت شد", sticky_id="e1", pivotal=True),
        new_sticky("policy", 500, 360, text="Whenever an order is placed, then\nsend an invoice",
                   sticky_id="po1"),
        new_sticky("command", 900, 360, text="Send invoice", sticky_id="c2"),
        new_sticky("domain_event", 1150, 360, text="فاکتور\u200cها ارسال شد", sticky_id="e2"),
        new_sticky("hotspot", 1400, 40, text='Paid twice? "=SUM(A1)" <b>#1</b>', sticky_id="h1"),
        new_sticky("person", 0, 800, text="Customer", sticky_id="a1", color="#FFEE58"),
        new_sticky("note", 300, 800, text="", sticky_id="n1"),
        new_sticky("opportunity", 600, 800, text="-5% for returning customers",
                   sticky_id="o1"),
    ]
    board.load("stickies", s)
    board.load("links", [
        Link("k1", "c1", "e1", LinkKind.TRIGGERS),
        Link("k2", "e1", "e2", LinkKind.LEADS_TO, "later"),
        Link("k3", "po1", "c2", LinkKind.TRIGGERS),
        Link("k4", "h1", "e1", LinkKind.RELATES_TO),
    ])
    board.load("decisions", [Decision("h1", owner="Reza · رضا")])
    return board


@pytest.fixture
def board() -> Board:
    return sample_board()
