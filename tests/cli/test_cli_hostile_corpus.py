"""Hostile inputs and failing disks against the real command line (issue 13).

The corpus is generated at test time (big inputs are sparse files or bounded): FIFOs and
character devices as inputs and outputs, JSON with lone surrogates, integers of thousands of
digits, deep nesting and 200,000 errors, inconsistent .storm files, full disks (an fsync that
fails with ENOSPC, a file-size limit), a full or closed stdout, file names that are not UTF-8.

Every case must end the same way: exit status 2, exactly one line on stderr (never "Unexpected
error"), the inputs unchanged, no file left behind, and within a time bound.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from stormboard.cli import main
from stormboard.export import atomic

SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/big-picture-bookshop.json"
#: generous: every case here is refused in well under a second on a laptop
TIME_BOUND = 20.0


def _sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _json(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    return path


def _text(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def _link(folder: Path, name: str, target: str) -> Path:
    path = folder / name
    path.symlink_to(target)
    return path


def _with(change: Callable[[dict], None]) -> Callable[[Path, str], Path]:
    def make(folder: Path, name: str) -> Path:
        data = _sample()
        change(data)
        return _json(folder, name, data)
    return make


def _set(path: tuple, value: object) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        target = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value
    return change


def _raw(replace: str, by: str) -> Callable[[Path, str], Path]:
    """The sample's text with one literal piece replaced (for what json.dumps cannot write)."""
    def make(folder: Path, name: str) -> Path:
        text = json.dumps(_sample(), ensure_ascii=False)
        assert replace in text
        return _text(folder, name, text.replace(replace, by, 1))
    return make


def _many_errors(folder: Path, name: str) -> Path:
    data = _sample()
    data["stickies"] = [{"id": 1, "kind": 2}] * 200_000
    return _json(folder, name, data)


def _deep_text(depth: int) -> Callable[[Path, str], Path]:
    return _raw('"text": "', '"text": ' + "[" * depth + "]" * depth + ', "zz": "')


def _sparse(size: int) -> Callable[[Path, str], Path]:
    def make(folder: Path, name: str) -> Path:
        path = folder / name
        with path.open("wb") as f:
            f.truncate(size)
        return path
    return make


def _storm(folder: Path, name: str, *sql: str) -> Path:
    """A .storm file made from the sample, then changed with raw SQL."""
    path = folder / name
    assert main(["import", str(SAMPLE), "-o", str(path)]) == 0
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in sql:
        conn.execute(statement)
    conn.close()
    return path


def _side(folder: Path, name: str, suffix: str, what: str) -> Path:
    """A good board with a FIFO or a device where SQLite looks for its side file."""
    board = _storm(folder, name + ".storm")
    side = folder / (board.name + suffix)
    if what == "fifo":
        os.mkfifo(side)
    else:
        side.symlink_to(what)
    return board


def _storm_with(*sql: str) -> Callable[[Path, str], Path]:
    return lambda folder, name: _storm(folder, name, *sql)


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path, str], Path]  # builds the input in the folder
    argv: Callable[[Path, Path], list[str]]  # (input, folder) -> arguments
    expect: str  # a piece of the one line


def _import_new(src: Path, folder: Path) -> list[str]:
    return ["import", str(src), "-o", str(folder / "out.storm")]


def _check(src: Path, folder: Path) -> list[str]:
    return ["check", str(src)]


def _export_json(src: Path, folder: Path) -> list[str]:
    return ["export", str(src), "-o", str(folder / "out.json")]


def _good_board(folder: Path, name: str) -> Path:
    return _storm(folder, name if name.endswith(".storm") else name + ".storm")


def _export_to(out_name: str, make_out: Callable[[Path, str], Path] | None = None):
    def argv(src: Path, folder: Path) -> list[str]:
        out = folder / out_name
        if make_out is not None:
            out = make_out(folder, out_name)
        return ["export", str(src), "-o", str(out)]
    return argv


def _fifo_out(folder: Path, name: str) -> Path:
    return _fifo(folder, name)


def _full_out(folder: Path, name: str) -> Path:
    return _link(folder, name, "/dev/full")


def _null_out(folder: Path, name: str) -> Path:
    return _link(folder, name, "/dev/null")


