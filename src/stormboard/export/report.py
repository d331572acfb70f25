"""The workshop report as Markdown, and the ranked problem list as CSV.

Both are UTF-8. The CSV starts with a byte-order mark: without it Excel reads a UTF-8 CSV as the
local ANSI code page and Persian turns into mojibake, while LibreOffice, pandas
(``encoding="utf-8-sig"``) and Python's csv module all accept it (docs/adr/0071). Cells that
begin with ``= + - @`` get a leading apostrophe so a spreadsheet shows them as text instead of
running them as formulas (CSV injection).
"""

from __future__ import annotations

import csv
import re
import time
from collections.abc import Sequence
from pathlib import Path

from ..app.wrapup import WrapUp, build_wrapup
from ..domain.board import Board
from ..domain.notation import KINDS_BY_ID
from ..domain.voting import Ranked
from .atomic import atomic_output

CSV_COLUMNS = ("position", "rank", "votes", "kind", "text", "owner", "next_step", "sticky_id")

_MD_SPECIAL = set("\\`*_[]|~")
_MD_LINE_START = set("#+-=")
_ORDERED_ITEM = re.compile(r"^(\d+)([.)])")


# -- Markdown -------------------------------------------------------------------------------
def md_escape(text: str) -> str:
    """Sticky text is plain text: show it literally. Inline Markdown punctuation gets a
    backslash (and so does what would start a heading, list or rule), HTML is neutralised as
    entities, line breaks become <br> (valid in tables and paragraphs)."""
    out = []
    for ch in text:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch in _MD_SPECIAL:
            out.append("\\" + ch)
        else:
            out.append(ch)
    lines = []
    for line in "".join(out).replace("\t", " ").split("\n"):
        line = line.strip()
        if line[:1] in _MD_LINE_START:
            line = "\\" + line
        line = _ORDERED_ITEM.sub(r"\1\\\2", line)
        lines.append(line)
    return "<br>".join(lines).strip() or "—"


def _clock(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _kind_name(kind_id: str) -> str:
    kind = KINDS_BY_ID.get(kind_id)
    return kind.name if kind else kind_id


def _participants_md(w: WrapUp) -> list[str]:
    lines = ["## Participants", ""]
    if w.participants:
        for p in w.participants:
            role = f" — {md_escape(p.role)}" if p.role else ""
            lines.append(f"- {md_escape(p.name)}{role}")
    else:
        lines.append("No participants were listed.")
    return [*lines, ""]


def _phases_md(w: WrapUp) -> list[str]:
    if not w.phases:
        return []
    lines = ["## Phases", "", "| Phase | Planned | Used | Visits |", "|---|---:|---:|---:|"]
    for ph in w.phases:
        used = _clock(ph.used_seconds) if ph.visits else "not run"
        lines.append(
            f"| {md_escape(ph.title)} | {ph.planned_minutes:g} min | {used} | {ph.visits} |"
        )
    return [*lines, ""]


def _contents_md(w: WrapUp) -> list[str]:
    lines = ["## Board contents", ""]
    if w.counts_by_kind:
        lines += ["| Kind | Count |", "|---|---:|"]
        lines += [f"| {_kind_name(k)} | {n} |" for k, n in w.counts_by_kind]
    else:
        lines.append("The board is empty.")
    return [*lines, ""]


def _ranked_md(w: WrapUp) -> list[str]:
    lines = ["## Hotspots and opportunities", ""]
    if not w.votes_revealed and w.ranked:
        lines += ["Votes have not been revealed; the list is in board order.", ""]
    if not w.ranked:
        return [*lines, "No hotspots or opportunities were raised.", ""]
    lines += ["| # | Votes | Kind | Text | Owner | Next step |", "|---:|---:|---|---|---|---|"]
    for r in w.ranked:
        d = r.decision
        owner = md_escape(d.owner) if d and d.owner else "—"
        step = md_escape(d.next_step) if d and d.next_step else "—"
        # hidden votes make every rank 1: number by board order instead
        number, votes = (r.rank, str(r.votes)) if w.votes_revealed else (r.position, "—")
        lines.append(
            f"| {number} | {votes} | {_kind_name(r.sticky.kind)} | "
            f"{md_escape(r.sticky.text)} | {owner} | {step} |"
        )
    return [*lines, ""]


def _timeline_md(w: WrapUp) -> list[str]:
    """Pivotal events, then the chapters they cut the timeline into."""
    lines = ["## Pivotal events", ""]
    if w.pivotal_events:
        lines += [f"{i}. {md_escape(s.text)}" for i, s in enumerate(w.pivotal_events, start=1)]
    else:
        lines.append("No event was marked pivotal.")
    lines += ["", "## Chapters", ""]
    if not w.pivotal_events:
        lines += ["No chapters: mark pivotal events to split the timeline.", ""]
    for ch in w.chapters:
        if not ch.events and ch.pivotal is None:
            continue  # an empty stretch left of the first pivotal event says nothing
        lines.append(f"### {md_escape(ch.name)}")
        lines.append("")
        lines += [f"- {md_escape(s.text)}" for s in ch.events] or ["No events."]
        lines.append("")
    return lines


def _lanes_and_glossary_md(w: WrapUp) -> list[str]:
    lines: list[str] = []
    if w.lanes:
        lines += ["## Swimlanes", "", "| Lane | Events | Stickies |", "|---|---:|---:|"]
        lines += [f"| {md_escape(ln.label)} | {ln.events} | {ln.stickies} |" for ln in w.lanes]
        lines.append("")
    glossary = w.glossary
    if glossary:
        lines += ["## Event glossary", ""]
        lines += [f"- {md_escape(t)}" for t in glossary]
        lines.append("")
    return lines


def render_markdown(wrapup: WrapUp) -> str:
    w = wrapup
    lines: list[str] = [f"# {md_escape(w.title)}", "", "Event Storming workshop report.", ""]
    lines += [f"**Goal:** {md_escape(w.goal)}", "", f"**Scope:** {md_escape(w.scope)}", ""]
    for section in (_participants_md, _phases_md, _contents_md, _ranked_md, _timeline_md,
                    _lanes_and_glossary_md):
        lines += section(w)
    return "\n".join(lines)


def write_markdown(source: WrapUp | Board, path: Path, now: float | None = None) -> None:
    """Write the report for a wrap-up summary or a whole board (summarised at ``now``)."""
    wrapup = source if isinstance(source, WrapUp) else build_wrapup(
        source, time.time() if now is None else now
    )
    text = render_markdown(wrapup)
    with atomic_output(Path(path)) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="\n")


# -- CSV ------------------------------------------------------------------------------------
def csv_safe(text: str) -> str:
    """Keep a spreadsheet from treating a cell as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_rows(ranked: Sequence[Ranked]) -> list[list[str]]:
    rows = [list(CSV_COLUMNS)]
    for r in ranked:
        d = r.decision
        rows.append([
            str(r.position),
            str(r.rank),
            str(r.votes),
            r.sticky.kind,
            csv_safe(r.sticky.text),
            csv_safe(d.owner if d else ""),
            csv_safe(d.next_step if d else ""),
            r.sticky.id,
        ])
    return rows


def write_csv(ranked: Sequence[Ranked], path: Path) -> None:
    """The ranked hotspots and opportunities, one row each, UTF-8 with a BOM for Excel."""
    rows = csv_rows(ranked)
    with atomic_output(Path(path)) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
