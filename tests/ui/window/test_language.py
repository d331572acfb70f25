"""Persian: translated texts and a right-to-left layout (the catalogue's completeness over all
of ui/ is checked in tests/ui/test_translations.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from stormboard.ui.i18n import compiled_catalogue, install_translations, is_rtl
from stormboard.ui.window import MainWindow


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
