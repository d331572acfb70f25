"""The notation catalogue: every kind of sticky a board can hold.

Sizes are in board units; a standard sticky is ``STANDARD_SIZE`` units wide, which prints as
76 mm at "real size". Kinds that share a colour family differ by size or shape, as the
notation requires.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from . import rules
from .errors import DomainError

STANDARD_SIZE = 160.0
#: A standard sticky note is 76 mm wide on paper.
MM_PER_UNIT = 76.0 / STANDARD_SIZE


class Level(StrEnum):
    BIG_PICTURE = "big_picture"
    PROCESS = "process"
    DESIGN = "design"
    ANY = "any"


class Shape(StrEnum):
    RECT = "rect"
    DIAMOND = "diamond"  # a square turned 45 degrees


class Marker(StrEnum):
    """A small sign drawn on the sticky so kinds of one colour stay distinguishable."""

    NONE = "none"
    PLUS = "plus"
    MINUS = "minus"
    STAR = "star"


@dataclass(frozen=True, slots=True)
class Kind:
    id: str
    name: str
    color: str
    width: float
    height: float
    shape: Shape
    level: Level
    meaning: str
    marker: Marker = Marker.NONE
    rotation: float = 0.0  # a visual tilt in degrees (chapter names hang askew)
    shortcut: str = ""  # key that places one at the cursor


_S = STANDARD_SIZE
KINDS: tuple[Kind, ...] = (
    Kind("domain_event", "Domain event", "#FFA94D", _S, _S, Shape.RECT, Level.BIG_PICTURE,
         "Something that happened, in the past tense.", shortcut="E"),
    Kind("hotspot", "Hotspot", "#FF4F9A", _S * 1.15, _S * 1.15, Shape.DIAMOND, Level.BIG_PICTURE,
         "A problem, question, conflict or risk.", shortcut="H"),
    Kind("person", "Person / actor", "#FFF59D", _S * 0.6, _S * 0.6, Shape.RECT, Level.BIG_PICTURE,
         "Who does or suffers something.", shortcut="P"),
    Kind("external_system", "External system", "#F8BBD0", _S * 1.75, _S * 0.85, Shape.RECT,
         Level.BIG_PICTURE, "Whatever we can blame: software, department, law, bad luck.",
         shortcut="S"),
    Kind("opportunity", "Opportunity", "#A5D66F", _S, _S, Shape.RECT, Level.BIG_PICTURE,
         "An improvement idea.", marker=Marker.STAR, shortcut="O"),
    Kind("value_positive", "Value +", "#A5D66F", _S * 0.55, _S * 0.55, Shape.RECT,
         Level.BIG_PICTURE, "Money, time, stress or reputation gained.", marker=Marker.PLUS),
    Kind("value_negative", "Value −", "#EF9A9A", _S * 0.55, _S * 0.55, Shape.RECT,
         Level.BIG_PICTURE, "Money, time, stress or reputation lost.", marker=Marker.MINUS),
    Kind("command", "Command", "#7EC8F0", _S, _S, Shape.RECT, Level.PROCESS,
         "An intention or action that causes an event.", shortcut="C"),
    Kind("policy", "Policy", "#C9A0DC", _S * 1.75, _S * 0.85, Shape.RECT, Level.PROCESS,
         "Whenever X, then Y."),
    Kind("read_model", "Read model", "#B5E3A1", _S, _S, Shape.RECT, Level.PROCESS,
         "Information someone needs to decide."),
    Kind("aggregate", "Aggregate / constraint", "#FFE066", _S * 1.5, _S * 1.5, Shape.RECT,
         Level.DESIGN, "The thing that enforces a business rule."),
    Kind("user_interface", "User interface", "#FFFFFF", _S, _S, Shape.RECT, Level.PROCESS,
         "The screen or form involved."),
    Kind("note", "Note", "#CFD8DC", _S * 0.75, _S * 0.75, Shape.RECT, Level.ANY,
         "A facilitator's remark.", shortcut="N"),
    Kind("chapter", "Chapter name", "#FFE066", _S * 2.0, _S * 1.1, Shape.RECT, Level.BIG_PICTURE,
         "A named stretch of the timeline, between pivotal events.", rotation=-3.0),
)

KINDS_BY_ID: dict[str, Kind] = {k.id: k for k in KINDS}

#: Colour of the milestone guide line and of a pivotal event's frame.
MILESTONE_COLOR = "#90CAF9"
PIVOTAL_FRAME_COLOR = "#5D2E00"

# -- drawn the same on the canvas and on posters -----------------------------------------
#: a diamond (hotspot) writes its text in the inscribed square: no line reaches past its edges
DIAMOND_TEXT_FRACTION = 0.5
#: revealed votes: dot diameter as a fraction of the sticky's shorter side, and the gap around
VOTE_DOT_FRACTION = 0.08
VOTE_DOT_GAP = 8.0
#: at most this many dots in a row; more shows as "+N" after them
MAX_VOTE_DOTS = 8


def vote_dot_row(diamond: bool, w: float, h: float, count: int) -> tuple[float, float, float, int]:
    """Where revealed vote dots go, in the sticky's own units: (x of the first dot's left edge,
    y of the row's top, dot diameter, dots shown). A rectangle keeps them in a strip along its
    bottom edge, below its text; a diamond centres them in its lower point, below its text
    square, and shows only as many as fit inside the diamond there."""
    d = min(w, h) * VOTE_DOT_FRACTION
    step = d + 3
    if not diamond:
        return 6.0, h - d - 6.0, d, min(count, MAX_VOTE_DOTS)
    d *= 0.8
    step = d + 3
    y0 = h * (0.5 + DIAMOND_TEXT_FRACTION / 2) + 3  # just under the text square
    half = w * (0.5 - (y0 + d) / h + 0.5) - 4  # the diamond's half-width at the row's bottom
    shown = max(1, min(count, MAX_VOTE_DOTS, int((2 * half + 3) // step)))
    return w / 2 - shown * step / 2, y0, d, shown


def kind(kind_id: str) -> Kind:
    """The kind with this id, or a DomainError naming the unknown id."""
    try:
        return KINDS_BY_ID[kind_id]
    except KeyError:
        raise DomainError(code="domain.unknown_sticky_kind", kind_id=kind_id) from None


def is_valid_color(value: str) -> bool:
    """True for '#RRGGBB' colours, the only form a board stores (the rule is ``rules.is_color``)."""
    return rules.is_color(value)
