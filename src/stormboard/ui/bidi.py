"""Names and board text inside translated sentences keep their own direction (ADR 0172).

A Persian name put into an English sentence ("%1: 2 of 3 votes left") takes the sentence's
neighbouring digits and punctuation into its right-to-left run, and the reader sees
"3 :مریم of 3 votes left". Wrapping every inserted name or board text in FIRST STRONG ISOLATE
(U+2068) ... POP DIRECTIONAL ISOLATE (U+2069) makes it one neutral unit inside the sentence,
in both languages. Numbers and our own words need no isolation.
"""

from __future__ import annotations

FSI = "\u2068"
PDI = "\u2069"


def isolate(text: str) -> str:
    """``text`` as one direction-isolated unit, for insertion into a sentence."""
    if not text:
        return text
    return f"{FSI}{text}{PDI}"
