"""The SVG export carries its font: a subset of the board font, embedded as @font-face data.

QSvgGenerator writes text as text naming "IBM Plex Sans Arabic"; a viewer without that font
showed gaps or another font's shapes (and no Persian joining of its own choosing). The board
font's regular and bold faces are cut down to the characters the picture uses (fontTools,
keeping every OpenType layout feature so the viewer's shaper joins Persian as Qt does) and
embedded as WOFF data URIs in a <style> inside <defs> (ADR 0185).

Characters the board font lacks (Hebrew, Greek, CJK, emoji) are drawn by Qt in the font
fontconfig gives it; the poster uses the same (export/poster/fallback.py). Those fonts are
embedded too (``fallback_faces``), under the board font's family name with a ``unicode-range``
of their characters, so the viewer's font matching takes each character from the face Qt took
it from: the SVG needs no font of the viewer's (ADR 0217).
"""

from __future__ import annotations

import base64
import html
import io
import re

from fontTools import subset
from fontTools.ttLib import TTFont

from ...app import fonts
from ...export.poster.fallback import fallback_files

_TEXT = re.compile(r">([^<]+)</text>")


_BOLD_TEXT = re.compile(r"<text\b[^>]*\bfont-weight=\"([0-9]+)\"[^>]*>([^<]+)</text>")


def used_characters(svg: str) -> str:
    """Every character inside the SVG's text elements."""
    return "".join(sorted({ch for m in _TEXT.finditer(svg) for ch in html.unescape(m.group(1))}))


def bold_characters(svg: str) -> str:
    """The characters of the SVG's bold text elements (font-weight 600 and up)."""
    return "".join(sorted({ch for m in _BOLD_TEXT.finditer(svg) if int(m.group(1)) >= 600
                           for ch in html.unescape(m.group(2))}))


def _unicode_range(text: str) -> str:
    return ",".join(f"U+{ord(ch):X}" for ch in sorted(set(text)))


def _woff(font: TTFont, text: str) -> str:
    """``font`` cut down to ``text`` (every layout feature kept), as base64 WOFF."""
    options = subset.Options()
    options.layout_features = ["*"]  # init/medi/fina, liga, mark: the viewer shapes as Qt did
    options.flavor = "woff"
    options.drop_tables += ["meta", "FFTM"]  # tables fontTools cannot cut; no viewer needs
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff"
    font.save(out)
    return base64.b64encode(out.getvalue()).decode("ascii")


def board_family() -> str:
    """The board font's family name, as the SVG's text elements name it."""
    name = TTFont(str(fonts.font_file(False)), lazy=True)["name"]
    return name.getBestFamilyName() or "IBM Plex Sans Arabic"


def font_face(bold: bool, text: str, only: str | None = None) -> tuple[str, str]:
    """(family name, @font-face rule) for the board font's face, subset to ``text``; with
    ``only``, the rule claims just those characters (the rest go to the fallback faces)."""
    font = TTFont(str(fonts.font_file(bold)))
    family = board_family()
    data = _woff(font, text + " ")
    weight = 700 if bold else 400
    where = f"unicode-range:{_unicode_range(only)};" if only else ""
    return family, (f"@font-face{{font-family:'{family}';font-weight:{weight};{where}"
                    f"src:url(data:font/woff;base64,{data}) format('woff')}}")


def fallback_faces(family: str, text: str, weight: int = 400) -> tuple[list[str], str]:
    """(@font-face rules, characters they draw) for the characters of ``text`` the board font
    lacks: each fallback font file subset to its characters, named ``family`` at ``weight``
    with a ``unicode-range`` of them (viewers match the weight before the range, so bold text
    needs rules of its own; the fallbacks have one face, made bold by the viewer as by Qt)."""
    rules: list[str] = []
    drawn = ""
    for (path, index), chars in fallback_files(text).items():
        try:
            font = TTFont(path, fontNumber=index)
            data = _woff(font, chars)
        except Exception:  # a font fontTools cannot cut: left to the viewer's own fonts
            continue
        drawn += chars
        rules.append(f"@font-face{{font-family:'{family}';font-weight:{weight};"
                     f"unicode-range:{_unicode_range(chars)};"
                     f"src:url(data:font/woff;base64,{data}) format('woff')}}")
    return rules, drawn


def embed_fonts(svg: str) -> str:
    """The SVG text with the board font's used glyphs embedded (unchanged if it has no text)."""
    text = used_characters(svg)
    if not text:
        return svg
    family = board_family()
    extra, drawn = fallback_faces(family, text)
    bold_text = bold_characters(svg)
    if bold_text and drawn and any(ch in drawn for ch in bold_text):
        extra += fallback_faces(family, bold_text, 700)[0]
    own = "".join(ch for ch in text if ch not in drawn) if drawn else None
    rules = [font_face(bold, text, own)[1] for bold in (False, True)] + extra
    style = "<style type=\"text/css\"><![CDATA[\n" + "\n".join(rules) + "\n]]></style>\n"
    if "<defs>" in svg:
        svg = svg.replace("<defs>\n", "<defs>\n" + style, 1) if "<defs>\n" in svg else \
            svg.replace("<defs>", "<defs>" + style, 1)
    else:
        svg = re.sub(r"(<svg[^>]*>)", lambda m: m.group(1) + "\n<defs>" + style + "</defs>",
                     svg, count=1)
    return svg
