"""Markdown report and ranked CSV."""

import csv

import pytest

from stormboard.app import commands as c
from stormboard.app import workshop_commands as wc
from stormboard.app.session import BoardSession
from stormboard.app.wrapup import build_wrapup
from stormboard.domain import voting
from stormboard.domain.board import Board
from stormboard.export.atomic import OutputError
from stormboard.export.report import CSV_COLUMNS, md_escape, write_csv, write_markdown

T0 = 1_800_000_000.0
PERSIAN = "پرداخت\u200cها گم می\u200cشوند"  # with ZWNJ


@pytest.fixture
def board() -> Board:
    s = BoardSession(Board(), clock=lambda: T0)
    b = s.board
    s.execute(c.set_title(b, "سفارش آنلاین"))
    s.execute(wc.set_goal(b, "Find the worst problems"))
    s.execute(wc.add_participant(b, "Ana", "dev", participant_id="a"))
    s.execute(wc.add_participant(b, "Bo", participant_id="bo"))
    s.execute(wc.set_vote_budget(b, 3))
    s.execute(wc.start_workshop(b, T0))
    s.execute(wc.next_phase(b, T0 + 300))
    for sid, kind, x, text in (
        ("h1", "hotspot", 0, PERSIAN),
        ("h2", "hotspot", 400, "Stock | unknown *again*"),
        ("h3", "hotspot", 800, "=SUM(A1:A9)"),
        ("o1", "opportunity", 1200, "Track parcels\nby SMS"),
        ("e1", "domain_event", 0, "Order <b>placed</b>"),
    ):
        s.execute(c.add_sticky(b, c.new_sticky(kind, x, 0, text=text, sticky_id=sid)))
    for pid, sid in (("a", "h2"), ("bo", "h2"), ("a", "h1"), ("bo", "h1"), ("bo", "h2"),
                     ("a", "o1")):
        s.execute(wc.cast_vote(b, pid, sid, T0))
    s.execute(wc.set_decision(b, "h2", owner="Zed", next_step="Count daily"))
    s.execute(wc.set_decision(b, "h1", owner="سارا", next_step="تماس با بانک"))
    s.execute(wc.reveal_votes(b))
    return b


def test_markdown_lists_voted_hotspots_in_order_with_owners(board, tmp_path):
    out = tmp_path / "report.md"
    write_markdown(board, out, now=T0 + 900)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# سفارش آنلاین\n")
    assert "**Goal:** Find the worst problems" in text
    section = text.split("## Hotspots and opportunities", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines()
            if line.startswith("| ") and ("Hotspot" in line or "Opportunity" in line)]
    assert len(rows) == 4
    assert "Stock \\| unknown \\*again\\*" in rows[0] and "| 3 |" in rows[0] and "Zed" in rows[0]
    assert PERSIAN in rows[1] and "سارا" in rows[1] and "تماس با بانک" in rows[1]
    assert "Track parcels<br>by SMS" in rows[2] and "| 1 |" in rows[2]
    assert "SUM" in rows[3] and "| 0 |" in rows[3]
    assert text.index("Stock") < text.index(PERSIAN) < text.index("Track parcels")
    assert "&lt;b&gt;placed&lt;/b&gt;" in text and "<b>" not in text  # no HTML from stickies
    assert "| Kick\\-off |" not in text and "| Kick-off | 10 min | 5:00 | 1 |" in text
    assert "- Ana — dev" in text


def test_markdown_from_a_wrapup_without_revealed_votes_hides_counts(board, tmp_path):
    s = BoardSession(board, clock=lambda: T0)
    s.execute(wc.hide_votes(board))
    out = tmp_path / "hidden.md"
    write_markdown(build_wrapup(board, T0), out)
    text = out.read_text(encoding="utf-8")
    assert "Votes have not been revealed" in text
    section = text.split("## Hotspots and opportunities", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "Hotspot" in line]
    assert [row.split(" | ")[:2] for row in rows] == [["| 1", "—"], ["| 2", "—"], ["| 3", "—"]]


def test_csv_is_parseable_with_persian_intact_and_a_bom(board, tmp_path):
    out = tmp_path / "ranked.csv"
    write_csv(voting.ranking(board), out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["sticky_id"] for r in rows] == ["h2", "h1", "o1", "h3"]
    assert [r["votes"] for r in rows] == ["3", "2", "1", "0"]
    assert rows[1]["text"] == PERSIAN and rows[1]["owner"] == "سارا"
    assert rows[1]["next_step"] == "تماس با بانک"
    assert rows[0]["text"] == "Stock | unknown *again*"  # CSV keeps plain text as written
    assert rows[2]["text"] == "Track parcels\nby SMS"
    assert rows[3]["text"] == "'=SUM(A1:A9)"  # never run as a spreadsheet formula


def test_writers_are_atomic_and_report_missing_folders(board, tmp_path):
    out = tmp_path / "r.csv"
    out.write_text("old", encoding="utf-8")
    write_csv(voting.ranking(board), out)
    assert "h2" in out.read_text(encoding="utf-8-sig")
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]  # no temporary left behind
    with pytest.raises(OutputError, match="does not exist"):
        write_markdown(board, tmp_path / "missing" / "r.md", now=T0)


def test_md_escape_keeps_text_literal():
    assert md_escape("# not a heading") == "\\# not a heading"
    assert md_escape("- not a list") == "\\- not a list"
    assert md_escape("1. not ordered") == "1\\. not ordered"
    assert md_escape("a_b [x](y)") == "a\\_b \\[x\\](y)"
    assert md_escape("") == "—"
    assert md_escape("سلام\u200cها") == "سلام\u200cها"


def test_cli_export_dispatches_by_suffix(board, tmp_path):
    from stormboard.cli.errors import UsageError
    from stormboard.cli.report import export

    export(board, tmp_path / "out.md", None)
    export(board, tmp_path / "out.CSV", None)
    assert "Hotspots and opportunities" in (tmp_path / "out.md").read_text(encoding="utf-8")
    assert (tmp_path / "out.CSV").read_bytes().startswith(b"\xef\xbb\xbf")
    with pytest.raises(UsageError, match=r"\.md"):
        export(board, tmp_path / "out.pdfx", None)
    with pytest.raises(UsageError, match="does not exist"):
        export(board, tmp_path / "nope" / "out.md", None)
    with pytest.raises(UsageError, match="folder"):
        (tmp_path / "dir.md").mkdir()
        export(board, tmp_path / "dir.md", None)
