"""``stormboard export FILE.storm -o wall.png|wall.svg [--dpi N]``: a picture of the wall.

Drawn by the canvas's own scene (``stormboard.ui.export``), so it needs Qt but no screen: with
no display the offscreen platform is used. Every refusal is one ``UsageError`` line, no file.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..domain.board import Board
from ..export.atomic import OutputError
from ..export.poster import PosterError, Scope, ScopeKind, length_mm, parse_scale
from ..export.poster.options import ScaleMode
from .errors import UsageError

SUFFIXES = (".png", ".svg")


def ensure_qt_app() -> None:
    """A QApplication for the scene to live in: the running one, or a new headless one."""
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        # must be set before the application object exists; an explicit choice wins
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is None:
        QApplication(["stormboard"])
    elif not isinstance(app, QApplication):
        raise UsageError(code="cli.pictures_need_qt_widgets")


def _scope(args: argparse.Namespace) -> Scope:
    lane = getattr(args, "selection_lane", None)
    chapter = getattr(args, "chapter", None)
    selection = getattr(args, "selection", None)
    if sum(x is not None for x in (lane, chapter, selection)) > 1:
        raise UsageError(code="cli.choose_one_selection_lane")
    if lane is not None:
        return Scope(ScopeKind.LANE, value=str(lane))
    if chapter is not None:
        return Scope(ScopeKind.CHAPTER, value=str(chapter))
    if selection is not None:
        ids = selection.split(",") if isinstance(selection, str) else selection
        return Scope(ScopeKind.SELECTION, frozenset(i.strip() for i in ids if i.strip()))
    return Scope()


def _percent(args: argparse.Namespace) -> float:
    """Pictures are real size unless --scale says N%; fit and width:N belong to posters."""
    text = str(getattr(args, "scale", None) or "fit")
    if text.strip().lower() == "fit":
        return 100.0
    scale = parse_scale(text)
    if scale.mode is ScaleMode.PERCENT:
        return scale.value
    if scale.mode is ScaleMode.REAL:
        return 100.0
    raise UsageError(code="cli.scale_applies_pdf_posters", text=text)


def export(board: Board, out: Path, args: argparse.Namespace) -> None:
    """Write ``out`` (.png or .svg) at ``args.dpi`` (default 150), real size unless --scale N%."""
    out = Path(out)
    if out.suffix.lower() not in SUFFIXES:
        raise UsageError(code="cli.cannot_write_picture_use", name=out.name)
    dpi = getattr(args, "dpi", None)
    dpi = 150 if dpi is None else dpi
    if not isinstance(dpi, int | float) or not 0 < dpi <= 1200:
        raise UsageError(code="cli.dpi_possible_picture_choose", dpi=dpi)
    try:
        margin = length_mm(getattr(args, "margin", None) or "10mm", "Margin")
        options_scope, percent = _scope(args), _percent(args)
    except PosterError as error:
        raise UsageError(error) from None
    ensure_qt_app()
    from ..ui.export.image_export import ImageError, ImageOptions, export_image

    options = ImageOptions(dpi=int(dpi), margin_mm=margin, scope=options_scope, percent=percent)
    try:
        plan = export_image(board, out, options)
    except ImageError as error:
        raise UsageError(error) from None
    except OutputError as error:
        raise UsageError(error) from None
    except OSError as error:
        raise UsageError(code="cli.cannot_write", out=out, value=error.strerror or error) from None
    w, h = plan.size_mm
    print(f"Picture {plan.width_px} × {plan.height_px} px at {plan.options.dpi} dpi "
          f"({w:.0f} × {h:.0f} mm, {plan.options.percent:g}% of real size)")
