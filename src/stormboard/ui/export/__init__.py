"""Exports that need Qt: PNG/SVG pictures of the wall and the Export dialog."""

from .image_export import (
    ImageCancelled,
    ImageError,
    ImageOptions,
    ImagePlan,
    export_image,
    fitting_dpi,
    plan_image,
    render_image,
    write_png,
    write_svg,
)

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
