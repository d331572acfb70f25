"""Planning: physical size, scale and pages for every paper, scale and tiling mode."""

from __future__ import annotations

import math

import pytest

from stormboard.domain.board import Board
from stormboard.domain.notation import MM_PER_UNIT
from stormboard.export.poster import (
    MM,
    PosterError,
    PosterOptions,
    Scale,
    ScaleMode,
    Scope,
    ScopeKind,
    length_mm,
    paper,
    parse_scale,
    plan_poster,
)


def close(a: float, b: float, tol: float = 0.5) -> bool:
    return abs(a - b) <= tol


def test_fit_fills_one_sheet(board: Board) -> None:
    plan = plan_poster(board, PosterOptions(paper=paper("A0")))
    assert plan.page_count == 1
    assert close(plan.page_size_mm[0], 841) and close(plan.page_size_mm[1], 1189)
    assert close(plan.size_mm[0], 821) and close(plan.size_mm[1], 1169)  # minus 10 mm margins
    # the board is as large as it can be: it touches the poster's width
    assert close(plan.board_box[2], plan.width, 0.01)


def test_landscape_turns_the_paper(board: Board) -> None:
    plan = plan_poster(board, PosterOptions(paper=paper("A1"), landscape=True))
    assert close(plan.page_size_mm[0], 841) and close(plan.page_size_mm[1], 594)


@pytest.mark.parametrize("name, size", [
    ("A2", (420, 594)), ("A3", (297, 420)), ("A4", (210, 297)), ("B1", (707, 1000)),
    ("B2", (500, 707)), ("Letter", (215.9, 279.4)), ("Tabloid", (279.4, 431.8)),
    ("600x900mm", (600, 900)),
])
def test_sheet_sizes(board: Board, name: str, size: tuple[float, float]) -> None:
    plan = plan_poster(board, PosterOptions(paper=paper(name)))
    assert close(plan.page_size_mm[0], size[0]) and close(plan.page_size_mm[1], size[1])


def test_real_size_prints_a_standard_sticky_76_mm_wide(board: Board) -> None:
    plan = plan_poster(board, PosterOptions(scale=Scale(ScaleMode.REAL)))
    assert math.isclose(plan.scale * 160 / MM, 76.0)
    assert math.isclose(plan.percent_of_real, 100.0)
    half = plan_poster(board, PosterOptions(scale=parse_scale("50%")))
    assert math.isclose(half.scale * 2, plan.scale)


def test_real_size_larger_than_the_paper_is_split_over_sheets(board: Board) -> None:
    plan = plan_poster(board, PosterOptions(paper=paper("A3"), scale=Scale(ScaleMode.REAL)))
    assert plan.tiled and plan.page_count == len(plan.tiles) + 1
    assert plan.warnings


def test_tiling_a0_onto_a4_takes_25_pages_and_a_map(board: Board) -> None:
    plan = plan_poster(board, PosterOptions(paper=paper("A0"), tile=paper("A4"),
                                            skip_empty_tiles=False))  # the whole grid
    assert (plan.cols, plan.rows) == (5, 5)
    assert plan.page_count == 26
    assert close(plan.page_size_mm[0], 210) and close(plan.page_size_mm[1], 297)
    assert [t.label for t in plan.tiles[:6]] == ["A1", "B1", "C1", "D1", "E1", "A2"]
    # neighbours share exactly the overlap
    a1, b1 = plan.tiles[0], plan.tiles[1]
    assert close(a1.x + a1.width - b1.x, 10 * MM, 1e-6)
    # together the tiles cover the poster
    last = plan.tiles[-1]
    assert last.x + last.width >= plan.width and last.y + last.height >= plan.height


def test_tiling_picks_the_orientation_with_fewer_pages(board: Board) -> None:
    plan = plan_poster(board, PosterOptions(paper=paper("A1"), landscape=True,
                                            tile=paper("A3")))
    # an 821 × 574 mm poster: landscape A3 (400 × 277 printable) needs 3 × 3 = 9 tiles,
    # portrait A3 (277 × 400) needs 4 × 2 = 8
    assert (plan.cols, plan.rows) == (4, 2)
    assert close(plan.page_size_mm[0], 297) and close(plan.page_size_mm[1], 420)


def test_width_across_n_pages(board: Board) -> None:
    plan = plan_poster(board, PosterOptions(paper=paper("A4"), scale=parse_scale("width:3"),
                                            overlap_mm=10))
    assert plan.cols == 3
    assert close(plan.size_mm[0], 3 * 190 - 2 * 10)
    assert close(plan.page_size_mm[0], 210)


def test_width_as_a_length(board: Board) -> None:
    plan = plan_poster(board, PosterOptions(paper=paper("A0"), scale=parse_scale("width:2m")))
    assert close(plan.size_mm[0], 2000)
    assert plan.tiled  # wider than A0


@pytest.mark.parametrize("width", [610, 914, 1067])
def test_roll_length_follows_the_content(board: Board, width: int) -> None:
    plan = plan_poster(board, PosterOptions(paper=paper(f"roll{width}")))
    assert plan.page_count == 1
    assert close(plan.page_size_mm[0], width)
    assert close(plan.page_size_mm[1], plan.size_mm[1] + 20)
    # landscape: the roll runs along the timeline
    side = plan_poster(board, PosterOptions(paper=paper(f"roll{width}"), landscape=True))
    assert close(side.page_size_mm[1], width)
    assert side.page_size_mm[0] > side.page_size_mm[1]


