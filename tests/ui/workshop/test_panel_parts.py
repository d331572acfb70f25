"""The facilitator panel's parts one by one: switch, phase navigation, plan dialog,
participants, authoring, locked kinds, voting edge cases, presenter view, sizes and RTL."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog

from stormboard.app import commands
from stormboard.app import workshop_commands as wc
from stormboard.domain import workshop as wz
from stormboard.domain.notation import KINDS
from stormboard.ui.workshop import with_active_author
from stormboard.ui.workshop.common import finger_px
from stormboard.ui.workshop.presenter import PresenterWindow, projector_screen

from .conftest import ARTIFACTS, add_sticky, click, tap, tap_sticky

ALL_KINDS = frozenset(k.id for k in KINDS)


def _people(env, *names: str) -> list[str]:
    ids = []
    for name in names:
        edit = wc.add_participant(env.session.board, name, color="#1E88E5")
        env.session.execute(edit)
        ids.append(edit.puts[0].id)
    return ids


def test_wizard_switch_locks_and_unlocks_kinds(qtbot, env) -> None:
    panel, board = env.panel, env.session.board
    seen: list[frozenset] = []
    panel.allowed_kinds_changed.connect(seen.append)
    features: list[frozenset] = []
    panel.allowed_features_changed.connect(features.append)
    click(qtbot, panel.wizard_switch)
    assert board.workshop.enabled and len(board.workshop.plan) == 8
    assert seen == [frozenset({"note"})]
    assert features[-1] == frozenset()
    assert panel.phase_list.buttons["kickoff"].property("current") is not False
    click(qtbot, panel.wizard_switch)
    assert not board.workshop.enabled
    assert seen[-1] == ALL_KINDS
    assert features[-1] == frozenset(wz.FEATURES)
    assert "Free modelling" in panel.instruction.text()
    assert not panel.next_button.isEnabled()


def test_phase_navigation_buttons_and_jump(qtbot, env) -> None:
    panel, board, clock = env.panel, env.session.board, env.clock
    click(qtbot, panel.start_button)
    assert not panel.back_button.isEnabled()
    clock.advance(30)
    click(qtbot, panel.next_button)
    clock.advance(30)
    click(qtbot, panel.skip_button)  # exploration skipped: its run is dropped
    assert wz.current_phase(board.workshop).key == "timeline"
    assert [r.key for r in board.workshop.history] == ["kickoff", "timeline"]
    click(qtbot, panel.back_button)
    assert wz.current_phase(board.workshop).key == "exploration"
    click(qtbot, panel.phase_list.buttons["voting"])
    assert wz.current_phase(board.workshop).key == "voting"
    runs = len(board.workshop.history)
    click(qtbot, panel.phase_list.buttons["voting"])  # the phase in progress: no restart
    assert len(board.workshop.history) == runs
    assert panel.phase_list.buttons["voting"].property("current")
    click(qtbot, panel.phase_list.buttons["wrapup"])
    assert not panel.next_button.isEnabled() and not panel.skip_button.isEnabled()
    click(qtbot, panel.finish_button)
    assert not wz.is_running(board.workshop)
    assert panel.start_button.isEnabled() and not panel.pause_button.isEnabled()
    # undo brings the panel back with the model
    env.session.undo()
    assert wz.is_running(board.workshop) and panel.finish_button.isEnabled()


def test_plan_dialog_edits_timebox_and_instruction(qtbot, env) -> None:
    panel, board = env.panel, env.session.board
    dialog = panel.edit_plan("exploration")  # before the wizard ever ran: plan installed
    assert isinstance(dialog, QDialog)
    assert dialog.key() == "exploration"
    assert dialog.minutes.value() == 25
    dialog.minutes.setValue(30)
    dialog.instruction.setPlainText("Orange stickies only, please.")
    dialog.accept()
    phase = board.workshop.plan[wz.phase_index(board.workshop, "exploration")]
    assert phase.minutes == 30 and phase.instruction == "Orange stickies only, please."
    assert "(30 min)" in panel.phase_list.buttons["exploration"].text()
    click(qtbot, panel.start_button)
    click(qtbot, panel.next_button)
    assert panel.instruction.text() == "Orange stickies only, please."
    panel.tick()
    assert panel.timer.digits.text() == "30:00"
    # cancelling changes nothing
    dialog = panel.edit_plan()
    dialog.minutes.setValue(3)
    dialog.reject()
    assert board.workshop.plan[1].minutes == 30


def test_participants_rename_recolour_remove(qtbot, env) -> None:
    panel, board = env.panel, env.session.board
    ana, bob = _people(env, "Ana", "Bob")
    editor = panel.kickoff.participants
    assert [editor.table.item(r, 0).text() for r in range(2)] == ["Ana", "Bob"]
    editor.table.item(1, 0).setText("Bobby")  # as the table's editor commits a rename
    assert board.participants[bob].name == "Bobby"
    editor.table.item(0, 1).setText("Domain expert")
    assert board.participants[ana].role == "Domain expert"
    editor.table.item(0, 0).setText("   ")  # refused: a participant needs a name
    assert board.participants[ana].name == "Ana"
    assert editor.table.item(0, 0).text() == "Ana"
    assert "needs a name" in panel.notice.text()
    click(qtbot, panel.active_bar.button_for(bob))
    assert panel.active_bar.button_for(bob).isChecked()
    editor.table.selectRow(1)
    click(qtbot, editor.remove_button)
    assert bob not in board.participants
    assert board.workshop.active_participant is None
    assert panel.active_bar.button_for(None).isChecked()
    assert set(panel.active_bar.buttons) == {ana, None}


def test_active_author_one_step_and_follow_up(qtbot, env) -> None:
    session, board = env.session, env.session.board
    (ana,) = _people(env, "Ana")
    session.execute(wc.set_active_participant(board, ana))
    # the function a creation path can call: sticky and author are one undo step
    sticky = commands.new_sticky("domain_event", 0, 0, now=env.clock())
    session.execute(with_active_author(board, commands.add_sticky(board, sticky)))
    assert board.stickies[sticky.id].author == ana
    session.undo()
    assert sticky.id not in board.stickies
    session.redo()
    # the safety net: a follow-up step, not repeated on redo
    loose = add_sticky(session, "domain_event", 200, 0, "Order placed")
    qtbot.waitUntil(lambda: board.stickies[loose].author == ana)
    session.undo()
    assert board.stickies[loose].author is None
    session.undo()
    assert loose not in board.stickies
    session.redo()
    QApplication.processEvents()
    assert board.stickies[loose].author is None
    assert session.history.can_redo  # the redo stack survived
    session.redo()
    assert board.stickies[loose].author == ana
    # old stickies (an import) keep no author
    old = add_sticky(session, "domain_event", 400, 0, "Imported", now=env.clock() - 3600)
    QApplication.processEvents()
    assert board.stickies[old].author is None


def test_locked_kind_is_reported(qtbot, env) -> None:
    panel = env.panel
    click(qtbot, panel.start_button)
    click(qtbot, panel.next_button)
    add_sticky(env.session, "hotspot", 0, 0, "Too early")
    assert "Hotspot" in panel.notice.text()
    assert "not unlocked" in panel.notice.text()


def test_voting_refusals_and_presenter_taps(qtbot, env) -> None:
    panel, session, board = env.panel, env.session, env.session.board
    (ana,) = _people(env, "Ana")
    event = add_sticky(session, "domain_event", 100, 100, "Order placed")
    hotspot = add_sticky(session, "hotspot", 400, 100, "Slow refunds")
    voting = panel.voting
    panel.show_page("voting")
    voting.budget.setValue(3)
    assert board.workshop.vote_budget == 3
    click(qtbot, voting.mode_button)
    tap_sticky(env, hotspot)
    assert voting.status.text() == "Choose who is voting first."
    click(qtbot, voting.voters.button_for(ana))
    assert board.workshop.active_participant == ana
    tap_sticky(env, event)
    assert "Only hotspots and opportunities" in voting.status.text()
    assert board.stickies[event].x == 100  # not dragged either
    tap(env.view, QPointF(900, 600))  # empty wall: nothing
    assert not board.votes
    # the projector's view shares the scene: a tap there votes too
    presenter = panel.open_presenter()
    assert isinstance(presenter, PresenterWindow)
    qtbot.waitExposed(presenter)
    presenter.view.set_zoom(1.0)
    presenter.view.centerOn(QPointF(450, 150))
    s = board.stickies[hotspot]
    pos = presenter.view.mapFromScene(QPointF(*s.center))
    from PySide6.QtCore import QEvent

    from .conftest import mouse

    mouse(presenter.view.viewport(), QEvent.Type.MouseButtonPress, pos)
    mouse(presenter.view.viewport(), QEvent.Type.MouseButtonRelease, pos)
    assert len(board.votes) == 1
    assert voting.status.text() == "\u2068Ana\u2069 has 2 of 3 votes left."
    voting.budget.setValue(3)
    # mode off: taps select again
    click(qtbot, voting.mode_button)
    tap_sticky(env, hotspot)
    assert len(board.votes) == 1
    assert env.scene.selected_sticky_ids() == [hotspot]
    # wrap-up before the reveal leaks no counts
    panel.tabs.setCurrentWidget(panel.wrapup)
    assert panel.wrapup.table.item(0, 1).text() == "—"
    assert "not revealed" in panel.wrapup.ranked_label.text()


def test_presenter_overlay_follows_the_tick(qtbot, env) -> None:
    panel, clock = env.panel, env.clock
    click(qtbot, panel.start_button)
    presenter = panel.open_presenter()
    qtbot.waitExposed(presenter)
    assert presenter.view.scene() is env.scene
    assert projector_screen(presenter.screen()) is None  # one screen here
    assert not presenter.isFullScreen()  # so the laptop's screen is not taken over
    clock.advance(125)
    panel.tick()
    assert presenter.overlay.display.digits.text() == "7:55" == panel.timer.digits.text()
    overlay = presenter.overlay
    viewport = presenter.view.viewport()
    assert overlay.geometry().right() <= viewport.width()
    assert overlay.x() > viewport.width() / 2  # top corner on the end side
    assert overlay.display.digits.font().pixelSize() >= 100
    assert "goal, the scope" in overlay.display.instruction.text()  # read to the room
    assert panel.open_presenter() is presenter  # a second call brings the same window
    ARTIFACTS.mkdir(exist_ok=True)
    qtbot.wait(20)
    presenter.grab().save(str(ARTIFACTS / "workshop-presenter.png"))


def test_controls_are_finger_sized(qtbot, env) -> None:
    panel = env.panel
    _people(env, "Ana", "Bob")
    px = finger_px(panel)
    assert px >= 34  # 9 mm at 96 dpi
    for page in (panel.kickoff, panel._voting_holder, panel.wrapup):
        panel.tabs.setCurrentWidget(page)
        qtbot.wait(10)
        small = [
            f"{type(b).__name__} {b.objectName()} {b.text()}"
            for b in panel.findChildren(QAbstractButton)
            if b.isVisible() and (b.height() < px or b.width() < px)
            and b.parent() is not panel.tabs.tabBar()
        ]
        assert not small


def test_right_to_left_layout(qtbot, env) -> None:
    panel = env.panel
    _people(env, "آنا", "Bob")
    panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    click(qtbot, panel.start_button)
    panel.tick()
    qtbot.wait(20)
    assert panel.wizard_switch.x() > panel.presenter_button.x()  # mirrored row
    assert panel.next_button.x() < panel.back_button.x()
    assert panel.timer.digits.layoutDirection() == Qt.LayoutDirection.LeftToRight
    ARTIFACTS.mkdir(exist_ok=True)
    panel.grab().save(str(ARTIFACTS / "workshop-panel-rtl.png"))


def test_every_default_plan_text_is_listed_for_translators() -> None:
    from stormboard.ui.workshop.texts import PLAN_TEXTS

    expected = [t for p in wz.default_plan() for t in (p.title, p.instruction, *p.checklist)]
    assert list(PLAN_TEXTS) == expected


def test_projector_screen_is_the_other_one(monkeypatch) -> None:
    from PySide6.QtGui import QGuiApplication

    laptop, projector = object(), object()
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [laptop, projector]))
    assert projector_screen(laptop) is projector
    assert projector_screen(projector) is laptop
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [laptop]))
    assert projector_screen(laptop) is None
