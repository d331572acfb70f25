"""Raster (PNG) and vector (SVG) pictures of a board, drawn by the canvas's own scene.

The picture is the wall as the canvas shows it, on white, at a physical size: a standard sticky
is 76 mm at 100 %, and the DPI decides how many pixels that is. What to include uses the poster's
``Scope`` (whole board, selection, one lane, one chapter), so every export agrees on it.

    plan = plan_image(board, ImageOptions(dpi=150))
    write_png(board, plan, Path("wall.png"), progress=lambda done, total: not cancelled)
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from ...app.session import BoardSession
from ...domain.board import Board
from ...domain.notation import MM_PER_UNIT
from ...error_codes import CodedError
from ...export.atomic import OutputError, check_target, write_bytes
from ...export.poster import Content, PosterError, Scope
from ...export.poster.content import BORDER, select
from ...export.xml_text import xml_bytes, xml_text
from ..canvas.decor import LaneItem, LinkItem, MilestoneItem, PivotalLineItem
from ..canvas.scene import BoardScene
from ..canvas.sticky_item import StickyItem
from .svg_fonts import embed_fonts

#: longest side of a PNG; QPainter's raster engine works in 32-bit coordinates, and viewers
#: refuse larger images long before that
MAX_SIDE_PX = 32_000
#: 4 bytes a pixel: 150 million pixels is 600 MB of memory while the picture is drawn
MAX_PIXELS = 150_000_000
MIN_DPI, MAX_DPI = 10, 1200
#: milestone labels sit above the top sticky and run to the right of the line (see canvas decor)
MILESTONE_LABEL_ABOVE = 70.0
MILESTONE_LABEL_WIDTH = 300.0
#: pixel rows drawn per step, so a progress bar moves and Cancel is honoured on big pictures
STRIP_PX = 1024
BACKGROUND = QColor("#FFFFFF")

#: progress(done, total) -> False to cancel (None or True to go on), as the poster's
Progress = Callable[[int, int], "bool | None"]


class ImageError(CodedError, ValueError):
    """An image option cannot be honoured; the message is one sentence for the user."""


class ImageCancelled(Exception):
    """The progress callback asked to stop; no file was written."""


@dataclass(frozen=True, slots=True)
class ImageOptions:
    dpi: int = 150
    #: white space around the content, on the picture, in millimetres
    margin_mm: float = 10.0
    scope: Scope = field(default_factory=Scope)
    #: 100 = real size (a standard sticky 76 mm wide)
    percent: float = 100.0


@dataclass(frozen=True, slots=True)
class ImagePlan:
    options: ImageOptions
    content: Content
    #: the board rectangle drawn: left, top, width, height in board units
    source: tuple[float, float, float, float]
    #: pixels per board unit
    scale: float
    width_px: int
    height_px: int
    title: str

    @property
    def size_mm(self) -> tuple[float, float]:
        return (self.width_px / self.options.dpi * 25.4, self.height_px / self.options.dpi * 25.4)

    @property
    def megapixels(self) -> float:
        return self.width_px * self.height_px / 1e6


def check_dpi(dpi: float) -> int:
    if not (math.isfinite(dpi) and MIN_DPI <= dpi <= MAX_DPI) or dpi != int(dpi):
        message = QCoreApplication.translate(
            "ImageExport", "%1 dpi is not possible; choose a whole number from %2 to %3."
        )
        raise ImageError(message.replace("%1", f"{dpi:g}").replace("%2", str(MIN_DPI))
                         .replace("%3", str(MAX_DPI)))
    return int(dpi)


def plan_image(board: Board, options: ImageOptions, limit: bool = True) -> ImagePlan:
    """Work out the rectangle and pixel size, or raise ImageError saying what to change.

    ``limit=False`` skips the size cap (an SVG has no pixels to hold in memory)."""
    dpi = check_dpi(options.dpi)
    if not (math.isfinite(options.margin_mm) and 0 <= options.margin_mm <= 1000):
        raise ImageError(QCoreApplication.translate(
            "ImageExport", "The margin must be between 0 and 1000 mm."))
    if not (math.isfinite(options.percent) and 1 <= options.percent <= 1000):
        raise ImageError(QCoreApplication.translate(
            "ImageExport", "The size must be between 1% and 1000% of real size."))
    try:
        content = select(board, options.scope)
    except PosterError as error:
        raise ImageError(error) from None  # its code and parameters
    # the poster pads the content with BORDER units; the picture uses its own margin instead
    # the picture draws lanes as the canvas does, so it leaves out the poster's name band
    x0, y0 = content.x + content.lane_band + BORDER, content.y + BORDER
    x1, y1 = content.x + content.width - BORDER, y0 + content.height - 2 * BORDER
    if content.milestones:
        y0 -= MILESTONE_LABEL_ABOVE
        x1 = max(x1, max(m.x for m in content.milestones) + MILESTONE_LABEL_WIDTH)
    scale = MM_PER_UNIT * options.percent / 100 * dpi / 25.4  # px per board unit
    margin = options.margin_mm / 25.4 * dpi / scale  # board units
    source = (x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin)
    w, h = _pixels(source, dpi, options.percent)
    if limit and not _fits(w, h):
        best = _best_dpi(dpi, source, options.percent)
        hint = (
            QCoreApplication.translate("ImageExport", "choose %1 dpi or less").replace(
                "%1", str(best))
            if best >= MIN_DPI
            else QCoreApplication.translate(
                "ImageExport", "export a part of the board, an SVG or a PDF poster instead")
        )
        message = QCoreApplication.translate(
            "ImageExport",
            "At %1 dpi the picture would be %2 × %3 pixels (%4 megapixels), more than the limit "
            "of %5 pixels a side and %6 megapixels; %7.",
        )
        raise ImageError(
            message.replace("%1", str(dpi)).replace("%2", f"{w:,}").replace("%3", f"{h:,}")
            .replace("%4", f"{w * h / 1e6:,.0f}").replace("%5", f"{MAX_SIDE_PX:,}")
            .replace("%6", f"{MAX_PIXELS / 1e6:,.0f}").replace("%7", hint)
        )
    return ImagePlan(options, content, source, scale, w, h, board.info.title)


def fitting_dpi(board: Board, options: ImageOptions) -> int | None:
    """The highest dpi up to ``options.dpi`` whose PNG fits the size caps; None if none does."""
    plan = plan_image(board, options, limit=False)
    w, h = plan.width_px, plan.height_px
    if _fits(w, h):
        return plan.options.dpi
    best = _best_dpi(plan.options.dpi, plan.source, options.percent)
    return best if best >= MIN_DPI else None


def _pixels(source: tuple[float, float, float, float], dpi: int, percent: float) -> tuple[int, int]:
    scale = MM_PER_UNIT * percent / 100 * dpi / 25.4
    return (max(1, math.ceil(source[2] * scale - 1e-6)),
            max(1, math.ceil(source[3] * scale - 1e-6)))


def _fits(w: int, h: int) -> bool:
    return max(w, h) <= MAX_SIDE_PX and w * h <= MAX_PIXELS


def _best_dpi(dpi: int, source: tuple[float, float, float, float], percent: float) -> int:
    """The highest dpi below ``dpi`` whose picture fits the caps (the source rectangle does not
    depend on dpi; the loop only absorbs rounding up to whole pixels)."""
    w, h = _pixels(source, dpi, percent)
    best = math.floor(dpi * min(MAX_SIDE_PX / max(w, h), math.sqrt(MAX_PIXELS / (w * h))))
    while best >= MIN_DPI and not _fits(*_pixels(source, best, percent)):
        best -= 1
    return best


class _ExportScene(BoardScene):
    """The canvas scene on white, without the grid and without the wall's paper colour."""

    freezes_collector = False  # a throwaway: freezing would unfreeze the open wall after

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, BACKGROUND)


