"""Rendering: pages and sizes in the PDF, extractable text, marks, colours, reassembled tiles."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter
from pypdf import PdfReader

from stormboard.domain.board import Board
from stormboard.domain.notation import KINDS_BY_ID
from stormboard.export.poster import (
    MM,
    PosterCancelled,
    PosterOptions,
    PosterPlan,
    paper,
    parse_scale,
    plan_poster,
    render,
)

from .conftest import ENGLISH, hex_rgb, rasterize


def _render(board: Board, tmp_path: Path, name: str, **options: object) -> tuple[PosterPlan, Path]:
    plan = plan_poster(board, PosterOptions(**options))  # type: ignore[arg-type]
    out = tmp_path / f"{name}.pdf"
    render(plan, out)
    return plan, out


def _page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    reader = PdfReader(pdf)
    return [(float(p.mediabox.width) / MM, float(p.mediabox.height) / MM) for p in reader.pages]


@pytest.mark.parametrize("options, pages", [
    ({"paper": paper("A0")}, 1),
    ({"paper": paper("A0"), "tile": paper("A4"), "skip_empty_tiles": False}, 26),
    ({"paper": paper("A4"), "scale": parse_scale("width:3")}, None),
    ({"paper": paper("roll914")}, 1),
    ({"paper": paper("A2"), "scale": parse_scale("real"), "tile": paper("Letter")}, None),
])
def test_pdf_pages_match_the_plan(board: Board, tmp_path: Path, options: dict,
                                  pages: int | None) -> None:
    plan, out = _render(board, tmp_path, "p", **options)
    sizes = _page_sizes_mm(out)
    assert len(sizes) == plan.page_count
    if pages is not None:
        assert plan.page_count == pages
    for w, h in sizes:
        assert abs(w - plan.page_size_mm[0]) < 0.1 and abs(h - plan.page_size_mm[1]) < 0.1


def test_text_stays_text(board: Board, tmp_path: Path) -> None:
    _, out = _render(board, tmp_path, "single", paper=paper("A2"), landscape=True)
    text = PdfReader(out).pages[0].extract_text()
    for word in [*ENGLISH.split(), "Online", "checkout", "Chaotic", "Hotspot"]:
        assert word in text
    assert "Payment gateway" in text or ("Payment" in text and "gateway" in text)


def test_tiles_carry_labels_and_the_map_names_them_all(board: Board, tmp_path: Path) -> None:
    plan, out = _render(board, tmp_path, "tiled", paper=paper("A0"), tile=paper("A4"))
    reader = PdfReader(out)
    map_text = reader.pages[0].extract_text()
    assert "Tile map" in map_text
    for tile in plan.tiles:
        assert tile.label in map_text
    for number, tile in enumerate(plan.tiles, start=2):
        # the note is drawn in the board font (HarfBuzz, as every label): pdftotext reads it
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(out), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert tile.label in text.split()
        assert f"row {tile.row + 1}, column {tile.label.rstrip('0123456789')}" in text


def _dark_fraction(img: Image.Image, box: tuple[int, int, int, int]) -> float:
    region = img.crop(box).convert("L").point(lambda v: 255 if v < 200 else 0)
    return region.histogram()[255] / (region.width * region.height)


def test_crop_marks_in_the_margin(board: Board, tmp_path: Path) -> None:
    dpi = 100
    with_marks = _render(board, tmp_path, "marks", tile=paper("A4"), marks=True)[1]
    without = _render(board, tmp_path, "nomarks", tile=paper("A4"), marks=False)[1]
    page_marks = rasterize(with_marks, dpi, 2)[0]  # tile A1
    page_plain = rasterize(without, dpi, 2)[0]
    m = round(10 * MM * dpi / 72)  # the 10 mm margin in pixels
    w, h = page_marks.size
    # each corner's margin square holds a crop mark with marks on, nothing with marks off
    for box in [(0, h - m - 2, m + 2, h), (w - m - 2, h - m - 2, w, h), (w - m - 2, 0, w, m + 2)]:
        assert _dark_fraction(page_marks, box) > 0.002
        assert _dark_fraction(page_plain, box) == 0


def _sticky_point(plan: PosterPlan, x: float, y: float, dpi: float) -> tuple[int, int]:
    """Pixel of board point (x, y) on a single-page poster."""
    px, py = plan.board_to_page(x, y)
    return round(px * dpi / 72), round(py * dpi / 72)


def test_sticky_colours(board: Board, tmp_path: Path) -> None:
    dpi = 40
    plan, out = _render(board, tmp_path, "colours", paper=paper("A2"), landscape=True)
    page = rasterize(out, dpi)[0]
    from stormboard.ui.canvas import style
    for sticky in board.stickies.values():
        kind = KINDS_BY_ID[sticky.kind]
        if kind.rotation:
            continue
        # a point inside the shape, away from text, marks and vote dots
        fy = 0.12 if kind.shape.value == "diamond" else 0.2
        fx = 0.5 if kind.shape.value == "diamond" else 0.1
        x, y = _sticky_point(plan, sticky.x + sticky.width * fx, sticky.y + sticky.height * fy, dpi)
        expected = board.info.legend.get(sticky.kind) or sticky.color or kind.color
        got = page.getpixel((x, y))
        assert max(abs(a - b) for a, b in zip(got, hex_rgb(expected), strict=True)) <= 6, (
            sticky.id, got, expected)
        canvas = style.sticky_color(sticky, board.info)
        assert canvas.name().upper() == expected.upper()


def test_tiles_reassemble_the_single_page_poster(board: Board, tmp_path: Path) -> None:
    dpi = 36  # a point is half a pixel: tile offsets land on whole pixels
    single_plan, single = _render(board, tmp_path, "whole", paper=paper("A0"))
    # without the registration crosses, which tiles print inside their overlap strips
    tiled_plan, tiled = _render(board, tmp_path, "tiles", paper=paper("A0"), tile=paper("A4"),
                                marks=False)
    assert (single_plan.width, single_plan.height) == (tiled_plan.width, tiled_plan.height)
    px = dpi / 72
    whole_page = rasterize(single, dpi)[0]
    m = single_plan.margin * px
    w, h = round(single_plan.width * px), round(single_plan.height * px)
    whole = whole_page.crop((round(m), round(m), round(m) + w, round(m) + h))
    pages = rasterize(tiled, dpi, 2, tiled_plan.page_count)
    stitched = Image.new("RGB", (w, h), "white")
    tm = tiled_plan.margin * px
    for tile, page in zip(tiled_plan.tiles, pages, strict=True):
        # keep what this tile adds: drop the overlap it shares with the tile left of / above it
        skip_x = tiled_plan.overlap * px if tile.col else 0
        skip_y = tiled_plan.overlap * px if tile.row else 0
        tw, th = tile.width * px, tile.height * px
        piece = page.crop((round(tm + skip_x), round(tm + skip_y), round(tm + tw), round(tm + th)))
        stitched.paste(piece, (round(tile.x * px + skip_x), round(tile.y * px + skip_y)))
    stitched.save(tmp_path / "stitched.png")
    off = _mismatch(whole, stitched)
    print(f"stitched vs single page: {off:.4%} of pixels differ")
    assert off < 0.001
    # the measure does see misplaced content: shift the band with the stickies by 2 mm
    broken = stitched.copy()
    broken.paste(stitched.crop((0, 600, w - 10, 1100)), (3, 603))
    assert _mismatch(whole, broken) > 10 * off + 0.002


def _mismatch(a: Image.Image, b: Image.Image, tol: int = 40) -> float:
    """Share of pixels (grey levels) that no pixel within one pixel of them in the other
    image matches within ``tol``: tiles sit at fractional pixel offsets, so antialiased edges
    may move by a pixel, but missing, doubled or misplaced content cannot hide."""
    a, b = a.convert("L"), b.convert("L")

    def outside(x: Image.Image, y: Image.Image) -> int:
        low = y.filter(ImageFilter.MinFilter(3)).point(lambda v: max(v - tol, 0))
        high = y.filter(ImageFilter.MaxFilter(3)).point(lambda v: min(v + tol, 255))
        below = ImageChops.subtract(low, x).point(lambda v: 255 if v > 0 else 0)
        above = ImageChops.subtract(x, high).point(lambda v: 255 if v > 0 else 0)
        return ImageChops.lighter(below, above).histogram()[255]

    return (outside(a, b) + outside(b, a)) / (2 * a.width * a.height)


def test_tiling_reuses_the_drawing(board: Board, tmp_path: Path) -> None:
    _, single = _render(board, tmp_path, "one", paper=paper("A0"))
    _, tiled = _render(board, tmp_path, "many", paper=paper("A0"), tile=paper("A4"))
    # 26 pages, but the board is drawn once: far less than 26 copies
    assert tiled.stat().st_size < 2.5 * single.stat().st_size


def test_progress_and_cancel(board: Board, tmp_path: Path) -> None:
    plan = plan_poster(board, PosterOptions(tile=paper("A4")))
    seen: list[tuple[int, int]] = []
    render(plan, tmp_path / "ok.pdf", progress=lambda d, t: seen.append((d, t)) is None)
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    calls = 0

    def cancel_on_third(done: int, total: int) -> bool:
        nonlocal calls
        calls += 1
        return calls < 3

    with pytest.raises(PosterCancelled):
        render(plan, tmp_path / "cancelled.pdf", progress=cancel_on_third)
    assert not (tmp_path / "cancelled.pdf").exists()
    assert not list(tmp_path.glob(".cancelled.pdf*"))  # no temporary file left either


def test_real_size_sticky_measures_76_mm_on_paper(tmp_path: Path) -> None:
    from stormboard.app.commands import new_sticky

    board = Board()
    board.load("stickies", [new_sticky("domain_event", 0, 0, sticky_id="e")])
    dpi = 100
    _, out = _render(board, tmp_path, "real", paper=paper("A4"), scale=parse_scale("real"),
                     title_block=False, legend=False)
    page = rasterize(out, dpi)[0]
    orange = hex_rgb(KINDS_BY_ID["domain_event"].color)
    row = page.height // 2  # a poster smaller than its sheet is centred on it
    xs = [x for x in range(page.width)
          if max(abs(a - b) for a, b in zip(page.getpixel((x, row)), orange, strict=True)) < 8]
    assert xs, "no sticky on the middle row"
    assert abs((xs[0] + xs[-1]) / 2 - page.width / 2) < 2
    width_mm = (xs[-1] - xs[0] + 1) / dpi * 25.4
    assert abs(width_mm - 76.0) < 0.6
