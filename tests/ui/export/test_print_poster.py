"""Print... prints the poster plan's pages: a PDF printer gets exactly the plan's page count."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from stormboard.export.poster import PosterOptions, paper, plan_poster
from stormboard.ui.export.print_poster import (
    PLANS,
    PrintDialog,
    open_print_dialog,
    print_plan,
    printer_options,
)
from stormboard.ui.i18n import install_translations

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
    printer = _pdf_printer(tmp_path / "preview.pdf")
    dialog = open_print_dialog(wall(), printer=printer)
    qtbot.addWidget(dialog)
    assert dialog.plan().page_count == 1
    assert dialog.preview.pageCount() == 1
    assert "1 page" in dialog.pages_label.text()


@pytest.mark.parametrize("plan", PLANS)
def test_each_plan_prints_its_page_count(qapp, qtbot, english, tmp_path: Path, plan: str) -> None:  # type: ignore[no-untyped-def]
    """Every plan of the dialog: the preview, the count it shows and the printed PDF agree
    with the poster plan."""
    install_translations(qapp, "en")  # the English catalogue's plural forms
    out = tmp_path / f"{plan}.pdf"
    dialog = PrintDialog(wall(), printer=_pdf_printer(out))
    qtbot.addWidget(dialog)
    dialog.plan_combo.setCurrentIndex(dialog.plan_combo.findData(plan))
    expected = plan_poster(dialog.board, dialog.options()).page_count
    assert dialog.plan().page_count == expected
    assert dialog.preview.pageCount() == expected
    assert dialog.pages_label.text() == (f"{expected} page of A4" if expected == 1 else
                                         f"{expected} pages of A4")
    if plan != "fit":
        assert dialog.plan().tiled and expected > 1
    assert dialog.print_now() == expected
    assert len(PdfReader(out).pages) == expected


def test_overlap_and_marks_follow_the_settings(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PrintDialog(wall(), printer=_pdf_printer(tmp_path / "o.pdf"))
    qtbot.addWidget(dialog)
    assert not dialog.overlap_spin.isEnabled()  # fit: one page, nothing to overlap
    dialog.plan_combo.setCurrentIndex(dialog.plan_combo.findData("A1"))
    assert dialog.overlap_spin.isEnabled()
    dialog.overlap_spin.setValue(25)
    dialog.marks_check.setChecked(False)
    plan = dialog.plan()
    assert plan.options.overlap_mm == 25 and not plan.options.marks
    assert plan.options.tile == dialog.sheet


def test_printer_paper_drives_the_plan(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A3 chosen in the printer's dialog: the plan tiles onto A3, fewer pages than A4; the
    printer keeps its paper after a preview or a print (the plan's pages are set per job)."""
    printer = _pdf_printer(tmp_path / "a3.pdf")
    dialog = PrintDialog(wall(), printer=printer)
    qtbot.addWidget(dialog)
    dialog.plan_combo.setCurrentIndex(dialog.plan_combo.findData("A0"))
    on_a4 = dialog.plan().page_count
    printer.setPageLayout(dialog.paper_layout)  # as choose_printer does before its dialog
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
    dialog.printer_changed()
    assert dialog.sheet.name == "A3"
    assert dialog.plan().page_count < on_a4
    dialog.print_now()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A3


def test_persian_dialog_counts_in_persian_digits(qapp, qtbot, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    install_translations(qapp, "fa")
    dialog = PrintDialog(wall(), printer=_pdf_printer(tmp_path / "fa.pdf"))
    qtbot.addWidget(dialog)
    dialog.plan_combo.setCurrentIndex(dialog.plan_combo.findData("A1"))
    text = dialog.pages_label.text()
    assert any("۰" <= c <= "۹" for c in text), text
    assert not any(c.isascii() and c.isdigit() for c in text.replace("A4", "")), text


def test_printed_pages_carry_the_title_block_and_tile_names(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The printer draws the title block, legend and tile notes the PDF has (the same
    layout: render.title_block_labels, legend_layout, tile_note)."""
    board = wall()
    plan = plan_poster(board, PosterOptions(paper=paper("A2"), tile=paper("A4"),
                                            skip_empty_tiles=False))
    out = tmp_path / "t.pdf"
    print_plan(board, plan, _pdf_printer(out))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Tile map" in text and "Wall" in text
    assert "row 1, column A" in text and "Stormboard · Event Storming" in text
    assert "Domain event" in text  # the legend


def test_ctrl_p_opens_the_print_dialog(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Print… (Ctrl+P) is disabled without a board and opens the Print dialog for the
    open board."""
    from types import SimpleNamespace

    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from stormboard.ui.export import print_poster

    window = QMainWindow()
    qtbot.addWidget(window)
    window.session = None  # type: ignore[attr-defined]
    action = print_poster.install_print_action(window)
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert not action.isEnabled()
    opened: list[PrintDialog] = []
    monkeypatch.setattr(PrintDialog, "exec", lambda self: opened.append(self) or 0)
    window.session = SimpleNamespace(board=wall())  # type: ignore[attr-defined]
    action.setEnabled(True)
    action.trigger()
    assert len(opened) == 1 and opened[0].plan().page_count == 1


def test_a_plan_the_paper_refuses_is_said_in_persian(qapp, qtbot, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An overlap wider than a small label paper: the dialog says why in the UI language and
    offers no Print button."""
    from PySide6.QtCore import QSizeF

    install_translations(qapp, "fa")
    printer = _pdf_printer(tmp_path / "label.pdf")
    printer.setPageSize(QPageSize(QSizeF(50, 70), QPageSize.Unit.Millimeter, "label"))
    dialog = PrintDialog(wall(), printer=printer)
    qtbot.addWidget(dialog)
    dialog.plan_combo.setCurrentIndex(dialog.plan_combo.findData("real"))
    dialog.overlap_spin.setValue(50)
    text = dialog.pages_label.text()
    assert not dialog.print_button.isEnabled()
    assert "Overlap" not in text and any("\u0600" <= c <= "\u06ff" for c in text), text


def test_a_printer_that_cannot_start_keeps_the_dialog_open(qtbot, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Printing into a folder that does not exist: nothing printed, the dialog says so and
    stays open instead of closing as if it had printed."""
    dialog = PrintDialog(wall(), printer=_pdf_printer(tmp_path / "missing" / "out.pdf"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.print_now() == 0
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "nothing was printed" in dialog.pages_label.text()
