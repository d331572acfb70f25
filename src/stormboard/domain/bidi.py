"""Paragraph direction of plain text (Unicode bidi rule P2/P3: the first strong character)."""

from __future__ import annotations

import unicodedata


def first_strong(text: str) -> bool | None:
    """True/False when the first strong character is right-to-left/left-to-right; None when the
    text has no strong character (digits, punctuation, emoji only)."""
    for ch in text:
        d = unicodedata.bidirectional(ch)
        if d == "L":
            return False
        if d in ("R", "AL"):
            return True
    return None


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (Persian, Arabic, Hebrew)."""
    return first_strong(text) is True


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)