def test_summary_states_size_and_pages(board: Board) -> None:
    text = plan_poster(board, PosterOptions(tile=paper("A4"), skip_empty_tiles=False)).summary()
    assert "821 × 1169 mm" in text and "26 pages" in text


@pytest.mark.parametrize("name", ["A9", "C4", "roll500", "", "10x"])
def test_unknown_paper(name: str) -> None:
    with pytest.raises(PosterError, match=r"paper|roll"):
        paper(name)


@pytest.mark.parametrize("text", ["ten", "-3mm", "5 furlongs", "1e3"])
def test_bad_length(text: str) -> None:
    with pytest.raises(PosterError):
        length_mm(text)


def test_lengths() -> None:
    assert length_mm("10mm") == 10 and length_mm("1cm") == 10 and length_mm("0.5in") == 12.7
    assert length_mm("7") == 7


@pytest.mark.parametrize("text", ["huge", "width:0", "0%", "width:x"])
def test_bad_scale(text: str) -> None:
    with pytest.raises(PosterError):
        parse_scale(text)


def test_overlap_larger_than_the_page(board: Board) -> None:
    with pytest.raises(PosterError, match="Overlap"):
        plan_poster(board, PosterOptions(tile=paper("A4"), overlap_mm=300))


def test_margin_eating_the_paper(board: Board) -> None:
    with pytest.raises(PosterError, match="margin"):
        plan_poster(board, PosterOptions(paper=paper("A4"), margin_mm=150))


def test_scope_lane_chapter_selection(board: Board) -> None:
    lane = plan_poster(board, PosterOptions(scope=Scope(ScopeKind.LANE, value="Warehouse")))
    assert {s.id for s in lane.content.stickies} == {"s4", "s5", "s6", "s8", "s10"}
    # chapter 1 runs from the line after "Payment received" (which closes chapter 0) up to and
    # including "Parcel delivered", the pivotal event that closes it
    ch = plan_poster(board, PosterOptions(scope=Scope(ScopeKind.CHAPTER, value="Fulfilment")))
    assert {"s3", "s7", "s8"} <= {s.id for s in ch.content.stickies}
    assert not {"s1", "s2"} & {s.id for s in ch.content.stickies}
    by_sticky = plan_poster(board, PosterOptions(scope=Scope(ScopeKind.CHAPTER, value="s8")))
    assert by_sticky.content.stickies == ch.content.stickies
    sel = plan_poster(board, PosterOptions(
        scope=Scope(ScopeKind.SELECTION, frozenset({"s1", "s2"}))))
    assert [k.id for k in sel.content.links] == ["k1"]
    with pytest.raises(PosterError):
        plan_poster(board, PosterOptions(scope=Scope(ScopeKind.LANE, value="Nowhere")))
    with pytest.raises(PosterError):
        plan_poster(board, PosterOptions(scope=Scope(ScopeKind.CHAPTER, value="9")))


def test_empty_board_still_plans() -> None:
    plan = plan_poster(Board(), PosterOptions(scale=Scale(ScaleMode.REAL)))
    assert plan.page_count == 1


def test_mm_per_unit_is_the_notation_s() -> None:
    assert math.isclose(MM_PER_UNIT * 160, 76)


def test_tiling_a1_onto_a4_leaves_out_the_empty_sheets_and_says_so(tmp_path) -> None:
    """Issue 10, defect 9: a sparse wall tiled onto A4 no longer prints near-blank sheets."""
    from stormboard.app.commands import new_sticky
    from stormboard.domain.entities import BoardInfo, Lane
    from stormboard.export.poster import render

    board = Board(BoardInfo(title="Sparse"))
    board.load("lanes", [Lane("l1", "Sales", 0, 1200), Lane("l2", "Stock", 1200, 1200)])
    # a cluster at the top left and one sticky far to the right, the rest is lane tint
    board.load("stickies", [new_sticky("domain_event", x, y, text="e")
                            for x in (0, 200) for y in (0, 200)]
               + [new_sticky("hotspot", 5200, 2100, text="?")])
    full = plan_poster(board, PosterOptions(paper=paper("A1"), landscape=True,
                                            tile=paper("A4"), skip_empty_tiles=False))
    plan = plan_poster(board, PosterOptions(paper=paper("A1"), landscape=True, tile=paper("A4")))
    assert (plan.cols, plan.rows) == (full.cols, full.rows)
    assert plan.skipped and len(plan.tiles) + len(plan.skipped) == len(full.tiles)
    assert plan.page_count == len(plan.tiles) + 1
    kept = {t.label for t in plan.tiles}
    assert kept.isdisjoint(plan.skipped)
    # nothing that prints is on a skipped tile: every sticky lies on kept tiles only
    by_label = {t.label: t for t in full.tiles}
    bx, btop = plan.board_box[0], plan.board_box[1]
    for st in board.stickies.values():
        x = bx + (st.x - plan.content.x) * plan.scale
        y = btop + (st.y - plan.content.y) * plan.scale
        w, h = st.width * plan.scale, st.height * plan.scale
        for label in plan.skipped:
            t = by_label[label]
            assert not (x < t.x + t.width and t.x < x + w and y < t.y + t.height and t.y < y + h)
    assert "empty tile(s) left out" in plan.summary()
    out = tmp_path / "sparse.pdf"
    render(plan, out)
    from pypdf import PdfReader

    assert len(PdfReader(out).pages) == plan.page_count
