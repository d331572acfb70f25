"""File ▸ Print... (Ctrl+P): the poster's plan printed through Qt's print dialog with preview.

The pages are the poster plan's pages (``export.poster.plan_poster``): fit to one sheet of the
printer's paper, or the poster tiled onto it with the plan's overlap and marks, a tile map
first. Each page draws the wall with the canvas's own scene (as the PNG/SVG export does), so
the printer gets vectors and text Qt shapes itself, clipped to the tile the plan cuts out.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import notation
from ...domain.board import Board
from ...export.poster import (
    Paper,
    PosterError,
    PosterOptions,
    PosterPlan,
    Scale,
    ScaleMode,
    paper,
    plan_poster,
)
from ...export.poster.paper import MM
from ...export.poster.plan import Tile
from ...export.poster.render import (
    Label,
    legend_layout,
    map_labels,
    map_layout,
    tile_note,
    title_block_labels,
)
from ..digits import ui_digits
from ..error_text import sentence
from ..fonts import board_font
from .image_export import _hints, _scene_for
from .option_pages import mm_spin
from .poster_strings import poster_strings
from .print_hook import install_print_action, retranslate_on_language_change

__all__ = ["PLANS", "PrintDialog", "install_print_action", "open_print_dialog", "print_plan",
           "printer_options", "printer_paper", "retranslate_on_language_change"]

# crop and alignment marks: their length, in points
_MARK = 14.0


#: the Print dialog's plans: fit onto one sheet, real size tiled, or an A-size poster tiled
PLANS = ("fit", "real", "A0", "A1", "A2", "A3")


def printer_paper(printer: QPrinter) -> tuple[Paper, bool]:
    """The printer's sheet as the poster knows papers (a size it has no name for, by its
    millimetres), and whether it is turned to landscape."""
    size = printer.pageLayout().pageSize()
    landscape = printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    try:
        return paper(size.name()), landscape
    except PosterError:
        mm = size.size(QPageSize.Unit.Millimeter)
        if mm.width() >= 10 and mm.height() >= 10:
            return paper(f"{mm.width():.0f}x{mm.height():.0f}"), landscape
        return paper("A4"), landscape


def plan_options(sheet: Paper, plan: str = "fit", landscape: bool = False,
                 overlap_mm: float = 10.0, marks: bool = True) -> PosterOptions:
    """Poster options for printing on ``sheet``: ``fit`` the wall onto one sheet, ``real``
    size tiled onto sheets, or an ``A0``...``A3`` poster tiled onto sheets."""
    words = poster_strings()
    if plan == "fit":
        return PosterOptions(paper=sheet, landscape=landscape, strings=words)
    if plan == "real":
        return PosterOptions(paper=sheet, scale=Scale(ScaleMode.REAL), tile=sheet,
                             overlap_mm=overlap_mm, marks=marks, strings=words)
    return PosterOptions(paper=paper(plan), tile=sheet, overlap_mm=overlap_mm, marks=marks,
                         strings=words)


def printer_options(printer: QPrinter, tiled: bool = False) -> PosterOptions:
    """Poster options for the printer's paper: the whole wall fit onto one sheet, or (tiled)
    an A0 poster cut into sheets of it."""
    sheet, landscape = printer_paper(printer)
    return plan_options(sheet, "A0" if tiled else "fit", landscape)


def print_plan(board: Board, plan: PosterPlan, printer: QPrinter, restore: bool = True) -> int:
    """Print every page of ``plan`` on ``printer``; the number of pages printed. The printer
    gets the plan's page size for the job and (``restore``) its own paper back after it; a
    preview keeps the plan's, since it sizes its pages after the job."""
    # a landscape page is a portrait size turned (the preview shows a wide portrait size
    # as a tall page)
    wide = plan.page_width > plan.page_height
    short, long = sorted((plan.page_width, plan.page_height))
    layout = QPageLayout(QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "",
                                   QPageSize.SizeMatchPolicy.ExactMatch),
                         QPageLayout.Orientation.Landscape if wide else
                         QPageLayout.Orientation.Portrait, QMarginsF())
    saved = QPageLayout(printer.pageLayout())  # the user's paper, given back afterwards
    printer.setFullPage(True)  # the plan has its own margins
    printer.setPageLayout(layout)
    scene = _scene_for(board, plan.content)
    painter = QPainter()
    pages = 0
    try:
        if not painter.begin(printer):
            return 0
        _hints(painter)
        k = printer.resolution() / 72.0  # device pixels per point
        painter.scale(k, k)
        if plan.tiled:
            _tile_map(painter, scene, plan)
            pages += 1
        for tile in plan.tiles:
            if pages:
                printer.newPage()
            _tile(painter, scene, plan, tile)
            pages += 1
    finally:
        if painter.isActive():
            painter.end()
        if restore:
            printer.setPageLayout(saved)
        scene.detach()  # the throwaway session; Python owns the scene and frees it
    return pages


