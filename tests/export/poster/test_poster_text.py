"""Shaping and ordering helpers: every glyph drawn exists in the font, lines keep direction."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from stormboard.export.poster.text import (
    REGULAR,
    measure_for,
    register_fonts,
    shaped,
    visual,
)

PERSIAN_ONLY = "پچژگکی"
ALPHABET = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءآأؤإئۀ"


@pytest.fixture(scope="module")
def cmap() -> dict[int, int]:
    register_fonts()
    return pdfmetrics.getFont(REGULAR).face.charToGlyph


@pytest.mark.parametrize("letter", list(ALPHABET))
def test_every_form_of_every_letter_has_a_glyph(letter: str, cmap: dict[int, int]) -> None:
    # isolated, final, initial and medial positions
    for text in (letter, "ب" + letter, letter + "ب", "ب" + letter + "ب"):
        drawn = visual(text, rtl=True)
        assert all(ord(ch) in cmap for ch in drawn), [hex(ord(c)) for c in drawn]


def test_persian_letters_are_shaped_not_left_isolated() -> None:
    for letter in PERSIAN_ONLY:
        drawn = visual("ب" + letter + "ب", rtl=True)
        assert letter not in drawn or letter in "ژ"  # ژ never joins left: its final form is
        assert any(0xFB50 <= ord(c) <= 0xFEFF for c in drawn)


def test_zwnj_breaks_the_join_and_is_not_drawn() -> None:
    joined, broken = visual("میخواهم", True), visual("می\u200cخواهم", True)
    assert "\u200c" not in broken
    assert joined != broken  # the ZWNJ changed the letter forms around it
    assert shaped("می\u200cخواهم").count("\u200c") == 0


def test_rtl_line_is_reversed_for_display_and_keeps_latin_runs() -> None:
    drawn = visual("فاکتور Invoice 42", rtl=True)
    # the Persian word starts the line at the right; the Latin run (with its number) reads
    # left to right on its left
    assert drawn.startswith("Invoice 42 ")
    assert drawn.endswith(shaped("فا")[0])  # initial feh, rightmost
    assert visual("Hello", rtl=False) == "Hello"


def test_measure_scales_linearly_and_kerns() -> None:
    m = measure_for()
    assert m("Order placed", 20) == pytest.approx(2 * m("Order placed", 10))
    # HarfBuzz applies the font's kerning, as Qt does: "AV" is narrower than A + V
    assert m("AV", 100) < m("A", 100) + m("V", 100)


def test_text_outside_the_font_does_not_break_layout() -> None:
    # emoji, CJK and Hebrew are not in the board font: measured and drawn as nothing useful,
    # but never an error (Qt would fall back to another font here)
    m = measure_for()
    assert m("", 10) == 0
    assert m("Deploy 🚀 中文 עברית", 10) > m("Deploy", 10)


def test_layout_shortcut_gives_exactly_fit_text() -> None:
    """layout_text skips sizes a line-count bound rules out; the result must not change."""
    import random

    from stormboard.app.text_layout import fit_text
    from stormboard.export.poster.text import layout_text

    measure = measure_for()
    rng = random.Random(3)
    words = ("order", "placed", "AVATAR", "سفارش", "می‌خواهد", "W", "a", "\n",
             "Donaudampfschifffahrtsgesellschaft", "مممممممممممممممممم")
    for _ in range(1500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
        w = rng.choice([20, 30, 60, 96, 160, 280])
        h = rng.choice([20, 30, 60, 136, 300])
        pad = rng.choice([10.0, 2.0, 0.0])
        assert layout_text(text, w, h, REGULAR, pad) == fit_text(text, w, h, measure,
                                                                  padding=pad)


def test_word_at_a_time_reshaping_equals_the_reshaper() -> None:
    import random

    import arabic_reshaper

    from stormboard.export.poster.text import reshape

    rng = random.Random(2)
    words = ["سفارش", "لا", "الله", "می‌خواهم", "abc", "42", "ـ", "لأ", "ی", "«نه»", "\t", ""]
    for _ in range(1000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
        assert reshape(text) == arabic_reshaper.reshape(text)
