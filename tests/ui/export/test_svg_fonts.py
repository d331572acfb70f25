"""The SVG export embeds a subset of the board font, so any viewer draws the same glyphs."""

from __future__ import annotations

import base64
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from PIL import Image

from stormboard.domain.board import Board
from stormboard.domain.entities import Sticky
from stormboard.ui.export.image_export import ImageOptions, plan_image, render_image, write_svg


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


#: scripts the board font lacks: Qt draws them in fontconfig's fallback fonts, and so must any
#: viewer of the SVG, which may have none of them
FALLBACK_TEXTS = ["订单已付款", "שלום עולם", "Launch 🎉", "سفارش ثبت شد"]


def _chromium_png(svg: Path, out: Path, size: tuple[int, int], fonts_conf: Path) -> Image.Image:
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf)}
    subprocess.run([shutil.which("chromium") or "/usr/bin/chromium", "--headless",
                    "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--screenshot={out}", f"--window-size={size[0]},{size[1]}",
                    svg.as_uri()], env=env, capture_output=True, timeout=120, check=False)
    return Image.open(out).convert("RGB")


def _text_ink(img: Image.Image, box: tuple[int, int, int, int]) -> int:
    """Dark pixels (the sticky text's #212121, not the orange or its outline) in ``box``."""
    return img.crop(box).convert("L").point(lambda v: 255 if v < 110 else 0).histogram()[255]


def test_svg_draws_every_script_in_a_viewer_without_the_fonts(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Chromium with a fontconfig holding one Latin-only font: the embedded board font and
    fallback subsets draw the CJK, Hebrew, emoji and Persian stickies as Qt does (ink within
    a third of Qt's); the same SVG without its fonts draws none of them (the check can fail)."""
    board = Board()
    board.load("stickies", [Sticky(f"s{i}", "domain_event", i * 200, 0, 160, 160, text=t)
                            for i, t in enumerate(FALLBACK_TEXTS)])
    plan = plan_image(board, ImageOptions(dpi=72, margin_mm=0))
    out = tmp_path / "wall.svg"
    write_svg(board, plan, out)
    svg = out.read_text(encoding="utf-8")
    size = (plan.width_px, plan.height_px)
    # the SVG's physical size (mm) as the plan's pixels, so both pictures line up
    px = re.sub(r'<svg width="[^"]*" height="[^"]*"',
                f'<svg width="{size[0]}" height="{size[1]}"', svg, count=1)
    (tmp_path / "px.svg").write_text(px, encoding="utf-8")
    (tmp_path / "bare.svg").write_text(re.sub(r"<style.*?</style>", "", px, flags=re.S),
                                       encoding="utf-8")
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    latin = TTFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    options = subset.Options()
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=range(0x20, 0x7F))
    subsetter.subset(latin)
    latin.save(fonts / "latin.ttf")
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                    f"<dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
                    encoding="utf-8")
    shown = _chromium_png(tmp_path / "px.svg", tmp_path / "shown.png", size, conf)
    bare = _chromium_png(tmp_path / "bare.svg", tmp_path / "bare.png", size, conf)
    qt = render_image(board, plan)
    qt.save(str(tmp_path / "qt.png"))
    qt_img = Image.open(tmp_path / "qt.png").convert("RGB")
    k = plan.scale
    for i, text in enumerate(FALLBACK_TEXTS):
        box = (round((i * 200 + 6) * k), round(6 * k), round((i * 200 + 154) * k), round(154 * k))
        want = _text_ink(qt_img, box)
        assert want > 100, text
        got = _text_ink(shown, box)
        assert 0.67 * want <= got <= 1.5 * want, (text, got, want)
        if not text.startswith("Launch"):  # the bare SVG draws nothing of these
            assert _text_ink(bare, box) < 0.1 * want, text
