"""Issue 10, defect 9: the milestone label editor opens on the label the wall draws, for a new
milestone (placed by a tap) and when renaming one."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from stormboard.ui.timeline.placement import MILESTONE

from .conftest import add, click, vp


def _label_on_screen(scene, view, ms_id):
    item = scene._milestones[ms_id]
    m = scene.board.milestones[ms_id]
    return view.mapFromScene(QPointF(m.x + 10, item.label_top()))


def test_new_milestone_editor_opens_on_its_label(timeline):
    session, scene, view, tools = timeline
    add(session, "domain_event", 200, 300, "Order placed")
    add(session, "domain_event", 700, 300, "Order shipped")
    QApplication.processEvents()
    before = set(session.board.milestones)
    tools.placement.start(MILESTONE)
    click(view.viewport(), vp(view, 500, 400))
    [ms_id] = set(session.board.milestones) - before
    editor = tools.milestones.editor
    assert editor is not None and editor.isVisible()
    QApplication.processEvents()  # the wall settles its extent after the new milestone
    label = _label_on_screen(scene, view, ms_id)
    geo = editor.geometry()
    assert abs(geo.left() - label.x()) <= 3, (geo, label)
    assert geo.top() - 4 <= label.y() <= geo.bottom(), (geo, label)
    editor.cancel()

    # renaming an existing one: the same place
    editor = tools.milestones.rename(ms_id, view)
    label = _label_on_screen(scene, view, ms_id)
    geo = editor.geometry()
    assert abs(geo.left() - label.x()) <= 3 and geo.top() - 4 <= label.y() <= geo.bottom()
