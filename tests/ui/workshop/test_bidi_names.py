"""Issue 10, defect 5: a Persian name inside an English sentence keeps its place; every name or
board text put into a translated sentence is wrapped in FSI ... PDI."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from stormboard.app import workshop_commands as wc
from stormboard.ui.bidi import FSI, PDI, isolate
from stormboard.ui.window.main_window import edit_label

from .conftest import add_sticky, click, tap_sticky

NAME = "مریم"


def _x(text: str, index: int) -> float:
    """Where the character at ``index`` is drawn in a left-to-right line of ``text``."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return line.cursorToX(index)[0]


def test_persian_voter_name_is_isolated(qtbot, env) -> None:
    edit = wc.add_participant(env.session.board, NAME, color="#1E88E5")
    env.session.execute(edit)
    pid = edit.puts[0].id
    hotspot = add_sticky(env.session, "hotspot", 400, 100, "Slow refunds")
    panel = env.panel
    panel.show_page("voting")
    voting = panel.voting
    lines = voting.remaining.text().splitlines()
    assert lines[0] == f"{FSI}{NAME}{PDI}: 2 of 2 votes left"
    click(qtbot, voting.mode_button)
    click(qtbot, voting.voters.button_for(pid))
    env.view.centerOn(QPointF(450, 150))
    tap_sticky(env, hotspot)
    assert voting.status.text() == f"{FSI}{NAME}{PDI} has 1 of 2 votes left."
    # as drawn: the colon follows the name and the count follows the colon (without the
    # isolates the count is drawn left of the colon: "2 :مریم of 2 votes left")
    line = lines[0]
    assert _x(line, line.index(":")) < _x(line, line.index("2"))
    plain = line.replace(FSI, "").replace(PDI, "")
    assert _x(plain, plain.index(":")) > _x(plain, plain.index("2"))


def test_undo_label_isolates_a_participant_name() -> None:
    assert edit_label(f"Add participant {NAME}") == f"Add participant {isolate(NAME)}"
    assert isolate("") == ""


def test_timer_digits_follow_the_ui_language(qapp, english) -> None:
    from stormboard.ui.i18n import install_translations
    from stormboard.ui.workshop.common import clock_text

    install_translations(qapp, "en")
    assert clock_text(125) == "2:05"
    install_translations(qapp, "fa")
    assert clock_text(125) == "۲:۰۵"  # issue 10, item 9: not Latin digits in Persian
