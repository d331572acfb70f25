"""Issue 10, defect 9 (canvas): a hotspot's text stays inside its diamond, and revealed vote
dots are drawn in each voter's colour, in a strip the text leaves free."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF

from stormboard.app import commands
from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.domain.entities import Participant, Vote, Workshop
from stormboard.ui.canvas import BoardScene, style

LONG = "Why does the warehouse wait for the payment confirmation before packing anything?"
SCALE = 3.0


def _render(scene: BoardScene, sticky) -> QImage:
    """The sticky's box (plus a margin) at SCALE pixels a unit, on a white background."""
    m = 10
    source = QRectF(sticky.x - m, sticky.y - m, sticky.width + 2 * m, sticky.height + 2 * m)
    image = QImage(int(source.width() * SCALE), int(source.height() * SCALE),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image


def _to_image(sticky, x: float, y: float) -> QPointF:
    return QPointF((x - sticky.x + 10) * SCALE, (y - sticky.y + 10) * SCALE)


def test_hotspot_text_stays_inside_the_diamond(qtbot, open_board):
    session = open_board(Board())
    s = commands.new_sticky("hotspot", 0, 0, text=LONG)
    session.execute(commands.add_sticky(session.board, s))
    scene = BoardScene(session)
    scene.setBackgroundBrush(QColor("white"))
    image = _render(scene, s)
    diamond = QPolygonF([_to_image(s, s.width / 2, 0), _to_image(s, s.width, s.height / 2),
                         _to_image(s, s.width / 2, s.height), _to_image(s, 0, s.height / 2)])
    inside = outside = 0
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            if QColor(image.pixel(x, y)).lightness() > 100:
                continue  # only dark pixels: text (the pink fill and the wall are light)
            p = QPointF(x + 0.5, y + 0.5)
            if diamond.containsPoint(p, Qt.FillRule.OddEvenFill):
                inside += 1
            else:
                outside += 1
    assert inside > 200  # the text is drawn
    assert outside == 0, f"{outside} text pixels outside the diamond"


def _voting_board(kind: str, text: str) -> tuple[Board, object]:
    board = Board(workshop=Workshop(votes_revealed=True))
    board.load("participants", [Participant("p1", "Sara", color="#D32F2F"),
                                Participant("p2", "مریم", color="#1976D2"),
                                Participant("p3", "Ali", color="#388E3C")])
    s = commands.new_sticky(kind, 0, 0, text=text, sticky_id="s")
    board.load("stickies", [s])
    board.load("votes", [Vote(f"v{i}", p, "s", created_at=float(i))
                         for i, p in enumerate(("p1", "p2", "p3"))])
    return board, s


def test_vote_dots_in_voter_colours_below_the_text(qtbot, open_board):
    board, s = _voting_board("domain_event", LONG)
    session = open_board(board)
    scene = BoardScene(session)
    item = scene.sticky_item("s")
    assert item.votes == 3 and item.vote_colors == ("#D32F2F", "#1976D2", "#388E3C")
    image = _render(scene, s)
    x0, y0, d, shown = notation.vote_dot_row(False, s.width, s.height, 3)
    assert shown == 3
    for i, want in enumerate(("#D32F2F", "#1976D2", "#388E3C")):
        centre = _to_image(s, x0 + i * (d + 3) + d / 2, y0 + d / 2).toPoint()
        got = QColor(image.pixel(centre))
        assert max(abs(got.red() - QColor(want).red()), abs(got.green() - QColor(want).green()),
                   abs(got.blue() - QColor(want).blue())) < 30, (i, got.name(), want)
    # the text's box ends above the dots, and no text is drawn in the dots' strip
    box, _pad = style.text_box(notation.Shape.RECT, s.width, s.height, votes=True)
    assert box.bottom() <= y0
    top = _to_image(s, 0, y0 - 1).y()
    bottom = _to_image(s, 0, y0 + d + 1).y()
    dark = [(x, y) for y in range(int(top), int(bottom))
            for x in range(int(_to_image(s, 2, 0).x()), int(_to_image(s, s.width - 2, 0).x()))
            if QColor(image.pixel(x, y)).lightness() < 90]
    assert dark == []


def test_hotspot_vote_dots_stay_inside_its_lower_point(qtbot, open_board):
    board, s = _voting_board("hotspot", "Slow?")
    session = open_board(board)
    scene = BoardScene(session)
    x0, y0, d, shown = notation.vote_dot_row(True, s.width, s.height, 3)
    assert shown >= 1
    text_bottom = s.height * (0.5 + notation.DIAMOND_TEXT_FRACTION / 2)
    assert y0 >= text_bottom
    for i in range(shown):
        for px, py in ((x0 + i * (d + 3), y0 + d), (x0 + i * (d + 3) + d, y0 + d)):
            # |x - w/2| / (w/2) + |y - h/2| / (h/2) <= 1: inside the diamond
            assert (abs(px - s.width / 2) / (s.width / 2)
                    + abs(py - s.height / 2) / (s.height / 2)) <= 1.0
    assert scene.sticky_item("s").votes == 3
