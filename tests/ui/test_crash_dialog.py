"""An exception escaping a slot: logged with its traceback, one dialog naming the log, once."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from stormboard.support_log import ENV_LOG_DIR, setup_logging
from stormboard.ui.crash_dialog import CrashReporter


@pytest.fixture
def reporter(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(ENV_LOG_DIR, str(tmp_path / "logs"))
    setup_logging()
    parent = QWidget()
    qtbot.addWidget(parent)
    crashes = CrashReporter(lambda: parent)
    crashes.install()
    yield crashes
    crashes.uninstall()
    logger = logging.getLogger("stormboard")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def raise_and_report() -> None:
    try:
        raise RuntimeError("paint failed")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())


def test_unhandled_error_shows_one_dialog_with_the_log_path(reporter, tmp_path, capsys) -> None:
    assert sys.excepthook == reporter.report
    raise_and_report()
    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert str(tmp_path / "logs" / "stormboard.log") in dialog.text()
    assert "board is safe" in dialog.text()
    first = dialog
    raise_and_report()  # the same failure again at once: logged, no second dialog
    assert reporter.dialog is first
    for handler in logging.getLogger("stormboard").handlers:
        handler.flush()
    text = (tmp_path / "logs" / "stormboard.log").read_text(encoding="utf-8")
    assert text.count("RuntimeError: paint failed") == 2
    assert "paint failed" in capsys.readouterr().err


def test_the_app_installs_the_reporter_while_it_runs(monkeypatch, qtbot, tmp_path) -> None:
    from stormboard.ui import app as app_module

    seen = {}
    monkeypatch.setattr(app_module.QApplication, "exec",
                        lambda self: seen.setdefault("hook", sys.excepthook) and 0)
    monkeypatch.setenv("STORMBOARD_SETTINGS", str(tmp_path / "s.ini"))
    monkeypatch.setenv("STORMBOARD_BOARDS_DIR", str(tmp_path / "boards"))
    before = sys.excepthook
    app_module.run_app(None)
    assert getattr(seen["hook"], "__self__", None).__class__ is CrashReporter
    assert sys.excepthook == before
