"""Issue 10, defect 7: the sticky editor shows its length against the limit while typing, and a
paste that would go past the limit is refused as a whole, saying so on the editor itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from stormboard.domain.text import MAX_STICKY_TEXT

from .conftest import add


def test_counter_follows_typing(canvas, qtbot) -> None:
    session, scene, view = canvas
    sid = add(session, "note", 100, 100, "a" * 1948)
    scene.begin_text_edit(sid)
    counter = scene.text_editor().counter
    assert counter.isVisible()
    assert counter.text() == "1,948 / 2,000"
    qtbot.keyClicks(view, "bc")
    assert counter.text() == "1,950 / 2,000"
    assert not counter.over


def test_long_paste_is_refused_clearly(canvas, qtbot) -> None:
    session, scene, view = canvas
    sid = add(session, "note", 100, 100, "Start ")
    scene.begin_text_edit(sid)
    editor = scene.text_editor()
    QGuiApplication.clipboard().setText("x" * 3000)
    with qtbot.waitSignal(scene.text_refused, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    # nothing is silently cut: the text is as it was, and the editor says why
    assert session.board.stickies[sid].text == "Start "
    assert editor.toPlainText() == "Start "
    assert editor.counter.over
    assert "3,006" in editor.counter.text() and "2,000" in editor.counter.text()
    assert "Nothing was pasted" in blocker.args[0] and "2,000" in blocker.args[0]
    # typing again brings the counter back to normal
    qtbot.keyClicks(view, "x")
    assert editor.counter.text() == "7 / 2,000" and not editor.counter.over
    assert len(session.board.stickies[sid].text) == 7 <= MAX_STICKY_TEXT


def test_long_text_pasted_on_the_wall_is_cut_and_said(canvas, qtbot) -> None:
    session, scene, view = canvas
    QGuiApplication.clipboard().setText("y" * 3000)
    messages: list[str] = []
    scene.message.connect(messages.append)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (sticky,) = session.board.stickies.values()
    assert len(sticky.text) == MAX_STICKY_TEXT
    assert any("cut to 2,000 characters" in m and m.startswith("1 ") for m in messages)
