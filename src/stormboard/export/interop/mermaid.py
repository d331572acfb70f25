"""Mermaid text for wikis: the command -> event -> policy flow, or the timeline.

``flowchart``: every command, domain event and policy, linked as on the board, in reading
order, coloured per kind. ``timeline``: the domain events left to right, events standing in one
column (parallel lanes) on one line, one section per chapter when pivotal events split the wall.
Sticky text is escaped with Mermaid's entity codes (``#35;`` ...), so no text can break the
diagram or smuggle in markup.
"""

from __future__ import annotations

from pathlib import Path

from ...domain.board import Board
from ...domain.notation import KINDS_BY_ID
from ...domain.timeline import chapters, reading_order
from ..atomic import write_text

FLOW_KINDS = ("command", "domain_event", "policy")
STYLES = ("flowchart", "timeline")
_SHAPES = {"command": ('["', '"]'), "domain_event": ('["', '"]'), "policy": ('{{"', '"}}')}
_CODES = {"#": "#35;", '"': "#34;", "<": "#60;", ">": "#62;", "&": "#38;", "`": "#96;"}
_TIMELINE_CODES = _CODES | {":": "#58;", ";": "#59;"}


def escape(text: str, codes: dict[str, str] = _CODES) -> str:
    """Plain text as Mermaid label text: entity codes for syntax, line breaks as <br>."""
    out = "".join(codes.get(ch, ch) for ch in text.strip())
    lines = [" ".join(line.split()) for line in out.split("\n")]
    return "<br>".join(line for line in lines if line) or "…"


def flowchart(board: Board) -> str:
    stickies = reading_order(s for s in board.stickies.values() if s.kind in FLOW_KINDS)
    node = {s.id: f"n{i}" for i, s in enumerate(stickies, start=1)}
    lines = ["flowchart LR"]
    for kind_id in FLOW_KINDS:
        kind = KINDS_BY_ID[kind_id]
        lines.append(f"    classDef {kind_id} fill:{kind.color},stroke:#333,color:#000")
    for s in stickies:
        left, right = _SHAPES[s.kind]
        lines.append(f"    {node[s.id]}{left}{escape(s.text)}{right}:::{s.kind}")
    for link in board.links.values():
        a, b = node.get(link.source_id), node.get(link.target_id)
        if a and b:
            label = f'|"{escape(link.label)}"|' if link.label.strip() else ""
            lines.append(f"    {a} -->{label} {b}")
    return "\n".join(lines) + "\n"


def timeline(board: Board) -> str:
    title = " ".join(board.info.title.split()).replace("#", "#35;") or "Timeline"
    lines = ["timeline", f"    title {title}"]
    events = {s.id: s for s in board.stickies.values() if s.kind == "domain_event"}
    parts = chapters(board)
    sectioned = len(parts) > 1
    for chapter in parts:
        members = reading_order(events[i] for i in chapter.sticky_ids if i in events)
        if not members:
            continue
        if sectioned:
            lines.append(f"    section {escape(chapter.name, _TIMELINE_CODES)}")
        column: list = []
        for s in members:
            if column and s.x >= column[0].x + column[0].width:
                lines.append(_moment(column))
                column = []
            column.append(s)
        lines.append(_moment(column))
    return "\n".join(lines) + "\n"


def _moment(column: list) -> str:
    return "        " + " : ".join(escape(s.text, _TIMELINE_CODES) for s in column)


def write_mermaid(board: Board, path: Path, style: str = "flowchart") -> None:
    text = timeline(board) if style == "timeline" else flowchart(board)
    write_text(Path(path), text)
