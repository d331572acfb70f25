"""Untrusted files: each bad case raises StormFileError with one clear sentence and leaves
the file's bytes (and its folder) untouched."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from storage_samples import digest, side_files

from stormboard.domain.board import Board
from stormboard.domain.entities import Sticky
from stormboard.storage import (
    APPLICATION_ID,
    StormFileError,
    create_board_file,
    open_board_file,
    read_board_file,
)


def _valid(path: Path, board: Board) -> None:
    board.load("stickies", [Sticky(f"b{i}", "note", i, i, 120.0, 120.0, "x" * 300)
                            for i in range(300)])
    create_board_file(path, board).close()


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for s in statements:
        conn.execute(s)
    conn.close()


def not_sqlite(path: Path, board: Board) -> None:
    path.write_bytes(b"This is a text file, not a board.\n" * 200)


def empty(path: Path, board: Board) -> None:
    path.write_bytes(b"")


def foreign_sqlite(path: Path, board: Board) -> None:
    _sql(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
         "PRAGMA application_id = 1196444487")  # GeoPackage's id


def plain_sqlite(path: Path, board: Board) -> None:
    _sql(path, "CREATE TABLE stickies (id TEXT)")


def truncated_mid_page(path: Path, board: Board) -> None:
    _valid(path, board)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 123])


def truncated_whole_pages(path: Path, board: Board) -> None:
    _valid(path, board)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 4096 * 3])


def truncated_header(path: Path, board: Board) -> None:
    _valid(path, board)
    path.write_bytes(path.read_bytes()[:60])


def corrupt_page(path: Path, board: Board) -> None:
    _valid(path, board)
    data = bytearray(path.read_bytes())
    page = 4096
    # scribble over the middle of several b-tree pages (header page left intact)
    for n in (2, 3, len(data) // page - 2):
        data[n * page + 8 : n * page + 400] = bytes(range(256)) + bytes(136)
    path.write_bytes(bytes(data))


def newer_version(path: Path, board: Board) -> None:
    _valid(path, board)
    _sql(path, "PRAGMA user_version = 4")


def extra_trigger(path: Path, board: Board) -> None:
    _valid(path, board)
    _sql(path, "CREATE TRIGGER evil AFTER INSERT ON stickies BEGIN DELETE FROM votes; END")


def extra_view(path: Path, board: Board) -> None:
    _valid(path, board)
    _sql(path, "CREATE VIEW v AS SELECT * FROM stickies")


def extra_index(path: Path, board: Board) -> None:
    _valid(path, board)
    _sql(path, "CREATE INDEX odd ON stickies (text)")


def missing_table(path: Path, board: Board) -> None:
    _valid(path, board)
    _sql(path, "DROP TABLE decisions")


def missing_info_row(path: Path, board: Board) -> None:
    _valid(path, board)
    _sql(path, "DELETE FROM info")


def unknown_kind(path: Path, board: Board) -> None:
    _valid(path, board)
    _sql(path, "UPDATE stickies SET kind = 'banana' WHERE id = 'b7'")


def bad_colour(path: Path, board: Board) -> None:
    _valid(path, board)
    _sql(path, "UPDATE lanes SET color = 'red' WHERE id = 'l1'")


def bad_json(path: Path, board: Board) -> None:
    _valid(path, board)
    _sql(path, "UPDATE workshop SET plan = '[{\"key\": 1' ")


def huge_size(path: Path, board: Board) -> None:
    _valid(path, board)
    _sql(path, "UPDATE stickies SET width = 1e300 WHERE id = 'b1'")


CASES: list[tuple[Callable[[Path, Board], None], str]] = [
    (not_sqlite, r"^b\.storm is not a Stormboard board file\.$"),
    (empty, r"^b\.storm is not a Stormboard board file\.$"),
    (foreign_sqlite, r"^b\.storm is a database of another application, not a Stormboard board\.$"),
    (plain_sqlite, r"another application"),
    (truncated_mid_page, r"^b\.storm is truncated or damaged: its size is not whole pages\.$"),
    (truncated_whole_pages, r"^b\.storm is truncated: it is shorter than its header says\.$"),
    (truncated_header, r"^b\.storm is truncated: it ends inside its header\.$"),
    (corrupt_page, r"^b\.storm is damaged"),
    (newer_version, r"^b\.storm was saved by a newer Stormboard \(file format 4; this version "
                    r"reads up to 3\), please update Stormboard to open it\.$"),
    (extra_trigger, r"^b\.storm contains a trigger \(evil\), which Stormboard files never have"),
    (extra_view, r"^b\.storm contains a view \(v\)"),
    (extra_index, r"^b\.storm does not have the layout of a Stormboard format 3 file\.$"),
    (missing_table, r"^b\.storm is damaged: its decisions table is missing\.$"),
    (missing_info_row, r"^b\.storm is damaged: its info record is missing\.$"),
    (unknown_kind, r"^b\.storm is damaged: sticky 'b7' has an unknown kind 'banana'\.$"),
    (bad_colour, r"^b\.storm is damaged: lane 'l1' has an invalid colour 'red'\.$"),
    (bad_json, r"^b\.storm is damaged: the workshop is not valid JSON\.$"),
    (huge_size, r"^b\.storm is damaged: sticky 'b1'"),
]


@pytest.mark.parametrize(("make", "message"), CASES, ids=[c[0].__name__ for c in CASES])
@pytest.mark.parametrize("how", ["open", "open_read_only", "read"])
def test_bad_file_refused_untouched(
    tmp_path: Path, board: Board, make: Callable[[Path, Board], None], message: str, how: str
) -> None:
    path = tmp_path / "b.storm"
    make(path, board)
    before = digest(path)
    with pytest.raises(StormFileError, match=message) as caught:
        if how == "open":
            open_board_file(path)
        elif how == "open_read_only":
            open_board_file(path, read_only=True)
        else:
            read_board_file(path)
    assert caught.value.path == path
    text = str(caught.value)
    assert text.count(". ") == 0 and text.endswith(".")  # one sentence
    assert digest(path) == before
    assert side_files(path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.storm"]
    # and the lock was released: a good file at the same place opens afterwards
    path.unlink()
    create_board_file(path, Board()).close()
    open_board_file(path).store.close()


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(StormFileError, match="does not exist"):
        open_board_file(tmp_path / "nope.storm")
    with pytest.raises(StormFileError, match="is a folder"):
        read_board_file(tmp_path)


def test_application_id_constant_is_documented() -> None:
    assert APPLICATION_ID.to_bytes(4, "big") == b"STMB"
    doc = (Path(__file__).parents[2] / "docs" / "file-format.md").read_text(encoding="utf-8")
    assert "0x53544D42" in doc
