"""The poster's text layer reads as the logical text: copy, search and pdftotext find the words.

The poster draws Persian as presentation forms in visual order; its ToUnicode maps each back to
the letters it stands for (export/poster/pdf_font.py), and readers reorder right-to-left lines."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from stormboard.cli import poster as poster_cli
from stormboard.domain.board import Board
from stormboard.domain.entities import Sticky
from stormboard.export.json_format import read_json
from stormboard.export.poster import PosterOptions, Scale, ScaleMode, paper, plan_poster, render
from stormboard.export.poster.fallback import fallback_for, undrawable
from stormboard.export.poster.pdf_font import logical_letters, to_unicode_cmap
from stormboard.shipped import resource

from .test_poster_cli import _args

_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")

TEXTS = (
    "سفارش مشتری ثبت شد؛ پیک گزارش ژوئن را خواهد و چک 42 را با Invoice فرستاد",
    "کتاب لازم است",
    "Order placed by customer",
    "پرداخت انجام شد",
)


def _text_layer(tmp_path: Path, texts: tuple[str, ...]) -> str:
    board = Board()
    board.load("stickies", [Sticky(f"s{i}", "domain_event", i * 400, 0, 320, 200, text=t)
                            for i, t in enumerate(texts)])
    out = tmp_path / "poster.pdf"
    render(plan_poster(board, PosterOptions(paper=paper("A4"), scale=Scale(ScaleMode.FIT))), out)
    return subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_pdftotext_finds_every_word_in_logical_order(tmp_path: Path) -> None:
    layer = _text_layer(tmp_path, TEXTS)
    words = set(layer.replace("\u202b", " ").replace("\u202c", " ").split())
    for text in TEXTS:
        for word in text.split():
            assert word in words, (word, layer)
    assert "کتاب" in layer
    # no presentation form is left in the text layer
    assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in layer), layer


#: words with marks (tanwin, shadda, short vowels, hamza above, Hebrew points), one ending
#: a line with its mark, and a mixed line
MARKED = ("لطفاً اولیّه مُحَمَّد خانهٔ", "مُحَمَّد 42 Invoice پرداخت کرد", "שָׁלוֹם עוֹלָם")


def test_pdftotext_reads_marked_words_whole(tmp_path: Path) -> None:
    """A mark is drawn raised or lowered; without /ActualText pdftotext read it as a line of
    its own or gave it to the wrong letter (measured: 2 of the 4 Persian words of the first
    sticky whole)."""
    layer = _text_layer(tmp_path, MARKED)
    words = set(re.sub("[\u202a-\u202e\u200e\u200f]", " ", layer).split())
    for text in MARKED:
        for word in text.split():
            assert word in words, (word, layer)


def test_presentation_forms_map_to_their_letters() -> None:
    assert logical_letters(0xFEDB) == "ك"  # kaf initial form
    assert logical_letters(0xFB90) == "ک"  # keheh initial form
    # lam-alef ligature: two letters, in visual order (readers reverse the RTL line)
    assert logical_letters(0xFEFB) == "ال"
    assert logical_letters(ord("a")) == "a"
    cmap = to_unicode_cmap("F", [0, 0xFEFB, ord("A")])
    assert "<01> <06270644>" in cmap
    assert "<02> <0041>" in cmap


def _drawn_or_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                      texts: tuple[str, ...]) -> tuple[int, str]:
    board = Board()
    board.load("stickies", [Sticky(f"s{i}", "domain_event", i * 400, 0, 320, 200, text=t)
                            for i, t in enumerate(texts)])
    poster_cli.export(board, tmp_path / "wall.pdf", _args())
    counted = sum(1 for t in texts if undrawable(t, "StormboardSans"))
    return counted, capsys.readouterr().err


def test_emoji_and_cjk_are_printed_or_counted(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    texts = ("Launch party 🎉", "订单已付款", "Order placed", "سفارش ثبت شد")
    counted, err = _drawn_or_counted(tmp_path, capsys, texts)
    # scripts/ensure-system-deps.sh installs fonts-wqy-microhei and fonts-symbola (ADR 0215):
    # both are printed, so nothing is counted and the CLI says nothing
    assert counted == 0, [t for t in texts if undrawable(t, "StormboardSans")]
    assert "cannot draw" not in err
    for ch in "🎉订":
        assert fallback_for(ch) is not None, ch


def test_cli_counts_what_no_font_draws(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the fallback fonts (fontconfig answering nothing) the CLI says how many."""
    from stormboard.export.poster import fallback

    monkeypatch.setattr(fallback, "fallback_for", lambda ch: None)
    undrawable.cache_clear()
    try:
        counted, err = _drawn_or_counted(tmp_path, capsys,
                                         ("Launch party 🎉", "订单已付款", "Order placed"))
    finally:
        undrawable.cache_clear()
    assert counted == 2
    assert "2 stickies contain characters the poster cannot draw" in err


def test_scripts_through_fallback_are_not_counted(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    texts = ("שלום עולם", "Ελληνικά", "Привет")
    if any(undrawable(t, "StormboardSans") for t in texts):
        pytest.skip("no system font with Hebrew, Greek and Cyrillic (fonts-dejavu-core)")
    counted, err = _drawn_or_counted(tmp_path, capsys, texts)
    assert counted == 0 and "cannot draw" not in err


_SPLIT = re.compile(r"[\s«»:،؛؟,.()/\u202a-\u202e]+")


def _bare(word: str) -> str:
    return re.sub(r"[^\w\u200c]", "", word)


def test_sample_poster_text_layer_has_every_stickys_words(tmp_path: Path) -> None:
    """pdftotext of the shipped sample's poster finds each sticky's words, Persian ones in
    logical order with their ZWNJ (punctuation aside: readers place neutral characters of
    mixed lines by their own bidi rules)."""
    board = read_json(resource("samples", "big-picture-bookshop.json"))
    out = tmp_path / "sample.pdf"
    render(plan_poster(board, PosterOptions(paper=paper("A0"))), out)
    layer = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout
    found = {_bare(w) for w in _SPLIT.split(layer)}
    stickies = [s for s in board.stickies.values() if s.kind != "chapter"]
    assert any(_ARABIC_LETTER.search(s.text) for s in stickies)
    missing = [(s.id, _bare(w)) for s in stickies for w in _SPLIT.split(s.text)
               if _bare(w) and _bare(w) not in found]
    assert missing == []
