"""Issue 10, accessibility: every button and action has a name a screen reader can say; a
keyboard user moves between stickies with Tab / Shift+Tab (never trapped on the wall) and
Alt+arrows; the board can be read as a list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from stormboard.app import commands
from stormboard.app import timeline_commands as tc
from stormboard.ui.window import MainWindow


def _add(window: MainWindow, kind: str, x: float, y: float, text: str) -> str:
    session = window.session
    s = commands.new_sticky(kind, x, y, text=text, now=session.clock())
    session.execute(commands.add_sticky(session.board, s))
    session.seal()
    return s.id


def _spoken(widget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def test_every_button_and_action_has_an_accessible_name(window: MainWindow, qtbot) -> None:
    qtbot.waitExposed(window)
    _add(window, "domain_event", 0, 0, "Order placed")
    QApplication.processEvents()
    buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
    assert len(buttons) > 20
    unnamed = [b.objectName() or type(b).__name__ for b in buttons if not _spoken(b).strip()]
    assert unnamed == []
    actions = [a for a in window.findChildren(QAction) if not a.isSeparator()]
    silent = [a.objectName() for a in actions if a.objectName().startswith("action_")
              and not a.text().replace("&", "").strip()]
    assert silent == []


def test_the_legend_reads_as_sentences(window: MainWindow, qtbot) -> None:
    _add(window, "hotspot", 0, 0, "Why?")
    legend = window.legend
    qtbot.waitUntil(lambda: legend.topLevelItemCount() == 1)
    assert legend.accessibleName() == "Legend"
    assert legend.focusPolicy() == Qt.FocusPolicy.TabFocus
    spoken = legend.topLevelItem(0).data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Hotspot: 1 on the wall.") and "problem" in spoken


def test_tab_walks_the_stickies_and_lets_the_focus_go(window: MainWindow, qtbot) -> None:
    qtbot.waitExposed(window)
    first = _add(window, "domain_event", 0, 0, "Order placed")
    third = _add(window, "domain_event", 600, 0, "Order shipped")
    second = _add(window, "domain_event", 300, 0, "Order paid")
    view = window.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    scene = window.scene
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selected_sticky_ids() == [first]  # reading order, not creation order
    assert "Order placed" in view.accessibleDescription()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selected_sticky_ids() == [second]
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert scene.selected_sticky_ids() == [first]
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert scene.selected_sticky_ids() == [second]  # the nearest to the right
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selected_sticky_ids() == [third]
    QTest.keyClick(view, Qt.Key.Key_Tab)  # past the last one: the focus moves on
    assert scene.selected_sticky_ids() == []
    assert not view.hasFocus()


def test_a_hidden_board_list_builds_no_rows_until_it_shows(window: MainWindow, qtbot) -> None:
    """Start-up at 20,000 stickies (ADR 0235): the list, hidden at first, fills when shown."""
    session = window.session
    _add(window, "domain_event", 300, 0, "Order paid")
    window.board_list.set_session(session, window.view)
    window.board_list.retranslate()
    assert not window.board_list.isVisible() and window.board_list.topLevelItemCount() == 0
    window.board_list_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.board_list.topLevelItemCount() == 1)


def test_the_board_reads_as_a_list(window: MainWindow, qtbot) -> None:
    session = window.session
    session.execute(tc.add_lane(session.board, "Sales", -50, 400, lane_id="l1"))
    a = _add(window, "domain_event", 300, 0, "Order paid")
    b = _add(window, "hotspot", 0, 0, "Why so slow?")
    window.board_list_dock.toggleViewAction().trigger()
    panel = window.board_list
    qtbot.waitUntil(lambda: panel.isVisible() and panel.topLevelItemCount() == 2)
    rows = [[panel.topLevelItem(i).text(c) for c in range(4)] for i in range(2)]
    assert rows[0][:3] == ["Hotspot", "Why so slow?", "Sales"]
    assert rows[1][:3] == ["Domain event", "Order paid", "Sales"]
    assert panel.accessibleName() == "The board as a list"
    panel.setCurrentItem(panel.topLevelItem(1))
    assert window.scene.selected_sticky_ids() == [a]
    _add(window, "note", 900, 0, "later")
    qtbot.waitUntil(lambda: panel.topLevelItemCount() == 3)
    assert b in session.board.stickies
