"""The board's limits and validity rules: the one place each is defined (ADR 0113).

The app's edit builders, the .storm reader (fast and field-by-field paths), the JSON importer
(fast lane and full path) and the JSON Schema all take their numbers and tests from here;
``tests/domain/test_rules.py`` fails if the schema file states a different number or pattern.
The predicates return bool and never raise, so each layer words its own refusal.
"""

from __future__ import annotations

import math
import re

#: how far from the origin anything may be placed (keeps geometry finite and printable)
MAX_COORD = 10_000_000.0
#: a sticky's width and height, in board units
MIN_SIZE = 20.0
MAX_SIZE = 5_000.0
#: record ids, references to records (authors, co-authors) and phase keys
MAX_ID_LENGTH = 200
#: characters of a sticky's text (and of long free text: descriptions, goals, next steps)
MAX_STICKY_TEXT = 2000
#: characters of a label, title, name or owner
MAX_LABEL_TEXT = 200
#: the only colour form a board stores; ASCII hex digits only (``int(..., 16)`` would also take
#: ``_``, ``+``, spaces and Persian digits, which the schema refuses)
COLOR_PATTERN = "^#[0-9A-Fa-f]{6}$"
#: the most votes per participant a board file may hold (the JSON schema's maximum)
MAX_FILE_VOTE_BUDGET = 100
#: a lane a file left without a usable height gets this one when repaired
DEFAULT_LANE_HEIGHT = 200.0
_COLOR = re.compile("#[0-9A-Fa-f]{6}")


def is_coord(value: object) -> bool:
    """A finite number (not a bool) within ±MAX_COORD."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    # NaN and ±inf fail the comparison; math.isfinite would overflow on a huge int
    return abs(value) <= MAX_COORD


def is_number(value: object) -> bool:
    """A number (not a bool) that is a finite float: an integer too large for a float (which a
    JSON cell may hold) is not one."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def is_duration(value: object) -> bool:
    """A number of seconds or minutes: finite and not negative."""
    return is_number(value) and value >= 0  # type: ignore[operator]


def is_lane_height(value: object) -> bool:
    """A lane's height: above 0 and at most MAX_COORD."""
    return is_number(value) and 0 < value <= MAX_COORD  # type: ignore[operator]


def is_size(value: object) -> bool:
    """A sticky's width or height: a number from MIN_SIZE to MAX_SIZE."""
    return is_coord(value) and MIN_SIZE <= value <= MAX_SIZE  # type: ignore[operator]


def is_id(value: object) -> bool:
    """A record's id or a reference to one: non-empty text of at most MAX_ID_LENGTH that UTF-8
    can hold (a lone surrogate would pass the length test and then break the save)."""
    return type(value) is str and 0 < len(value) <= MAX_ID_LENGTH and is_encodable(value)


def is_author(value: object) -> bool:
    """A sticky's author: None ("nobody in particular") or a participant's id."""
    return value is None or is_id(value)


def author_or_none(value: str | None) -> str | None:
    """Empty text means "no author": one spelling for it, so every layer agrees (the schema
    refuses an empty author)."""
    return value or None


def is_color(value: object) -> bool:
    """'#RRGGBB' in ASCII hex digits, either case."""
    return type(value) is str and _COLOR.fullmatch(value) is not None


def is_encodable(text: str) -> bool:
    """False for text holding an unpaired surrogate: not UTF-8, so neither a .storm file nor a
    JSON export could hold it."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
