"""One edit runner, one refusal report, and the initiator on change sets (issue 9).

The wall's document controller runs the edits of the canvas, the timeline tools and the
facilitator's panel; a refused edit is reported once on the status-bar route (the scene's
``message``) and, for the panel's own edits, on the panel too."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from stormboard.app import commands
from stormboard.app import workshop_commands as wc
from stormboard.app.edit import ChangeSet

from .conftest import add_sticky


def test_a_refusal_is_reported_once_and_run_says_false(env) -> None:
    said: list[str] = []
    refused: list[tuple[str, object]] = []
    env.scene.message.connect(said.append)
    env.scene.document.refused.connect(lambda s, who: refused.append((s, who)))
    who = object()
    ok = env.scene.document.run(lambda: commands.set_text(env.session.board, "nope", "x"),
                                initiator=who)
    assert ok is False
    assert len(said) == 1 and refused == [(said[0], who)]
    sid = add_sticky(env.session, "domain_event", 0, 0)
    assert env.scene.document.run(commands.set_text(env.session.board, sid, "Order placed"))
    assert len(said) == 1


def test_the_panel_runs_through_the_wall_document_and_is_named_on_its_change_sets(env) -> None:
    seen: list[ChangeSet] = []
    env.session.subscribe(seen.append)
    panel = env.panel
    assert panel.document is env.scene.document
    said: list[str] = []
    env.scene.message.connect(said.append)
    panel_said: list[str] = []
    panel.message.connect(panel_said.append)
    assert panel._run(lambda board: wc.set_goal(board, "Find the bottleneck"))
    assert seen[-1].initiator is panel
    # a refusal of the panel's own edit: once on the status bar, and on the panel itself
    assert not panel._run(lambda board: wc.add_participant(board, "   "))
    assert len(said) == 1 and panel_said == []
    assert panel.notice.text() == said[0]


def test_own_goal_edit_is_not_echoed_into_the_field_but_an_undo_is(env, qtbot) -> None:
    goal = env.panel.kickoff.goal
    goal.setFocus()
    qtbot.keyClicks(goal, "Find")
    goal.setCursorPosition(1)  # the writer moved back to fix a letter
    assert env.session.board.workshop.goal == "Find"
    env.panel._run(lambda board: wc.set_goal(board, "Find"))  # the field's own value again
    assert goal.cursorPosition() == 1
    env.session.seal()
    env.session.undo()
    assert goal.text() == ""


def test_canvas_creation_and_paste_carry_the_active_author_in_one_step(env) -> None:
    session, board = env.session, env.session.board
    session.execute(wc.add_participant(board, "Ana", "", "#E91E63"))
    ana = next(iter(board.participants))
    session.execute(wc.set_active_participant(board, ana))
    session.seal()
    sid = env.scene.document.create_sticky("domain_event", QPointF(100, 100), edit_text=False)
    assert board.stickies[sid].author == ana
    env.scene.select_ids([sid])
    env.scene.document.duplicate_selection()
    (copy,) = set(board.stickies) - {sid}
    assert board.stickies[copy].author == ana
    session.undo()
    session.undo()
    assert sid not in board.stickies  # sticky and author were one step each time


def test_the_sticky_gesture_is_the_last_tool_of_the_one_route(env) -> None:
    route = env.scene.route
    assert route.tools[-1] is env.scene.interactions
    assert env.view in route.views
