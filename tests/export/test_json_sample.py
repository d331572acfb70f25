"""The committed sample board: valid, up to date with its script, and a believable Big Picture."""

from __future__ import annotations

import importlib.util
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from stormboard.domain.bidi import has_rtl
from stormboard.domain.board import Board
from stormboard.domain.workshop import PHASE_KEYS
from stormboard.export.json_format import board_to_json, dumps, read_json, read_json_with_slices

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources/samples/big-picture-bookshop.json"
SCRIPT = ROOT / "scripts/make_sample_board.py"
BIG_PICTURE = {"domain_event", "hotspot", "person", "external_system", "opportunity",
               "value_positive", "value_negative", "chapter", "note"}


@pytest.fixture(scope="module")
def board() -> Board:
    return read_json(SAMPLE)


def test_committed_file_is_what_the_script_writes(monkeypatch) -> None:
    spec = importlib.util.spec_from_file_location("make_sample_board", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_sample_board", module)  # dataclasses look it up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    built = module.build()
    module.check(built)
    # the slices come from replaying the workshop through the app's commands (ADR 0151)
    assert dumps(built, module.history(built)) == SAMPLE.read_text(encoding="utf-8")


def test_stickies_kinds_and_languages(board: Board) -> None:
    stickies = list(board.stickies.values())
    assert len(stickies) >= 80
    assert {s.kind for s in stickies} >= BIG_PICTURE
    assert {"command", "policy", "read_model"} <= {s.kind for s in stickies}
    persian = [s for s in stickies if has_rtl(s.text)]
    mixed = [s for s in persian if any("a" <= c.lower() <= "z" for c in s.text)]
    assert len(persian) - len(mixed) >= len(stickies) // 4  # about a third purely Persian
    assert len(mixed) >= 5
    assert any("\u200c" in s.text for s in stickies)  # ZWNJ where Persian spelling needs it


def test_layout_lanes_and_no_overlaps(board: Board) -> None:
    lanes = sorted(board.lanes.values(), key=lambda ln: ln.y)
    assert 4 <= len(lanes) <= 5
    for upper, lower in itertools.pairwise(lanes):
        assert upper.y + upper.height <= lower.y
    stickies = list(board.stickies.values())
    for s in stickies:
        assert sum(ln.y <= s.y and s.y + s.height <= ln.y + ln.height for ln in lanes) == 1
    for i, a in enumerate(stickies):
        for b in stickies[i + 1:]:
            assert (a.x + a.width <= b.x or b.x + b.width <= a.x or a.y + a.height <= b.y
                    or b.y + b.height <= a.y), (a.id, b.id)


def test_timeline_structure(board: Board) -> None:
    assert 3 <= len(board.milestones) <= 4
    pivots = sorted(s.x for s in board.stickies.values() if s.pivotal)
    assert len(pivots) == 4
    chapters = sorted(s.x for s in board.stickies.values() if s.kind == "chapter")
    # one chapter before the first pivotal event, one between each pair, one after the last
    bounds = [-1e9, *pivots, 1e9]
    per_chapter = [sum(lo < x < hi for x in chapters) for lo, hi in itertools.pairwise(bounds)]
    assert per_chapter == [1] * 5
    events = [s for s in board.stickies.values() if s.kind == "domain_event"]
    english = [s.text for s in events if not has_rtl(s.text)]
    # past tense: every English event has a participle ("Parcel packed", "Report sent")
    participles = ("ed", "sent", "paid", "found")
    assert all(any(w.endswith(participles) for w in t.split()) for t in english), english
    assert len(board.links) >= 10


def test_people_votes_and_decisions(board: Board) -> None:
    assert len(board.participants) == 5
    assert all(p.name and p.role and p.color for p in board.participants.values())
    w = board.workshop
    assert w.enabled and w.goal and w.scope and w.votes_revealed and w.vote_budget == 2
    assert tuple(p.key for p in w.plan) == PHASE_KEYS and w.current == 7
    assert {r.key for r in w.history} == set(PHASE_KEYS)
    assert all(r.ended_at is not None and r.ended_at > r.started_at for r in w.history)
    per_person = Counter(v.participant_id for v in board.votes.values())
    assert set(per_person) == set(board.participants)
    assert max(per_person.values()) <= w.vote_budget
    assert {board.stickies[v.sticky_id].kind for v in board.votes.values()} <= {
        "hotspot", "opportunity"}
    ranked = Counter(v.sticky_id for v in board.votes.values()).most_common()
    top_hotspots = [sid for sid, _ in ranked if board.stickies[sid].kind == "hotspot"][:2]
    for sid in top_hotspots:
        decision = board.decisions[sid]
        assert decision.owner and decision.next_step


def test_sample_json_is_plain_board_json() -> None:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    # version 2: it carries its time slices (docs/json-format.md)
    assert (data["format"], data["version"]) == ("stormboard", 2)
    board, slices = read_json_with_slices(SAMPLE)
    assert [name for name, _t, _b in slices] == ["after exploration", "after sorting"]
    assert data == board_to_json(board, slices)