def _board(painter: QPainter, scene: object, plan: PosterPlan) -> None:
    """The poster in poster coordinates (points from its top-left corner): the wall, and
    the title block and legend laid out as the PDF lays them (export/poster/render)."""
    c = plan.content
    painter.save()
    painter.setClipRect(QRectF(*plan.board_box), Qt.ClipOperation.IntersectClip)
    scene.render(painter, QRectF(*plan.board_box),  # type: ignore[attr-defined]
                 QRectF(c.x, c.y, c.width, c.height), Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.restore()
    _furniture(painter, plan)


def _furniture(painter: QPainter, plan: PosterPlan) -> None:
    """The title block and the legend, at the places ``title_block_labels`` and
    ``legend_layout`` give the PDF; Qt shapes the text itself."""
    u = plan.band_unit
    painter.save()
    painter.setPen(QPen(QColor("#212121"), 0.08 * u))
    if plan.options.title_block:
        painter.drawLine(QPointF(0, plan.header_height), QPointF(plan.width, plan.header_height))
        for label in title_block_labels(plan):
            _label(painter, label)
    if plan.options.legend:
        top = plan.height - plan.legend_height
        painter.setPen(QPen(QColor("#212121"), 0.08 * u))
        painter.drawLine(QPointF(0, top), QPointF(plan.width, top))
        colors = dict(plan.legend_colors)
        for entry in legend_layout(plan):
            _swatch(painter, entry.key, QRectF(*entry.swatch[:2], entry.swatch[2],
                                               entry.swatch[2]), colors)
            _label(painter, entry.label)
    painter.restore()


def _label(painter: QPainter, label: Label) -> None:
    """One label: the board font at 100 px scaled to the label's size (sizes are fractional
    points; a QFont's pixel size is whole)."""
    font = board_font(100, label.font.endswith("Bold"))
    k = label.size / 100.0
    width = QFontMetricsF(font).horizontalAdvance(label.text) * k
    x = label.x - width if label.align == "end" else label.x
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(label.color))
    painter.translate(x, label.y)
    painter.scale(k, k)
    painter.drawText(QPointF(0, 0), label.text)
    painter.restore()


def _swatch(painter: QPainter, key: str, r: QRectF, colors: dict[str, str]) -> None:
    """A legend swatch, as the PDF's (export/poster/render._swatch) in Qt."""
    size = r.width()
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if key == "@lane":
        painter.setPen(QPen(QColor("#ECEFF1").darker(140), size * 0.04))
        painter.setBrush(QColor("#ECEFF1"))
        painter.drawRect(QRectF(r.x(), r.y() + size * 0.25, size, size * 0.5))
    elif key == "@milestone":
        painter.setPen(QPen(QColor(notation.MILESTONE_COLOR), size * 0.12))
        painter.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()))
    elif key == "@link":
        painter.setPen(QPen(QColor("#455A64"), size * 0.08))
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))
    elif key == "@votes":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#263238"))
        painter.drawEllipse(r.center(), size * 0.4, size * 0.4)
    elif key == "@pivotal":
        painter.setPen(QPen(QColor(notation.PIVOTAL_FRAME_COLOR), size * 0.1))
        painter.setBrush(QColor("#FFA94D"))
        painter.drawRect(r)
    else:
        kind = notation.KINDS_BY_ID[key]
        k = size / max(kind.width, kind.height)
        w, h = kind.width * k, kind.height * k
        painter.setPen(QPen(QColor(colors.get(key, kind.color)).darker(130), size * 0.04))
        painter.setBrush(QColor(colors.get(key, kind.color)))
        painter.drawRect(QRectF(r.x() + (size - w) / 2, r.y() + (size - h) / 2, w, h))
    painter.restore()


