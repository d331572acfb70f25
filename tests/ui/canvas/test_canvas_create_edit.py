"""Placing stickies (drop, palette tap, shortcut) and editing their text in place."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from stormboard.domain import notation
from stormboard.domain.board import Board
from stormboard.ui.canvas import KIND_MIME, BoardScene, BoardView

from .conftest import add, reread, type_text


def _drop_kind(view, kind_id: str, pos: QPoint) -> bool:
    mime = QMimeData()
    mime.setData(KIND_MIME, kind_id.encode("utf-8"))
    vp = view.viewport()
    action = Qt.DropAction.CopyAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, action, mime, left, none)
    QApplication.sendEvent(vp, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, action, mime, left, none)
    QApplication.sendEvent(vp, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(pos), action, mime, left, none)
    QApplication.sendEvent(vp, drop)
    return drop.isAccepted()


def test_drop_kind_creates_sticky_types_text_and_undo_redo(canvas, qtbot):
    session, scene, view = canvas
    pos = QPoint(400, 300)
    assert _drop_kind(view, "hotspot", pos)
    [sticky] = session.board.stickies.values()
    assert sticky.kind == "hotspot"
    centre = view.mapToScene(pos)
    cx, cy = sticky.center
    assert abs(cx - centre.x()) <= scene.grid_size and abs(cy - centre.y()) <= scene.grid_size
    assert scene.editing_id == sticky.id  # the drop opened the editor

    qtbot.keyClicks(view, "Why twice?")
    assert session.board.stickies[sticky.id].text == "Why twice?"
    assert reread(session).stickies[sticky.id].text == "Why twice?"  # on disk already
    scene.end_text_edit()

    session.undo()  # drop + typing were one step
    assert sticky.id not in session.board.stickies
    assert scene.sticky_item(sticky.id) is None
    assert sticky.id not in reread(session).stickies
    session.redo()
    assert session.board.stickies[sticky.id].text == "Why twice?"
    assert scene.sticky_item(sticky.id).sticky.text == "Why twice?"
    assert reread(session).stickies[sticky.id].kind == "hotspot"


def test_drop_of_unknown_data_is_refused(canvas):
    session, _scene, view = canvas
    mime = QMimeData()
    mime.setData(KIND_MIME, b"not_a_kind")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), drop)
    assert not session.board.stickies


def test_persian_text_is_persisted_and_reopens(canvas, open_board, qtbot):
    session, scene, view = canvas
    sid = scene.create_sticky("domain_event", QPointF(300, 300))
    text = "سفارش ثبت شد می‌خواهیم"  # with a ZWNJ
    type_text(view, text)
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert scene.editing_id == ""
    assert session.board.stickies[sid].text == text
    board = reread(session)
    assert board.stickies[sid].text == text
    again = BoardScene(open_board(board, "copy"))
    layout_text = "".join(again.sticky_item(sid).sticky.text)
    assert layout_text == text


def test_plain_text_only_markup_shows_literally(canvas, qtbot):
    session, scene, view = canvas
    sid = add(session, "note", 100, 100, "<b>x</b>")
    item = scene.sticky_item(sid)
    from stormboard.ui.canvas.style import text_box
    from stormboard.ui.canvas.text_render import renderer

    box, pad = text_box(item._shape_kind, item.sticky.width, item.sticky.height)
    layout = renderer().layout(item.sticky.text, box.width(), box.height(), pad)
    assert "".join(layout.lines) == "<b>x</b>"
    st = renderer().static_text("<b>x</b>", False)
    assert st.textFormat() == Qt.TextFormat.PlainText
    # drawn width is that of the literal characters, far wider than a bold "x" would be
    assert st.size().width() > 4 * renderer().static_text("x", False).size().width()

    scene.begin_text_edit(sid)
    editor = scene.text_editor()
    assert editor.toPlainText() == "<b>x</b>"
    # pasting HTML inserts only its plain text, no formatting
    mime = QMimeData()
    mime.setHtml("<b>bold</b>")
    mime.setText("bold")
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "<b>x</b>bold"
    assert "font-weight:700" not in editor.document().toHtml()
    assert session.board.stickies[sid].text == "<b>x</b>bold"


def test_text_over_limit_is_refused_with_message(canvas, qtbot):
    session, scene, view = canvas
    sid = add(session, "note", 100, 100, "a" * 1998)
    scene.begin_text_edit(sid)
    with qtbot.waitSignal(scene.text_refused, timeout=1000) as blocker:
        qtbot.keyClicks(view, "bcd")
    assert "2,000" in blocker.args[0]
    assert session.board.stickies[sid].text == "a" * 1998 + "bc"
    assert scene.text_editor().toPlainText() == "a" * 1998 + "bc"


def test_typing_is_one_undo_step_and_escape_commits(canvas, qtbot):
    session, scene, view = canvas
    sid = add(session, "command", 100, 100, "Pay")
    scene.begin_text_edit(sid)
    qtbot.keyClicks(view, " now")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert scene.editing_id == ""
    assert session.board.stickies[sid].text == "Pay now"
    session.undo()
    assert session.board.stickies[sid].text == "Pay"


def test_shortcut_places_kind_at_cursor_and_pending_kind_tap(canvas, qtbot):
    session, scene, view = canvas
    for k in notation.KINDS:
        if k.shortcut:
            assert len(k.shortcut) == 1
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_E)
    [s] = session.board.stickies.values()
    assert s.kind == "domain_event"
    scene.end_text_edit()

    view.set_pending_kind("person")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(700, 500))
    people = [s for s in session.board.stickies.values() if s.kind == "person"]
    assert len(people) == 1
    target = view.mapToScene(QPoint(700, 500))
    assert abs(people[0].center[0] - target.x()) <= scene.grid_size
    assert view.pending_kind is None


def test_scene_mirrors_model_only_changed_items_update(open_board, qtbot, monkeypatch):
    from stormboard.app import commands
    from stormboard.ui.canvas.sticky_item import StickyItem

    board = Board()
    session = open_board(board)
    ids = [add(session, "domain_event", i * 200, 0, f"e{i}") for i in range(5)]
    scene = BoardScene(session)
    synced: list[str] = []
    original = StickyItem.sync

    def spy(self, sticky, info):
        synced.append(sticky.id)
        original(self, sticky, info)

    monkeypatch.setattr(StickyItem, "sync", spy)
    session.execute(commands.set_text(session.board, ids[2], "changed"))
    assert synced == [ids[2]]
    assert scene.sticky_item(ids[2]).sticky.text == "changed"
    view = BoardView(scene)
    qtbot.addWidget(view)


def test_double_click_edits_in_place(canvas, qtbot):
    session, scene, view = canvas
    sid = add(session, "policy", 100, 100, "Whenever")
    pos = view.mapFromScene(QPointF(200, 150))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert scene.editing_id == sid
    assert scene.sticky_item(sid).editing  # the sticky hides its own text meanwhile
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(view, " X, then Y")
    scene.end_text_edit()
    assert session.board.stickies[sid].text == "Whenever X, then Y"
    assert not scene.sticky_item(sid).editing
