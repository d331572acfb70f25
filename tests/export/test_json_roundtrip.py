"""Export then import gives back the same board, exactly, through dicts and through files."""

from __future__ import annotations

import dataclasses
import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stormboard.domain.board import Board
from stormboard.domain.entities import (
    COLLECTIONS,
    BoardInfo,
    Decision,
    Lane,
    Link,
    LinkKind,
    Milestone,
    Participant,
    PhasePlan,
    PhaseRun,
    Sticky,
    Vote,
    Workshop,
)
from stormboard.domain.notation import KINDS
from stormboard.export import json_validate
from stormboard.export.json_format import (
    board_from_json,
    board_to_json,
    dumps,
    read_json,
    write_json,
)

PERSIAN = "سفارش ثبت شد کتاب\u200cها می\u200cشود پرداخت تأیید شد ۱۲۳"
EMOJI = "📦🚚💳🙂👩\u200d💻"
# control characters, bidi marks, ZWNJ/ZWJ, combining marks, astral planes
AWKWARD = "\x00\x01\x07\x1b\x7f\x85\t\n\r\u200c\u200d\u200e\u200f\u202b\u2066\u0301\ufeff\U0001f600"

text = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(PERSIAN + EMOJI + AWKWARD)),
    max_size=40,
)
ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_ابپ", min_size=1, max_size=12)
floats = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6)
sizes = st.floats(min_value=20.0, max_value=5000.0)
times = st.floats(min_value=0.0, max_value=4e9)
colors = st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)


@st.composite
def boards(draw: st.DrawFn) -> Board:
    participants = draw(st.lists(
        st.builds(Participant, id=ids, name=text, role=text, color=colors),
        max_size=4, unique_by=lambda p: p.id,
    ))
    pids = [p.id for p in participants]
    author = st.none() | st.sampled_from(pids) if pids else st.none()
    stickies = draw(st.lists(
        st.builds(
            Sticky, id=ids, kind=st.sampled_from([k.id for k in KINDS]), x=floats, y=floats,
            width=sizes, height=sizes, text=text, color=st.none() | colors, author=author,
            created_at=times, updated_at=times,
            co_authors=st.lists(ids, max_size=2).map(tuple),
        ),
        min_size=1, max_size=len(KINDS) + 6, unique_by=lambda s: s.id,
    ))
    # every kind at least once when the list is long enough, and pivotal only on events
    fixed = []
    for i, s in enumerate(stickies):
        kind = KINDS[i].id if i < len(KINDS) else s.kind
        fixed.append(Sticky(**{**_fields(s), "kind": kind,
                               "pivotal": kind == "domain_event" and draw(st.booleans())}))
    sids = [s.id for s in fixed]
    sticky_id = st.sampled_from(sids)
    links = draw(st.lists(
        st.builds(Link, id=ids, source_id=sticky_id, target_id=sticky_id,
                  kind=st.sampled_from(list(LinkKind)), label=text),
        max_size=5, unique_by=lambda x: x.id,
    ))
    votes = draw(st.lists(
        st.builds(Vote, id=ids, participant_id=ids, sticky_id=sticky_id, created_at=times),
        max_size=5, unique_by=lambda x: x.id,
    ))
    decisions = draw(st.lists(
        st.builds(Decision, id=sticky_id, owner=text, next_step=text),
        max_size=3, unique_by=lambda x: x.id,
    ))
    lanes = draw(st.lists(
        st.builds(Lane, id=ids, label=text, y=floats, height=st.floats(1, 1e5), color=colors,
                  collapsed=st.booleans()),
        max_size=3, unique_by=lambda x: x.id,
    ))
    milestones = draw(st.lists(
        st.builds(Milestone, id=ids, label=text, x=floats, color=colors),
        max_size=3, unique_by=lambda x: x.id,
    ))
    plan = draw(st.lists(
        st.builds(PhasePlan, key=ids, title=text, minutes=st.floats(0, 600), instruction=text,
                  checklist=st.lists(text, max_size=3).map(tuple),
                  kinds=st.lists(st.sampled_from([k.id for k in KINDS] + ["pivotal"]),
                                 max_size=3).map(tuple)),
        max_size=8,
    ))
    history = draw(st.lists(
        st.builds(PhaseRun, key=ids, started_at=times, ended_at=st.none() | times,
                  paused_seconds=st.floats(0, 1e4)),
        max_size=4,
    ))
    workshop = Workshop(
        enabled=draw(st.booleans()), goal=draw(text), scope=draw(text), plan=tuple(plan),
        current=draw(st.integers(0, max(len(plan) - 1, 0))), history=tuple(history),
        timer_started_at=draw(st.none() | times), timer_elapsed=draw(st.floats(0, 1e5)),
        timer_extra=draw(st.floats(-1e4, 1e4)), vote_budget=draw(st.integers(0, 10)),
        votes_revealed=draw(st.booleans()), active_participant=draw(author),
    )
    info = BoardInfo(
        title=draw(text), created_at=draw(times), description=draw(text),
        legend=draw(st.dictionaries(st.sampled_from([k.id for k in KINDS]), colors, max_size=3)),
        show_chapters=draw(st.booleans()), show_tense_hints=draw(st.booleans()),
    )
    board = Board(info, workshop)
    for name, records in (("participants", participants), ("lanes", lanes),
                          ("milestones", milestones), ("stickies", fixed), ("links", links),
                          ("votes", votes), ("decisions", decisions)):
        board.load(name, records)
    return board


