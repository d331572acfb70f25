"""The SVG export embeds a subset of the board font, so any viewer draws the same glyphs."""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

from fontTools.ttLib import TTFont

from stormboard.domain.board import Board
from stormboard.domain.entities import Sticky
from stormboard.ui.export.image_export import ImageOptions, plan_image, write_svg


def test_svg_embeds_the_used_glyphs_of_the_board_font(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    board = Board()
    board.load("stickies", [
        Sticky("a", "domain_event", 0, 0, 160, 160, text="سفارش ثبت شد"),
        Sticky("b", "domain_event", 200, 0, 160, 160, text="Order placed"),
    ])
    out = tmp_path / "wall.svg"
    write_svg(board, plan_image(board, ImageOptions()), out)
    svg = out.read_text(encoding="utf-8")
    faces = re.findall(r"@font-face\{font-family:'([^']+)';font-weight:(\d+);"
                       r"src:url\(data:font/woff;base64,([A-Za-z0-9+/=]+)\)", svg)
    assert {weight for _, weight, _ in faces} == {"400", "700"}
    family, _, data = faces[0]
    assert f'font-family="{family}"' in svg  # the name the text elements use
    font = TTFont(io.BytesIO(base64.b64decode(data)))
    cmap = font.getBestCmap()
    for ch in "سفارشثبتدOrdeplac":
        assert ord(ch) in cmap, ch
    assert ord("ژ") not in cmap  # a subset: letters the picture does not use are left out
    assert "GSUB" in font  # joining forms stay with the font, for the viewer's shaper
