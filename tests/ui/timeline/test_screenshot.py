"""A small sorted board (lanes, milestones, pivotal events, chapters, links, hints) rendered to
test-artifacts/ to look at, with a few pixel checks that the structure is drawn."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from stormboard.app import commands
from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo, Lane, Link, LinkKind, Milestone
from stormboard.ui.canvas import BoardScene, BoardView
from stormboard.ui.timeline import TimelineTools

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"

EVENTS = [  # (lane, column, text, pivotal)
    ("sales", 0, "سبد خرید ساخته شد", False),
    ("sales", 1, "Order placed سفارش ثبت شد", True),
    ("pay", 2, "Payment authorised", False),
    ("pay", 3, "Pay the invoice", False),  # not past tense: gets the hint
    ("store", 4, "Parcel packed بسته آماده شد", True),
    ("store", 5, "Parcel shipped", False),
    ("sales", 6, "Customer notified مشتری باخبر شد", False),
]


def sorted_board() -> tuple[Board, list[str]]:
    board = Board(info=BoardInfo(title="Shop", show_chapters=True, show_tense_hints=True))
    lanes = {"sales": Lane("sales", "فروش Sales", 0, 260, "#E3F2FD"),
             "pay": Lane("pay", "Payments پرداخت", 260, 260, "#E8F5E9"),
             "store": Lane("store", "Warehouse انبار", 520, 260, "#FFF8E1")}
    board.load("lanes", lanes.values())
    ids = []
    for lane_id, col, text, pivotal in EVENTS:
        lane = lanes[lane_id]
        s = commands.new_sticky("domain_event", 80 + col * 240, lane.y + 50, text=text,
                                pivotal=pivotal)
        board.apply(commands.add_sticky(board, s).puts)
        ids.append(s.id)
    chapter = commands.new_sticky("chapter", 80 + 4 * 240 + 40, -260, text="تحویل Delivery")
    board.apply(commands.add_sticky(board, chapter).puts)
    board.load("milestones", [Milestone("m1", "End of day پایان روز", 80 + 4 * 240 - 20)])
    board.load("links", [Link(f"k{i}", ids[i], ids[i + 1], LinkKind.LEADS_TO,
                              "پس از ۲ روز" if i == 4 else "")
                         for i in range(len(ids) - 1)])
    return board, ids


def test_screenshot_of_a_sorted_board(qtbot, open_board):
    board, ids = sorted_board()
    session = open_board(board)
    scene = BoardScene(session)
    view = BoardView(scene)
    view.builtin_context_menu = False
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    qtbot.waitExposed(view)
    tools = TimelineTools(scene)
    tools.attach_view(view)
    view.zoom_to_fit()
    view.set_zoom(view.zoom() * 0.92)
    qtbot.wait(20)
    image = view.viewport().grab().toImage()
    ARTIFACTS.mkdir(exist_ok=True)
    assert image.save(str(ARTIFACTS / "timeline_sorted_board.png"))

    deco = tools.decorations
    assert [st.index for st in deco.stretches()] == [0, 1, 2]
    assert deco.stretches()[2].name == "تحويل Delivery".replace("ي", "ی")
    # chapters are counted from 1 on the wall (issue 10, item 9)
    assert [st.name for st in deco.stretches()][:2] == ["Chapter 1", "Chapter 2"]
    assert set(deco.tense.rects) == {ids[3]}
    assert len(tools.lanes._geoms) == 3

    def pixel(x: float, y: float) -> QColor:
        return QColor(image.pixel(view.mapFromScene(QPointF(x, y))))

    # the milestone line and the lane headers are drawn
    mx = board.milestones["m1"].x
    assert pixel(mx, 400).blue() > pixel(mx, 400).red()
    header = tools.lanes._geoms["pay"].rect.center()
    assert pixel(header.x(), header.y()) != pixel(header.x() + 300, header.y() + 100)
    # the labelled link shows its label above its middle
    label = tools.links.scene.link_item("k4").label_rect()
    assert not label.isNull()
    c = label.center()
    assert pixel(c.x(), c.y()) != pixel(c.x(), c.y() + 200)
    tools.detach()