BAD_STICKY = "stickies"
CORPUS = [
    # -- inputs that are not regular files -------------------------------------------------
    Case("json-fifo", lambda f, n: _fifo(f, n + ".json"), _import_new, "pipe (FIFO)"),
    Case("json-dev-zero", lambda f, n: _link(f, n + ".json", "/dev/zero"), _import_new,
         "character device"),
    Case("json-dev-urandom", lambda f, n: _link(f, n + ".json", "/dev/urandom"), _import_new,
         "character device"),
    Case("csv-fifo", lambda f, n: _fifo(f, n + ".csv"), _import_new, "pipe (FIFO)"),
    Case("txt-dev-zero", lambda f, n: _link(f, n + ".txt", "/dev/zero"), _import_new,
         "character device"),
    Case("excalidraw-fifo", lambda f, n: _fifo(f, n + ".excalidraw"), _import_new, "FIFO"),
    Case("drawio-urandom", lambda f, n: _link(f, n + ".drawio", "/dev/urandom"), _import_new,
         "character device"),
    Case("into-from-fifo", lambda f, n: _fifo(f, n + ".csv"),
         lambda s, f: ["import", str(s), "--into", str(_good_board(f, "into.storm"))], "FIFO"),
    Case("storm-fifo-check", lambda f, n: _fifo(f, n + ".storm"), _check, "FIFO"),
    Case("storm-dev-zero-export", lambda f, n: _link(f, n + ".storm", "/dev/zero"),
         _export_json, "character device"),
    Case("json-folder", lambda f, n: (f / (n + ".json")).mkdir() or f / (n + ".json"),
         _import_new, "folder"),
    Case("json-missing", lambda f, n: f / (n + ".json"), _import_new, "no such file"),
    Case("json-sparse-300mb", lambda f, n: _sparse(300 * 2**20)(f, n + ".json"), _import_new,
         "limited to 256 MB"),
    Case("csv-sparse-60mb", lambda f, n: _sparse(60 * 2**20)(f, n + ".csv"), _import_new,
         "over 50 MB"),
    # -- hostile JSON ----------------------------------------------------------------------
    Case("json-surrogate-sticky-id", lambda f, n: _with(_set((BAD_STICKY, 0, "id"),
                                                             "\ud800x"))(f, n + ".json"),
         _import_new, "unpaired surrogate"),
    Case("json-surrogate-lane-id", lambda f, n: _with(_set(("lanes", 0, "id"),
                                                           "\udcff"))(f, n + ".json"),
         _import_new, "unpaired surrogate"),
    Case("json-surrogate-key", lambda f, n: _with(_set((BAD_STICKY, 0, "k\udc80"),
                                                       1))(f, n + ".json"),
         _import_new, "unpaired surrogate"),
    Case("json-surrogate-legend-key", lambda f, n: _with(_set(("board", "legend"),
                                                              {"\ud800": "#FFFFFF"}))(
        f, n + ".json"), _import_new, "unpaired surrogate"),
    Case("json-surrogate-author", lambda f, n: _with(_set((BAD_STICKY, 0, "author"),
                                                          "\udfff"))(f, n + ".json"),
         _import_new, "unpaired surrogate"),
    Case("json-5000-digit-int", lambda f, n: _raw('"x": ', '"x": ' + "9" * 5000 + ', "q": ')(
        f, n + ".json"), _import_new, "thousands of digits"),
    Case("json-400-digit-int", lambda f, n: _with(_set((BAD_STICKY, 0, "x"), 10**400))(
        f, n + ".json"), _import_new, "stickies[0].x"),
    Case("json-deep-in-text-200", lambda f, n: _deep_text(200)(f, n + ".json"), _import_new,
         "nested more than"),
    Case("json-deep-in-text-990", lambda f, n: _deep_text(990)(f, n + ".json"), _import_new,
         "nest"),
    Case("json-deep-100k", lambda f, n: _text(f, n + ".json", "[" * 100_000 + "]" * 100_000),
         _import_new, "nested too deeply"),
    Case("json-200k-errors", lambda f, n: _many_errors(f, n + ".json"), _import_new,
         "more than 99 more problems"),
    Case("json-10m-empty-objects", lambda f, n: _text(
        f, n + ".json", '{"format": "stormboard", "version": 1, "x": [' + "{}," * 10_000_000
        + "{}]}"), _import_new, "values; a board has far fewer"),
    Case("json-1m-empty-objects-in-an-unknown-key", lambda f, n: _text(
        f, n + ".json", '{"format": "stormboard", "version": 1, "x": [' + "{}," * 1_000_000
        + "{}]}"), _import_new, "'board' is a required property"),
    Case("json-not-utf8", lambda f, n: (f / (n + ".json")).write_bytes(b'{"a": "\xff"}')
         and f / (n + ".json"), _import_new, "not UTF-8"),
    Case("json-empty", lambda f, n: _text(f, n + ".json", ""), _import_new, "not valid JSON"),
    Case("json-nan", lambda f, n: _raw('"x": ', '"x": NaN, "q": ')(f, n + ".json"),
         _import_new, ""),
    Case("json-dangling-link", lambda f, n: _with(_set(("links", 0, "target_id"), "gone"))(
        f, n + ".json"), _import_new, "no sticky with id 'gone'"),
    Case("json-pivotal-hotspot", lambda f, n: _with(
        lambda d: d[BAD_STICKY].append({"id": "hx", "kind": "hotspot", "x": 0, "y": 0,
                                        "pivotal": True}))(f, n + ".json"),
         _import_new, "pivotal"),
    Case("json-megabyte-key", lambda f, n: _with(_set((BAD_STICKY, 0, "k" * 2**20), 1))(
        f, n + ".json"), _import_new, "Additional properties"),
    Case("excalidraw-5000-digit-int", lambda f, n: _text(
        f, n + ".excalidraw", '{"type": "excalidraw", "elements": [{"type": "rectangle", '
        '"id": "a", "x": ' + "9" * 5000 + ', "y": 0, "width": 9, "height": 9}]}'),
         _import_new, "thousands of digits"),
    Case("excalidraw-400-digit-int", lambda f, n: _text(
        f, n + ".excalidraw", '{"type": "excalidraw", "elements": [{"type": "rectangle", '
        '"id": "a", "x": ' + "9" * 400 + ', "y": 0, "width": 9, "height": 9}]}'),
         _import_new, "x must be a number"),
    Case("drawio-5000-digit-attribute", lambda f, n: _text(
        f, n + ".drawio", '<mxfile><diagram><mxGraphModel><root><mxCell id="0"/>'
        '<mxCell id="1" parent="0"/><mxCell id="2" value="x" vertex="1" parent="1">'
        '<mxGeometry x="' + "9" * 5000 + '" y="0" width="100" height="100" as="geometry"/>'
        "</mxCell></root></mxGraphModel></diagram></mxfile>"), _import_new, "finite number"),
    Case("csv-5000-digit-cell", lambda f, n: _text(
        f, n + ".csv", "kind,text,x,y\ndomain_event,a," + "9" * 5000 + ",1\n"), _import_new,
         "finite number"),
    Case("export-huge-selection-argument", _good_board,
         lambda s, f: ["export", str(s), "-o", str(f / "o.pdf"), "--selection-lane",
                       "x" * 100_000], "no lane"),
    # -- inconsistent .storm files -----------------------------------------------------------
    Case("storm-dangling-link", lambda f, n: _storm_with(
        "INSERT INTO links VALUES ('zz', 'nowhere', 'gone', 'leads_to', '')")(f, n + ".storm"),
         _check, "link 'zz' joins a sticky that is not on the board"),
    Case("storm-dangling-vote", lambda f, n: _storm_with(
        "INSERT INTO votes VALUES ('vz', 'p', 'gone', 0.0)")(f, n + ".storm"),
         _export_json, "vote 'vz'"),
    Case("storm-dangling-decision", lambda f, n: _storm_with(
        "INSERT INTO decisions VALUES ('gone', 'Ali', '')")(f, n + ".storm"),
         _export_json, "decision 'gone'"),
    Case("storm-zero-height-lane", lambda f, n: _storm_with(
        "UPDATE lanes SET height = 0")(f, n + ".storm"), _export_json, "impossible height"),
    Case("storm-pivotal-hotspot", lambda f, n: _storm_with(
        "UPDATE stickies SET pivotal = 1 WHERE kind = 'hotspot'")(f, n + ".storm"),
         _check, "marked pivotal"),
    Case("storm-huge-int-in-json-cell", lambda f, n: _storm_with(
        "UPDATE workshop SET history = '[{\"key\": \"k\", \"started_at\": " + "9" * 400
        + "}]'")(f, n + ".storm"), _check, "out of range"),
    Case("storm-5000-digit-int-in-json-cell", lambda f, n: _storm_with(
        "UPDATE workshop SET plan = '[" + "9" * 5000 + "]'")(f, n + ".storm"), _check,
         "not valid JSON"),
    Case("storm-long-lane-label", lambda f, n: _storm_with(
        "UPDATE lanes SET label = printf('%.5000c', 'x')")(f, n + ".storm"), _export_json,
         "longer than 200"),
    Case("storm-vote-budget-500", lambda f, n: _storm_with(
        "UPDATE workshop SET vote_budget = 500")(f, n + ".storm"), _check, "vote budget"),
    Case("storm-fifo-journal-beside", lambda f, n: _side(f, n, "-journal", "fifo"), _check,
         "not a regular file"),
    Case("storm-fifo-wal-beside", lambda f, n: _side(f, n, "-wal", "fifo"), _export_json,
         "not a regular file"),
    Case("storm-dev-zero-shm-beside", lambda f, n: _side(f, n, "-shm", "/dev/zero"),
         _export_json, "not a regular file"),
    # -- outputs that are not files ---------------------------------------------------------
    Case("out-fifo-json", _good_board, _export_to("o.json", _fifo_out), "pipe (FIFO)"),
    Case("out-dev-full-svg", _good_board, _export_to("o.svg", _full_out), "device"),
    Case("out-dev-full-json", _good_board, _export_to("o.json", _full_out), "device"),
    Case("out-dev-null-md", _good_board, _export_to("o.md", _null_out), "device"),
    Case("out-dev-full-pdf", _good_board, _export_to("o.pdf", _full_out), "device"),
    Case("out-dev-full-png", _good_board, _export_to("o.png", _full_out), "device"),
    Case("out-dev-full-csv", _good_board, _export_to("o.csv", _full_out), "device"),
    Case("out-folder", _good_board, _export_to("o.json", lambda f, n: (f / n).mkdir() or f / n),
         "folder"),
    Case("out-missing-folder", _good_board, _export_to("nowhere/o.json"), "does not exist"),
    Case("out-name-too-long", _good_board, _export_to("x" * 300 + ".json"), "too long"),
    Case("import-over-fifo", lambda f, n: _text(f, n + ".txt", "one\ntwo\n"),
         lambda s, f: ["import", str(s), "-o", str(_fifo(f, "o.storm"))], "already exists"),
    # -- names and arguments ---------------------------------------------------------------
    Case("slice-name-not-utf8", _good_board,
         lambda s, f: ["slice", str(s), "--name", "ab\udcffc"], "broken character"),
    Case("slices-of-a-fifo", lambda f, n: _fifo(f, n + ".storm"),
         lambda s, f: ["slices", str(s)], "FIFO"),
    Case("replay-of-dev-zero", lambda f, n: _link(f, n + ".storm", "/dev/zero"),
         lambda s, f: ["export", str(s), "-o", str(f / "r.gif"), "--replay"], "character"),
    Case("title-not-utf8", _good_board,
         lambda s, f: ["new", str(f / "t.storm"), "--title", "ab\udcffc"], "unpaired surrogate"),
]