def _fields(record: object) -> dict:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}  # type: ignore[attr-defined]


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(boards())
def test_dict_round_trip_is_exact(board: Board) -> None:
    assert board_from_json(board_to_json(board)) == board


@FAST
@given(boards())
def test_text_round_trip_is_exact_through_json_text(board: Board) -> None:
    data = json.loads(dumps(board))
    again = board_from_json(data)
    assert again == board
    for sid, s in board.stickies.items():  # == on floats: also the exact bits
        t = again.stickies[sid]
        assert (s.text, s.x.hex(), s.width.hex()) == (t.text, t.x.hex(), t.width.hex())


def test_file_round_trip_keeps_persian_emoji_zwnj_and_awkward_floats(tmp_path) -> None:
    board = Board(BoardInfo(title="کتاب\u200cفروشی ورق 📚", created_at=1741325400.123456789))
    texts = [PERSIAN, EMOJI, "a\u200cb\u200d\u200fc", "line\nbreak\ttab", "x" * 2000]
    board.load("stickies", [
        Sticky(f"s{i}", "domain_event", x=0.1 + 0.2 * i, y=-1e-300 * i, width=160.0,
               height=1 / 3 + 20, text=t)
        for i, t in enumerate(texts)
    ])
    path = tmp_path / "b.json"
    write_json(board, path)
    assert read_json(path) == board
    raw = path.read_bytes().decode("utf-8")
    assert "\u200c" in raw and "کتاب" in raw  # written as UTF-8 text, not \\u escapes
    assert not list(tmp_path.glob(".*.part"))  # the atomic temp file is gone


def test_write_refuses_non_finite_numbers(tmp_path) -> None:
    board = Board()
    board.load("stickies", [Sticky("a", "note", math.inf, 0, 120, 120)])
    path = tmp_path / "b.json"
    try:
        write_json(board, path)
    except ValueError as error:
        assert "not finite" in str(error)
    else:
        raise AssertionError("a non-finite number was written")
    assert not path.exists()


def test_schema_describes_every_field_of_every_record() -> None:
    """A field added to a record must be added to the schema (and so to the importer)."""
    defs = json_validate.schema()["$defs"]
    names = {"info": "board", "workshop": "workshop", "participants": "participant",
             "lanes": "lane", "milestones": "milestone", "stickies": "sticky", "links": "link",
             "votes": "vote", "decisions": "decision"}
    for collection, cls in COLLECTIONS.items():
        fields = {f.name for f in dataclasses.fields(cls)}
        if collection in ("info", "workshop"):
            fields.discard("id")
        assert set(defs[names[collection]]["properties"]) == fields, collection


def test_schema_kind_list_matches_the_notation() -> None:
    from stormboard.domain.notation import KINDS
    from stormboard.domain.workshop import FEATURES

    defs = json_validate.schema()["$defs"]
    assert defs["kind"]["enum"] == [k.id for k in KINDS]
    assert defs["unlockable"]["anyOf"][1]["enum"] == list(FEATURES)


def test_optional_fields_take_their_defaults() -> None:
    board = board_from_json({
        "format": "stormboard", "version": 1, "board": {"title": "Minimal"},
        "stickies": [{"id": "e1", "kind": "hotspot", "x": 10, "y": 20}],
    })
    s = board.stickies["e1"]
    assert (s.width, s.height, s.text, s.pivotal) == (184.0, 184.0, "", False)
    assert isinstance(s.x, float) and board.info.title == "Minimal"


def test_written_file_gets_ordinary_permissions(tmp_path) -> None:
    import os
    import stat

    umask = os.umask(0o022)
    try:
        write_json(Board(), tmp_path / "b.json")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "b.json").stat().st_mode) == 0o644


@FAST
@given(boards())
def test_export_import_export_gives_the_same_bytes(board: Board) -> None:
    text = dumps(board)
    assert dumps(board_from_json(json.loads(text))) == text


def test_ints_in_float_fields_are_written_as_floats() -> None:
    from stormboard.domain.workshop import default_plan

    board = Board(workshop=Workshop(plan=default_plan()))  # minutes=10: ints
    board.load("stickies", [Sticky("a", "note", 5, -3, 120, 120, created_at=1)])
    text = dumps(board)
    assert '"minutes": 10.0' in text and '"x": 5.0' in text
    assert dumps(board_from_json(json.loads(text))) == text
