"""The poster draws Qt's glyphs: marks kept, no ligature Qt does not make (hb_line).

Diacritics (tanwin, shadda, short vowels, hamza above) and "الله" are where the old reshaper
path differed from Qt: it deleted the marks and drew the Allah ligature."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6 import QtGui

from stormboard.app.fonts import font_file
from stormboard.export.poster import text as text_module
from stormboard.export.poster.hb_line import _hb_font, levels, shape_line, visual_runs
from stormboard.export.poster.text import REGULAR, register_fonts

from .test_poster_persian import _poster, _qt, agreement, ink

DIACRITICS = "لطفاً اولیّه مُحَمَّد خانهٔ الله"
MIXED = "سفارش 42 Invoice ثبت شد و مُحَمَّد پرداخت کرد"


def _qt_glyphs(text: str) -> Counter[int]:
    family = QtGui.QFontDatabase.applicationFontFamilies(
        QtGui.QFontDatabase.addApplicationFont(str(font_file())))[0]
    layout = QtGui.QTextLayout(text, QtGui.QFont(family, 40))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return Counter(g for run in layout.glyphRuns() for g in run.glyphIndexes())


def _poster_glyphs(text: str, rtl: bool) -> Counter[int]:
    register_fonts()
    face = text_module.pdfmetrics.getFont(REGULAR).face
    _, pieces = shape_line(text, rtl, REGULAR)
    return Counter(face.charToGlyph[ord(ch)] for _, _, chars, _ in pieces for ch in chars)


@pytest.mark.parametrize("text", [DIACRITICS, MIXED, "الله اکبر", "سفارش مشتری"])
def test_poster_glyphs_are_qts(qapp, text: str) -> None:  # type: ignore[no-untyped-def]
    _hb_font.cache_clear()
    assert _poster_glyphs(text, True) == _qt_glyphs(text)


#: scripts the board font lacks, drawn in the font fontconfig gives Qt too (fallback.py)
OTHER_SCRIPTS = ["שָׁלוֹם עולם וברכה", "Ελληνικά κείμενο για τον πίνακα", "Привет, мир: заказ оплачен",
                 "سفارش Ελληνικά 42 و Привет"]


#: CJK in WenQuanYi Micro Hei, emoji as Symbola's monochrome outlines (ensure-system-deps
#: installs both; ADR 0215): printed, not counted
EMOJI_CJK = ["订单已付款 给客户", "Launch party 🎉 done", "سفارش 🎉 订单"]


@pytest.mark.parametrize("text", [DIACRITICS, MIXED, *OTHER_SCRIPTS, *EMOJI_CJK])
def test_script_ink_matches_qt(qapp, tmp_path: Path, text: str) -> None:  # type: ignore[no-untyped-def]
    text_module.clear_caches()
    crop, _, k = _poster(tmp_path, text)
    qt, _ = _qt(text, 320, 200, k)
    good = agreement(ink(crop), ink(qt.crop((4, 4, qt.width - 4, qt.height - 4))))
    # measured 0.998 (diacritics), 0.99 (mixed), 1.0 (Hebrew, Greek, Cyrillic through the
    # fallback fonts, CJK and emoji too); the reshaper path gave 0.38 with marks kept, and
    # no ink at all for Hebrew, Greek, Cyrillic, CJK and emoji
    assert good >= 0.85, good


def test_bidi_runs_in_display_order() -> None:
    runs = levels("سفارش 42 Invoice ثبت", True)
    assert [level for _, level in runs] == [1, 2, 1, 2, 1]
    # rule L2: the right-to-left line's runs reversed, the numbers and Latin left to right
    assert [t for t, _ in visual_runs(runs)] == [" ثبت", "Invoice", " ", "42", "سفارش "]


def test_zwnj_stays_with_the_text() -> None:
    runs = levels("می\u200cخواهد", True)
    assert "".join(t for t, _ in runs) == "می\u200cخواهد"
