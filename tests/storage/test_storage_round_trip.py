"""Domain -> file -> domain is exact for every kind, collection and awkward value."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from storage_samples import TRICKY_TEXTS, side_files, tricky_board

from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.domain.entities import COLLECTIONS, Sticky
from stormboard.storage import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    create_board_file,
    open_board_file,
    read_board_file,
)
from stormboard.storage.tables import ROWS


def test_every_collection_and_kind_round_trips(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "b.storm"
    create_board_file(path, board).close()
    opened = open_board_file(path)
    try:
        assert opened.board == board
        for name in COLLECTIONS:  # field by field, so a dropped column shows which one
            assert opened.board.snapshot()[name] == board.snapshot()[name], name
        kinds = {s.kind for s in opened.board.stickies.values()}
        assert kinds == {k.id for k in notation.KINDS}
        assert opened.read_only_reason == "" and opened.migrated_from is None
    finally:
        opened.store.close()
    assert read_board_file(path) == board


def test_text_and_floats_are_exact(tmp_path: Path) -> None:
    values = [0.1 + 0.2, -1e-300, 123456.78901234567, 5e-324, -0.5, 9_999_999.999999998]
    board = Board()
    board.load("stickies", [
        Sticky(f"s{i}", "note", x, -x, 120.0, 120.0, text=TRICKY_TEXTS[i % len(TRICKY_TEXTS)])
        for i, x in enumerate(values)
    ])
    path = tmp_path / "t.storm"
    create_board_file(path, board).close()
    back = read_board_file(path)
    for sid, s in board.stickies.items():
        b = back.stickies[sid]
        assert b.x.hex() == float(s.x).hex() and b.y.hex() == float(s.y).hex()
        assert b.text.encode("utf-8") == s.text.encode("utf-8")


def test_none_and_empty_string_stay_distinct(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "n.storm"
    create_board_file(path, board).close()
    back = read_board_file(path)
    authors = {s.id: s.author for s in back.stickies.values()}
    assert authors == {s.id: s.author for s in board.stickies.values()}
    assert None in authors.values() and "" in authors.values()


def test_file_is_stamped_and_self_contained_after_close(tmp_path: Path, board: Board) -> None:
    path = tmp_path / "s.storm"
    store = create_board_file(path, board)
    store.close()
    assert side_files(path) == []
    raw = path.read_bytes()[:100]
    assert raw[18] == raw[19] == 1  # rollback-journal mode at rest: no -wal needed
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x53544D42
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_row_classes_cover_every_record_field() -> None:
    """The DTO layer must store every domain field (a new field would otherwise be lost)."""
    for name, record_type in COLLECTIONS.items():
        fields = [f.name for f in dataclasses.fields(record_type)]
        columns = [c.name for c in ROWS[name].__table__.columns]
        assert columns == fields, name


def test_row_classes_match_the_frozen_layout() -> None:
    from stormboard.storage.ddl import LAYOUTS

    conn = sqlite3.connect(":memory:")
    for statement in LAYOUTS[SCHEMA_VERSION]:
        conn.execute(statement)
    for name, row in ROWS.items():
        table = row.__table__
        info = conn.execute(f"PRAGMA table_info({table.name})").fetchall()
        assert [r[1] for r in info] == [c.name for c in table.columns], name
        assert [bool(r[3]) for r in info] == [not c.nullable for c in table.columns], name


def test_ten_thousand_stickies_round_trip(tmp_path: Path) -> None:
    board = tricky_board()
    board.load("stickies", [
        Sticky(f"n{i}", "domain_event", i * 1.25, i % 97 * 0.5, 160.0, 160.0, f"رویداد {i}")
        for i in range(10_000)
    ])
    path = tmp_path / "big.storm"
    create_board_file(path, board).close()
    opened = open_board_file(path)
    opened.store.close()
    assert opened.board == board


def test_awkward_file_names(tmp_path: Path, board: Board) -> None:
    for name in ("کارگاه سفارش.storm", "a?b#c%20d.storm", "with space & 'quote'.storm"):
        path = tmp_path / name
        create_board_file(path, board).close()
        opened = open_board_file(path)
        opened.store.close()
        assert opened.board == board and read_board_file(path) == board
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ("کارگاه سفارش.storm", "a?b#c%20d.storm", "with space & 'quote'.storm"))
