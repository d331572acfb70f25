"""The poster's text layer reads as the logical text: copy, search and pdftotext find the words.

The poster draws Persian as presentation forms in visual order; its ToUnicode maps each back to
the letters it stands for (export/poster/pdf_font.py), and readers reorder right-to-left lines."""

from __future__ import annotations

import subprocess
from pathlib import Path

from stormboard.domain.board import Board
from stormboard.domain.entities import Sticky
from stormboard.export.poster import PosterOptions, Scale, ScaleMode, paper, plan_poster, render
from stormboard.export.poster.pdf_font import logical_letters, to_unicode_cmap

TEXTS = (
    "سفارش مشتری ثبت شد؛ پیک گزارش ژوئن را خواهد و چک 42 را با Invoice فرستاد",
    "کتاب لازم است",
    "Order placed by customer",
    "پرداخت انجام شد",
)


def _text_layer(tmp_path: Path, texts: tuple[str, ...]) -> str:
    board = Board()
    board.load("stickies", [Sticky(f"s{i}", "domain_event", i * 400, 0, 320, 200, text=t)
                            for i, t in enumerate(texts)])
    out = tmp_path / "poster.pdf"
    render(plan_poster(board, PosterOptions(paper=paper("A4"), scale=Scale(ScaleMode.FIT))), out)
    return subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_pdftotext_finds_every_word_in_logical_order(tmp_path: Path) -> None:
    layer = _text_layer(tmp_path, TEXTS)
    words = set(layer.replace("\u202b", " ").replace("\u202c", " ").split())
    for text in TEXTS:
        for word in text.split():
            assert word in words, (word, layer)
    assert "کتاب" in layer
    # no presentation form is left in the text layer
    assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in layer), layer


def test_presentation_forms_map_to_their_letters() -> None:
    assert logical_letters(0xFEDB) == "ك"  # kaf initial form
    assert logical_letters(0xFB90) == "ک"  # keheh initial form
    # lam-alef ligature: two letters, in visual order (readers reverse the RTL line)
    assert logical_letters(0xFEFB) == "ال"
    assert logical_letters(ord("a")) == "a"
    cmap = to_unicode_cmap("F", [0, 0xFEFB, ord("A")])
    assert "<01> <06270644>" in cmap
    assert "<02> <0041>" in cmap
