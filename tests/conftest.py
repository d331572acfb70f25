"""Shared test settings. Qt tests run headless unless a test sets up a real display itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

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


def _free_display() -> int:
    for n in range(91, 200):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number")


def _xvfb_server(screen: str, *extra: str):
    """Start Xvfb with ``screen`` (e.g. "1600x1000x24") and yield its DISPLAY; stop it after."""
    server = shutil.which("Xvfb")
    if server is None:
        pytest.skip("Xvfb is not installed, so there is no real X server to draw on")
    for _attempt in range(3):
        n = _free_display()
        proc = subprocess.Popen(
            [server, f":{n}", "-screen", "0", screen, *extra, "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and proc.poll() is None:
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.05)
        if proc.poll() is None:
            break
    else:
        pytest.fail("Xvfb did not start")
    try:
        yield f":{n}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def xvfb() -> str:
    """A real X server (Xvfb, 1600x1000) for the duration of a test; yields its DISPLAY."""
    yield from _xvfb_server("1600x1000x24")


@pytest.fixture
def xvfb_720() -> str:
    """A projector-sized real X server: 1280x720 at 96 dpi."""
    yield from _xvfb_server("1280x720x24", "-dpi", "96")


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
