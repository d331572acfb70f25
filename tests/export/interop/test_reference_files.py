"""Files as the real tools write them (hand-written from their published descriptions)."""

from __future__ import annotations

from stormboard.app.importing import build_import
from stormboard.domain.board import Board
from stormboard.domain.timeline import lane_membership
from stormboard.export.interop import read_import

from .conftest import FIXTURES


def imported_board(name: str) -> tuple[Board, object]:
    imported = read_import(FIXTURES / name)
    board = Board()
    board.apply(build_import(board, imported).edit.puts)
    return board, imported


def by_text(board: Board) -> dict:
    lanes = {ln.id: ln.label for ln in board.lanes.values()}
    member = lane_membership(board)
    return {s.text: (s.kind, lanes.get(member[s.id])) for s in board.stickies.values()}


def link_texts(board: Board) -> set:
    t = {s.id: s.text for s in board.stickies.values()}
    return {(t[k.source_id], t[k.target_id], k.kind.value) for k in board.links.values()}


def test_excalidraw_scene() -> None:
    board, imported = imported_board("checkout.excalidraw")
    assert by_text(board) == {
        "Place order": ("command", "Customer · مشتری"),  # originalText, not the wrapped text
        "سفارش ثبت شد": ("domain_event", "Customer · مشتری"),
        "Paid twice?": ("hotspot", None),  # a pink diamond
        "Ask finance about refunds": ("note", None),  # free text
    }
    assert link_texts(board) == {("Place order", "سفارش ثبت شد", "triggers")}
    assert imported.skipped_line() == "Skipped 1 embeds, 1 freehand drawings, 1 images."
    placed = next(s for s in board.stickies.values() if s.text == "Place order")
    assert (placed.x, placed.y, placed.width, placed.height) == (100, 120, 180, 90)
    assert placed.color is None  # the notation's colour, not Excalidraw's blue


def test_drawio_uncompressed() -> None:
    board, imported = imported_board("checkout.drawio")
    assert by_text(board) == {
        "Ship\norder": ("command", "Warehouse · انبار"),
        "بسته ارسال شد\nParcel sent": ("domain_event", "Warehouse · انبار"),
        "Courier lost it?": ("hotspot", None),
        "A remark": ("note", None),
    }
    ship = next(s for s in board.stickies.values() if s.kind == "command")
    assert (ship.x, ship.y) == (100, 340)  # lane origin + relative geometry
    assert link_texts(board) == {("Ship\norder", "بسته ارسال شد\nParcel sent", "triggers")}
    assert [k.label for k in board.links.values()] == ["same day"]  # its edgeLabel cell
    assert imported.skipped == {"shapes without text": 1, "edges not joining two stickies": 1}


def test_drawio_compressed_pages() -> None:
    board, imported = imported_board("compressed.drawio")
    assert by_text(board) == {
        "Invoice sent · فاکتور ارسال شد": ("domain_event", None),
        "Whenever an invoice is sent, remind after 7 days": ("policy", None),
    }
    t = {s.id: s.text for s in board.stickies.values()}
    assert [(t[k.source_id], k.label) for k in board.links.values()] == [
        ("Invoice sent · فاکتور ارسال شد", "then")]
    assert imported.skipped == {"more pages": 1}


def test_csv_with_header() -> None:
    board, imported = imported_board("workshop.csv")
    got = by_text(board)
    assert got["Order placed"] == ("domain_event", "Customer")
    assert got["سفارش لغو شد"] == ("domain_event", "Customer")
    assert got['=HYPERLINK("http://evil")'] == ("hotspot", "Customer")  # apostrophe removed
    assert got["Cancel\norder"] == ("command", "Customer")
    assert got["Whenever an order is cancelled then refund"] == ("policy", "Back office")
    assert got["no position: goes on the grid"][0] == "note"
    names = sorted(p.name for p in board.participants.values())
    assert names == ["Sara", "سارا"]
    assert [d.owner for d in board.decisions.values()] == ["Reza"]
    assert imported.skipped == {"vote counts (votes belong to participants)": 1}


def test_plain_list_is_laid_out_in_reading_order() -> None:
    board, _ = imported_board("events.txt")
    stickies = sorted(board.stickies.values(), key=lambda s: (s.y, s.x))
    assert [s.text for s in stickies] == [
        "Book added to cart", "نشانی تحویل وارد شد", "Order placed", "-5 days before launch"]
    assert {s.kind for s in stickies} == {"domain_event"}
    assert len({s.y for s in stickies}) == 1 and [s.x for s in stickies] == sorted(
        s.x for s in stickies)


def test_text_list_keeps_commas_and_a_csv_list_takes_the_first_column(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Order placed, paid\n\nShipped\n", encoding="utf-8")
    assert [s.text for s in read_import(tmp_path / "a.txt").stickies] == [
        "Order placed, paid", "Shipped"]
    (tmp_path / "b.csv").write_text('"Order placed, paid",x\nShipped\n', encoding="utf-8")
    imported = read_import(tmp_path / "b.csv")
    assert [s.text for s in imported.stickies] == ["Order placed, paid", "Shipped"]
    assert sum(imported.skipped.values()) == 1  # the second column is reported


def test_csv_separators_from_spreadsheets(tmp_path) -> None:
    """Comma, semicolon (Excel in many locales) and tab files; text holding the other marks."""
    for name, content in {"comma.csv": "kind,text\nnote,\"a; b, c\"\nhotspot,x;y\n",
                          "semi.csv": "kind;text;x;y\nnote;a, b;1;2\n",
                          "tab.csv": "kind\ttext\nnote\ta, b; c\n"}.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        texts = [s.text for s in read_import(tmp_path / name).stickies]
        assert texts[0] in ("a; b, c", "a, b", "a, b; c"), (name, texts)
