"""Shared test settings. Qt tests run headless unless a test sets up a real display itself."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")



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
