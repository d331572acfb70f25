"""Docs and ADRs name only paths inside the repository: a reader of a clone can follow each."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# an absolute path into the machine, or a step out of the repository
OUTSIDE = re.compile(r"(?<![\w.])(/work/|/root/|/home/|\.\./shared|\.\./\.\.)")


def test_docs_name_no_path_outside_the_repository() -> None:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    found = [
        f"{page.relative_to(ROOT)}:{n}: {line.strip()}"
        for page in pages
        for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert found == []


def test_every_path_the_architecture_page_names_exists() -> None:
    """docs/architecture.md says where things go; each place it names must be there."""
    text = (ROOT / "docs/architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\b((?:src|tests|docs)/[\w./-]+\w)", text))
    assert named, "the page names no paths"
    assert sorted(p for p in named if not (ROOT / p).exists()) == []
