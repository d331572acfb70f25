"""Issue 10, defect 9: the Export dialog remembers the paper (and tiling) and the folder of the
last export, in the app's settings, for the next time it opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from stormboard.ui.export.export_dialog import ExportDialog

from .test_export_dialog import wall


def _open(qtbot, tmp_path: Path, settings) -> ExportDialog:
    d = ExportDialog(wall(12), suggested=tmp_path / "board" / "wall", settings=settings)
    qtbot.addWidget(d)
    d.show()
    return d


def test_paper_and_folder_are_remembered(qtbot, tmp_path: Path, isolated_settings):
    first = _open(qtbot, tmp_path, isolated_settings)
    first.set_format("pdf")
    page = first.poster_page
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("A2"))
    page.tile_check.setChecked(True)
    page.tile_combo.setCurrentIndex(page.tile_combo.findData("A3"))
    folder = tmp_path / "posters"
    folder.mkdir()
    first.set_output_path(folder / "wall.pdf")
    first.refresh()
    with qtbot.waitSignal(first.exported, timeout=30_000):
        qtbot.mouseClick(first.export_button, Qt.MouseButton.LeftButton)
    first.wait()

    again = _open(qtbot, tmp_path, isolated_settings)
    page = again.poster_page
    assert page.paper_combo.currentData() == "A2"
    assert page.tile_check.isChecked() and page.tile_combo.currentData() == "A3"
    again.set_format("pdf")
    assert Path(again.path_edit.text()) == folder / "wall.pdf"
    again.wait()


def test_without_an_export_nothing_is_remembered(qtbot, tmp_path: Path, isolated_settings):
    d = _open(qtbot, tmp_path, isolated_settings)
    d.poster_page.paper_combo.setCurrentIndex(d.poster_page.paper_combo.findData("A1"))
    d.reject()
    again = _open(qtbot, tmp_path, isolated_settings)
    assert again.poster_page.paper_combo.currentData() == "A0"
    assert Path(again.path_edit.text()).parent == tmp_path / "board"
