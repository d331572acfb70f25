"""The summary of a comparison between two pictures of a board: plain text (the terminal) and
Markdown (``stormboard diff ... -o diff.md``)."""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.diff import BoardDiff
from ..domain.entities import Sticky
from ..domain.notation import KINDS
from .atomic import atomic_output
from .report import md_escape

_COLUMNS = ("added", "removed", "moved", "changed")


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 60 else line[:59] + "…"


def _kind_rows(diff: BoardDiff) -> list[tuple[str, tuple[int, int, int, int]]]:
    rows = []
    for kind in KINDS:  # catalogue order, like `stormboard check`
        c = diff.by_kind.get(kind.id)
        if c is not None:
            rows.append((kind.name, (c.added, c.removed, c.moved, c.changed)))
    return rows


def totals(diff: BoardDiff) -> dict[str, int]:
    return {
        "added": len(diff.added),
        "removed": len(diff.removed),
        "moved": len(diff.moved),
        "changed": len(diff.changed),
        "new hotspots": len(diff.new_hotspots),
        "resolved hotspots": len(diff.resolved_hotspots),
    }


def render_text(diff: BoardDiff, source: str, target: str) -> str:
    t = totals(diff)
    lines = [
        f"From {source} to {target}:",
        f"  {t['added']} added, {t['removed']} removed, {t['moved']} moved, "
        f"{t['changed']} changed text",
    ]
    rows = _kind_rows(diff)
    if rows:
        width = max(len(name) for name, _ in rows)
        for name, (a, r, m, ch) in rows:
            lines.append(f"  {name:<{width}}  +{a} -{r} moved {m} changed {ch}")
    for label, stickies in (("New hotspots", diff.new_hotspots),
                            ("Resolved hotspots", diff.resolved_hotspots)):
        lines.append(f"{label}: {len(stickies)}")
        lines.extend(f"  - {_one_line(s.text) or '(empty)'}" for s in stickies)
    return "\n".join(lines)


def _md_list(stickies: tuple[Sticky, ...]) -> list[str]:
    return [f"- {md_escape(s.text)}" for s in stickies] or ["- none"]


def render_markdown(diff: BoardDiff, title: str, source: str, target: str) -> str:
    t = totals(diff)
    lines = [
        f"# {md_escape(title)}: what changed",
        "",
        f"From {md_escape(source)} to {md_escape(target)}.",
        "",
        "| | Added | Removed | Moved | Changed text |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, (a, r, m, ch) in _kind_rows(diff):
        lines.append(f"| {md_escape(name)} | {a} | {r} | {m} | {ch} |")
    lines.append(f"| **All** | {t['added']} | {t['removed']} | {t['moved']} | {t['changed']} |")
    lines += ["", f"## New hotspots ({t['new hotspots']})", "", *_md_list(diff.new_hotspots)]
    lines += ["", f"## Resolved hotspots ({t['resolved hotspots']})", "",
              *_md_list(diff.resolved_hotspots)]
    lines += ["", f"## Added ({t['added']})", "", *_md_list(diff.added)]
    lines += ["", f"## Removed ({t['removed']})", "", *_md_list(diff.removed)]
    lines += ["", f"## Changed text ({t['changed']})", ""]
    lines += [f"- {md_escape(a.text)} → {md_escape(b.text)}" for a, b in diff.changed] or [
        "- none"]
    return "\n".join(lines) + "\n"


def write_markdown(diff: BoardDiff, path: Path, title: str, source: str, target: str) -> None:
    text = render_markdown(diff, title, source, target)
    with atomic_output(Path(path)) as tmp:
        tmp.write_text(text, encoding="utf-8")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
