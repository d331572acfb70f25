"""The speed paths give what the plain paths give: word-width wrapping equals ``fit_text``, and
text written as PDF operators is the text reportlab's own ``textOut`` writes."""

from __future__ import annotations

import random
from pathlib import Path

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from stormboard.app.text_layout import fit_text
from stormboard.export.poster.text import REGULAR, layout_text, measure_for, register_fonts
from stormboard.export.poster.text_ops import TextWriter


def test_word_widths_wrap_exactly_as_fit_text_on_awkward_texts() -> None:
    # double, leading and trailing spaces, empty paragraphs, words wider than the box, boxes
    # of any size: every layout must be fit_text's, line for line and size for size
    measure = measure_for()
    rng = random.Random(12)
    words = ("order", "AVATAR", "سفارش", "می‌خواهد", "W", "", " ", "\n", "42", "pay-ment",
             "Donaudampfschifffahrtsgesellschaft", "ممممممممممممممممممممم")
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        w, h = rng.uniform(8, 420), rng.uniform(8, 420)
        pad = rng.choice([10.0, 2.0, 0.0])
        assert layout_text(text, w, h, REGULAR, pad) == fit_text(text, w, h, measure,
                                                                  padding=pad), (text, w, h)


def _lines(path: Path, write) -> list[str]:  # type: ignore[no-untyped-def]
    c = Canvas(str(path))
    write(c)
    c.setFont("Helvetica", 10)  # reportlab's own text after ours keeps its font
    c.drawString(20, 20, "HelveticaAfter")
    c.save()
    return PdfReader(path).pages[0].extract_text().splitlines()


def test_text_writer_writes_what_textout_writes(tmp_path: Path) -> None:
    register_fonts()
    cmap = pdfmetrics.getFont(REGULAR).face.charToGlyph
    # more characters than one 256-code subset holds, so lines switch subsets mid-line
    glyphs = [chr(c) for c in sorted(cmap) if c > 32 and c not in (0xA0, 0xAD)][:600]
    lines = ["Order placed (by) \\ customer", "".join(glyphs[:300]), "".join(glyphs[250:600]),
             "ﺳﻔﺎﺭﺵ ﺛﺒﺖ ﺷﺪ", "Order placed (by) \\ customer"]
    runs = [(40.0, 800.0 - 30 * i, line) for i, line in enumerate(lines)]

    def plain(c: Canvas) -> None:
        for x, y, line in runs:
            c.setFont(REGULAR, 9)
            c.drawString(x, y, line)

    def direct(c: Canvas) -> None:
        TextWriter(c, REGULAR).write(runs, 9, "0 0 0 rg")

    expected = _lines(tmp_path / "plain.pdf", plain)
    got = _lines(tmp_path / "direct.pdf", direct)
    assert got == expected
    assert got[-1] == "HelveticaAfter"
    assert got[0] == lines[0]
