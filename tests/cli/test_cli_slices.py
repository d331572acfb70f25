"""``stormboard slice``, ``slices``, ``diff`` and ``export --slice`` through ``main([...])``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from stormboard.app import commands as c
from stormboard.app.session import BoardSession
from stormboard.cli import main
from stormboard.domain.board import Board
from stormboard.storage import create_board_file, open_board_file


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("stormboard: "), err
    return lines[0]


@pytest.fixture
def workshop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A board edited in two stages with a slice after each: 3 events, then sorting."""
    path = tmp_path / "shop.storm"
    create_board_file(path, Board()).close()
    opened = open_board_file(path)
    s = BoardSession(opened.board, opened.store)
    ids = []
    for i, (kind, text) in enumerate([("domain_event", "Order placed"),
                                      ("domain_event", "Book shipped"),
                                      ("hotspot", "Who pays returns?")]):
        sticky = c.new_sticky(kind, i * 200.0, 0.0, text=text)
        s.execute(c.add_sticky(s.board, sticky))
        ids.append(sticky.id)
    s.close()
    assert run(capsys, "slice", path, "--name", "after exploration")[0] == 0
    opened = open_board_file(path)
    s = BoardSession(opened.board, opened.store)
    s.execute(c.move_stickies(s.board, [ids[1]], 300.0, 0.0))
    s.execute(c.set_text(s.board, ids[0], "Order was placed"))
    s.execute(c.delete_stickies(s.board, [ids[2]]))
    s.execute(c.add_sticky(s.board, c.new_sticky("hotspot", 0, 300, text="Stock unclear")))
    s.execute(c.add_sticky(s.board, c.new_sticky("person", 0, 500, text="Clerk")))
    s.close()
    assert run(capsys, "slice", path, "--name", "after sorting")[0] == 0
    return path


def test_slices_lists_name_time_and_count_oldest_first(
    workshop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "slices", workshop)
    assert code == 0 and err == ""
    rows = [line.split("\t") for line in out.splitlines()]
    assert [(r[0], r[2]) for r in rows] == [("after exploration", "3"), ("after sorting", "4")]
    assert all(r[1].endswith("+00:00") and "T" in r[1] for r in rows)


def test_diff_prints_the_summary_and_writes_markdown(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    md = tmp_path / "diff.md"
    code, out, _err = run(capsys, "diff", workshop, "--from", "after exploration", "--to",
                          "after sorting", "-o", md)
    assert code == 0
    assert "2 added, 1 removed, 1 moved, 1 changed text" in out
    assert "New hotspots: 1\n  - Stock unclear" in out
    assert "Resolved hotspots: 1\n  - Who pays returns?" in out
    text = md.read_text(encoding="utf-8")
    assert "| **All** | 2 | 1 | 1 | 1 |" in text
    assert "- Order placed → Order was placed" in text
    # to now: nothing changed since the last slice
    code, out, _err = run(capsys, "diff", workshop, "--from", "after sorting")
    assert code == 0 and "0 added, 0 removed, 0 moved, 0 changed text" in out


def test_export_a_slice(workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "early.json"
    assert run(capsys, "export", workshop, "--slice", "after exploration", "-o", out)[0] == 0
    texts = sorted(s["text"] for s in json.loads(out.read_text("utf-8"))["stickies"])
    assert texts == ["Book shipped", "Order placed", "Who pays returns?"]


@pytest.mark.parametrize("argv", [
    ("diff", "{f}", "--from", "nope"),
    ("export", "{f}", "--slice", "nope", "-o", "{o}"),
])
def test_unknown_slice_is_one_line_exit_2(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple
) -> None:
    out = tmp_path / "x.json"
    code, _out, err = run(capsys, *(a.format(f=workshop, o=out) for a in argv))
    assert code == 2 and 'has no slice named "nope"' in one_line(err)
    assert not out.exists()


def test_taking_a_slice_twice_by_name_is_refused(
    workshop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "slice", workshop, "--name", "after sorting")
    assert code == 2 and "already has a slice" in one_line(err)


@pytest.mark.parametrize(("sql", "needle"), [
    ("UPDATE edit_log SET puts = 'x' WHERE seq = 3", "is damaged (entry 3 cannot be read)"),
    ("UPDATE edit_log SET format = 7", "was written by a newer Stormboard (log format 7"),
])
def test_damaged_or_newer_log_is_one_line_and_the_board_still_opens(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: str, needle: str
) -> None:
    conn = sqlite3.connect(workshop)
    conn.execute(sql)
    conn.commit()
    conn.close()
    code, _out, err = run(capsys, "export", workshop, "--slice", "after sorting", "-o",
                          tmp_path / "x.json")
    assert code == 2 and needle in one_line(err)
    code, out, _err = run(capsys, "check", workshop)
    assert code == 0 and "Stickies: 4" in out
    opened = open_board_file(workshop)
    opened.store.close()
    assert len(opened.board.stickies) == 4


def test_a_board_without_a_log_yet_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "storage"))
    from storage_samples import write_v1_file

    path = tmp_path / "old.storm"
    write_v1_file(path)
    code, _out, err = run(capsys, "slices", path)
    assert code == 2 and "older file format without an edit log" in one_line(err)
    # taking a slice upgrades the file (with its backup) and starts the log
    assert run(capsys, "slice", path, "--name", "start")[0] == 0
    assert (tmp_path / "old.storm.v1.bak").exists()
    code, out, _err = run(capsys, "slices", path)
    assert code == 0 and out.startswith("start\t")