def _snapshot(folder: Path) -> dict[str, str]:
    """Every entry of the folder: regular files by content, others by kind (FIFOs stay FIFOs)."""
    seen = {}
    for entry in sorted(folder.rglob("*")):
        if entry.is_symlink():
            seen[str(entry)] = f"link:{os.readlink(entry)}"
        elif entry.is_fifo():
            seen[str(entry)] = "fifo"
        elif entry.is_dir():
            seen[str(entry)] = "dir"
        else:
            seen[str(entry)] = hashlib.sha256(entry.read_bytes()).hexdigest()
    return seen


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_hostile_case_is_one_line_exit_2_and_changes_nothing(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = case.make(tmp_path, "input")
    argv = case.argv(src, tmp_path)
    capsys.readouterr()
    before = _snapshot(tmp_path)
    started = time.perf_counter()
    status = main(argv)
    elapsed = time.perf_counter() - started
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert status == 2, (out, err)
    assert len(lines) == 1 and lines[0].startswith("stormboard: "), err
    assert "Unexpected error" not in err
    assert case.expect in lines[0], lines[0]
    assert len(lines[0]) <= 1100
    assert _snapshot(tmp_path) == before  # inputs unchanged, no partial output
    assert elapsed < TIME_BOUND


def test_corpus_covers_every_class() -> None:
    """The corpus stays broad: a case removed by mistake shows here."""
    assert len(CORPUS) >= 50
    prefixes = {c.name.split("-")[0] for c in CORPUS}
    assert {"json", "csv", "storm", "out", "title"} <= prefixes


# -- failing disks: every writer, through the one atomic writer --------------------------------
FORMATS = ("json", "svg", "png", "md", "csv", "pdf", "excalidraw", "drawio", "mmd")


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO, errno.EDQUOT])
def test_a_disk_that_fails_at_fsync_reports_and_leaves_nothing(
    suffix: str, code: int, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    board = _storm(tmp_path, "b.storm")
    out = tmp_path / f"out.{suffix}"
    out.write_text("the previous export\n")  # must survive a failed export

    def full(_path: Path) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic, "_sync_file", full)
    capsys.readouterr()
    extra = ["--dpi", "20"] if suffix == "png" else []
    status = main(["export", str(board), "-o", str(out), *extra])
    err = capsys.readouterr().err
    assert status == 2 and len(err.splitlines()) == 1, err
    assert "Nothing was written" in err and "Unexpected" not in err
    assert out.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.storm", f"out.{suffix}"]


