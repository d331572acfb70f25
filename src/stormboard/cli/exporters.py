"""Which module writes which output format, imported only when that format is asked for.

Each target is ``"module:function"`` where the function is
``export(board: Board, out: Path, args: argparse.Namespace) -> None`` and raises
``UsageError`` for a bad option. A build without a module (or without its dependencies) says so
instead of failing with a traceback.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path

from ..domain.board import Board
from .errors import UsageError

Exporter = Callable[[Board, Path, argparse.Namespace], None]

EXPORTERS: dict[str, str] = {
    ".json": "stormboard.cli.export_json:export",
    ".pdf": "stormboard.cli.poster:export",
    ".png": "stormboard.cli.image:export",
    ".svg": "stormboard.cli.image:export",
    ".md": "stormboard.cli.report:export",
    ".csv": "stormboard.cli.interop:export_csv",  # all stickies; --ranking: the wrap-up list
    ".excalidraw": "stormboard.cli.interop:export_excalidraw",
    ".drawio": "stormboard.cli.interop:export_drawio",
    ".mmd": "stormboard.cli.interop:export_mermaid",
}


def exporter_for(out: Path) -> Exporter:
    """The export function for ``out``'s extension, or a UsageError saying why there is none."""
    suffix = out.suffix.lower()
    target = EXPORTERS.get(suffix)
    if target is None:
        known = ", ".join(sorted(EXPORTERS))
        shown = suffix or "a file without an extension"
        raise UsageError(code="cli.cannot_export_output_name", shown=shown, known=known)
    module_name, _, function = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        # the module itself, or a library it needs, is not part of this build
        raise UsageError(code="cli.exporting_available_build", suffix=suffix) from error
    func = getattr(module, function, None)
    if func is None:
        raise UsageError(code="cli.exporting_available_build", suffix=suffix)
    return func
