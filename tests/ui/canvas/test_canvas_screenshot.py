"""A small board with every kind, Persian and English, rendered to test-artifacts/ to look at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF

from stormboard.app import commands
from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.domain.entities import Lane, Link, Milestone, Vote, Workshop
from stormboard.ui.canvas import BoardScene, BoardView

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"

TEXTS = {
    "domain_event": "سفارش ثبت شد",
    "hotspot": "چرا پرداخت دو بار؟ Why paid twice?",
    "person": "مشتری",
    "external_system": "Payment gateway درگاه پرداخت",
    "opportunity": "ارسال رایگان بالای ۵۰۰ هزار تومان",
    "value_positive": "Time saved",
    "value_negative": "استرس",
    "command": "Place order",
    "policy": "Whenever an order is placed, then reserve stock",
    "read_model": "موجودی انبار",
    "aggregate": "Order سفارش",
    "user_interface": "Checkout page صفحه پرداخت",
    "note": "<b>x</b> stays plain",
    "chapter": "فصل ۱: خرید",
}


def sample_board() -> tuple[Board, dict[str, str]]:
    board = Board(workshop=Workshop(votes_revealed=True))
    ids: dict[str, str] = {}
    for i, k in enumerate(notation.KINDS):
        s = commands.new_sticky(k.id, 60 + (i % 5) * 380, 160 + (i // 5) * 360,
                                text=TEXTS[k.id])
        board.apply(commands.add_sticky(board, s).puts)
        ids[k.id] = s.id
    pivotal = commands.new_sticky("domain_event", 60 + 4 * 380, 160 + 2 * 360,
                                  text="Order shipped ارسال شد", pivotal=True)
    board.apply(commands.add_sticky(board, pivotal).puts)
    board.load("lanes", [Lane("l1", "بخش فروش Sales", 100, 360),
                         Lane("l2", "Warehouse انبار", 820, 400, color="#E3F2FD")])
    board.load("milestones", [Milestone("m1", "End of month پایان ماه", 1450)])
    board.load("links", [Link("k1", ids["command"], ids["domain_event"])])
    board.load("votes", [Vote("v1", "p", ids["hotspot"]), Vote("v2", "q", ids["hotspot"]),
                         Vote("v3", "p", ids["opportunity"])])
    return board, ids


def test_screenshot_of_every_kind(qtbot, open_board):
    board, ids = sample_board()
    session = open_board(board)
    scene = BoardScene(session)
    view = BoardView(scene)
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.show()
    qtbot.waitExposed(view)
    scene.select_ids([ids["aggregate"]])
    view.zoom_to_fit()
    image = view.viewport().grab().toImage()
    ARTIFACTS.mkdir(exist_ok=True)
    image.save(str(ARTIFACTS / "canvas-every-kind.png"))
    # the domain event's orange is on screen where the sticky is
    event = scene.sticky_item(ids["domain_event"]).sceneBoundingRect().center()
    p = view.mapFromScene(event + QPointF(0, 60))
    assert image.pixelColor(p).name() == "#ffa94d"
    # editing Persian in place
    scene.begin_text_edit(ids["read_model"])
    view.set_zoom(1.2, scene.sticky_item(ids["read_model"]).sceneBoundingRect().center())
    view.centerOn(scene.sticky_item(ids["read_model"]).sceneBoundingRect().center())
    view.viewport().grab().save(str(ARTIFACTS / "canvas-editing.png"))
    assert scene.text_editor().toPlainText() == TEXTS["read_model"]
