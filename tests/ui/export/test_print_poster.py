"""Print... prints the poster plan's pages: a PDF printer gets exactly the plan's page count."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from stormboard.export.poster import PosterOptions, paper, plan_poster
from stormboard.ui.export.print_poster import open_print_dialog, print_plan, printer_options

from .test_export_dialog import wall


def _pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def test_tiled_print_has_the_plans_pages(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    board = wall()
    plan = plan_poster(board, PosterOptions(paper=paper("A1"), tile=paper("A4"),
                                            skip_empty_tiles=False))
    assert plan.tiled and plan.page_count > 2
    out = tmp_path / "printed.pdf"
    assert print_plan(board, plan, _pdf_printer(out)) == plan.page_count
    pages = PdfReader(out).pages
    assert len(pages) == plan.page_count
    # the pages are the plan's paper (A4 in points, to a point)
    box = pages[1].mediabox
    assert abs(float(box.width) - plan.page_width) < 1.5
    assert abs(float(box.height) - plan.page_height) < 1.5


def test_fit_print_is_one_page_of_the_printers_paper(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    board = wall()
    out = tmp_path / "fit.pdf"
    printer = _pdf_printer(out)
    options = printer_options(printer)
    plan = plan_poster(board, options)
    assert print_plan(board, plan, printer) == 1 == plan.page_count
    assert len(PdfReader(out).pages) == 1
    # the tiled choice cuts an A0 poster into sheets of the printer's paper
    assert printer_options(printer, tiled=True).tile == options.paper


def test_print_dialog_previews_the_plan(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_print_dialog(wall())
    qtbot.addWidget(dialog)
    printer = _pdf_printer(tmp_path / "preview.pdf")
    dialog.paintRequested.emit(printer)  # what the preview does to draw its pages
    assert len(PdfReader(tmp_path / "preview.pdf").pages) == 1
