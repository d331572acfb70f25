"""The ``stormboard`` commands through ``main([...])``: new, check, import, export, open."""

from __future__ import annotations

import json
import os
import sys
import types
from pathlib import Path

import pytest

from stormboard.cli import exporters as exporters_module
from stormboard.cli import main
from stormboard.cli.errors import UsageError
from stormboard.cli.parser import parse
from stormboard.export.json_format import board_from_json, read_json

SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/big-picture-bookshop.json"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("stormboard: ")
    return lines[0]


def small_json(tmp_path: Path) -> Path:
    data = {
        "format": "stormboard", "version": 1, "board": {"title": "Tiny · کوچک"},
        "stickies": [
            {"id": "a", "kind": "domain_event", "x": 0.1, "y": 0, "text": "Order placed",
             "pivotal": True},
            {"id": "b", "kind": "hotspot", "x": 200, "y": 0, "text": "پول کم شد\u200cولی 💳"},
        ],
        "links": [{"id": "k", "source_id": "a", "target_id": "b", "kind": "relates_to"}],
    }
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- version and opening the app ------------------------------------------------------------
def test_version(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.startswith("stormboard 0.")


@pytest.fixture
def fake_app(monkeypatch):
    calls: list[object] = []
    module = types.ModuleType("stormboard.ui.app")
    module.run_app = lambda path, present=False, pause=None: calls.append(path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "stormboard.ui.app", module)
    return calls


def test_no_arguments_open_the_app(capsys, fake_app) -> None:
    assert run(capsys)[0] == 0
    assert fake_app == [None]


def test_a_file_opens_that_board(capsys, tmp_path, fake_app) -> None:
    board = tmp_path / "b.storm"
    assert run(capsys, "new", str(board))[0] == 0
    assert run(capsys, str(board))[0] == 0
    assert fake_app == [board]


def test_the_app_starts_with_the_collector_paused(capsys, monkeypatch) -> None:
    """The collector is paused before the UI's imports and handed to the app, which ends the
    pause after its first frame (ADR 0246); it is on again when the app returns."""
    import gc

    from stormboard.app.session import StartupPause

    seen: list[tuple[bool, bool]] = []
    module = types.ModuleType("stormboard.ui.app")
    module.run_app = lambda path, present=False, pause=None: seen.append(  # type: ignore[attr-defined]
        (isinstance(pause, StartupPause), gc.isenabled())) or 0
    monkeypatch.setitem(sys.modules, "stormboard.ui.app", module)
    was = gc.isenabled()
    gc.enable()
    try:
        assert run(capsys)[0] == 0
        assert seen == [(True, False)] and gc.isenabled()
    finally:
        if not was:
            gc.disable()


def test_present_opens_that_board_presenting(capsys, tmp_path, monkeypatch) -> None:
    """`stormboard --present FILE.storm` (issue 10): the app starts presenting that board."""
    calls: list[tuple[object, bool]] = []
    module = types.ModuleType("stormboard.ui.app")
    module.run_app = lambda path, present=False, pause=None: calls.append((path, present)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "stormboard.ui.app", module)
    board = tmp_path / "b.storm"
    assert run(capsys, "new", str(board))[0] == 0
    assert run(capsys, "--present", str(board))[0] == 0
    assert calls == [(board, True)]
    code, _, err = run(capsys, "--present")
    assert code == 2 and "--present needs a board" in one_line_error(err)


def test_missing_board_is_refused_before_the_app_starts(capsys, tmp_path, fake_app) -> None:
    code, _, err = run(capsys, str(tmp_path / "nope.storm"))
    assert code == 2 and "no such board" in one_line_error(err) and fake_app == []


def test_app_missing_from_the_build(capsys, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "stormboard.ui.app", None)  # import raises ImportError
    code, _, err = run(capsys)
    assert code == 2 and "app is not available" in one_line_error(err)


# -- new ------------------------------------------------------------------------------------
def test_new_creates_a_board_and_never_overwrites(capsys, tmp_path) -> None:
    path = tmp_path / "shop.storm"
    code, out, _ = run(capsys, "new", str(path), "--title", "  کتاب\u200cفروشی ورق  ")
    assert code == 0 and path.exists()
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0 and "Title: کتاب\u200cفروشی ورق\n" in out  # trimmed like the app does
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    code, _, err = run(capsys, "new", str(path), "--title", "Other")
    assert code == 2 and "already exists" in one_line_error(err)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_new_title_defaults_to_the_file_name(capsys, tmp_path) -> None:
    path = tmp_path / "Launch plan.storm"
    assert run(capsys, "new", str(path))[0] == 0
    assert "Title: Launch plan" in run(capsys, "check", str(path))[1]


def test_new_wants_a_storm_name(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "new", str(tmp_path / "b.json"))
    assert code == 2 and ".storm" in one_line_error(err)
    assert not (tmp_path / "b.json").exists()


# -- check ----------------------------------------------------------------------------------
def test_check_prints_title_and_counts_by_kind(capsys, tmp_path) -> None:
    storm = tmp_path / "t.storm"
    assert run(capsys, "import", str(small_json(tmp_path)), "-o", str(storm))[0] == 0
    code, out, err = run(capsys, "check", str(storm))
    assert code == 0 and err == ""
    assert out.splitlines()[:4] == [
        "Title: Tiny · کوچک", "Stickies: 2", "  1  Domain event (domain_event)",
        "  1  Hotspot (hotspot)",
    ]
    assert "1 links" in out


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.storm"
    main(["import", str(small_json(tmp_path)), "-o", str(good)])
    raw = good.read_bytes()
    files = {
        "text": b"this is not a board\n",
        "empty": b"",
        "json": SAMPLE.read_bytes()[:2000],
        "truncated": raw[: len(raw) // 2],
        "header-only": raw[:100],
        "flipped": raw[:4096] + bytes(b ^ 0xFF for b in raw[4096:8192]) + raw[8192:],
        "zeros": b"\0" * 8192,
    }
    out = {}
    for name, content in files.items():
        path = tmp_path / f"{name}.storm"
        path.write_bytes(content)
        out[name] = path
    return out


def test_check_on_bad_files_one_line_exit_2_file_unchanged(capsys, tmp_path) -> None:
    for name, path in _bad_files(tmp_path).items():
        capsys.readouterr()
        os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
        before = (path.read_bytes(), path.stat().st_mtime_ns)
        code, out, err = run(capsys, "check", str(path))
        assert code == 2, name
        one_line_error(err)
        assert out == "", name
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before, name
        assert sorted(p.name for p in tmp_path.glob(f"{name}.storm*")) == [path.name], name


def test_check_missing_file_and_folder(capsys, tmp_path) -> None:
    for target in (tmp_path / "missing.storm", tmp_path):
        code, _, err = run(capsys, "check", str(target))
        assert code == 2
        one_line_error(err)
        assert not (tmp_path / "missing.storm").exists()


def test_check_never_modifies_a_good_file(capsys, tmp_path) -> None:
    storm = tmp_path / "good.storm"
    assert run(capsys, "import", str(SAMPLE), "-o", str(storm))[0] == 0
    os.utime(storm, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = (storm.read_bytes(), storm.stat().st_mtime_ns)
    code, out, _ = run(capsys, "check", str(storm))
    assert code == 0 and "Stickies: 92" in out
    assert (storm.read_bytes(), storm.stat().st_mtime_ns) == before
    assert [p.name for p in tmp_path.iterdir()] == ["good.storm"]


# -- import and export ----------------------------------------------------------------------
def test_import_export_round_trip_is_exact(capsys, tmp_path) -> None:
    storm, back = tmp_path / "s.storm", tmp_path / "back.json"
    assert run(capsys, "import", str(SAMPLE), "-o", str(storm))[0] == 0
    assert run(capsys, "export", str(storm), "-o", str(back))[0] == 0
    assert read_json(back) == read_json(SAMPLE)
    assert back.read_bytes() == SAMPLE.read_bytes()  # the sample is written by the same code


def test_import_refuses_an_existing_board(capsys, tmp_path) -> None:
    storm = tmp_path / "s.storm"
    storm.write_bytes(b"precious")
    code, _, err = run(capsys, "import", str(small_json(tmp_path)), "-o", str(storm))
    assert code == 2 and "already exists" in one_line_error(err)
    assert storm.read_bytes() == b"precious"


def test_import_of_bad_json_leaves_nothing_behind(capsys, tmp_path) -> None:
    bad = tmp_path / "bad.json"
    data = json.loads(small_json(tmp_path).read_text(encoding="utf-8"))
    data["stickies"][1]["kind"] = "foo"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, "import", str(bad), "-o", str(tmp_path / "out.storm"))
    line = one_line_error(err)
    assert code == 2 and "stickies[1].kind: 'foo' is not one of" in line
    assert not any(p.name.startswith(("out", ".out")) for p in tmp_path.iterdir())


def test_export_unknown_extension(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "export", "x.storm", "-o", str(tmp_path / "out.docx"))
    assert code == 2 and "Cannot export to .docx" in one_line_error(err)


def test_export_format_missing_from_the_build(capsys, tmp_path, monkeypatch) -> None:
    storm = tmp_path / "s.storm"
    run(capsys, "import", str(small_json(tmp_path)), "-o", str(storm))
    monkeypatch.setitem(exporters_module.EXPORTERS, ".pdf", "stormboard.cli.no_such_module:export")
    code, _, err = run(capsys, "export", str(storm), "-o", str(tmp_path / "wall.pdf"))
    assert code == 2
    assert one_line_error(err) == "stormboard: Exporting to .pdf is not available in this build."


def test_failed_export_leaves_no_partial_file(capsys, tmp_path, monkeypatch) -> None:
    storm, out = tmp_path / "s.storm", tmp_path / "wall.json"
    run(capsys, "import", str(small_json(tmp_path)), "-o", str(storm))
    module = types.ModuleType("stormboard_test_exporter")

    def export(board, path, args):  # a careless exporter: writes, then fails
        Path(path).write_text("half")
        raise UsageError("--paper B9 is not a paper size I know.")

    module.export = export  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "stormboard_test_exporter", module)
    monkeypatch.setitem(exporters_module.EXPORTERS, ".json", "stormboard_test_exporter:export")
    code, _, err = run(capsys, "export", str(storm), "-o", str(out), "--paper", "B9")
    assert code == 2 and "B9" in one_line_error(err)
    assert not out.exists()


def test_export_of_a_bad_board_writes_nothing(capsys, tmp_path) -> None:
    bad = tmp_path / "bad.storm"
    bad.write_bytes(b"nope")
    code, _, err = run(capsys, "export", str(bad), "-o", str(tmp_path / "b.json"))
    assert code == 2
    one_line_error(err)
    assert not (tmp_path / "b.json").exists()


def test_export_options_defaults_and_values() -> None:
    args = parse(["export", "a.storm", "-o", "b.pdf"])
    assert (args.paper, args.landscape, args.scale, args.tile, args.overlap, args.marks,
            args.margin, args.dpi, args.selection_lane, args.chapter) == (
        "A0", None, "fit", None, "10mm", False, "10mm", 150, None, None)  # None: board's shape
    args = parse(["export", "a.storm", "-o", "b.pdf", "--paper", "A1", "--landscape",
                  "--scale", "width:3000mm", "--tile", "A4", "--overlap", "1.5cm", "--marks",
                  "--margin", "0", "--dpi", "300", "--selection-lane", "Warehouse",
                  "--chapter", "On the road"])
    assert (args.paper, args.landscape, args.scale, args.tile, args.overlap, args.marks,
            args.margin, args.dpi, args.selection_lane, args.chapter) == (
        "A1", True, "width:3000mm", "A4", "1.5cm", True, "0", 300, "Warehouse", "On the road")


@pytest.mark.parametrize("bad", [
    ["--scale", "huge"], ["--scale", "0%"], ["--overlap", "ten"], ["--margin", "-3mm"],
    ["--dpi", "0"], ["--dpi", "many"], ["--bogus"],
])
def test_bad_export_option_is_one_line(capsys, tmp_path, bad) -> None:
    out = tmp_path / "b.pdf"
    code, _, err = run(capsys, "export", "a.storm", "-o", str(out), *bad)
    assert code == 2
    one_line_error(err)
    assert not out.exists()


def test_missing_argument_is_one_line(capsys) -> None:
    for argv in (["import", "a.json"], ["export", "a.storm"], ["new"], ["check"]):
        code, _, err = run(capsys, *argv)
        assert code == 2
        one_line_error(err)


def test_sample_is_valid_json_board() -> None:
    board = board_from_json(json.loads(SAMPLE.read_text(encoding="utf-8")))
    assert len(board.stickies) >= 80
