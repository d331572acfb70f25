"""Rules for the plain text written on stickies and labels."""

from __future__ import annotations

import re

from ..error_codes import Phrase
from .errors import DomainError
from .rules import MAX_LABEL_TEXT, MAX_STICKY_TEXT, is_encodable

__all__ = ["MAX_LABEL_TEXT", "MAX_STICKY_TEXT", "check_text", "clean_text"]

# Tab and newline are writing; every other C0/C1 control character (and DEL) is noise that
# arrives from pasted text and would render as boxes or break exports. These are exactly the
# characters of Unicode category Cc (tests/domain/test_text.py checks every code point).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """Normalise line ends and drop control characters; everything else stays as written.

    No Unicode normalisation is applied: Persian text, ZWNJ (U+200C), bidi marks and emoji
    round-trip exactly.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def check_text(text: str, limit: int = MAX_STICKY_TEXT, what: str = "") -> str:
    """Return the cleaned text, or refuse it with a sentence a user can read (``what``: a
    Phrase naming the text, by default a sticky's)."""
    what = what or Phrase("what.sticky_text")
    if not isinstance(text, str):
        raise DomainError(code="domain.text", what=what)
    cleaned = clean_text(text)
    if len(cleaned) > limit:
        raise DomainError(
            code="domain.limited_characters_one", what=what, limit=limit, count=len(cleaned)
        )
    if not is_encodable(cleaned):
        # neither a .storm file nor a JSON export could hold it (rules.is_encodable)
        raise DomainError(code="domain.holds_broken_character_unpaired", what=what)
    return cleaned
