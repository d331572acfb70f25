"""Paragraph direction of plain text (Unicode bidi rule P2/P3: the first strong character)."""

from __future__ import annotations

import unicodedata


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (Persian, Arabic, Hebrew)."""
    for ch in text:
        d = unicodedata.bidirectional(ch)
        if d == "L":
            return False
        if d in ("R", "AL"):
            return True
    return False


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)
