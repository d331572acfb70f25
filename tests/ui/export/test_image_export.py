"""PNG and SVG pictures of a small known board: size from the dpi, colours, text, limits."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from stormboard.domain.entities import Sticky
from stormboard.domain.notation import KINDS_BY_ID, MM_PER_UNIT
from stormboard.export.poster import Scope, ScopeKind
from stormboard.ui.export import (
    ImageCancelled,
    ImageError,
    ImageOptions,
    export_image,
    plan_image,
)


def _px(units: float, dpi: int) -> float:
    return units * MM_PER_UNIT / 25.4 * dpi


def test_png_size_follows_dpi_and_colours_match_the_notation(qapp, board, tmp_path: Path):
    out = tmp_path / "wall.png"
    export_image(board, out, ImageOptions(dpi=100, margin_mm=0))
    image = QImage(str(out))
    # the stickies span 460 × 160 units; the lane behind them is as tall as the picture
    assert (image.width(), image.height()) == (math.ceil(_px(460, 100)),
                                              math.ceil(_px(240, 100)))
    assert round(image.dotsPerMeterX() * 0.0254) == 100
    top = -40.0  # the lane's top edge is the picture's
    for sid, kind in (("ev", "domain_event"), ("cmd", "command")):
        s = board.stickies[sid]
        cx, cy = s.center
        pixel = image.pixelColor(int(_px(cx, 100)), int(_px(cy - top, 100)))
        assert pixel.name() == QColor(KINDS_BY_ID[kind].color).name()


def test_png_of_a_selection_leaves_the_rest_out(qapp, make_board, tmp_path: Path):
    board = make_board(lane=False)
    out = tmp_path / "one.png"
    scope = Scope(ScopeKind.SELECTION, frozenset({"cmd"}))
    plan = export_image(board, out, ImageOptions(dpi=50, margin_mm=5, scope=scope))
    image = QImage(str(out))
    assert image.width() == math.ceil(_px(160, 50) + 5 / 25.4 * 50 * 2 - 1e-6)
    assert (image.width(), image.height()) == (plan.width_px, plan.height_px)
    colours = {image.pixelColor(x, image.height() // 2).name() for x in range(image.width())}
    assert QColor(KINDS_BY_ID["command"].color).name() in colours
    assert QColor(KINDS_BY_ID["domain_event"].color).name() not in colours
    assert image.pixelColor(0, 0).name() == "#ffffff"  # white margin, no wall colour or grid


def test_svg_keeps_text_as_text_at_real_size(qapp, text_board, tmp_path: Path):
    out = tmp_path / "wall.svg"
    plan = export_image(text_board, out, ImageOptions(dpi=96, margin_mm=10))
    root = ET.parse(out).getroot()  # valid XML
    ns = "{http://www.w3.org/2000/svg}"
    texts = ["".join(t.itertext()) for t in root.iter(f"{ns}text")]
    assert "Order placed" in texts and "Place order" in texts
    width_mm = float(root.get("width").removesuffix("mm"))
    assert width_mm == pytest.approx((460 + 0) * MM_PER_UNIT + 20, abs=0.5)
    assert plan.size_mm[0] == pytest.approx(width_mm, abs=0.5)


def test_huge_png_is_refused_with_a_dpi_that_fits(qapp, board, tmp_path: Path):
    board.load("stickies", [Sticky("far", "domain_event", 20_000.0, 0.0, 160.0, 160.0)])
    out = tmp_path / "huge.png"
    with pytest.raises(ImageError, match=r"choose (\d+) dpi or less") as info:
        export_image(board, out, ImageOptions(dpi=150))
    assert not out.exists()
    best = int(info.value.args[0].rsplit("choose ", 1)[1].split()[0])
    plan = plan_image(board, ImageOptions(dpi=best))  # the advice works
    assert max(plan.width_px, plan.height_px) <= 32_000
    with pytest.raises(ImageError):
        plan_image(board, ImageOptions(dpi=best + 1))
    # an SVG has no pixels to hold: the same board is fine
    assert plan_image(board, ImageOptions(dpi=150), limit=False).width_px > 32_000


def test_cancelled_png_leaves_no_file(qapp, board, tmp_path: Path):
    out = tmp_path / "cancel.png"
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return False

    with pytest.raises(ImageCancelled):
        export_image(board, out, ImageOptions(dpi=600), progress)
    assert calls == [(1, calls[0][1])] and calls[0][1] >= 2  # drawn in strips
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("dpi", [0, -5, 1201, 99.5])
def test_bad_dpi_is_refused(board, dpi):
    with pytest.raises(ImageError, match="dpi"):
        plan_image(board, ImageOptions(dpi=dpi))
