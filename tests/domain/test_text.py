import pytest

from stormboard.domain.bidi import has_rtl, is_rtl
from stormboard.domain.errors import DomainError
from stormboard.domain.text import MAX_STICKY_TEXT, check_text, clean_text


@pytest.mark.parametrize(
    "text",
    [
        "سفارش ثبت شد",
        "می‌خواهم",  # ZWNJ must survive
        "Order placed 📦 سفارش",
        "\u200fRLM and \u200eLRM marks",
        "tab\tand\nnewline",
        "👩🏽‍💻 family 👨‍👩‍👧",
    ],
)
def test_writing_survives_exactly(text):
    assert check_text(text) == text


def test_control_characters_are_dropped_and_line_ends_normalised():
    assert clean_text("a\x00b\x07c\x1b[31m\r\nd\re\x7f") == "abc[31m\nd\ne"


def test_over_limit_is_refused_with_a_clear_message():
    check_text("x" * MAX_STICKY_TEXT)
    with pytest.raises(DomainError, match=r"limited to 2,000 characters; this one has 2,001"):
        check_text("x" * (MAX_STICKY_TEXT + 1))


def test_paragraph_direction():
    assert is_rtl("سفارش ثبت شد (order)")
    assert not is_rtl("Order سفارش")
    assert not is_rtl("123 ...")
    assert has_rtl("Order سفارش")


def test_control_characters_are_exactly_category_cc_but_tab_and_newline() -> None:
    import unicodedata

    from stormboard.domain.text import clean_text

    dropped = [cp for cp in range(0x110000) if clean_text(chr(cp)) == ""]
    expected = [cp for cp in range(0x110000) if unicodedata.category(chr(cp)) == "Cc"
                and chr(cp) not in "\t\n\r"]
    assert dropped == expected