def test_slices_survive_a_json_round_trip(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stormboard.export.json_format import read_json_with_slices
    from stormboard.storage.history import read_log

    out = tmp_path / "shop.json"
    assert run(capsys, "export", workshop, "-o", out)[0] == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["version"] == 2
    assert [s["name"] for s in data["slices"]] == ["after exploration", "after sorting"]
    back = tmp_path / "back.storm"
    assert run(capsys, "import", out, "-o", back)[0] == 0
    code, listed, _err = run(capsys, "slices", back)
    assert code == 0
    assert listed == run(capsys, "slices", workshop)[1]  # names, times and counts alike
    with read_log(workshop) as a, read_log(back) as b:
        for s in a.slices():
            assert b.board_of_slice(s.name) == a.board_of_slice(s.name)
        assert b.board_at_seq(b.last_seq()) == a.board_at_seq(a.last_seq())
    # and once more: the JSON of the imported board is the same document
    again = tmp_path / "again.json"
    assert run(capsys, "export", back, "-o", again)[0] == 0
    assert json.loads(again.read_text("utf-8")) == data
    board, slices = read_json_with_slices(again)
    assert len(slices) == 2 and len(board.stickies) == 4


def test_a_board_without_slices_stays_json_version_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plain.storm"
    assert run(capsys, "new", path, "--title", "Plain")[0] == 0
    out = tmp_path / "plain.json"
    assert run(capsys, "export", path, "-o", out)[0] == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["version"] == 1 and "slices" not in data


SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/big-picture-bookshop.json"


def test_diff_counts_on_the_sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    board = tmp_path / "sample.storm"
    assert run(capsys, "import", SAMPLE, "-o", board)[0] == 0
    code, out, _err = run(capsys, "slices", board)
    assert code == 0
    assert [line.split("\t")[::2] for line in out.splitlines()] == [
        ["after exploration", "37"], ["after sorting", "54"]]
    code, out, _err = run(capsys, "diff", board, "--from", "after exploration", "--to",
                          "after sorting")
    assert code == 0
    assert "20 added, 3 removed, 34 moved, 3 changed text" in out
    assert "Domain event  +0 -2 moved 34 changed 3" in out
    assert "New hotspots: 12" in out
    assert "Resolved hotspots: 1\n  - Do we run our own couriers in Tehran?" in out
    code, out, _err = run(capsys, "diff", board, "--from", "after sorting")
    assert code == 0 and "38 added, 0 removed, 0 moved, 0 changed text" in out


def test_diff_pdf_is_a_poster_with_the_marks(
    workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "diff.pdf"
    code, text, err = run(capsys, "diff", workshop, "--from", "after exploration", "--to",
                          "after sorting", "-o", out)
    assert code == 0, err
    assert f"Wrote {out}" in text
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    page = reader.pages[0].get_contents().get_data()
    assert b"0 .65 .32 RG" in page  # added: green outlines
    assert b"1 .6 0 RG" in page  # changed: amber
    code, _out, err = run(capsys, "diff", workshop, "--from", "after exploration", "-o",
                          tmp_path / "diff.txt")
    assert code == 2 and "use .md or .pdf" in one_line(err)