def _limited(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _cli(*argv: str, limit: int | None = None, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("STORMBOARD_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "stormboard.cli", *argv], env=env, timeout=120,
        preexec_fn=_limited(limit) if limit else None, **kwargs,
    )


@pytest.mark.slow
@pytest.mark.parametrize("suffix", FORMATS)
def test_file_size_limit_during_export(suffix: str, tmp_path: Path) -> None:
    """RLIMIT_FSIZE: Python ignores SIGXFSZ, so the write fails with EFBIG mid-file."""
    board = _storm(tmp_path, "b.storm")
    out = tmp_path / f"out.{suffix}"
    extra = ["--dpi", "20"] if suffix == "png" else []
    result = _cli("export", str(board), "-o", str(out), *extra, limit=1500,
                  capture_output=True, text=True)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "largest file size" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.storm"]


@pytest.mark.slow
def test_full_closed_and_broken_stdout(tmp_path: Path) -> None:
    board = _storm(tmp_path, "b.storm")
    with open("/dev/full", "w") as full:
        result = _cli("check", str(board), stdout=full, stderr=subprocess.PIPE, text=True)
    assert result.returncode == 2
    assert result.stderr == ("stormboard: Cannot write to the standard output: "
                             "No space left on device.\n")
    closed = _cli("check", str(board), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                  text=True, pass_fds=(), close_fds=True)
    assert closed.returncode == 0 and closed.stderr == ""
    # a reader that goes away at once (``| head -c0``): quiet, as a shell tool should be
    proc = subprocess.Popen([sys.executable, "-m", "stormboard.cli", "check", str(board)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert "Unexpected" not in err and "Traceback" not in err and "Exception" not in err
    # stdout closed altogether (``>&-``)
    script = ("import os, sys; os.close(1); sys.stdout = None; "
              "from stormboard.cli import main; raise SystemExit(main(sys.argv[1:]))")
    shut = subprocess.run([sys.executable, "-c", script, "check", str(board)],
                          capture_output=False, stderr=subprocess.PIPE, text=True, timeout=120)
    assert shut.returncode == 0 and shut.stderr == ""


@pytest.mark.slow
def test_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    """A name's bytes are printed back as they are; a title made from it gets U+FFFD."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    folder = os.fsencode(tmp_path)
    board = folder + b"/\xff\xfe.storm"

    def run(*argv: bytes) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "stormboard.cli", *argv], env=env,
                              capture_output=True, timeout=120)

    made = run(b"new", board)
    assert made.returncode == 0 and made.stdout.startswith(b"Created " + board)
    assert run(b"check", board).stdout.startswith("Title: \ufffd\ufffd".encode())
    out = folder + b"/\xff.svg"
    assert run(b"export", board, b"-o", out).returncode == 0
    missing = run(b"check", folder + b"/\xfe\xff.storm")
    assert missing.returncode == 2
    assert missing.stderr == b"stormboard: The board file \xfe\xff.storm does not exist.\n"


@pytest.mark.slow
def test_bounds_fifo_and_200k_errors(tmp_path: Path) -> None:
    """Measured in a child process: a FIFO is refused at once; 200,000 bad stickies are
    refused in seconds and without gigabytes of memory."""
    fifo = _fifo(tmp_path, "f.json")
    started = time.perf_counter()
    result = _cli("import", str(fifo), "-o", str(tmp_path / "a.storm"), capture_output=True,
                  text=True)
    fifo_seconds = time.perf_counter() - started
    assert result.returncode == 2 and "FIFO" in result.stderr
    many = _many_errors(tmp_path, "many.json")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    result = _cli("import", str(many), "-o", str(tmp_path / "b.storm"), capture_output=True,
                  text=True)
    many_seconds = time.perf_counter() - started
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    assert result.returncode == 2 and "more problems" in result.stderr
    print(f"FIFO refused in {fifo_seconds:.2f} s; 200k errors refused in {many_seconds:.2f} s, "
          f"peak RSS {peak_mb:.0f} MB")
    assert fifo_seconds < TIME_BOUND and many_seconds < 60 and peak_mb < 1024


def _chattr(flag: str, path: Path) -> bool:
    try:
        return subprocess.run(["chattr", flag, str(path)], capture_output=True,
                              timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.mark.parametrize("what", ["file", "folder"])
def test_immutable_target_is_one_clear_line(what: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    board = _storm(tmp_path, "b.storm")
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "o.json"
    out.write_text("kept\n")
    locked = out if what == "file" else folder
    if not _chattr("+i", locked):
        pytest.skip("chattr +i needs CAP_LINUX_IMMUTABLE and a file system that has it")
    try:
        capsys.readouterr()
        status = main(["export", str(board), "-o", str(out)])
        err = capsys.readouterr().err
    finally:
        _chattr("-i", locked)
    assert status == 2 and len(err.splitlines()) == 1, err
    assert "may not be changed (read-only or immutable)" in err
    assert out.read_text() == "kept\n" and sorted(p.name for p in folder.iterdir()) == ["o.json"]


def test_repair_writes_a_mended_copy_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _storm(tmp_path, "broken.storm",
                    "INSERT INTO links VALUES ('zz', 'nowhere', 'gone', 'leads_to', '')",
                    "UPDATE lanes SET height = -5")
    before = broken.read_bytes()
    fixed = tmp_path / "fixed.storm"
    capsys.readouterr()
    assert main(["repair", str(broken), "-o", str(fixed)]) == 0
    assert capsys.readouterr().out == f"Repaired {broken} into {fixed}\n"
    assert broken.read_bytes() == before
    assert main(["check", str(fixed)]) == 0
    assert main(["export", str(fixed), "-o", str(tmp_path / "f.json")]) == 0
    assert main(["import", str(tmp_path / "f.json"), "-o", str(tmp_path / "again.storm")]) == 0
    capsys.readouterr()
    assert main(["repair", str(broken), "-o", str(fixed)]) == 2
    assert "already exists" in capsys.readouterr().err


@pytest.mark.slow
def test_a_new_board_under_a_file_size_limit_names_the_board(tmp_path: Path) -> None:
    out = tmp_path / "big.storm"
    result = _cli("import", str(SAMPLE), "-o", str(out), limit=20_000, capture_output=True,
                  text=True)
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("stormboard: big.storm could not be created")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_a_checkpoint_cut_short_by_a_full_disk_loses_nothing(tmp_path: Path) -> None:
    """The edit is committed to the -wal; closing checkpoints it into the board, and a
    file-size limit cuts that copy mid-page. The board must still open with every sticky (the
    -wal has them), and the next edit with room on the disk makes the file whole again."""
    board = _storm(tmp_path, "b.storm")
    limit = board.stat().st_size + 5000  # room for the -wal, not for the grown board
    result = _cli("import", str(SAMPLE), "--into", str(board), limit=limit,
                  capture_output=True, text=True)
    assert result.returncode == 0, result.stderr  # committed: the -wal holds it durably
    assert board.stat().st_size == limit and Path(f"{board}-wal").exists()
    check = _cli("check", str(board), capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert "Stickies: 184" in check.stdout  # 92 + 92: nothing lost
    more = tmp_path / "more.txt"
    more.write_text("one\ntwo\n")
    assert _cli("import", str(more), "--into", str(board), capture_output=True).returncode == 0
    assert not Path(f"{board}-wal").exists() and board.stat().st_size % 4096 == 0
    assert "Stickies: 186" in _cli("check", str(board), capture_output=True, text=True).stdout
