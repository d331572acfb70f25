"""Persian: translated texts and a right-to-left layout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from stormboard.ui.i18n import compiled_catalogue, install_translations, is_rtl, translations_dir
from stormboard.ui.window import MainWindow


def test_persian_catalogue_is_complete() -> None:
    source = translations_dir() / "stormboard_fa.ts"
    root = ET.parse(source).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert unfinished == []


def test_catalogue_builds(tmp_path: Path) -> None:
    qm = compiled_catalogue("fa_IR", cache=tmp_path)
    assert qm is not None and qm.stat().st_size > 1000


def test_rtl_languages() -> None:
    assert is_rtl("fa") and is_rtl("fa_IR") and is_rtl("ar")
    assert not is_rtl("en_US") and not is_rtl("de")


def test_persian_window_is_translated_and_right_to_left(
    make_window,
    tmp_path: Path,
    qapp,
    english,
) -> None:
    assert install_translations(qapp, "fa") == "fa"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window: MainWindow = make_window()
    assert window.new_board(tmp_path / "fa.storm")
    window.show()
    assert window.isRightToLeft()
    assert window.file_menu.title() == "پرونده"
    assert window.actions_by_name["undo"].text() == "واگرد"
    assert window.status.save_label.text() == "ذخیره شده"
    assert window.palette.tiles["domain_event"].accessibleName() == "رویداد دامنه"
    assert window.status.count_label.text() == "۰ برگه"  # Persian digits
    # the palette dock sits on the leading (right) side, the legend on the trailing (left) side
    view_x = window.view.mapTo(window, window.view.rect().center()).x()
    palette_x = window.palette_dock.mapTo(window, window.palette_dock.rect().center()).x()
    legend_x = window.legend_dock.mapTo(window, window.legend_dock.rect().center()).x()
    assert palette_x > view_x > legend_x
    # the undo label of a step is translated too
    window.scene.create_sticky("hotspot", window.view.mapToScene(100, 100), edit_text=False)
    assert window.actions_by_name["undo"].text() == "واگرد «افزودن نقطهٔ داغ»"


def test_every_window_string_is_in_the_catalogue(tmp_path: Path) -> None:
    """lupdate finds nothing new in the window's sources: no string escaped translation."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed in this environment")
    ui = Path(__file__).resolve().parents[3] / "src" / "stormboard" / "ui"
    sources = [*sorted(str(p) for p in (ui / "window").glob("*.py")), str(ui / "app.py")]
    copy = tmp_path / "fa.ts"
    shutil.copy(translations_dir() / "stormboard_fa.ts", copy)
    result = subprocess.run(
        [str(lupdate), *sources, "-ts", str(copy)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "(0 new and" in result.stdout + result.stderr
