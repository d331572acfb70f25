"""Issue 10, item 9: counts read "1 sticky", not "1 stickies" (an English plural-only catalogue,
ADR 0174), and Persian keeps its one form in Persian digits."""

from __future__ import annotations

from stormboard.ui.i18n import install_translations
from stormboard.ui.window.status import BoardStatusBar


def test_status_bar_counts_in_english_and_persian(qtbot, qapp, english) -> None:
    install_translations(qapp, "en")
    bar = BoardStatusBar()
    qtbot.addWidget(bar)
    bar.set_counts(1, 0)
    assert bar.count_label.text() == "1 sticky"
    bar.set_counts(1234, 2)
    assert bar.count_label.text().startswith("1,234 stickies")
    install_translations(qapp, "fa")
    bar.set_counts(1, 0)
    assert bar.count_label.text() == "۱ برگه"
