"""An SVG of a board holding control characters is still valid XML (issue 13)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from stormboard.domain.board import Board
from stormboard.domain.entities import Sticky
from stormboard.ui.export.image_export import ImageOptions, export_image

CONTROLS = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")


def test_svg_drops_control_characters(qapp, tmp_path: Path) -> None:
    board = Board()
    board.load("info", [replace(board.info, title=f"Wall{CONTROLS}")])
    board.load("stickies", [Sticky("a", "domain_event", 0.0, 0.0, 160.0, 160.0,
                                   f"Order{CONTROLS}placed")])
    out = tmp_path / "wall.svg"
    export_image(board, out, ImageOptions(dpi=30))
    data = out.read_bytes()
    assert not any(b in data for b in CONTROLS.encode())
    root = ET.fromstring(data)  # raises on a character XML 1.0 cannot hold
    assert root.tag.endswith("svg")
