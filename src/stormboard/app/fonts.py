"""The board font: one TTF file shared by the canvas and the poster, so metrics match."""

from __future__ import annotations

from pathlib import Path

import fontpkg_ibm_plex_sans_arabic as _plex

#: covers Latin and every Persian letter, ZWNJ included
FAMILY = "IBM Plex Sans Arabic"


def font_file(bold: bool = False) -> Path:
    name = "IBMPlexSansArabic-Bold.ttf" if bold else "IBMPlexSansArabic-Regular.ttf"
    path = Path(_plex.ROOT) / "files" / name
    if not path.is_file():
        raise FileNotFoundError(f"The board font is missing: {path}")
    return path
