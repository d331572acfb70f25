"""Issue 10, defect 9: the kick-off checklist ticks itself once the goal and the scope are
filled in and participants are listed (and unticks when they are emptied again)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import click


def _states(panel) -> dict[str, bool]:
    out = {}
    for i in range(panel.checklist.count()):
        item = panel.checklist.item(i)
        _key, text = item.data(Qt.ItemDataRole.UserRole)
        out[text] = item.checkState() == Qt.CheckState.Checked
    return out


def test_kickoff_checklist_follows_goal_scope_and_participants(qtbot, env) -> None:
    panel = env.panel
    click(qtbot, panel.start_button)  # the wizard runs the kick-off
    assert panel.checklist.isVisible() and panel.checklist.count() == 4
    assert not any(_states(panel).values())

    qtbot.keyClicks(panel.kickoff.goal, "Understand how a book order flows")
    assert not _states(panel)["State the goal and the scope"]  # the scope is still empty
    qtbot.keyClicks(panel.kickoff.scope, "From browsing to delivery")
    assert _states(panel)["State the goal and the scope"]

    editor = panel.kickoff.participants
    qtbot.keyClicks(editor.name_edit, "Ana")
    click(qtbot, editor.add_button)
    states = _states(panel)
    assert states["List the participants"]
    # the facilitator still ticks what only the room can tell
    assert not states["Show the notation and the rules"]
    assert not states["Everyone has spoken once"]

    panel.kickoff.scope.selectAll()
    qtbot.keyClick(panel.kickoff.scope, Qt.Key.Key_Delete)
    assert not _states(panel)["State the goal and the scope"]


def test_wrapup_counts_lanes_in_the_right_plural(qtbot, env, qapp, english) -> None:
    """Issue 10: the wrap-up said "Sales: 1 events, 1 stickies"."""
    from stormboard.app import timeline_commands as tc
    from stormboard.ui.i18n import install_translations

    from .conftest import add_sticky

    install_translations(qapp, "en")
    session, panel = env.session, env.panel
    session.execute(tc.add_lane(session.board, "Sales", 0, 400, lane_id="l1"))
    session.execute(tc.add_lane(session.board, "Stock", 400, 400, lane_id="l2"))
    add_sticky(session, "domain_event", 100, 100, "Order placed")
    add_sticky(session, "domain_event", 100, 500, "Parcel packed")
    add_sticky(session, "domain_event", 400, 500, "Parcel sent")
    add_sticky(session, "hotspot", 700, 500, "Late?")
    panel.wrapup.refresh()
    text = panel.wrapup.summary.toPlainText()
    assert "\u2068Sales\u2069: 1 event, 1 sticky" in text  # the name isolated (ADR 0172)
    assert "\u2068Stock\u2069: 2 events, 3 stickies" in text
