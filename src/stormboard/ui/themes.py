"""Light, dark and high-contrast looks. "System" follows the desktop's colour scheme."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


def parse_theme(value: object) -> Theme:
    """A stored preference back to a Theme; anything unknown means SYSTEM."""
    try:
        return Theme(str(value))
    except ValueError:
        return Theme.SYSTEM


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: Theme) -> Theme:
    """SYSTEM becomes LIGHT or DARK according to the desktop."""
    if theme is Theme.SYSTEM:
        return Theme.DARK if system_prefers_dark() else Theme.LIGHT
    return theme


_R = QPalette.ColorRole

# role -> colour; everything not listed keeps Fusion's value derived from these
_COLOURS: dict[Theme, dict[QPalette.ColorRole, str]] = {
    Theme.LIGHT: {
        _R.Window: "#F3F4F6",
        _R.WindowText: "#1B1F24",
        _R.Base: "#FFFFFF",
        _R.AlternateBase: "#EEF0F3",
        _R.Text: "#1B1F24",
        _R.Button: "#E8EAED",
        _R.ButtonText: "#1B1F24",
        _R.Highlight: "#1F6FEB",
        _R.HighlightedText: "#FFFFFF",
        _R.ToolTipBase: "#FFFFE1",
        _R.ToolTipText: "#1B1F24",
        _R.PlaceholderText: "#6B7280",
        _R.Link: "#0B57D0",
    },
    Theme.DARK: {
        _R.Window: "#24272C",
        _R.WindowText: "#E6E8EB",
        _R.Base: "#1B1D21",
        _R.AlternateBase: "#2B2F35",
        _R.Text: "#E6E8EB",
        _R.Button: "#30343A",
        _R.ButtonText: "#E6E8EB",
        _R.Highlight: "#4C8DF6",
        _R.HighlightedText: "#FFFFFF",
        _R.ToolTipBase: "#30343A",
        _R.ToolTipText: "#E6E8EB",
        _R.PlaceholderText: "#9AA0A6",
        _R.Link: "#8AB4F8",
    },
    # WCAG-style: pure black and white, yellow focus, no mid greys for text
    Theme.HIGH_CONTRAST: {
        _R.Window: "#000000",
        _R.WindowText: "#FFFFFF",
        _R.Base: "#000000",
        _R.AlternateBase: "#1A1A1A",
        _R.Text: "#FFFFFF",
        _R.Button: "#000000",
        _R.ButtonText: "#FFFFFF",
        _R.Highlight: "#FFFF00",
        _R.HighlightedText: "#000000",
        _R.ToolTipBase: "#000000",
        _R.ToolTipText: "#FFFFFF",
        _R.PlaceholderText: "#FFFFFF",
        _R.Link: "#00FFFF",
        _R.BrightText: "#FFFF00",
    },
}


def palette_for(theme: Theme) -> QPalette:
    """The palette of a concrete theme (SYSTEM is resolved first)."""
    palette = QPalette()
    for role, colour in _COLOURS[resolve(theme)].items():
        palette.setColor(role, QColor(colour))
    disabled = "#7A7A7A" if resolve(theme) is not Theme.HIGH_CONTRAST else "#BFBFBF"
    for role in (_R.Text, _R.WindowText, _R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def apply_theme(app: QApplication, theme: Theme) -> Theme:
    """Style the whole application; returns the concrete theme applied."""
    app.setStyle("Fusion")  # the same look on every platform, and palettes apply fully
    app.setPalette(palette_for(theme))
    return resolve(theme)
