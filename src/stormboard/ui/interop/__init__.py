"""File > Import… and dropping another tool's file on the wall (Excalidraw, draw.io, CSV, text,
JSON). ``install_import(window)`` adds both to a main window; see docs/interop.md."""

from typing import TYPE_CHECKING

from .import_action import ImportUi, install_import

if TYPE_CHECKING:
    from .preview import ImportPreviewDialog

__all__ = ["ImportPreviewDialog", "ImportUi", "install_import"]


def __getattr__(name: str):  # the preview loads with the first import (ADR 0239)
    if name == "ImportPreviewDialog":
        from .preview import ImportPreviewDialog

        return ImportPreviewDialog
    raise AttributeError(name)
