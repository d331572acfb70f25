"""Fixtures for Qt tests: headless, isolated settings and standard paths, English by default."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["STORMBOARD_LANG"] = "en"

from PySide6.QtCore import QSettings, QStandardPaths

# QStandardPaths points at ~/.qttest: nothing a test does lands in the user's own folders
QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "stormboard.ini"


@pytest.fixture
def isolated_settings(settings_file: Path) -> QSettings:
    """A QSettings on a temporary INI file, never the user's registry or config."""
    return QSettings(str(settings_file), QSettings.Format.IniFormat)


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """Leave the application in English, left to right, after a test that switched language."""
    from PySide6.QtCore import Qt

    from stormboard.ui.i18n import install_translations

    yield
    install_translations(qapp, "en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
