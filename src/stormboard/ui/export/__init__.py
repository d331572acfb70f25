"""Exports that need Qt: PNG/SVG pictures of the wall and the Export dialog.

The names below load ``image_export`` (and with it the poster code) on first use, so the main
window's File ▸ Export hook does not make the app's start pay for them (ADR 0201).
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ImageCancelled",
    "ImageError",
    "ImageOptions",
    "ImagePlan",
    "export_image",
    "fitting_dpi",
    "plan_image",
    "render_image",
    "write_png",
    "write_svg",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import image_export

        return getattr(image_export, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
