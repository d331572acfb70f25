"""Shared test settings. Qt tests run headless unless a test sets up a real display itself."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# `make test` (and so .ci/run) sets STORMBOARD_NO_SKIP=1: there a skipped test is a failure,
# because a skip for a missing tool (Xvfb, lupdate, pdfinfo) would otherwise pass quietly.
STRICT_SKIPS = os.environ.get("STORMBOARD_NO_SKIP") == "1"
# The only skips allowed on CI: properties of the machine that installing a tool cannot change.
ALLOWED_SKIPS = {
    "chattr +i is not supported on this file system": "overlay and tmpfs mounts refuse the "
    "immutable flag; the read-only paths are covered by the chmod tests anyway",
}


def skip_verdict(reason: str) -> str | None:
    """None when a skip with this reason may stand, else why it fails the run."""
    if not STRICT_SKIPS or reason in ALLOWED_SKIPS:
        return None
    return f"skipped where every tool must be present (STORMBOARD_NO_SKIP=1): {reason}"


def _strict(report: pytest.TestReport | pytest.CollectReport) -> None:
    if not report.skipped or hasattr(report, "wasxfail"):
        return
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    reason = reason.removeprefix("Skipped: ")
    verdict = skip_verdict(reason)
    if verdict is not None:
        report.outcome = "failed"
        report.longrepr = verdict


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    outcome = yield
    _strict(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector):
    outcome = yield
    _strict(outcome.get_result())



@pytest.fixture(scope="session", autouse=True)
def _empty_clipboard_before_qt_teardown():
    """Qt's offscreen platform segfaults at process exit when the clipboard still holds data set
    from Python (seen with PySide6 6.11 and 6.12; xcb is fine). Tests that copy and paste leave
    data there, so empty it before the interpreter tears Qt down."""
    yield
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        QGuiApplication.clipboard().clear()

# Shared machines are noisy: a property test judges behaviour, never speed.
from hypothesis import settings  # noqa: E402

settings.register_profile("stormboard", deadline=None, print_blob=True)
settings.load_profile("stormboard")
