"""File > Import… and dropping another tool's file on the wall (Excalidraw, draw.io, CSV, text,
JSON). ``install_import(window)`` adds both to a main window; see docs/interop.md."""

from .import_action import ImportUi, install_import
from .preview import ImportPreviewDialog

__all__ = ["ImportPreviewDialog", "ImportUi", "install_import"]
