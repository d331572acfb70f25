"""The board font in Qt: the same TTF file the PDF poster embeds, so line breaks match."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from ..app.fonts import FAMILY, font_file

_family: str | None = None


def register_board_font() -> str:
    """Add the board font (regular and bold) to Qt once; return its family name.

    Needs a QGuiApplication. Falls back to the documented family name if Qt refuses the file,
    so text still draws (with another font's metrics) instead of failing.
    """
    global _family
    if _family is not None:
        return _family
    family = FAMILY
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(font_file(bold)))
        if font_id >= 0 and not bold:
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families:
                family = families[0]
    _family = family
    return family


def board_font(pixel_size: int = 100, bold: bool = False) -> QFont:
    """The board font at a pixel size, unhinted so widths scale linearly with size."""
    font = QFont(register_board_font())
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font
