"""Use cases that structure the timeline: lanes, milestones, links and merging duplicates.

Each builder reads the board, validates, and returns one ``Edit`` (one undo step) made of
``Put`` ops; nothing changes until a ``BoardSession`` executes it. Arguments are plain ids and
floats so a canvas tool can call them straight from scene coordinates.

Lane geometry rules (ADR 0060): lanes behave like rows of a spreadsheet. Adding a lane into
occupied space, growing or shrinking a lane, or moving a lane shifts what lies below (lanes and
the stickies whose centre is below) so nothing changes lane by accident; deleting a lane leaves
its stickies and every other lane where they are.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from itertools import pairwise

from ..domain import notation
from ..domain.board import Board, Put
from ..domain.duplicates import DuplicateGroup
from ..domain.entities import Lane, Link, LinkKind, Milestone, Sticky, new_id
from ..domain.errors import DomainError
from ..domain.rules import MAX_COORD
from ..domain.text import MAX_LABEL_TEXT, check_text
from ..domain.timeline import LaneIndex, lane_membership, lane_order
from ..error_codes import Phrase, Term
from .edit import Edit

MIN_LANE_HEIGHT = 40.0
MAX_LANE_HEIGHT = 100_000.0
DEFAULT_LANE_COLOR = "#ECEFF1"


# -- validation helpers ----------------------------------------------------------------------
def _coord(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or abs(value) > MAX_COORD:
        raise DomainError(code="app.finite_number_within", what=what, max_coord=MAX_COORD)
    return float(value)


def _lane_height(value: float) -> float:
    value = _coord(value, Phrase("what.lane_height"))
    if not MIN_LANE_HEIGHT <= value <= MAX_LANE_HEIGHT:
        raise DomainError(
            code="app.lane_s_height_between", min_lane_height=MIN_LANE_HEIGHT,
            max_lane_height=MAX_LANE_HEIGHT
        )
    return value


def _label(text: str, what: str) -> str:
    return check_text(text, MAX_LABEL_TEXT, what).strip()


def _color(color: str) -> str:
    if not isinstance(color, str) or not notation.is_valid_color(color):
        raise DomainError(code="app.colour_form_rrggbb", color=color)
    return color.upper()


def _lane(board: Board, lane_id: str) -> Lane:
    try:
        return board.lanes[lane_id]
    except KeyError:
        raise DomainError(code="app.lane_board", lane_id=lane_id) from None


def _milestone(board: Board, milestone_id: str) -> Milestone:
    try:
        return board.milestones[milestone_id]
    except KeyError:
        raise DomainError(code="app.milestone_board", milestone_id=milestone_id) from None


def _sticky(board: Board, sticky_id: str) -> Sticky:
    try:
        return board.stickies[sticky_id]
    except KeyError:
        raise DomainError(code="domain.sticky_board", sticky_id=sticky_id) from None


def _link(board: Board, link_id: str) -> Link:
    try:
        return board.links[link_id]
    except KeyError:
        raise DomainError(code="app.link_board", link_id=link_id) from None


def _shift_below(
    board: Board, line: float, dy: float, skip_lanes: Iterable[str] = (),
    skip_stickies: Iterable[str] = (),
) -> list[Put]:
    """Move every lane whose top and every sticky whose centre is at or below ``line``."""
    if dy == 0:
        return []
    skip_l, skip_s = set(skip_lanes), set(skip_stickies)
    puts: list[Put] = []
    for lane in lane_order(board.lanes.values()):
        if lane.id not in skip_l and lane.y >= line:
            puts.append(Put("lanes", lane.id, lane, dataclasses.replace(lane, y=lane.y + dy)))
    for s in board.stickies.values():
        if s.id not in skip_s and s.y + s.height / 2 >= line:
            puts.append(Put("stickies", s.id, s, dataclasses.replace(s, y=_coord(s.y + dy, "y"))))
    return puts


# -- lanes ------------------------------------------------------------------------------------
def add_lane(
    board: Board, label: str, y: float, height: float, color: str = DEFAULT_LANE_COLOR,
    *, lane_id: str | None = None, push: bool = True,
) -> Edit:
    """A new lane with its top at ``y``.

    If lanes already occupy the band, those at or below ``y`` (and everything under them) are
    pushed down just enough to make room; with ``push=False`` that is refused instead. A lane
    cannot be dropped into the middle of another one (it would cut its stickies in two).
    """
    lane = Lane(
        id=lane_id or new_id(), label=_label(label, Phrase("what.lane_label")),
        y=_coord(y, Phrase("what.lane_top")), height=_lane_height(height), color=_color(color),
    )
    if lane.id in board.lanes:
        raise DomainError(code="app.lane_id_already_exists", id=lane.id)
    for other in board.lanes.values():
        if other.y < lane.y < other.y + other.height:
            raise DomainError(
                code="app.new_lane_would_split", label=other.label
            )
    below = [o for o in board.lanes.values() if o.y >= lane.y]
    first_top = min((o.y for o in below), default=math.inf)
    shift = lane.y + lane.height - first_top
    puts: list[Put] = []
    if shift > 0:
        if not push:
            raise DomainError(code="app.new_lane_overlaps_another")
        puts = _shift_below(board, first_top, shift)
    puts.append(Put("lanes", lane.id, None, lane))
    return Edit("Add lane", tuple(puts))


def rename_lane(board: Board, lane_id: str, label: str) -> Edit:
    before = _lane(board, lane_id)
    after = dataclasses.replace(before, label=_label(label, Phrase("what.lane_label")))
    return _single("Rename lane", "lanes", before, after, merge_key=f"lane-label:{lane_id}")


def recolor_lane(board: Board, lane_id: str, color: str) -> Edit:
    before = _lane(board, lane_id)
    return _single("Change lane colour", "lanes", before,
                   dataclasses.replace(before, color=_color(color)))


def set_lane_collapsed(board: Board, lane_id: str, collapsed: bool) -> Edit:
    """Collapse or expand a lane. Geometry is unchanged: the canvas draws a collapsed lane as a
    thin band and hides its stickies (see ``timeline.hidden_by_collapsed_lanes``)."""
    before = _lane(board, lane_id)
    label = "Collapse lane" if collapsed else "Expand lane"
    return _single(label, "lanes", before, dataclasses.replace(before, collapsed=bool(collapsed)))


def resize_lane(board: Board, lane_id: str, height: float) -> Edit:
    """Change a lane's height, keeping its top.

    Everything below the old bottom edge moves by the change, so lower lanes keep their
    stickies. When shrinking, stickies of this lane whose centre would fall outside are moved
    up just enough to stay in the lane. Steps of one drag merge into one undo step.
    """
    lane = _lane(board, lane_id)
    height = _lane_height(height)
    dy = height - lane.height
    if dy == 0:
        return Edit("Resize lane", ())
    old_bottom = lane.y + lane.height
    new_bottom = lane.y + height
    members = [sid for sid, lid in lane_membership(board).items() if lid == lane_id]
    puts = _shift_below(board, old_bottom, dy, skip_lanes={lane_id}, skip_stickies=members)
    for sid in members:
        s = board.stickies[sid]
        if s.y + s.height / 2 < new_bottom:
            continue
        y = new_bottom - s.height if s.height <= height else lane.y + (height - s.height) / 2
        puts.append(Put("stickies", sid, s, dataclasses.replace(s, y=y)))
    puts.append(Put("lanes", lane_id, lane, dataclasses.replace(lane, height=height)))
    return Edit("Resize lane", tuple(puts), merge_key=f"lane-resize:{lane_id}")


def move_lane(board: Board, lane_id: str, new_index: int) -> Edit:
    """Reorder: the lane takes position ``new_index`` (0 = top) in the lane order.

    The lanes it passes shift to make room and every lane carries its stickies along. The
    vertical gaps between lanes stay where they were, so lanes outside the affected range do
    not move at all.
    """
    order = lane_order(board.lanes.values())
    old_index = next((i for i, lane in enumerate(order) if lane.id == lane_id), None)
    if old_index is None:
        raise DomainError(code="app.lane_board", lane_id=lane_id)
    if not isinstance(new_index, int) or not 0 <= new_index < len(order):
        raise DomainError(code="app.lane_position_between", value=len(order) - 1)
    if new_index == old_index:
        return Edit("Move lane", ())
    lo, hi = min(old_index, new_index), max(old_index, new_index)
    block = order[lo:hi + 1]
    gaps = [b.y - (a.y + a.height) for a, b in pairwise(block)]
    moved = order[old_index]
    rest = [lane for lane in block if lane.id != lane_id]
    new_block = [moved, *rest] if new_index < old_index else [*rest, moved]
    # Stickies follow the lane they belonged to before the move.
    members = lane_membership(board)
    dys: dict[str, float] = {}
    y = block[0].y
    for i, lane in enumerate(new_block):
        dys[lane.id] = y - lane.y
        y += lane.height + (gaps[i] if i < len(gaps) else 0.0)
    puts: list[Put] = []
    for sid, lid in members.items():
        dy = dys.get(lid) if lid is not None else None
        if dy:
            s = board.stickies[sid]
            puts.append(Put("stickies", sid, s, dataclasses.replace(s, y=s.y + dy)))
    for lane in new_block:
        if dys[lane.id]:
            puts.append(Put("lanes", lane.id, lane,
                            dataclasses.replace(lane, y=lane.y + dys[lane.id])))
    return Edit("Move lane", tuple(puts))


def delete_lane(board: Board, lane_id: str) -> Edit:
    """Remove the band only: its stickies stay where they are, now outside any lane."""
    lane = _lane(board, lane_id)
    return Edit("Delete lane", (Put("lanes", lane_id, lane, None),))


def lane_at_point(board: Board, y: float) -> str | None:
    """The id of the lane under a scene y coordinate (for drop targets), or None."""
    lane = LaneIndex(board.lanes.values()).lane_at(y)
    return lane.id if lane is not None else None


# -- milestones -------------------------------------------------------------------------------
def add_milestone(
    board: Board, label: str, x: float, color: str = notation.MILESTONE_COLOR,
    *, milestone_id: str | None = None,
) -> Edit:
    m = Milestone(
        id=milestone_id or new_id(), label=_label(label, Phrase("what.milestone_label")),
        x=_coord(x, Phrase("what.milestone_position")), color=_color(color),
    )
    if m.id in board.milestones:
        raise DomainError(code="app.milestone_id_already_exists", id=m.id)
    return Edit("Add milestone", (Put("milestones", m.id, None, m),))


def move_milestone(board: Board, milestone_id: str, x: float) -> Edit:
    """Drag steps of one milestone merge into one undo step."""
    before = _milestone(board, milestone_id)
    after = dataclasses.replace(before, x=_coord(x, Phrase("what.milestone_position")))
    return _single("Move milestone", "milestones", before, after,
                   merge_key=f"milestone-move:{milestone_id}")


def rename_milestone(board: Board, milestone_id: str, label: str) -> Edit:
    before = _milestone(board, milestone_id)
    after = dataclasses.replace(before, label=_label(label, Phrase("what.milestone_label")))
    return _single("Rename milestone", "milestones", before, after,
                   merge_key=f"milestone-label:{milestone_id}")


def recolor_milestone(board: Board, milestone_id: str, color: str) -> Edit:
    before = _milestone(board, milestone_id)
    return _single("Change milestone colour", "milestones", before,
                   dataclasses.replace(before, color=_color(color)))


def delete_milestone(board: Board, milestone_id: str) -> Edit:
    m = _milestone(board, milestone_id)
    return Edit("Delete milestone", (Put("milestones", milestone_id, m, None),))


# -- links ------------------------------------------------------------------------------------
#: (source kind, target kind) pairs each directed link kind allows; relates_to allows any pair
LINK_RULES: dict[LinkKind, frozenset[tuple[str, str]]] = {
    LinkKind.LEADS_TO: frozenset({("domain_event", "domain_event")}),
    LinkKind.TRIGGERS: frozenset({("command", "domain_event"), ("policy", "command")}),
}


def allowed_link_kinds(source_kind: str, target_kind: str) -> list[LinkKind]:
    """Link kinds a connector tool may offer between two stickies, most specific first."""
    out = [k for k, pairs in LINK_RULES.items() if (source_kind, target_kind) in pairs]
    out.append(LinkKind.RELATES_TO)
    return out


def _check_link(board: Board, source_id: str, target_id: str, kind: LinkKind,
                ignore: str | None = None) -> None:
    src, dst = _sticky(board, source_id), _sticky(board, target_id)
    if source_id == target_id:
        raise DomainError(code="app.sticky_cannot_linked_itself")
    if kind not in allowed_link_kinds(src.kind, dst.kind):
        src_name, dst_name = notation.kind(src.kind).name, notation.kind(dst.kind).name
        raise DomainError(code="app.link_cannot_go", link=Phrase(f"app.link_{kind.value}"),
                          source=Term(src_name.lower(), "Kinds", src_name),
                          target=Term(dst_name.lower(), "Kinds", dst_name))
    for link in board.links.values():
        if link.id != ignore and (link.source_id, link.target_id, link.kind) == (
                source_id, target_id, kind):
            raise DomainError(code="app.these_stickies_already_linked")


def _link_kind(kind: LinkKind | str) -> LinkKind:
    try:
        return LinkKind(kind)
    except ValueError:
        raise DomainError(code="app.unknown_link_kind", kind=kind) from None


def add_link(
    board: Board, source_id: str, target_id: str, kind: LinkKind | str = LinkKind.RELATES_TO,
    label: str = "", *, link_id: str | None = None,
) -> Edit:
    kind = _link_kind(kind)
    _check_link(board, source_id, target_id, kind)
    link = Link(link_id or new_id(), source_id, target_id, kind,
                _label(label, Phrase("what.link_label")))
    if link.id in board.links:
        raise DomainError(code="app.link_id_already_exists", id=link.id)
    return Edit("Add link", (Put("links", link.id, None, link),))


def relabel_link(board: Board, link_id: str, label: str) -> Edit:
    before = _link(board, link_id)
    after = dataclasses.replace(before, label=_label(label, Phrase("what.link_label")))
    return _single("Rename link", "links", before, after, merge_key=f"link-label:{link_id}")


def set_link_kind(board: Board, link_id: str, kind: LinkKind | str) -> Edit:
    before = _link(board, link_id)
    kind = _link_kind(kind)
    _check_link(board, before.source_id, before.target_id, kind, ignore=link_id)
    return _single("Change link kind", "links", before, dataclasses.replace(before, kind=kind))


def delete_link(board: Board, link_id: str) -> Edit:
    link = _link(board, link_id)
    return Edit("Delete link", (Put("links", link_id, link, None),))


# -- duplicates -------------------------------------------------------------------------------
def merge_duplicates(
    board: Board, group: DuplicateGroup | Iterable[str], keep_id: str, now: float = 0.0
) -> Edit:
    """Keep one sticky of a duplicate group and fold the others into it (ADR 0062).

    The others are removed; their links are moved onto the kept sticky (dropping links that
    would become self-links or repeat an existing link), their votes too (all of them: votes
    stack, and each was paid from a budget), their authors are kept in ``co_authors``, a
    decision is kept if the kept sticky has none, and the kept event becomes pivotal if any
    merged one was.
    """
    ids = list(dict.fromkeys(group.ids if isinstance(group, DuplicateGroup) else group))
    if keep_id not in ids:
        raise DomainError(code="app.sticky_keep_one_group")
    keep = _sticky(board, keep_id)
    others = [_sticky(board, sid) for sid in ids if sid != keep_id]
    if any(s.kind != keep.kind for s in others):
        # Links are valid for the kinds they join; a merge must not change those kinds.
        raise DomainError(code="app.stickies_one_kind_merged")
    if not others:
        return Edit("Merge duplicates", ())
    gone = {s.id for s in others}
    puts = [
        *_merged_links(board, gone, keep_id),
        *_merged_votes(board, gone, keep_id),
        *_merged_decisions(board, others, keep_id),
    ]
    authors = list(keep.co_authors)
    seen = {keep.author, *authors}
    for s in others:
        for a in (s.author, *s.co_authors):
            if a and a not in seen:
                seen.add(a)
                authors.append(a)
    pivotal = keep.pivotal or (keep.kind == "domain_event" and any(s.pivotal for s in others))
    after = dataclasses.replace(keep, co_authors=tuple(authors), pivotal=pivotal, updated_at=now)
    if after != dataclasses.replace(keep, updated_at=now):
        puts.append(Put("stickies", keep_id, keep, after))
    for s in others:
        puts.append(Put("stickies", s.id, s, None))
    n = len(others) + 1
    return Edit(f"Merge {n} duplicates", tuple(puts))


def _merged_links(board: Board, gone: set[str], keep_id: str) -> list[Put]:
    """Links of merged stickies redirected to the kept one; self-links and repeats dropped."""
    puts: list[Put] = []
    existing = {
        (link.source_id, link.target_id, link.kind)
        for link in board.links.values()
        if link.source_id not in gone and link.target_id not in gone
    }
    for link in sorted(board.links.values(), key=lambda lk: lk.id):
        if link.source_id not in gone and link.target_id not in gone:
            continue
        src = keep_id if link.source_id in gone else link.source_id
        dst = keep_id if link.target_id in gone else link.target_id
        triple = (src, dst, link.kind)
        if src == dst or triple in existing:
            puts.append(Put("links", link.id, link, None))
        else:
            existing.add(triple)
            puts.append(Put("links", link.id, link,
                            dataclasses.replace(link, source_id=src, target_id=dst)))
    return puts


def _merged_votes(board: Board, gone: set[str], keep_id: str) -> list[Put]:
    # Votes all move to the kept sticky: voting lets a participant stack votes on one sticky
    # (domain/voting.py), and each was paid from their budget, so none may vanish.
    return [
        Put("votes", vote.id, vote, dataclasses.replace(vote, sticky_id=keep_id))
        for vote in sorted(board.votes.values(), key=lambda v: (v.created_at, v.id))
        if vote.sticky_id in gone
    ]


def _merged_decisions(board: Board, others: list[Sticky], keep_id: str) -> list[Put]:
    # Decisions are keyed by sticky id: keep the first one found if the kept sticky has none.
    puts: list[Put] = []
    moved_decision = keep_id in board.decisions
    for s in others:
        decision = board.decisions.get(s.id)
        if decision is None:
            continue
        puts.append(Put("decisions", s.id, decision, None))
        if not moved_decision:
            moved_decision = True
            puts.append(Put("decisions", keep_id, None, dataclasses.replace(decision, id=keep_id)))
    return puts


# -- helpers ----------------------------------------------------------------------------------
def _single(label: str, collection: str, before: object, after: object,
            merge_key: str | None = None) -> Edit:
    if after == before:
        return Edit(label, (), merge_key)
    return Edit(label, (Put(collection, after.id, before, after),), merge_key)  # type: ignore[attr-defined,arg-type]
