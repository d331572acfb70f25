"""The installed ``stormboard`` console script, run as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "resources/samples/big-picture-bookshop.json"
SCRIPT = Path(sys.executable).with_name("stormboard")

pytestmark = pytest.mark.skipif(not SCRIPT.exists(), reason="stormboard is not installed here")


def stormboard(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "STORMBOARD_DEBUG"}
    return subprocess.run([str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)


def test_console_script_version_new_check_and_errors(tmp_path) -> None:
    version = stormboard("--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("stormboard ")

    made = stormboard("new", "wall.storm", "--title", "دیوار رویدادها", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    checked = stormboard("check", "wall.storm", cwd=tmp_path)
    assert checked.returncode == 0 and "Title: دیوار رویدادها" in checked.stdout

    (tmp_path / "junk.storm").write_bytes(b"\x00junk")
    bad = stormboard("check", "junk.storm", cwd=tmp_path)
    assert bad.returncode == 2 and bad.stdout == ""
    assert len(bad.stderr.splitlines()) == 1 and "Traceback" not in bad.stderr


def test_console_script_imports_and_exports_the_sample(tmp_path) -> None:
    imported = stormboard("import", str(SAMPLE), "-o", "sample.storm", cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    exported = stormboard("export", "sample.storm", "-o", "back.json", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "back.json").read_bytes() == SAMPLE.read_bytes()
