"""Rows to records on open (ADR 0246): the fast maker of a sticky and the per-collection
``from_rows`` give the records and the errors ``from_row`` gives, row for row."""

from __future__ import annotations

import dataclasses

import pytest

from stormboard.domain.entities import Link, Sticky
from stormboard.storage.mapping import RowError, _new_sticky, from_row, from_rows, to_row


def _row(**changes) -> tuple:
    sticky = Sticky("s1", "domain_event", 10.0, 20.0, 160.0, 120.0, "Paid", None, True, "p1",
                    1.5, 2.5)
    return tuple(to_row("stickies", dataclasses.replace(sticky, **changes)).values())


def test_the_maker_builds_what_the_dataclass_builds() -> None:
    # it stores each field through its slot: only right while Sticky checks nothing itself
    assert not hasattr(Sticky, "__post_init__")
    values = ("s1", "command", 1.0, 2.0, 160.0, 160.0, "x", "#FFAA00", False, None, 3.0, 4.0,
              ())
    made, built = _new_sticky(*values), Sticky(*values)
    assert type(made) is Sticky and made == built and hash(made) == hash(built)
    assert [getattr(made, f.name) for f in dataclasses.fields(Sticky)] == list(values)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.x = 5.0  # type: ignore[misc]


def test_rows_read_in_one_pass_are_the_records_read_one_by_one() -> None:
    rows = [_row(), _row(id="s2", color="#112233", author=None, pivotal=False),
            _row(id="s3", co_authors=("p1", "p2"))]  # the last one takes the checked path
    assert from_rows("stickies", rows) == [from_row("stickies", r) for r in rows]
    links = [("l1", "s1", "s2", "leads_to", ""), ("l2", "s2", "s3", "relates_to", "why")]
    assert from_rows("links", links) == [from_row("links", r) for r in links]
    assert all(isinstance(r, Link) for r in from_rows("links", links))


@pytest.mark.parametrize("bad", [
    {"kind": "no_such_kind"}, {"x": float("nan")}, {"width": 0.5}, {"text": 7},
])
def test_a_bad_row_fails_as_it_fails_alone(bad) -> None:
    rows = [_row(id="s0"), _row(**bad)]
    with pytest.raises(RowError) as alone:
        from_row("stickies", rows[1])
    with pytest.raises(RowError) as together:
        from_rows("stickies", rows)
    assert str(together.value) == str(alone.value)