def _tile(painter: QPainter, scene: object, plan: PosterPlan, tile: Tile) -> None:
    ox, oy = plan.poster_offset
    m = plan.margin
    painter.save()
    clip = QRectF(m, m, plan.page_width - 2 * m, plan.page_height - 2 * m)
    painter.setClipRect(clip)
    painter.translate(ox - tile.x, oy - tile.y)
    _board(painter, scene, plan)
    painter.restore()
    if plan.tiled:
        if plan.options.marks:
            _marks(painter, clip)
        _tile_name(painter, plan, tile)


def _tile_name(painter: QPainter, plan: PosterPlan, tile: Tile) -> None:
    """The tile's name and where it sits, in the poster's language, as on the PDF's tiles."""
    m = plan.margin
    size = max(min(m * 0.45, 12.0), 6.0)
    y = m - (m - size) / 2 if m >= 6 * MM else m + size + 2 * MM
    x = m + (7 * MM if m >= 6 * MM else 2 * MM)
    _label(painter, Label(tile.label, x, y, size * 1.25, "Bold", "left", "#000000"))
    width = QFontMetricsF(board_font(100, True)).horizontalAdvance(tile.label) * size / 80
    _label(painter, Label(tile_note(plan, tile), x + width + 2 * MM, y, size * 0.7, "Regular",
                          "left", "#000000"))


def _marks(painter: QPainter, r: QRectF) -> None:
    """Crop marks outside the printable corners, as the PDF has them."""
    painter.save()
    painter.setPen(QPen(QColor("#000000"), 0.3))
    for corner, dx, dy in ((r.topLeft(), -1, -1), (r.topRight(), 1, -1),
                           (r.bottomLeft(), -1, 1), (r.bottomRight(), 1, 1)):
        painter.drawLine(corner + QPointF(dx * 1 * MM, 0), corner + QPointF(dx * _MARK, 0))
        painter.drawLine(corner + QPointF(0, dy * 1 * MM), corner + QPointF(0, dy * _MARK))
    painter.restore()


def _tile_map(painter: QPainter, scene: object, plan: PosterPlan) -> None:
    """The first page of a tiled poster: the wall with the tiles' grid and names, where the
    PDF's tile map puts it (``map_layout``: the whole grid fits below the header)."""
    for label in map_labels(plan):
        _label(painter, label)
    ox, top, k, _ = map_layout(plan)
    painter.save()
    painter.translate(ox, top)
    painter.scale(k, k)
    _board(painter, scene, plan)
    painter.setPen(QPen(QColor("#D32F2F"), 0.8 / k))
    font = QFont(board_font(100, True))
    for tile in plan.tiles:
        rect = QRectF(tile.x, tile.y, tile.width, tile.height)
        painter.drawRect(rect)
    for tile in plan.tiles:
        rect = QRectF(tile.x, tile.y, tile.width, tile.height)
        font.setPixelSize(max(int(min(tile.width, tile.height) * 0.25), 1))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tile.label)
    painter.restore()


