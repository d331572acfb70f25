"""``stormboard import`` from other tools' files (new board or --into) and the interop exports."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

import pytest

from stormboard.cli import main
from stormboard.storage import read_board_file

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources/samples/big-picture-bookshop.json"
FIXTURES = ROOT / "tests/export/interop/fixtures"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def rows(path: Path) -> dict[str, dict[str, tuple]]:
    """Every row of every table, keyed by its id: what 'byte-identical records' means."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        out = {}
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            key = names.index("id") if "id" in names else 0
            out[table] = {r[key]: r for r in cursor}
        return out
    finally:
        conn.close()


@pytest.fixture
def sample(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "shop.storm"
    assert run(capsys, "import", SAMPLE, "-o", path)[0] == 0
    return path


@pytest.mark.parametrize(("name", "stickies"), [
    ("checkout.excalidraw", 4), ("checkout.drawio", 4), ("compressed.drawio", 2),
    ("workshop.csv", 6), ("events.txt", 4),
])
def test_import_makes_a_new_board(tmp_path: Path, capsys, name: str, stickies: int) -> None:
    out = tmp_path / "new.storm"
    code, printed, err = run(capsys, "import", FIXTURES / name, "-o", out)
    assert code == 0, err
    assert f"Imported {stickies} stickies" in printed
    assert len(read_board_file(out).stickies) == stickies


def test_import_reports_what_it_skipped(tmp_path: Path, capsys) -> None:
    _, printed, _ = run(capsys, "import", FIXTURES / "checkout.excalidraw", "-o",
                        tmp_path / "n.storm")
    assert printed.splitlines()[-1] == "Skipped 1 embeds, 1 freehand drawings, 1 images."


def test_into_adds_and_leaves_existing_rows_identical(sample: Path, capsys) -> None:
    before = rows(sample)
    code, _, err = run(capsys, "import", FIXTURES / "checkout.drawio", "--into", sample)
    assert code == 0, err
    after = rows(sample)
    for table, records in before.items():
        for key, row in records.items():
            assert after[table][key] == row, (table, key)
    assert len(after["stickies"]) == len(before["stickies"]) + 4
    board = read_board_file(sample)
    old_right = max(board.stickies[k].x + board.stickies[k].width for k in before["stickies"])
    new = [s for k, s in board.stickies.items() if k not in before["stickies"]]
    assert min(s.x for s in new) > old_right  # placed to the right of what is there


def test_into_at(sample: Path, capsys) -> None:
    before = set(read_board_file(sample).stickies)
    assert run(capsys, "import", FIXTURES / "events.txt", "--into", sample,
               "--at=-3000,-2000")[0] == 0
    new = [s for k, s in read_board_file(sample).stickies.items() if k not in before]
    assert (min(s.x for s in new), min(s.y for s in new)) == (-3000, -2000)


HOSTILE = {
    "laughs.drawio": '<!DOCTYPE a [<!ENTITY l "lol"><!ENTITY l2 "&l;&l;&l;">]><mxfile>&l2;'
                     "</mxfile>",
    "types.excalidraw": '{"type": "excalidraw", "elements": [{"id": "a", "type": "rectangle",'
                        ' "x": "0"}]}',
    "long.csv": "text\n" + "x" * 3000 + "\n",
    "kind.csv": "kind,text\nwhatever,hi\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_refused_files_write_nothing(tmp_path: Path, sample: Path, capsys, name: str) -> None:
    bad = tmp_path / name
    bad.write_text(HOSTILE[name], encoding="utf-8")
    new = tmp_path / "new.storm"
    code, _, err = run(capsys, "import", bad, "-o", new)
    assert code == 2 and len(err.splitlines()) == 1 and err.startswith("stormboard: ")
    assert "Unexpected" not in err
    assert not new.exists()
    original = sample.read_bytes()
    names = sorted(p.name for p in tmp_path.iterdir())
    code, _, err = run(capsys, "import", bad, "--into", sample)
    assert code == 2 and len(err.splitlines()) == 1 and "Unexpected" not in err
    assert sample.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == names  # no side files left


def test_import_usage_errors(tmp_path: Path, sample: Path, capsys) -> None:
    code, _, err = run(capsys, "import", FIXTURES / "events.txt", "-o", tmp_path / "a.storm",
                       "--at", "1,2")
    assert code == 2 and "--into" in err
    code, _, err = run(capsys, "import", FIXTURES / "events.txt", "--into", tmp_path / "no.storm")
    assert code == 2 and "no such board" in err
    code, _, err = run(capsys, "import", FIXTURES / "events.txt", "--into", sample, "--at", "x")
    assert code == 2 and len(err.splitlines()) == 1
    code, _, err = run(capsys, "import", FIXTURES / "events.txt")
    assert code == 2 and len(err.splitlines()) == 1


def test_export_csv_all_stickies_or_the_ranking(sample: Path, tmp_path: Path, capsys) -> None:
    every, ranked = tmp_path / "all.csv", tmp_path / "ranked.csv"
    assert run(capsys, "export", sample, "-o", every)[0] == 0
    assert run(capsys, "export", sample, "-o", ranked, "--ranking")[0] == 0
    with every.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0] == ["kind", "text", "lane", "author", "x", "y", "votes", "owner"]
    assert len(table) - 1 == len(read_board_file(sample).stickies)
    assert ranked.read_text(encoding="utf-8-sig").startswith("position,rank,votes")


@pytest.mark.parametrize("suffix", [".excalidraw", ".drawio"])
def test_export_then_import_other_tools(sample: Path, tmp_path: Path, capsys,
                                        suffix: str) -> None:
    out = tmp_path / f"wall{suffix}"
    assert run(capsys, "export", sample, "-o", out)[0] == 0
    back = tmp_path / "back.storm"
    assert run(capsys, "import", out, "-o", back)[0] == 0
    a, b = read_board_file(sample), read_board_file(back)
    assert sorted((s.kind, s.text) for s in a.stickies.values()) == sorted(
        (s.kind, s.text) for s in b.stickies.values())
    assert len(b.links) == len(a.links) and len(b.lanes) == len(a.lanes)


def test_export_mermaid_styles(sample: Path, tmp_path: Path, capsys) -> None:
    flow, line = tmp_path / "f.mmd", tmp_path / "t.mmd"
    assert run(capsys, "export", sample, "-o", flow)[0] == 0
    assert run(capsys, "export", sample, "-o", line, "--mermaid", "timeline")[0] == 0
    assert flow.read_text(encoding="utf-8").startswith("flowchart LR\n")
    assert line.read_text(encoding="utf-8").startswith("timeline\n")
    code, _, err = run(capsys, "export", sample, "-o", flow, "--mermaid", "gantt")
    assert code == 2 and len(err.splitlines()) == 1


def test_read_only_board_is_refused(sample: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "b.storm"
    shutil.copy(sample, target)
    target.chmod(0o444)
    original = target.read_bytes()
    code, _, err = run(capsys, "import", FIXTURES / "events.txt", "--into", target)
    assert code == 2 and "read-only" in err
    assert target.read_bytes() == original
