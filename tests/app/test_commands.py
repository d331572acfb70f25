import math

import pytest

from stormboard.app import commands as c
from stormboard.app.session import BoardSession
from stormboard.domain.board import Board
from stormboard.domain.entities import Link, Vote
from stormboard.domain.errors import DomainError


@pytest.fixture
def session():
    return BoardSession(Board(), clock=lambda: 1000.0)


def add(session, kind="domain_event", x=0.0, y=0.0, text=""):
    s = c.new_sticky(kind, x, y, text=text, now=1.0)
    session.execute(c.add_sticky(session.board, s))
    return s.id


def test_new_sticky_takes_the_kind_size_and_validates(session):
    sid = add(session, "external_system")
    s = session.board.stickies[sid]
    assert (s.width, s.height) == (280.0, 136.0)
    with pytest.raises(DomainError):
        c.new_sticky("domain_event", math.nan, 0)
    with pytest.raises(DomainError):
        c.new_sticky("domain_event", 0, 0, color="orange")
    with pytest.raises(DomainError):
        c.new_sticky("unknown", 0, 0)


def test_only_domain_events_can_be_pivotal(session):
    e, h = add(session), add(session, "hotspot")
    session.execute(c.set_pivotal(session.board, [e], True))
    assert session.board.stickies[e].pivotal
    with pytest.raises(DomainError, match="Only domain events"):
        c.set_pivotal(session.board, [h], True)


def test_change_kind_keeps_the_centre(session):
    sid = add(session, x=100, y=100)
    cx, cy = session.board.stickies[sid].center
    session.execute(c.change_kind(session.board, [sid], "person"))
    s = session.board.stickies[sid]
    assert s.kind == "person" and s.center == (cx, cy) and s.width < 160


def test_delete_cascades_links_votes_and_decisions_and_undo_restores(session):
    a, b = add(session), add(session, "hotspot", x=300)
    session.execute(c.add_record(session.board, "links", Link("l1", a, b), "Link"))
    session.execute(c.add_record(session.board, "votes", Vote("v1", "p", b), "Vote"))
    snapshot = session.board.snapshot()
    session.execute(c.delete_stickies(session.board, [b]))
    assert not session.board.links and not session.board.votes
    session.undo()
    assert session.board.snapshot() == snapshot


def test_text_over_limit_is_refused_before_anything_changes(session):
    sid = add(session)
    with pytest.raises(DomainError, match="limited"):
        c.set_text(session.board, sid, "x" * 5000)
    assert session.board.stickies[sid].text == ""


def test_titles_are_cleaned_and_never_empty(session):
    session.execute(c.set_title(session.board, "  \x00Bookshop  "))
    assert session.board.info.title == "Bookshop"
    session.execute(c.set_title(session.board, "   "))
    assert session.board.info.title == "Untitled board"
