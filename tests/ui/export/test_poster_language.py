"""Issue 10, defect 9: a poster exported from the Persian UI prints its title block and legend
in Persian (the export dialog's options carry the UI language's words); the command line does
the same with --lang fa."""

from __future__ import annotations

import importlib
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from stormboard.cli import main
from stormboard.export.poster import Scope, paper, plan_poster, render
from stormboard.export.poster import text as text_module
from stormboard.export.poster.text import REGULAR, label_line
from stormboard.storage import create_board_file
from stormboard.ui.export.option_pages import PosterPage
from stormboard.ui.i18n import install_translations

from ...export.poster.test_poster_glyphs import DIACRITICS, _qt_glyphs


@pytest.fixture
def drawn(monkeypatch) -> list[str]:
    """Every label the poster's title block and legend draw, as given (logical order)."""
    texts: list[str] = []
    render_module = importlib.import_module("stormboard.export.poster.render")
    original = render_module.draw_label

    def spy(c, text, *args, **kwargs):
        texts.append(text)
        return original(c, text, *args, **kwargs)

    monkeypatch.setattr(render_module, "draw_label", spy)
    return texts


def test_persian_ui_poster_has_a_persian_title_block_and_legend(qapp, qtbot, english, board,
                                                                 tmp_path: Path, drawn):
    install_translations(qapp, "fa")
    page = PosterPage()
    qtbot.addWidget(page)
    plan = plan_poster(board, page.options(Scope()))
    render(plan, tmp_path / "fa.pdf")
    joined = "\n".join(drawn)
    assert "رویداد دامنه" in joined and "فرمان" in joined  # kinds in the legend
    assert "مسیر" in joined  # the swimlane entry
    assert "مرحله" in joined and "کل تخته" in joined and "اندازهٔ واقعی" in joined
    assert "استورم‌بورد" in joined
    assert "Phase:" not in joined and "Domain event" not in joined
    assert "۲۰" in joined  # the date in Persian digits


def test_english_ui_poster_stays_english(qapp, qtbot, english, board, tmp_path: Path, drawn):
    install_translations(qapp, "en")
    page = PosterPage()
    qtbot.addWidget(page)
    render(plan_poster(board, page.options(Scope())), tmp_path / "en.pdf")
    joined = "\n".join(drawn)
    assert "Domain event" in joined and "Phase: Free modelling" in joined


def test_cli_lang_fa_prints_persian_words(qapp, english, board, tmp_path: Path, drawn, capsys):
    storm = tmp_path / "b.storm"
    create_board_file(storm, board).close()
    out = tmp_path / "wall.pdf"
    assert main(["export", str(storm), "-o", str(out), "--paper", "A3", "--lang", "fa"]) == 0
    assert out.is_file()
    joined = "\n".join(drawn)
    assert "رویداد دامنه" in joined and "Phase:" not in joined


def test_persian_tiles_and_map_say_where_in_persian(qapp, qtbot, english, board,
                                                   tmp_path: Path, drawn):
    """A tiled poster from the Persian UI: the tile notes and the tile map's instructions are
    Persian, with Persian digits, and read back (pdftotext) as the logical words."""
    install_translations(qapp, "fa")
    page = PosterPage()
    qtbot.addWidget(page)
    options = page.options(Scope())
    plan = plan_poster(board, replace(options, paper=paper("A2"), tile=paper("A4"),
                                      skip_empty_tiles=False))
    assert plan.tiled
    out = tmp_path / "fa-tiles.pdf"
    render(plan, out)
    joined = "\n".join(drawn)
    assert "ردیف ۱، ستون A" in joined and "هم‌پوشانی ۱۰ میلی‌متر" in joined
    assert "row 1" not in joined and "pages of" not in joined
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "هم‌پوشانی" in text and "ردیف" in text


def test_labels_keep_their_marks(qapp) -> None:  # type: ignore[no-untyped-def]
    """A title or legend label is shaped as sticky text is: the marks Qt draws are there."""
    _, pieces = label_line(DIACRITICS, REGULAR, True)
    face = text_module.pdfmetrics.getFont(REGULAR).face
    assert Counter(face.charToGlyph[ord(ch)] for _, _, chars, _ in pieces
                   for ch in chars) == _qt_glyphs(DIACRITICS)