def _scene_for(board: Board, content: Content) -> _ExportScene:
    """An offscreen scene of ``board`` showing only what ``content`` holds."""
    scene = _ExportScene(BoardSession(board))
    scene.grid_enabled = False
    stickies = {s.id for s in content.stickies}
    lanes = {ln.id for ln in content.lanes}
    milestones = {m.id for m in content.milestones}
    links = {k.id for k in content.links}
    for item in scene.items():
        keep = _keeps(item, stickies, lanes, milestones, links)
        if keep is not None:
            item.setVisible(keep)
    return scene


def _keeps(item: QGraphicsItem, stickies: set[str], lanes: set[str], milestones: set[str],
           links: set[str]) -> bool | None:
    if isinstance(item, StickyItem):
        return item.sticky_id in stickies
    if isinstance(item, LaneItem):
        return item.lane.id in lanes
    if isinstance(item, MilestoneItem):
        return item.milestone.id in milestones
    if isinstance(item, PivotalLineItem):
        return item.sticky.id in stickies
    if isinstance(item, LinkItem):
        return item.link.id in links
    return None  # the block layer and anything else the canvas adds: left as it is


def _hints(painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)


def render_image(board: Board, plan: ImagePlan, progress: Progress | None = None) -> QImage:
    """Draw the plan into a QImage, strip by strip (progress after each; False cancels)."""
    image = QImage(plan.width_px, plan.height_px, QImage.Format.Format_RGB32)
    if image.isNull():
        message = QCoreApplication.translate(
            "ImageExport",
            "There is not enough memory for a %1 × %2 pixel picture; choose a lower dpi.",
        )
        raise ImageError(message.replace("%1", f"{plan.width_px:,}")
                         .replace("%2", f"{plan.height_px:,}"))
    dots_per_metre = round(plan.options.dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(BACKGROUND)
    scene = _scene_for(board, plan.content)
    try:
        sx, sy, _, _ = plan.source
        strips = max(1, math.ceil(plan.height_px / STRIP_PX))
        painter = QPainter(image)
        try:
            _hints(painter)
            for i in range(strips):
                top = i * STRIP_PX
                rows = min(STRIP_PX, plan.height_px - top)
                target = QRectF(0, top, plan.width_px, rows)
                source = QRectF(sx, sy + top / plan.scale, plan.width_px / plan.scale,
                                rows / plan.scale)
                painter.setClipRect(target)
                scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
                if progress is not None and progress(i + 1, strips) is False:
                    raise ImageCancelled(
                        QCoreApplication.translate("ImageExport", "Image export cancelled."))
        finally:
            painter.end()
    finally:
        scene.detach()  # the throwaway session; Python owns the scene and frees it
    return image


def write_png(board: Board, plan: ImagePlan, out: Path, progress: Progress | None = None) -> None:
    """Draw and save a PNG atomically: a cancelled or failed export leaves no file.

    The PNG is encoded in memory and written by ``export.atomic`` (ADR 0161): Qt's own file
    writing cannot tell a full disk from success."""
    image = render_image(board, plan, progress)
    check_target(Path(out))  # a device or FIFO as the output is refused before encoding
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        message = QCoreApplication.translate("ImageExport", "Cannot write the PNG file %1.")
        raise OutputError(message.replace("%1", str(out)))
    write_bytes(Path(out), bytes(buffer.data().data()))


def write_svg(board: Board, plan: ImagePlan, out: Path, progress: Progress | None = None) -> None:
    """Save an SVG atomically; text stays text, sizes are the plan's physical size."""
    if progress is not None and progress(0, 1) is False:
        raise ImageCancelled(QCoreApplication.translate("ImageExport", "Image export cancelled."))
    check_target(Path(out))
    scene = _scene_for(board, plan.content)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(plan.options.dpi)  # pixels -> the physical width/height
        generator.setSize(QSize(plan.width_px, plan.height_px))
        generator.setViewBox(QRectF(0, 0, plan.width_px, plan.height_px))
        generator.setTitle(xml_text(plan.title))
        generator.setDescription(xml_text(f"Event Storming board: {plan.content.description}"))
        painter = QPainter(generator)
        try:
            _hints(painter)
            painter.fillRect(QRectF(0, 0, plan.width_px, plan.height_px), BACKGROUND)
            scene.render(painter, QRectF(0, 0, plan.width_px, plan.height_px),
                         QRectF(*plan.source), Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.end()
        del generator
    finally:
        scene.detach()  # the throwaway session; Python owns the scene and frees it
    # Qt writes text as it is: a control character would make the file invalid XML
    svg = xml_bytes(bytes(buffer.data().data())).decode("utf-8")
    # the board font's used glyphs travel with the file (svg_fonts, ADR 0185)
    write_bytes(Path(out), embed_fonts(svg).encode("utf-8"))
    if progress is not None:
        progress(1, 1)


def export_image(board: Board, out: Path, options: ImageOptions,
                 progress: Progress | None = None) -> ImagePlan:
    """Plan and write ``out`` as PNG or SVG by its extension; return the plan used."""
    suffix = Path(out).suffix.lower()
    if suffix not in (".png", ".svg"):
        message = QCoreApplication.translate(
            "ImageExport", "Cannot write a picture as %1: use .png or .svg.")
        raise ImageError(message.replace("%1", Path(out).name))
    plan = plan_image(board, options, limit=suffix == ".png")
    (write_png if suffix == ".png" else write_svg)(board, plan, out, progress)
    return plan
