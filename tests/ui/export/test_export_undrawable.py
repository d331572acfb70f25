"""The Export dialog says, before export, how many stickies hold characters the poster cannot
draw (no font on this system has them: export/poster/fallback.py)."""

from __future__ import annotations

from pathlib import Path

from stormboard.domain.board import Board
from stormboard.domain.entities import Sticky
from stormboard.export.poster import fallback
from stormboard.ui.export.export_dialog import ExportDialog
from stormboard.ui.i18n import install_translations


def test_dialog_names_the_count_before_export(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # an unassigned and a private-use code point, with fontconfig switched off for the test:
    # the two stickies holding them are counted, the rest not
    board = Board()
    board.load("stickies", [
        Sticky("a", "domain_event", 0, 0, 160, 160, text="Order placed"),
        Sticky("b", "domain_event", 200, 0, 160, 160, text="سفارش ثبت شد"),
        Sticky("c", "domain_event", 400, 0, 160, 160, text="odd \u0378 gap"),
        Sticky("d", "domain_event", 600, 0, 160, 160, text="gap \U0010fff0"),
    ])
    monkeypatch.setattr(fallback, "fallback_for", lambda ch: None)
    fallback.undrawable.cache_clear()
    d = ExportDialog(board, suggested=tmp_path / "wall")
    qtbot.addWidget(d)
    d.set_format("pdf")
    d.refresh()
    note = d.problem.text()
    assert "2 stick" in note and "characters the poster cannot draw" in note, note
    assert d.export_button.isEnabled()  # a note, not a refusal
    fallback.undrawable.cache_clear()


def test_persian_dialog_writes_sizes_and_counts_in_persian_digits(  # type: ignore[no-untyped-def]
        qapp, qtbot, english, tmp_path: Path) -> None:
    install_translations(qapp, "fa")
    board = Board()
    board.load("stickies", [Sticky(f"s{i}", "domain_event", 200 * i, 0, 160, 160,
                                   text=f"Event {i}") for i in range(30)])
    d = ExportDialog(board, suggested=tmp_path / "wall")
    qtbot.addWidget(d)
    d.set_format("pdf")
    d.poster_page.tile_check.setChecked(True)
    d.refresh()
    summary = d.summary.text()
    assert any("۰" <= c <= "۹" for c in summary), summary
    # no Latin digit outside the paper's name (A0, A4)
    assert not any(c.isdigit() and c.isascii() for c in summary.replace("A0", "").replace(
        "A4", "").replace("A1", "").replace("A2", "").replace("A3", "")), summary
