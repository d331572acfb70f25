"""The SVG export carries its font: a subset of the board font, embedded as @font-face data.

QSvgGenerator writes text as text naming "IBM Plex Sans Arabic"; a viewer without that font
showed gaps or another font's shapes (and no Persian joining of its own choosing). The board
font's regular and bold faces are cut down to the characters the picture uses (fontTools,
keeping every OpenType layout feature so the viewer's shaper joins Persian as Qt does) and
embedded as WOFF data URIs in a <style> inside <defs> (ADR 0185).
"""

from __future__ import annotations

import base64
import html
import io
import re

from fontTools import subset
from fontTools.ttLib import TTFont

from ...app import fonts

_TEXT = re.compile(r">([^<]+)</text>")


def used_characters(svg: str) -> str:
    """Every character inside the SVG's text elements."""
    return "".join(sorted({ch for m in _TEXT.finditer(svg) for ch in html.unescape(m.group(1))}))


def font_face(bold: bool, text: str) -> tuple[str, str]:
    """(family name, @font-face rule) for the board font's face, subset to ``text``."""
    font = TTFont(str(fonts.font_file(bold)))
    family = font["name"].getBestFamilyName() or "IBM Plex Sans Arabic"
    options = subset.Options()
    options.layout_features = ["*"]  # init/medi/fina, liga, mark: the viewer shapes as Qt did
    options.flavor = "woff"
    options.drop_tables += ["meta"]  # metadata fontTools cannot cut down; a viewer needs none
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text + " ")
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff"
    font.save(out)
    data = base64.b64encode(out.getvalue()).decode("ascii")
    weight = 700 if bold else 400
    return family, (f"@font-face{{font-family:'{family}';font-weight:{weight};"
                    f"src:url(data:font/woff;base64,{data}) format('woff')}}")


def embed_fonts(svg: str) -> str:
    """The SVG text with the board font's used glyphs embedded (unchanged if it has no text)."""
    text = used_characters(svg)
    if not text:
        return svg
    rules = [font_face(bold, text)[1] for bold in (False, True)]
    style = "<style type=\"text/css\"><![CDATA[\n" + "\n".join(rules) + "\n]]></style>\n"
    if "<defs>" in svg:
        svg = svg.replace("<defs>\n", "<defs>\n" + style, 1) if "<defs>\n" in svg else \
            svg.replace("<defs>", "<defs>" + style, 1)
    else:
        svg = re.sub(r"(<svg[^>]*>)", lambda m: m.group(1) + "\n<defs>" + style + "</defs>",
                     svg, count=1)
    return svg
