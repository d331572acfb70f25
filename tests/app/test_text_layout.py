from hypothesis import given
from hypothesis import strategies as st

from stormboard.app.text_layout import LINE_SPACING, MIN_FONT, fit_text, wrap


def mono(text: str, size: float) -> float:
    """A monospace measure: every character is 0.6 em wide."""
    return len(text) * size * 0.6


def test_short_text_gets_the_largest_size_on_one_line():
    layout = fit_text("Order paid", 160, 160, mono)  # 10 chars * 22 * 0.6 = 132 <= 140
    assert layout.lines == ("Order paid",) and layout.font_size == 22.0 and not layout.rtl


def test_long_text_wraps_then_shrinks_until_it_fits():
    text = "Payment confirmed by the gateway after three retries and a manual check"
    layout = fit_text(text, 160, 160, mono)
    assert len(layout.lines) > 1 and layout.font_size < 22.0 and not layout.overflow
    assert len(layout.lines) * layout.font_size * LINE_SPACING <= 140
    assert all(mono(line, layout.font_size) <= 140 for line in layout.lines)
    assert " ".join(layout.lines) == text


def test_persian_is_rtl_and_breaks_on_logical_words():
    layout = fit_text("سفارش مشتری در انبار بسته‌بندی و به پیک تحویل داده شد", 160, 160, mono)
    assert layout.rtl
    assert " ".join(layout.lines) == "سفارش مشتری در انبار بسته‌بندی و به پیک تحویل داده شد"


def test_a_word_wider_than_the_line_is_broken_without_losing_characters():
    lines = wrap("x" * 50, 60, 10, mono)
    assert "".join(lines) == "x" * 50 and all(mono(x, 10) <= 60 for x in lines)


def test_zwnj_stays_with_its_word_part():
    lines = wrap("ab\u200ccd" * 3, 18, 10, mono)
    assert not any(line.startswith("\u200c") for line in lines)


def test_text_that_can_never_fit_is_cut_with_an_ellipsis():
    layout = fit_text("word " * 400, 160, 160, mono)
    assert layout.overflow and layout.font_size == MIN_FONT and layout.lines[-1].endswith("…")


@given(st.text(alphabet=st.sampled_from(list("ab سفارش\n")), max_size=80))
def test_wrapping_never_loses_or_invents_text(text):
    lines = wrap(text, 100, 12, mono)
    # long words may be split across lines, so compare the characters, not the words
    assert "".join("".join(lines).split()) == "".join(text.split())
    assert all(mono(line, 12) <= 100 for line in lines if len(line) > 1)


def test_shrinks_before_splitting_a_word():
    # "unknown" is 7 chars: at 22 it is 92 wide (> 60), at 14 it is 58.8 (fits)
    layout = fit_text("unknown", 80, 160, mono)
    assert layout.lines == ("unknown",) and layout.font_size == 14.0


def test_splits_a_word_only_when_the_smallest_size_cannot_hold_it():
    layout = fit_text("x" * 40, 60, 400, mono)
    assert layout.font_size == MIN_FONT and len(layout.lines) > 1


def test_each_line_takes_its_paragraph_direction():
    layout = fit_text("سفارش ثبت شد\nOrder placed", 400, 160, mono)
    assert layout.lines == ("سفارش ثبت شد", "Order placed")
    assert layout.directions == (True, False)
    # a wrapped Persian paragraph whose second line starts with Latin stays right-to-left
    layout = fit_text("پرداخت Invoice", 80, 400, mono, max_font=12)
    assert layout.lines == ("پرداخت", "Invoice") and layout.directions == (True, True)
    # a paragraph with no strong letter takes the whole text's direction
    assert fit_text("سلام\n123", 400, 160, mono).directions == (True, True)
