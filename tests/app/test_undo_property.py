"""Random command sequences, undone fully, give back the initial board; redone, the final one."""

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stormboard.app import commands as c
from stormboard.app.session import BoardSession
from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.domain.entities import Lane, Link, Vote
from stormboard.domain.errors import DomainError

kinds = st.sampled_from([k.id for k in notation.KINDS])
coords = st.floats(min_value=-5000, max_value=5000, allow_nan=False)
texts = st.text(
    alphabet=st.sampled_from(list("abc سفارش‌ثبت شد\n\t📦👩🏽‍💻\x00\x07")), max_size=40
)
actions = st.one_of(
    st.tuples(st.just("add"), kinds, coords, coords, texts),
    st.tuples(st.just("text"), st.integers(0, 50), texts),
    st.tuples(st.just("move"), st.lists(st.integers(0, 50), max_size=5), coords, coords),
    st.tuples(st.just("kind"), st.integers(0, 50), kinds),
    st.tuples(st.just("color"), st.integers(0, 50), st.sampled_from([None, "#123456", "#abcdef"])),
    st.tuples(st.just("pivotal"), st.integers(0, 50), st.booleans()),
    st.tuples(st.just("delete"), st.lists(st.integers(0, 50), max_size=3)),
    st.tuples(st.just("link"), st.integers(0, 50), st.integers(0, 50)),
    st.tuples(st.just("vote"), st.integers(0, 50)),
    st.tuples(st.just("lane"), coords),
    st.tuples(st.just("undo")),
    st.tuples(st.just("seal")),
)


def pick(board, i):
    ids = sorted(board.stickies)
    return ids[i % len(ids)] if ids else None


def run(session: BoardSession, action) -> None:
    b = session.board
    name = action[0]
    if name == "add":
        session.execute(c.add_sticky(b, c.new_sticky(action[1], action[2], action[3],
                                                     text=action[4])))
    elif name == "undo":
        session.undo()
    elif name == "seal":
        session.seal()
    elif name == "lane":
        session.execute(c.add_record(b, "lanes", Lane(f"lane{len(b.lanes)}", "Lane", action[1],
                                                      300), "Add lane"))
    elif not b.stickies:
        return
    elif name == "text":
        session.execute(c.set_text(b, pick(b, action[1]), action[2]))
    elif name == "move":
        session.execute(c.move_stickies(b, {pick(b, i) for i in action[1]}, action[2], action[3]))
    elif name == "kind":
        session.execute(c.change_kind(b, [pick(b, action[1])], action[2]))
    elif name == "color":
        session.execute(c.set_color(b, [pick(b, action[1])], action[2]))
    elif name == "pivotal":
        sid = pick(b, action[1])
        if b.stickies[sid].kind == "domain_event":
            session.execute(c.set_pivotal(b, [sid], action[2]))
    elif name == "delete":
        session.execute(c.delete_stickies(b, {pick(b, i) for i in action[1]}))
    elif name == "link":
        src, dst = pick(b, action[1]), pick(b, action[2])
        lid = f"link-{src}-{dst}"
        if src != dst and lid not in b.links:
            session.execute(c.add_record(b, "links", Link(lid, src, dst), "Link"))
    elif name == "vote":
        sid = pick(b, action[1])
        session.execute(c.add_record(b, "votes", Vote(f"v{len(b.votes)}-{sid}", "p", sid), "Vote"))


class Tick:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        self.t += 0.5  # inside the merge window, so merging is exercised
        return self.t


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(actions, max_size=40))
def test_undo_all_returns_initial_and_redo_all_returns_final(seq):
    session = BoardSession(Board(), clock=Tick())
    initial = session.board.snapshot()
    for action in seq:
        # a refused edit must change nothing; the comparisons below prove it
        with contextlib.suppress(DomainError):
            run(session, action)
    final = session.board.snapshot()
    steps = 0
    while session.undo() is not None:
        steps += 1
    assert session.board.snapshot() == initial
    for _ in range(steps):  # redo what was undone (not what the sequence itself undid)
        assert session.redo() is not None
    assert session.board.snapshot() == final
