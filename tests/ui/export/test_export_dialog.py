"""The Export dialog: live page count and preview from the poster plan, running and cancelling."""

from __future__ import annotations

import gc
import re
import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from stormboard.domain.board import Board
from stormboard.domain.entities import BoardInfo, Lane, Sticky
from stormboard.export.poster import PosterOptions, Scale, paper, plan_poster
from stormboard.ui.export import export_dialog, export_job, image_export
from stormboard.ui.export.export_dialog import ExportDialog

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"


def wall(n: int = 60) -> Board:
    """A wall of n events in two lanes, ten to a row; s4 is pivotal (two chapters)."""
    board = Board(BoardInfo(title="Wall"))
    board.load("lanes", [Lane("l1", "Sales", -40.0, 600.0), Lane("l2", "Warehouse", 560.0, 600.0,
                                                                color="#E3F2FD")])
    board.load("stickies", [
        Sticky(f"s{i}", "domain_event" if i % 7 else "hotspot", 220.0 * (i % 10),
               200.0 * (i // 10), 160.0, 160.0, text=f"Event {i}", pivotal=i == 4)
        for i in range(n)
    ])
    return board


@pytest.fixture
def dialog(qtbot, tmp_path: Path):
    board = wall()
    d = ExportDialog(board, selection=["s1", "s2"], suggested=tmp_path / "wall")
    qtbot.addWidget(d)
    d.resize(960, 600)
    d.show()
    yield d
    d.wait()


def choose_tiled_a0_on_a4(d: ExportDialog) -> None:
    d.set_format("pdf")
    d.poster_page.paper_combo.setCurrentIndex(d.poster_page.paper_combo.findData("A0"))
    d.poster_page.tile_check.setChecked(True)
    d.poster_page.tile_combo.setCurrentIndex(d.poster_page.tile_combo.findData("A4"))
    d.refresh()


def test_stated_page_count_and_preview_tiles_follow_the_engine(dialog: ExportDialog):
    choose_tiled_a0_on_a4(dialog)
    landscape = bool(dialog.poster_page.orientation_combo.currentData())
    assert landscape  # the wall is wider than tall, so the dialog starts in landscape
    engine = plan_poster(dialog.board, PosterOptions(paper=paper("A0"), landscape=landscape,
                                                     tile=paper("A4"), scale=Scale()))
    assert engine.page_count > 10
    assert f"{engine.page_count} pages" in dialog.summary.text()
    w, h = engine.size_mm
    assert f"{w:.0f} × {h:.0f} mm" in dialog.summary.text()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = dialog.grab()  # paints the preview
    assert dialog.preview.painted_tiles == len(engine.tiles) == engine.page_count - 1
    shot.save(str(ARTIFACTS / "export-dialog-pdf-tiled.png"))

    # a live update: three times real size needs more pages, and the text says so at once
    dialog.poster_page.scale_combo.setCurrentIndex(dialog.poster_page.scale_combo.findData("percent"))
    dialog.poster_page.percent_spin.setValue(300)
    dialog.refresh()
    real = plan_poster(dialog.board, dialog.poster_options())
    assert real.page_count > engine.page_count
    assert f"{real.page_count} pages" in dialog.summary.text()
    dialog.grab()
    assert dialog.preview.painted_tiles == len(real.tiles)


def test_an_impossible_option_disables_export(dialog: ExportDialog):
    dialog.set_format("pdf")
    dialog.poster_page.paper_combo.setCurrentIndex(dialog.poster_page.paper_combo.findData("A4"))
    dialog.poster_page.margin_spin.setValue(100)
    dialog.refresh()
    assert not dialog.export_button.isEnabled()
    assert dialog.problem.text()  # the engine's sentence saying why
    assert "cannot work" in dialog.preview._message
    dialog.poster_page.margin_spin.setValue(10)
    dialog.refresh()
    assert dialog.export_button.isEnabled() and dialog.problem.text() == ""


def test_content_choice_reaches_the_plan(dialog: ExportDialog):
    dialog.set_format("pdf")
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("selection"))
    dialog.refresh()
    assert {s.id for s in dialog.plan.content.stickies} == {"s1", "s2"}
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("lane"))
    dialog.lane_combo.setCurrentIndex(dialog.lane_combo.findData("l2"))
    dialog.refresh()
    assert dialog.plan.content.description == "lane Warehouse"
    assert all(s.y >= 560 for s in dialog.plan.content.stickies)
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("chapter"))
    dialog.chapter_combo.setCurrentIndex(dialog.chapter_combo.findData("2"))  # the second
    dialog.refresh()
    # the chapter after the line that follows the pivotal event s4 (which closes chapter 0):
    # columns 5 to 9, nothing left of that line
    assert {int(s.x // 220) for s in dialog.plan.content.stickies} == set(range(5, 10))
    dialog.set_format("png")
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("lane"))
    dialog.refresh()
    assert dialog.plan.content.description == "lane Warehouse"
    assert re.search(r"[\d,]+ × [\d,]+ pixels", dialog.summary.text())


def test_cancel_midway_leaves_no_file(dialog: ExportDialog, qtbot, monkeypatch, tmp_path: Path):
    started, gate = threading.Event(), threading.Event()
    real_render = export_job.render

    def held_render(plan, out, progress=None):
        def slow(done: int, total: int):
            if done > 0 and not started.is_set():
                started.set()
                gate.wait(10)  # hold the worker mid-way until Cancel has been clicked
            return progress(done, total)

        real_render(plan, out, progress=slow)

    monkeypatch.setattr(export_job, "render", held_render)
    choose_tiled_a0_on_a4(dialog)
    out = tmp_path / "cancelled.pdf"
    dialog.set_output_path(out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running
    qtbot.waitUntil(started.is_set, timeout=10_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert "cancelled" in dialog.status.text()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # no temporary .part file either


def test_png_cancel_midway_leaves_no_file(dialog: ExportDialog, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(image_export, "STRIP_PX", 64)  # many small steps
    dialog.set_format("png")
    dialog.picture_page.dpi_spin.setValue(60)
    dialog.refresh()
    out = tmp_path / "cancelled.png"
    dialog.set_output_path(out)
    steps: list[int] = []

    def on_step(value: int) -> None:
        steps.append(value)
        if value == 2:
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog.progress.valueChanged.connect(on_step)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.running
    assert steps[-1] == 2 and dialog.progress.maximum() > 5
    assert "cancelled" in dialog.status.text()
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == []


@pytest.mark.skipif(subprocess.run(["which", "pdfinfo"], capture_output=True).returncode != 0,
                    reason="pdfinfo (poppler-utils) is not installed")
def test_full_pdf_export(dialog: ExportDialog, qtbot, tmp_path: Path):
    choose_tiled_a0_on_a4(dialog)
    pages = dialog.plan.page_count
    out = tmp_path / "wall.pdf"
    dialog.set_output_path(out)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        # the cyclic collector is paused while the worker renders (it would free GUI objects
        # in the worker thread) and back on afterwards
        assert not gc.isenabled()
    assert signal.args == [str(out)]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert gc.isenabled()
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1)) == pages


@pytest.mark.parametrize("key", ["png", "svg", "json", "md", "csv", "excalidraw", "drawio",
                                 "mmd", "stickies_csv", "mmd_timeline"])
def test_other_formats_write_and_open(dialog: ExportDialog, qtbot, monkeypatch, tmp_path, key):
    opened: list[Path] = []
    monkeypatch.setattr(export_dialog, "open_file", opened.append)
    dialog.set_format(key)
    dialog.picture_page.dpi_spin.setValue(30)
    dialog.open_check.setChecked(True)
    dialog.refresh()
    out = Path(dialog.path_edit.text())
    suffix = export_dialog.FORMATS_BY_KEY[key].suffix
    assert out == tmp_path / f"wall{suffix}"  # the suggested name with the format's extension
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert out.is_file() and out.stat().st_size > 0
    assert opened == [out]


def test_right_to_left_layout(dialog: ExportDialog, qapp):
    choose_tiled_a0_on_a4(dialog)
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qapp.processEvents()
    dialog.layout().activate()
    shot = dialog.grab()
    ARTIFACTS.mkdir(exist_ok=True)
    shot.save(str(ARTIFACTS / "export-dialog-rtl.png"))
    # the form mirrors; the page layout (time runs left to right) does not
    assert dialog.format_combo.mapTo(dialog, dialog.format_combo.rect().topLeft()).x() > \
        dialog.preview.mapTo(dialog, dialog.preview.rect().topLeft()).x()
    assert dialog.preview.layoutDirection() == Qt.LayoutDirection.LeftToRight
