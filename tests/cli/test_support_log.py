"""The support log: where it is, what reaches it, and that a read-only folder never stops us."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stormboard.cli import main
from stormboard.support_log import ENV_LOG_DIR, log_file, setup_logging


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv(ENV_LOG_DIR, str(folder))
    yield folder
    logger = logging.getLogger("stormboard")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def test_log_where_prints_the_file(logs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--log-where"]) == 0
    assert capsys.readouterr().out.strip() == str(logs / "stormboard.log")


def test_log_level_before_or_after_the_command(logs: Path, tmp_path: Path) -> None:
    assert main(["--log-level", "debug", "new", str(tmp_path / "a.storm")]) == 0
    assert logging.getLogger("stormboard").level == logging.DEBUG
    assert main(["new", "--log-level=error", str(tmp_path / "b.storm")]) == 0
    assert logging.getLogger("stormboard").level == logging.ERROR
    assert main(["check", "--log-level", "loud", str(tmp_path / "a.storm")]) == 2


def test_an_unexpected_error_goes_to_the_log_with_its_traceback(
    logs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from stormboard.cli import commands

    def broken(_args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(commands, "check", broken)
    monkeypatch.delenv("STORMBOARD_DEBUG", raising=False)
    assert main(["check", str(tmp_path / "x.storm")]) == 2
    err = capsys.readouterr().err
    assert str(log_file()) in err and err.count("\n") == 1
    for handler in logging.getLogger("stormboard").handlers:
        handler.flush()
    text = (logs / "stormboard.log").read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: a bug" in text


def test_an_unwritable_log_folder_is_not_an_error(tmp_path: Path, monkeypatch) -> None:
    # a file where the folder should be: mkdir fails for root too (CI runs as root)
    blocker = tmp_path / "state"
    blocker.write_text("not a folder")
    monkeypatch.setenv(ENV_LOG_DIR, str(blocker / "logs"))
    assert setup_logging() is None
    assert main(["new", str(tmp_path / "still.storm")]) == 0


def test_a_hard_crash_leaves_its_stack_in_the_faults_log(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    code = ("from stormboard.support_log import setup_logging; setup_logging(); "
            "import faulthandler; faulthandler._sigsegv()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60,
                            env={**os.environ, ENV_LOG_DIR: str(folder)})
    assert result.returncode != 0
    assert "Fatal Python error" in (folder / "faults.log").read_text(encoding="utf-8")
