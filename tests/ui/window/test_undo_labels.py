"""Issue 10, defect 9: undo labels count in the right plural ("Move 1 sticky"), and the toolbar
does not jump as the Undo label changes length: its button keeps a fixed word, the menu and the
tooltip name the step."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from stormboard.app import commands
from stormboard.ui.i18n import install_translations
from stormboard.ui.window.main_window import edit_label


def test_counted_labels_take_their_plural(qapp, english) -> None:
    install_translations(qapp, "en")
    assert edit_label("Move 1 stickies") == "Move 1 sticky"
    assert edit_label("Move 3 stickies") == "Move 3 stickies"
    assert edit_label("Delete 1 stickies") == "Delete 1 sticky"
    assert edit_label("Merge 1 duplicates") == "Merge 1 duplicate"
    install_translations(qapp, "fa")
    assert edit_label("Move 3 stickies") == "جابه‌جایی ۳ برگه"


def test_toolbar_does_not_jump_as_the_undo_label_changes(window, qtbot) -> None:
    qtbot.waitExposed(window)
    undo = window.actions_by_name["undo"]
    # the icons arrive after the first frame (ADR 0203); measure the toolbar once they have
    qtbot.waitUntil(lambda: not undo.icon().isNull())
    qtbot.wait(20)
    button = window.toolbar.widgetForAction(undo)
    after = window.toolbar.widgetForAction(window.actions_by_name["redo"])
    before = (button.width(), after.x())
    scene = window.scene
    ids = [scene.create_sticky("domain_event", QPointF(x, 0), edit_text=False)
           for x in (0, 300, 600)]
    session = window.session
    session.seal()
    session.execute(commands.move_stickies(session.board, ids, 40, 0))
    session.seal()
    qtbot.wait(50)
    assert "Move 3 stickies" in undo.text()
    assert (button.width(), after.x()) == before
    assert "Move 3 stickies" in undo.toolTip()
    assert button.text() == "Undo"