class PrintDialog(QDialog):
    """File ▸ Print…: the poster plan for the printer's paper, previewed page by page.

    The plan: the whole wall fit onto one sheet, real size tiled onto sheets, or an A0-A3
    poster tiled onto sheets, with the overlap and crop marks of a tiled poster. "Printer and
    paper…" opens the system's print dialog (printer, paper, copies); the preview and the page
    count follow. ``printer`` is injectable: tests print to a PDF file."""

    def __init__(self, board: Board, parent: QWidget | None = None,
                 printer: QPrinter | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        self.sheet, self.landscape = printer_paper(self.printer)
        # the user's paper: the preview sets the plan's page size on the printer
        self.paper_layout = QPageLayout(self.printer.pageLayout())
        self._plan: PosterPlan | None = None
        self.setObjectName("print_dialog")
        self.setWindowTitle(self.tr("Print"))
        self.resize(900, 700)

        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("print_plan")
        self.overlap_spin = mm_spin(self, 10.0, 0.0, 50.0)
        self.marks_check = QCheckBox(self.tr("Crop and alignment &marks"))
        self.marks_check.setChecked(True)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("print_pages")
        self.paper_button = QPushButton(self.tr("Printer and &paper…"))
        form = QFormLayout()
        form.addRow(self.tr("P&lan:"), self.plan_combo)
        form.addRow(self.tr("&Overlap:"), self.overlap_spin)
        form.addRow("", self.marks_check)
        row = QHBoxLayout()
        row.addWidget(self.pages_label, 1)
        row.addWidget(self.paper_button)
        form.addRow(row)

        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(self._paint)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(self.tr("&Print"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.print_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

        self._fill_plans()
        self.plan_combo.currentIndexChanged.connect(self.refresh)
        self.overlap_spin.valueChanged.connect(self.refresh)
        self.marks_check.toggled.connect(self.refresh)
        self.paper_button.clicked.connect(self.choose_printer)
        self.refresh()

    def _fill_plans(self) -> None:
        self.plan_combo.addItem(self.tr("Fit to one page"), PLANS[0])
        self.plan_combo.addItem(self.tr("Real size, tiled onto pages"), PLANS[1])
        poster = self.tr("%1 poster, tiled onto pages")
        for name in PLANS[2:]:
            self.plan_combo.addItem(poster.replace("%1", name), name)

    def options(self) -> PosterOptions:
        return plan_options(self.sheet, str(self.plan_combo.currentData()), self.landscape,
                            self.overlap_spin.value(), self.marks_check.isChecked())

    def plan(self) -> PosterPlan | None:
        """The plan the dialog shows (None when the options cannot work: the count says
        why)."""
        return self._plan

    def refresh(self) -> None:
        tiled = self.plan_combo.currentData() != "fit"
        self.overlap_spin.setEnabled(tiled)
        self.marks_check.setEnabled(tiled)
        try:
            self._plan = plan_poster(self.board, self.options())
        except PosterError as error:
            self._plan = None
            self.pages_label.setText(sentence(error))
            self.print_button.setEnabled(False)
            return
        self.print_button.setEnabled(True)
        count = self.tr("%n page(s) of %1", "", self._plan.page_count)
        # the paper's name (A4) keeps its Latin digits
        self.pages_label.setText(self.sheet.name.join(map(ui_digits, count.split("%1"))))
        self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        if self._plan is not None:
            print_plan(self.board, self._plan, printer, restore=False)

    def choose_printer(self) -> None:
        """The system's print dialog: printer, paper, copies; the plan follows the paper."""
        self.printer.setPageLayout(self.paper_layout)
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.printer_changed()
        else:
            self.refresh()

    def printer_changed(self) -> None:
        """The printer's paper was changed (its dialog): plan for it."""
        self.paper_layout = QPageLayout(self.printer.pageLayout())
        self.sheet, self.landscape = printer_paper(self.printer)
        self.refresh()

    def print_now(self) -> int:
        """Print the plan on the printer; the number of pages printed."""
        if self._plan is None:
            return 0
        pages = print_plan(self.board, self._plan, self.printer)
        self.printer.setPageLayout(self.paper_layout)
        if not pages:  # Qt could not open the printer (or its output file): say so, stay open
            self.pages_label.setText(self.tr(
                "The printer could not be started, so nothing was printed. Choose another "
                "printer or output file with “Printer and paper…”."))
            return 0
        self.accept()
        return pages


def open_print_dialog(board: Board, parent: QWidget | None = None,
                      printer: QPrinter | None = None) -> PrintDialog:
    """The Print dialog for ``board``: the poster plan for the printer's paper, previewed."""
    return PrintDialog(board, parent, printer)
