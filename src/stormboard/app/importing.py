"""Adding what another tool drew to a board: one neutral description, one edit.

Importers (``export/interop``) turn a file into an :class:`Imported`: stickies, lanes and links
with the file's own coordinates and an ``origin`` naming the element each came from. This module
turns that into ONE ``Edit`` that only adds records (never touches what is on the board), so
``--into`` and File > Import are a single undo step. The same builder makes a new board: add to
an empty ``Board``. See docs/adr/0140.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from ..domain import notation
from ..domain.board import Board, Put
from ..domain.entities import Decision, Lane, Link, LinkKind, Participant, new_id
from ..domain.errors import DomainError
from ..domain.rules import MAX_COORD, MAX_SIZE, MIN_SIZE
from ..domain.text import MAX_LABEL_TEXT, check_text
from ..domain.timeline import lane_membership, lane_order
from ..error_codes import Phrase
from .commands import new_sticky
from .edit import Edit
from .timeline_commands import (
    DEFAULT_LANE_COLOR,
    MAX_LANE_HEIGHT,
    MIN_LANE_HEIGHT,
    allowed_link_kinds,
)

#: space left between what is on the board and what is added to its right
GAP = 200.0


@dataclass(frozen=True, slots=True)
class ImportedSticky:
    kind: str
    text: str
    x: float
    y: float
    origin: str  # names the element in the source file, for error messages
    width: float | None = None  # None: the kind's default size
    height: float | None = None
    color: str | None = None  # an override of the kind's colour
    pivotal: bool = False
    lane: int | None = None  # index into Imported.lanes
    author: str = ""  # a participant's name
    owner: str = ""  # the wrap-up owner (a Decision)


@dataclass(frozen=True, slots=True)
class ImportedLane:
    label: str
    y: float
    height: float
    origin: str
    color: str = DEFAULT_LANE_COLOR


@dataclass(frozen=True, slots=True)
class ImportedLink:
    source: int  # indexes into Imported.stickies
    target: int
    origin: str
    kind: str | None = None  # None or not allowed between the kinds: the most specific allowed
    label: str = ""


@dataclass
class Imported:
    """What a file holds, in the file's coordinates, before it meets a board."""

    format: str
    title: str = ""
    stickies: list[ImportedSticky] = field(default_factory=list)
    lanes: list[ImportedLane] = field(default_factory=list)
    links: list[ImportedLink] = field(default_factory=list)
    #: what the file held that a board cannot (images, freehand drawing...): name -> count
    skipped: Counter[str] = field(default_factory=Counter)

    def counts_by_kind(self) -> dict[str, int]:
        return dict(Counter(s.kind for s in self.stickies))

    def skipped_line(self) -> str:
        """One line: "Skipped 2 images, 1 freedraw." or ""."""
        if not self.skipped:
            return ""
        parts = ", ".join(f"{n} {what}" for what, n in sorted(self.skipped.items()))
        return f"Skipped {parts}."


@dataclass(frozen=True)
class ImportResult:
    edit: Edit
    sticky_ids: tuple[str, ...]
    lanes_added: int
    lanes_matched: int
    links_added: int
    skipped: Counter[str]


