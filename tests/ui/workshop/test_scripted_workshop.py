"""A whole Big Picture workshop driven through the facilitator's panel: kick-off, exploration
with cool-down, timeline, problems, dot voting by tapping the wall, wrap-up and the report."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from stormboard.domain import workshop as wz
from stormboard.domain.notation import KINDS

from .conftest import ARTIFACTS, add_sticky, click, tap, tap_sticky

ALL_KINDS = frozenset(k.id for k in KINDS)


def test_scripted_workshop(qtbot, env, tmp_path) -> None:
    panel, session, clock = env.panel, env.session, env.clock
    board = session.board
    allowed: list[frozenset] = []
    panel.allowed_kinds_changed.connect(allowed.append)

    # -- kick-off: goal, two participants, start -------------------------------------------
    assert not board.workshop.enabled
    assert panel.allowed_kinds() == ALL_KINDS  # wizard off: free modelling
    qtbot.keyClicks(panel.kickoff.goal, "Understand how a book order flows")
    qtbot.keyClicks(panel.kickoff.scope, "From browsing to delivery")
    assert board.workshop.goal == "Understand how a book order flows"
    assert board.workshop.scope == "From browsing to delivery"
    labels = []
    while session.history.can_undo:
        labels.append(session.history.undo_label)
        session.undo()
    assert labels == ["Edit scope", "Edit goal"]  # one undo step per field, not per key
    session.redo()
    session.redo()
    assert board.workshop.goal == "Understand how a book order flows"
    assert panel.kickoff.goal.text() == board.workshop.goal

    editor = panel.kickoff.participants
    for name, role in (("Ana", "Product owner"), ("Bob", "Developer")):
        qtbot.keyClicks(editor.name_edit, name)
        qtbot.keyClicks(editor.role_edit, role)
        click(qtbot, editor.add_button)
    people = {p.name: p for p in board.participants.values()}
    assert set(people) == {"Ana", "Bob"}
    assert people["Ana"].role == "Product owner"
    assert people["Ana"].color != people["Bob"].color
    ana, bob = people["Ana"].id, people["Bob"].id
    assert editor.table.rowCount() == 2
    assert set(panel.active_bar.buttons) == {ana, bob, None}

    click(qtbot, panel.start_button)
    w = board.workshop
    assert w.enabled and wz.is_running(w) and wz.current_phase(w).key == "kickoff"
    assert allowed[-1] == frozenset({"note"})
    assert panel.phase_list.current_key == "kickoff"
    assert panel.tabs.currentWidget() is panel.kickoff
    assert panel.checklist.count() == 4

    # -- the timer: countdown, end signal, pause, +5 minutes -------------------------------
    timer = panel.timer
    panel.tick()
    assert timer.digits.text() == "10:00"
    clock.advance(9 * 60 + 30)
    panel.tick()
    assert timer.digits.text() == "0:30" and timer.state == "last_minute"
    ended: list[bool] = []
    timer.time_up.connect(lambda: ended.append(True))
    clock.advance(31)
    panel.tick()
    assert timer.digits.text() == "+0:01" and timer.is_over
    first = timer.background().name()
    clock.advance(1)
    panel.tick()
    assert timer.background().name() != first  # the end pulses gently
    assert ended == [True]  # signalled once, not on every tick
    click(qtbot, panel.pause_button)
    assert wz.is_paused(board.workshop)
    assert panel.pause_button.text() == "Resume"
    shown = timer.digits.text()
    clock.advance(120)
    panel.tick()
    assert timer.digits.text() == shown and timer.state == "paused"
    click(qtbot, panel.pause_button)
    click(qtbot, panel.add_time_button)
    panel.tick()
    assert timer.digits.text() == "4:58" and not timer.is_over

    # -- exploration: events written by the active participant -----------------------------
    click(qtbot, panel.active_bar.button_for(ana))
    assert board.workshop.active_participant == ana
    click(qtbot, panel.next_button)
    assert wz.current_phase(board.workshop).key == "exploration"
    assert allowed[-1] == frozenset({"note", "domain_event"})
    assert "past tense" in panel.instruction.text()
    t0 = wz.phase_started_at(board.workshop)
    assert t0 == clock()

    env.view.set_pending_kind("domain_event")  # the palette's tap-then-place path
    tap(env.view, QPointF(200, 200))
    (placed,) = [s for s in board.stickies.values() if s.kind == "domain_event"]
    assert placed.author == ana
    env.scene.end_text_edit()

    # a path that does not stamp the author itself: the panel records it as a follow-up
    click(qtbot, panel.active_bar.button_for(bob))
    loose = add_sticky(session, "domain_event", 400, 200, "Payment failed")
    qtbot.waitUntil(lambda: board.stickies[loose].author == bob)
    assert session.history.undo_label == "Set author"

    # a burst of writing (one event every 15 s for 5 minutes), then silence
    for i in range(20):
        add_sticky(session, "domain_event", 100 + 130 * (i % 10), 400 + 130 * (i // 10),
                   f"Event {i}", now=t0 + 15 * (i + 1), author=ana if i % 2 else bob)
    clock.t = t0 + 300
    panel.tick()
    assert panel.cooldown.isVisibleTo(panel)
    assert not panel.cooldown.cooled
    assert panel.cooldown.state.rate >= 2.0
    assert "per minute" in panel.cooldown.rate.text()
    assert not panel.cooldown.next_button.isVisibleTo(panel)
    clock.t = t0 + 420  # a lull, not yet long enough
    panel.tick()
    assert not panel.cooldown.cooled
    clock.t = t0 + 700
    panel.tick()
    assert panel.cooldown.cooled
    assert panel.cooldown.banner.isVisibleTo(panel)
    assert panel.cooldown.banner.text() == "The group is cooling down"
    ARTIFACTS.mkdir(exist_ok=True)
    qtbot.wait(20)
    panel.grab().save(str(ARTIFACTS / "workshop-panel-cooldown.png"))
    click(qtbot, panel.cooldown.next_button)
    assert wz.current_phase(board.workshop).key == "timeline"
    assert not panel.cooldown.isVisibleTo(panel)

    # -- on to problems and opportunities ----------------------------------------------------
    for expected in ("people_systems", "walkthrough", "problems"):
        clock.advance(60)
        click(qtbot, panel.next_button)
        assert wz.current_phase(board.workshop).key == expected
    assert {"hotspot", "opportunity"} <= allowed[-1]
    click(qtbot, panel.active_bar.button_for(ana))
    env.view.set_pending_kind("hotspot")
    tap(env.view, QPointF(250, 120))
    env.scene.end_text_edit()
    (h1,) = [s.id for s in board.stickies.values() if s.kind == "hotspot"]
    assert board.stickies[h1].author == ana
    from stormboard.app import commands

    session.execute(commands.set_text(board, h1, "Stock is unknown", clock()))
    h2 = add_sticky(session, "hotspot", 500, 60, "Refunds take weeks", author=bob)
    h3 = add_sticky(session, "hotspot", 750, 60, "Who calls the courier?", author=ana)
    opp = add_sticky(session, "opportunity", 500, 250, "Live stock feed", author=bob)

    # -- voting: tap the wall as each participant -------------------------------------------
    clock.advance(60)
    click(qtbot, panel.next_button)
    assert wz.current_phase(board.workshop).key == "voting"
    assert panel.tabs.currentWidget() is panel._voting_holder
    voting = panel.voting
    click(qtbot, voting.mode_button)
    assert voting.filter.active
    click(qtbot, voting.voters.button_for(ana))
    before = board.stickies[h2]
    tap_sticky(env, h2)
    tap_sticky(env, h2)
    assert board.stickies[h2] == before  # a vote, not a move or an edit
    tap_sticky(env, h1)  # over budget: refused with a sentence
    assert "used all 2" in voting.status.text()
    assert "\u2068Ana\u2069: 0 of 2 votes left" in voting.remaining.text()
    click(qtbot, voting.voters.button_for(bob))
    tap_sticky(env, h3)
    tap_sticky(env, h3, Qt.KeyboardModifier.ControlModifier)  # a modifier takes it back
    tap_sticky(env, h2)
    click(qtbot, voting.remove_button)  # or the "take back" toggle
    tap_sticky(env, h2)
    click(qtbot, voting.remove_button)
    tap_sticky(env, h1)
    tap_sticky(env, h2)
    counts = {sid: sum(v.sticky_id == sid for v in board.votes.values())
              for sid in (h1, h2, h3, opp)}
    assert counts == {h1: 1, h2: 3, h3: 0, opp: 0}
    assert "\u2068Bob\u2069: 0 of 2 votes left" in voting.remaining.text()
    # hidden until the reveal: the wall shows no counts
    assert all(env.scene.sticky_item(s).votes == 0 for s in (h1, h2, h3))
    click(qtbot, voting.reveal_button)
    assert board.workshop.votes_revealed
    assert env.scene.sticky_item(h2).votes == 3
    assert env.scene.sticky_item(h1).votes == 1
    qtbot.wait(20)
    panel.grab().save(str(ARTIFACTS / "workshop-panel-voting.png"))
    env.view.grab().save(str(ARTIFACTS / "workshop-wall-votes.png"))

    # -- wrap-up: ranked table with owners, the report --------------------------------------
    clock.advance(60)
    click(qtbot, panel.next_button)
    assert wz.current_phase(board.workshop).key == "wrapup"
    assert not voting.filter.active  # leaving the voting phase ends voting mode
    wrap = panel.wrapup
    assert panel.tabs.currentWidget() is wrap
    assert wrap.ranked_ids() == [h2, h1, h3, opp]
    assert wrap.table.item(0, 1).text() == "3"
    assert wrap.table.item(0, 3).text() == "Refunds take weeks"
    wrap.set_owner(0, "Finance team")
    wrap.set_next_step(0, "Map the refund steps")
    wrap.set_owner(1, "Warehouse")
    assert board.decisions[h2].owner == "Finance team"
    assert board.decisions[h2].next_step == "Map the refund steps"
    assert board.decisions[h1].owner == "Warehouse"
    summary = wrap.summary.toPlainText()
    assert "Goal: \u2068Understand how a book order flows\u2069" in summary  # isolated text
    assert "Ana (Product owner)" in summary and "Bob (Developer)" in summary
    assert "Domain event: 22" in summary

    report = tmp_path / "report.md"
    ranked_csv = tmp_path / "ranked.csv"
    wrap.ask_save_path = lambda title, suggested, name_filter: (
        report if suggested.endswith(".md") else ranked_csv
    )
    click(qtbot, wrap.save_md)
    click(qtbot, wrap.save_csv)
    text = report.read_text(encoding="utf-8")
    section = text.split("## Hotspots and opportunities")[1].split("\n## ")[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "Hotspot" in line]
    assert [r.split(" | ")[3] for r in rows] == [
        "Refunds take weeks", "Stock is unknown", "Who calls the courier?",
    ]
    assert rows[0].startswith("| 1 | 3 |") and "Finance team" in rows[0]
    assert "Map the refund steps" in rows[0]
    assert "Warehouse" in rows[1]
    assert "Understand how a book order flows" in text
    lines = ranked_csv.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("1,1,3,hotspot,Refunds take weeks,Finance team")

    # the phase durations the report shows come from the real runs
    used = dict((p.key, p.visits) for p in wrap.wrapup.phases)
    assert used["kickoff"] == 1 and used["exploration"] == 1

    ARTIFACTS.mkdir(exist_ok=True)
    qtbot.wait(20)  # let the layouts settle before the picture
    panel.grab().save(str(ARTIFACTS / "workshop-panel-wrapup.png"))
