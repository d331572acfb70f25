"""Numbers in the UI language's digits (Persian digits in the Persian UI), in one place."""

from __future__ import annotations

from PySide6.QtCore import QLocale

ASCII_DIGITS = "0123456789"


def digit_set() -> str:
    """The ten digits the UI language writes numbers with."""
    zero = QLocale().zeroDigit()
    if len(zero) != 1 or zero == "0":
        return ASCII_DIGITS
    return "".join(chr(ord(zero) + i) for i in range(10))


def ui_digits(text: str) -> str:
    """``text`` with its ASCII digits written as the UI language writes them."""
    digits = digit_set()
    return text if digits == ASCII_DIGITS else text.translate(str.maketrans(ASCII_DIGITS, digits))