def _finite(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or abs(value) > MAX_COORD:
        raise DomainError(code="app.finite_number_within", what=what, max_coord=MAX_COORD)
    return float(value)


def _clamp(value: float | None, low: float, high: float) -> float | None:
    return None if value is None else min(max(float(value), low), high)


def _bbox(imported: Imported) -> tuple[float, float] | None:
    xs = [s.x for s in imported.stickies]
    ys = [s.y for s in imported.stickies] + [ln.y for ln in imported.lanes]
    if not xs and not ys:
        return None
    return (min(xs, default=0.0), min(ys))


def _content_right_top(board: Board) -> tuple[float, float] | None:
    """Right edge and top of what the board shows (stickies, milestones), or None if bare."""
    rights = [s.x + s.width for s in board.stickies.values()]
    rights += [m.x for m in board.milestones.values()]
    if not rights:
        return None
    tops = [s.y for s in board.stickies.values()] or [ln.y for ln in board.lanes.values()] or [0.0]
    return (max(rights), min(tops))


def _key(label: str) -> str:
    return " ".join(label.split()).casefold()


def build_import(
    board: Board, imported: Imported, *, at: tuple[float, float] | None = None,
    now: float = 0.0, label: str = "Import",
) -> ImportResult:
    """One edit adding everything in ``imported`` to ``board``; existing records stay as they are.

    Placement: at ``at`` (the top-left of the imported content) when given; else to the right of
    what is on the board, top-aligned; on a bare board the file's own coordinates are kept.
    Lanes whose label matches a lane on the board take their stickies into that lane; others are
    added below the board's lanes. Every refusal is a DomainError naming the source element.
    """
    for s in imported.stickies:  # coordinates first, so the offsets below are finite
        _named(s.origin, _finite, s.x, "x")
        _named(s.origin, _finite, s.y, "y")
    for ln in imported.lanes:
        _named(ln.origin, _finite, ln.y, Phrase("what.lane_top"))
        _named(ln.origin, _finite, ln.height, Phrase("what.lane_height"))
    box = _bbox(imported)
    dx = dy = 0.0
    if box is not None:
        if at is not None:
            dx, dy = _finite(at[0], "--at x") - box[0], _finite(at[1], "--at y") - box[1]
        else:
            right_top = _content_right_top(board)
            if right_top is not None:
                dx, dy = right_top[0] + GAP - box[0], right_top[1] - box[1]

    # lanes: matched by label, or new and stacked below the board's lanes without overlaps
    existing = {_key(ln.label): ln for ln in board.lanes.values()}
    bottom = max((ln.y + ln.height for ln in board.lanes.values()), default=-math.inf)
    lane_dy: dict[int, float] = {}
    puts: list[Put] = []
    new_lanes = 0
    order = sorted(range(len(imported.lanes)), key=lambda i: imported.lanes[i].y)
    shift_new = 0.0
    if board.lanes:
        fresh = [imported.lanes[i].y + dy for i in order
                 if _key(imported.lanes[i].label) not in existing]
        if fresh:
            shift_new = max(0.0, bottom - min(fresh))
    placed: dict[str, Lane] = {}
    for i in order:
        src = imported.lanes[i]
        text = _named(src.origin, check_text, src.label, MAX_LABEL_TEXT,
                      Phrase("what.lane_label")).strip()
        match = existing.get(_key(text)) or placed.get(_key(text))
        if match is not None:
            lane_dy[i] = match.y - src.y
            continue
        height = _clamp(src.height, MIN_LANE_HEIGHT, MAX_LANE_HEIGHT) or MIN_LANE_HEIGHT
        y = max(src.y + dy + shift_new, bottom)
        color = src.color.upper() if notation.is_valid_color(src.color) else DEFAULT_LANE_COLOR
        lane = Lane(new_id(), text, _named(src.origin, _finite, y, Phrase("what.lane_top")), height,
                    color)
        puts.append(Put("lanes", lane.id, None, lane))
        placed[_key(text)] = lane
        lane_dy[i] = y - src.y
        bottom = y + height
        new_lanes += 1

    # participants named as authors: the board's own when the name matches, else new ones
    people = {_key(p.name): p.id for p in board.participants.values()}

    def author_id(name: str) -> str | None:
        name = name.strip()
        if not name:
            return None
        if _key(name) not in people:
            person = Participant(new_id(), check_text(name, MAX_LABEL_TEXT, Phrase("what.name")))
            puts.append(Put("participants", person.id, None, person))
            people[_key(name)] = person.id
        return people[_key(name)]

    ids: list[str] = []
    kinds: list[str] = []
    sticky_puts: list[Put] = []
    for s in imported.stickies:
        off_y = lane_dy.get(s.lane, dy) if s.lane is not None else dy
        sticky = _named(
            s.origin, new_sticky, s.kind, s.x + dx, s.y + off_y, text=s.text, now=now,
            author=_named(s.origin, author_id, s.author), color=s.color,
            width=_clamp(s.width, MIN_SIZE, MAX_SIZE), height=_clamp(s.height, MIN_SIZE, MAX_SIZE),
            pivotal=s.pivotal,
        )
        sticky_puts.append(Put("stickies", sticky.id, None, sticky))
        ids.append(sticky.id)
        kinds.append(sticky.kind)
        owner = _named(s.origin, check_text, s.owner, MAX_LABEL_TEXT, "An owner").strip()
        if owner:
            decision = Decision(sticky.id, owner=owner)
            sticky_puts.append(Put("decisions", sticky.id, None, decision))
    puts.extend(p for p in sticky_puts if p.collection == "stickies")
    puts.extend(p for p in sticky_puts if p.collection == "decisions")

    skipped = Counter(imported.skipped)
    seen: set[tuple[str, str, str]] = set()
    links = 0
    n = len(ids)
    for link in imported.links:
        if not (0 <= link.source < n and 0 <= link.target < n) or link.source == link.target:
            skipped["links not joining two stickies"] += 1
            continue
        allowed = allowed_link_kinds(kinds[link.source], kinds[link.target])
        kind = LinkKind(link.kind) if link.kind in {k.value for k in allowed} else allowed[0]
        key = (ids[link.source], ids[link.target], kind.value)
        if key in seen:
            continue
        seen.add(key)
        text = _named(link.origin, check_text, link.label, MAX_LABEL_TEXT,
                      Phrase("what.link_label"))
        record = Link(new_id(), key[0], key[1], kind, text.strip())
        puts.append(Put("links", record.id, None, record))
        links += 1

    return ImportResult(Edit(label, tuple(puts)), tuple(ids), new_lanes,
                        len(imported.lanes) - new_lanes, links, skipped)


def _named(origin: str, func, *args, **kwargs):  # type: ignore[no-untyped-def]
    """Call a validating function; a refusal names the element of the source file."""
    try:
        return func(*args, **kwargs)
    except DomainError as error:
        raise DomainError(code="app.error", origin=origin, error=error) from None


def imported_from_board(board: Board, fmt: str = "stormboard") -> Imported:
    """A whole board as an import (JSON into an existing board, round-trip tests)."""
    lanes = lane_order(board.lanes.values())
    lane_index = {ln.id: i for i, ln in enumerate(lanes)}
    members = lane_membership(board)
    names = {p.id: p.name for p in board.participants.values()}
    stickies = list(board.stickies.values())
    index = {s.id: i for i, s in enumerate(stickies)}
    out = Imported(fmt, board.info.title)
    out.lanes = [ImportedLane(ln.label, ln.y, ln.height, f"lanes[{i}]", ln.color)
                 for i, ln in enumerate(lanes)]
    for i, s in enumerate(stickies):
        lane = members.get(s.id)
        decision = board.decisions.get(s.id)
        out.stickies.append(ImportedSticky(
            s.kind, s.text, s.x, s.y, f"stickies[{i}]", s.width, s.height, s.color, s.pivotal,
            lane_index.get(lane) if lane else None, names.get(s.author or "", ""),
            decision.owner if decision else "",
        ))
    for i, link in enumerate(board.links.values()):
        out.links.append(ImportedLink(index[link.source_id], index[link.target_id],
                                      f"links[{i}]", link.kind.value, link.label))
    return out
