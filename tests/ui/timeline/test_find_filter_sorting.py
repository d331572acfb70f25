"""Find bar, filter panel, duplicates dialog, arrange / tidy and hint toggles, through the
widgets and actions a person uses."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from stormboard.domain.entities import Link, Participant
from stormboard.domain.timeline import reading_order
from stormboard.ui.timeline import DuplicatesDialog, FilterPanel, FindBar, TimelineUi
from stormboard.ui.timeline.decorations import DIM_OPACITY

from .conftest import add, reread, type_text


def _enter(widget, shift=False):
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    focus = QApplication.focusWidget()
    if focus is not None and focus is not widget:
        focus.clearFocus()  # a key goes to the focus; the wall would take Return as "edit"
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, mods))


def _centre(view) -> QPointF:
    return view.mapToScene(view.viewport().rect().center())


def test_find_bar_jumps_to_a_persian_match_typed_with_arabic_letters(timeline, qtbot):
    session, scene, view, tools = timeline
    add(session, "domain_event", 100, 100, "Order placed")
    far = add(session, "domain_event", 3000, 1500, "علی ثبت‌نام کرد")  # Persian ی, a ZWNJ
    other = add(session, "domain_event", 4000, 1500, "كتاب علی رسید")  # Arabic ك
    bar = FindBar()
    qtbot.addWidget(bar)
    bar.set_tools(tools)
    bar.open_bar()
    type_text(bar.field, "علي")  # typed on an Arabic keyboard: ي, not ی
    assert bar.matches == [far, other]
    assert scene.selected_sticky_ids() == [far]
    s = session.board.stickies[far]
    c = _centre(view)
    assert abs(c.x() - (s.x + s.width / 2)) < 2 and abs(c.y() - (s.y + s.height / 2)) < 2
    assert set(tools.decorations.found.ids) == {far, other}
    assert tools.decorations.found.current == far
    assert bar.count.text() == "1 of 2"
    _enter(bar.field)
    assert scene.selected_sticky_ids() == [other]
    assert bar.count.text() == "2 of 2"
    _enter(bar.field, shift=True)
    assert scene.selected_sticky_ids() == [far]
    type_text(bar.field, "zzz")
    assert bar.matches == [] and bar.count.text() == "No matches"
    QApplication.sendEvent(bar.field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape,
                                                Qt.KeyboardModifier.NoModifier))
    assert not bar.isVisible()
    assert not tools.decorations.found.ids


def test_filter_dims_what_does_not_match_and_clears(timeline, qtbot):
    session, scene, _view, tools = timeline
    session.execute(_participants(session))
    ev = add(session, "domain_event", 100, 100, "Order placed", author="p1")
    hs = add(session, "hotspot", 400, 100, "Why twice?", author="p2")
    cmd = add(session, "command", 700, 100, "Place order")
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_tools(tools)
    kinds = panel.lists["kinds"]
    [row] = [kinds.item(i) for i in range(kinds.count()) if kinds.item(i).data(
        Qt.ItemDataRole.UserRole + 1) == "hotspot"]
    row.setCheckState(Qt.CheckState.Checked)  # as a tap on its box does
    assert scene.sticky_item(hs).opacity() == 1.0
    assert scene.sticky_item(ev).opacity() == DIM_OPACITY
    assert scene.sticky_item(cmd).opacity() == DIM_OPACITY
    assert "1 of 3" in panel.summary.text()
    # authors: Ana wrote the event, Bo the hotspot; kind AND author -> nothing
    panel.set_ticked("authors", {"p1"})
    assert all(scene.sticky_item(s).opacity() == DIM_OPACITY for s in (ev, hs, cmd))
    panel.set_ticked("kinds", set())
    assert scene.sticky_item(ev).opacity() == 1.0
    # a sticky added while filtering is judged at once
    late = add(session, "note", 900, 100, "late")
    assert scene.sticky_item(late).opacity() == DIM_OPACITY
    panel.clear_button.click()
    assert all(scene.sticky_item(s).opacity() == 1.0 for s in (ev, hs, cmd, late))


def _participants(session):
    from stormboard.app.commands import add_record
    from stormboard.app.edit import combine

    return combine("People", [
        add_record(session.board, "participants", Participant("p1", "Ana"), "Add"),
        add_record(session.board, "participants", Participant("p2", "Bo"), "Add"),
    ])


def test_duplicates_dialog_merges_the_chosen_one(timeline, qtbot):
    session, _scene, _view, tools = timeline
    a = add(session, "domain_event", 100, 100, "Order placed")
    b = add(session, "domain_event", 400, 100, "order placed.")
    c = add(session, "domain_event", 700, 100, "Payment failed")
    session.execute(_link(session, b, c))
    dialog = DuplicatesDialog(tools)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.groups) == 1 and set(dialog.groups[0].ids) == {a, b}
    dialog.choose(0, b)
    qtbot.mouseClick(dialog.merge_buttons[0], Qt.MouseButton.LeftButton)
    assert set(session.board.stickies) == {b, c}
    [link] = session.board.links.values()
    assert (link.source_id, link.target_id) == (b, c)
    assert set(reread(session).stickies) == {b, c}
    qtbot.waitUntil(lambda: dialog.groups == [])
    assert "No duplicates" in dialog.intro.text()
    session.undo()
    assert set(session.board.stickies) == {a, b, c}
    qtbot.waitUntil(lambda: len(dialog.groups) == 1)


def _link(session, src, dst):
    from stormboard.app import timeline_commands as tc

    return tc.add_link(session.board, src, dst, "leads_to")


def _window(timeline, qtbot):
    _session, scene, view, tools = timeline
    tools.detach()
    window = QMainWindow()
    window.scene, window.view = scene, view  # what MainWindow exposes
    qtbot.addWidget(window)
    return TimelineUi(window)


def test_arrange_action_orders_events_in_one_step(timeline, qtbot):
    session, scene, _view, _tools = timeline
    ids = [add(session, "domain_event", x, y, f"e{i}")
           for i, (x, y) in enumerate([(300, 100), (130, 140), (310, 400), (90, 90)])]
    note = add(session, "note", 95, 95, "not an event")
    ui = _window(timeline, qtbot)
    order = [s.id for s in reading_order(session.board.stickies[i] for i in ids)]
    steps = len(session.history._undo)
    ui.actions["arrange"].trigger()
    assert len(session.history._undo) == steps + 1
    placed = [session.board.stickies[i] for i in order]
    xs = [s.x for s in placed]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)  # one column each, same order
    for left, right in itertools.pairwise(placed):
        assert left.x + left.width <= right.x
    assert session.board.stickies[note].x == 95  # only events move when nothing is selected
    assert scene.sticky_item(order[0]).pos().x() == placed[0].x
    session.undo()
    assert [session.board.stickies[i].x for i in ids] == [300, 130, 310, 90]


def test_tidy_chapters_and_tense_toggles(timeline, qtbot):
    session, _scene, _view, _tools = timeline
    a = add(session, "domain_event", 100, 100, "Order placed")
    b = add(session, "domain_event", 150, 120, "Place the order")  # not past, overlapping
    ui = _window(timeline, qtbot)
    deco = ui.tools.decorations
    assert not ui.actions["show_tense_hints"].isChecked()
    assert not deco.tense.rects
    ui.actions["show_tense_hints"].trigger()
    assert session.board.info.show_tense_hints
    assert set(deco.tense.rects) == {b}
    sb = session.board.stickies[b]
    assert deco.tense_badge_at(QPointF(sb.x + sb.width - 20, sb.y + sb.height - 20), 1.0) == b
    assert deco.tense_badge_at(QPointF(sb.x + 10, sb.y + 10), 1.0) == ""
    ui.actions["tidy"].trigger()
    sa, sb = session.board.stickies[a], session.board.stickies[b]
    assert sa.x + sa.width <= sb.x or sa.y + sa.height <= sb.y  # no overlap left
    assert ui.actions["show_chapters"].isChecked()
    ui.actions["show_chapters"].trigger()
    assert not session.board.info.show_chapters
    assert reread(session).info.show_chapters is False
    session.undo()
    assert session.board.info.show_chapters
    assert ui.actions["show_chapters"].isChecked()


def test_links_in_a_file_survive_with_a_label(timeline):
    session, *_ = timeline
    a = add(session, "domain_event", 100, 100, "a")
    b = add(session, "domain_event", 400, 100, "b")
    session.execute(_link(session, a, b))
    [link] = session.board.links.values()
    assert isinstance(link, Link)


def test_lanes_and_milestones_menus_reach_every_record_without_a_pointer(timeline, qtbot):
    from stormboard.app import timeline_commands as tc

    session, _scene, _view, _tools = timeline
    session.execute(tc.add_lane(session.board, "Sales", 0, 300, lane_id="a"))
    session.execute(tc.add_lane(session.board, "Warehouse", 300, 300, lane_id="b"))
    session.execute(tc.add_milestone(session.board, "End of month", 900, milestone_id="m"))
    ui = _window(timeline, qtbot)
    ui.lanes_menu.aboutToShow.emit()
    subs = [a.menu() for a in ui.lanes_menu.actions()]
    assert [m.title() for m in subs] == ["Sales", "Warehouse"]
    [down] = [a for a in subs[0].actions() if a.text() == "Move lane down"]
    down.trigger()
    assert session.board.lanes["b"].y == 0
    ui.milestones_menu.aboutToShow.emit()
    [msub] = [a.menu() for a in ui.milestones_menu.actions()]
    assert msub.title() == "End of month"
    [delete] = [a for a in msub.actions() if a.text() == "Delete milestone"]
    delete.trigger()
    assert not session.board.milestones


def test_a_growing_query_looks_only_at_the_last_matches_until_the_board_changes(
        timeline, qtbot, monkeypatch):
    # counted, not timed (issue 12, ADR 0205): each further letter checks the last matches
    # only; any edit makes the next keystroke search the whole board again
    from stormboard.app import commands

    session, _scene, _view, tools = timeline
    ship = add(session, "domain_event", 100, 100, "Order shipped")
    shop = add(session, "domain_event", 400, 100, "Shop opened")
    for i in range(20):
        add(session, "domain_event", 100 + 200 * i, 600, f"Paid {i}")
    looked: list[int | None] = []
    bar = FindBar()
    qtbot.addWidget(bar)
    bar.set_tools(tools)
    real = bar.search_index.search

    def counting(board, query, among=None):
        looked.append(None if among is None else len(among))
        return real(board, query, among)

    monkeypatch.setattr(bar.search_index, "search", counting)
    bar.open_bar()
    type_text(bar.field, "sh")
    assert bar.matches == [ship, shop]
    looked.clear()
    type_text(bar.field, "i")  # "shi": two stickies looked at, not twenty-two
    assert bar.matches == [ship] and looked and set(looked) == {2}
    looked.clear()
    # an edit: the open bar searches the whole board again, then narrows from there
    session.execute(commands.set_text(session.board, shop, "Shipping label"))
    type_text(bar.field, "p")  # "ship"
    assert looked == [None, 2]
    assert bar.matches == [ship, shop]
