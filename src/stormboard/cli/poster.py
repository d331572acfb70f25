"""``stormboard export board.storm wall.pdf``: the wall-sized PDF poster.

Turns the export subcommand's options into ``PosterOptions``, prints the plan (physical size,
page count), and renders. Every refusal is one ``UsageError`` line; no partial file is left.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from ..domain.board import Board
from ..export.atomic import OutputError
from ..export.poster import (
    PosterError,
    PosterOptions,
    PosterPlan,
    PosterStrings,
    Scope,
    ScopeKind,
    length_mm,
    paper,
    parse_scale,
    plan_poster,
    render,
    undrawable_count,
)
from .errors import UsageError


def options_from_args(args: argparse.Namespace) -> PosterOptions:
    """PosterOptions from the export subcommand's options (missing ones take their defaults)."""
    lane = getattr(args, "selection_lane", None)
    chapter = getattr(args, "chapter", None)
    selection = getattr(args, "selection", None)
    if sum(x is not None for x in (lane, chapter, selection)) > 1:
        raise PosterError(code="cli.choose_one_selection_lane")
    if lane is not None:
        scope = Scope(ScopeKind.LANE, value=str(lane))
    elif chapter is not None:
        scope = Scope(ScopeKind.CHAPTER, value=str(chapter))
    elif selection is not None:
        ids = selection.split(",") if isinstance(selection, str) else selection
        scope = Scope(ScopeKind.SELECTION, frozenset(i.strip() for i in ids if i.strip()))
    else:
        scope = Scope()
    tile = getattr(args, "tile", None)
    lang = getattr(args, "lang", None)
    return PosterOptions(
        paper=paper(str(getattr(args, "paper", None) or "A0")),
        landscape=bool(getattr(args, "landscape", False)),
        scale=parse_scale(str(getattr(args, "scale", None) or "fit")),
        tile=paper(str(tile)) if tile else None,
        overlap_mm=length_mm(getattr(args, "overlap", None) or "10mm", "Overlap"),
        marks=bool(getattr(args, "marks", True)),
        margin_mm=length_mm(getattr(args, "margin", None) or "10mm", "Margin"),
        scope=scope,
        skip_empty_tiles=not getattr(args, "keep_empty_tiles", False),
        **({"strings": strings_for(lang)} if lang else {}),
    )


def strings_for(lang: str) -> PosterStrings:
    """The poster's words in ``lang``, from the app's own catalogues (Qt, headless)."""
    from .image import ensure_qt_app

    ensure_qt_app()
    from PySide6.QtCore import QCoreApplication

    from ..ui.export.poster_strings import poster_strings
    from ..ui.i18n import install_translations

    install_translations(QCoreApplication.instance(), lang)
    return poster_strings()


def _plan(board: Board, args: argparse.Namespace) -> PosterPlan:
    """With neither --landscape nor --portrait, the paper follows the board: a wall wider than
    tall is printed on landscape paper (as the Export dialog starts)."""
    options = options_from_args(args)
    plan = plan_poster(board, options)
    if getattr(args, "landscape", None) is None:
        _, _, width, height = plan.board_box
        if width > height:
            plan = plan_poster(board, dataclasses.replace(options, landscape=True))
    return plan


def export(board: Board, out: Path, args: argparse.Namespace) -> None:
    """Plan, print the size and page count, then write ``out`` atomically."""
    try:
        plan = _plan(board, args)
    except PosterError as error:
        raise UsageError(error) from None
    try:
        render(plan, Path(out))
    except OutputError as error:
        raise UsageError(error) from None
    except OSError as error:
        raise UsageError(code="cli.cannot_write", out=out, value=error.strerror or error) from None
    # printed once the file exists, so a refusal stays a single line
    print(plan.summary())
    for warning in plan.warnings:
        print(f"note: {warning}", file=sys.stderr)
    # characters no font on this system has (CJK, emoji without such fonts) print as nothing
    missing = undrawable_count(plan.content.stickies)
    if missing:
        print(f"note: {missing} {'sticky contains' if missing == 1 else 'stickies contain'} "
              "characters the poster cannot draw", file=sys.stderr)
