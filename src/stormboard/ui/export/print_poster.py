"""File ▸ Print... (Ctrl+P): the poster's plan printed through Qt's print dialog with preview.

The pages are the poster plan's pages (``export.poster.plan_poster``): fit to one sheet of the
printer's paper, or the poster tiled onto it with the plan's overlap and marks, a tile map
first. Each page draws the wall with the canvas's own scene (as the PNG/SVG export does), so
the printer gets vectors and text Qt shapes itself, clipped to the tile the plan cuts out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMainWindow, QWidget

from ...domain.board import Board
from ...export.poster import PosterError, PosterOptions, PosterPlan, paper, plan_poster
from .. import shortcuts
from .image_export import _hints, _scene_for

# crop and alignment marks: their length, in points
_MARK = 14.0


def printer_options(printer: QPrinter, tiled: bool = False) -> PosterOptions:
    """Poster options for the printer's paper: the whole wall fit onto one sheet, or (tiled)
    an A0 poster cut into sheets of it."""
    name = printer.pageLayout().pageSize().name()
    try:
        sheet = paper(name)
    except PosterError:  # a paper the poster does not know: A4 keeps the plan possible
        sheet = paper("A4")
    if tiled:
        return PosterOptions(paper=paper("A0"), tile=sheet)
    return PosterOptions(paper=sheet)


def print_plan(board: Board, plan: PosterPlan, printer: QPrinter) -> int:
    """Print every page of ``plan`` on ``printer``; the number of pages printed."""
    layout = QPageLayout(QPageSize(QSizeF(plan.page_width, plan.page_height),
                                   QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch),
                         QPageLayout.Orientation.Portrait, QMarginsF())
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
        scene.detach()  # the throwaway session; Python owns the scene and frees it
    return pages


def _board(painter: QPainter, scene: object, plan: PosterPlan) -> None:
    """The wall in poster coordinates (points from the poster's top-left corner)."""
    c = plan.content
    scene.render(painter, QRectF(*plan.board_box),  # type: ignore[attr-defined]
                 QRectF(c.x, c.y, c.width, c.height), Qt.AspectRatioMode.IgnoreAspectRatio)


def _tile(painter: QPainter, scene: object, plan: PosterPlan, tile: object) -> None:
    ox, oy = plan.poster_offset
    m = plan.margin
    painter.save()
    clip = QRectF(m, m, plan.page_width - 2 * m, plan.page_height - 2 * m)
    painter.setClipRect(clip)
    painter.translate(ox - tile.x, oy - tile.y)  # type: ignore[attr-defined]
    _board(painter, scene, plan)
    painter.restore()
    if plan.tiled and plan.options.marks:
        _marks(painter, clip, tile.label)  # type: ignore[attr-defined]


def _marks(painter: QPainter, r: QRectF, label: str) -> None:
    """Crop marks outside the printable corners, and the tile's name, as the PDF has them."""
    painter.save()
    painter.setPen(QPen(QColor("#000000"), 0.5))
    font = QFont(painter.font())
    font.setPixelSize(9)  # painter units are points here: a 9 pt label
    painter.setFont(font)
    for corner, dx, dy in ((r.topLeft(), -1, -1), (r.topRight(), 1, -1),
                           (r.bottomLeft(), -1, 1), (r.bottomRight(), 1, 1)):
        painter.drawLine(corner, corner + QPointF(dx * _MARK, 0))
        painter.drawLine(corner, corner + QPointF(0, dy * _MARK))
    painter.drawText(QPointF(r.left() + 2, r.top() - 3), label)
    painter.restore()


def _tile_map(painter: QPainter, scene: object, plan: PosterPlan) -> None:
    """The first page of a tiled poster: the wall with the tiles' grid and names."""
    m = plan.margin
    avail_w, avail_h = plan.page_width - 2 * m, plan.page_height - 2 * m
    k = min(avail_w / plan.width, avail_h / plan.height)
    painter.save()
    painter.translate(m, m)
    painter.scale(k, k)
    _board(painter, scene, plan)
    painter.setPen(QPen(QColor("#1565C0"), 1.0 / k))
    for tile in plan.tiles:
        rect = QRectF(tile.x, tile.y, tile.width, tile.height)
        painter.drawRect(rect)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tile.label)
    painter.restore()


def install_print_action(window: QMainWindow) -> QAction:
    """Add Print… after Export… in the File menu; enabled while a board is open."""
    action = QAction(window)
    action.setObjectName("action_print")
    shortcuts.apply(action, "print")  # Ctrl+P, from the one table

    def retranslate() -> None:
        action.setText(QCoreApplication.translate("PrintAction", "&Print…"))
        action.setStatusTip(QCoreApplication.translate(
            "PrintAction", "Print the board as the poster plans it, with a preview"))

    def run() -> None:
        session = getattr(window, "session", None)
        if session is None:
            return
        dialog = open_print_dialog(session.board, window)
        dialog.exec()
        dialog.deleteLater()

    retranslate()
    retranslate_on_language_change(window, retranslate)
    action.triggered.connect(lambda _checked=False: run())
    window.addAction(action)
    names = getattr(window, "actions_by_name", None)
    if isinstance(names, dict):
        names["print"] = action
    menu = getattr(window, "file_menu", None)
    if menu is not None:
        actions = menu.actions()
        export = names.get("export") if isinstance(names, dict) else None
        if export in actions and actions.index(export) + 1 < len(actions):
            menu.insertAction(actions[actions.index(export) + 1], action)
        else:
            menu.addAction(action)
    action.setEnabled(getattr(window, "session", None) is not None)
    changed = getattr(window, "session_changed", None)
    if changed is not None:
        changed.connect(lambda session: action.setEnabled(session is not None))
    return action


class _LanguageWatch(QObject):
    """Calls back when the application's language changes (the action's texts)."""

    def __init__(self, window: QMainWindow, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.callback()
        return False


def retranslate_on_language_change(window: QMainWindow, callback: Callable[[], None]) -> None:
    _LanguageWatch(window, callback)


def open_print_dialog(board: Board, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """Qt's print preview for ``board``, fit to the printer's paper; Print goes from there."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(
        lambda p: print_plan(board, plan_poster(board, printer_options(p)), p))
    return dialog
