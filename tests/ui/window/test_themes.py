"""Themes: concrete palettes, high contrast, and the system default."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from stormboard.ui.i18n import chosen_language
from stormboard.ui.themes import Theme, palette_for, parse_theme, resolve


def test_high_contrast_is_black_and_white() -> None:
    palette = palette_for(Theme.HIGH_CONTRAST)
    assert palette.color(QPalette.ColorRole.Window) == QColor("#000000")
    assert palette.color(QPalette.ColorRole.WindowText) == QColor("#FFFFFF")
    assert palette.color(QPalette.ColorRole.Highlight) == QColor("#FFFF00")


def test_dark_is_dark_and_light_is_light() -> None:
    assert palette_for(Theme.DARK).color(QPalette.ColorRole.Window).lightness() < 80
    assert palette_for(Theme.LIGHT).color(QPalette.ColorRole.Window).lightness() > 200


def test_system_resolves_to_light_or_dark(qapp) -> None:
    assert resolve(Theme.SYSTEM) in (Theme.LIGHT, Theme.DARK)
    assert parse_theme("nonsense") is Theme.SYSTEM


def test_language_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORMBOARD_LANG", "fa_IR")
    assert chosen_language() == "fa_IR"
    assert chosen_language("de") == "de"
