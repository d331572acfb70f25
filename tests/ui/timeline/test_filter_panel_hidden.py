"""A hidden filter panel with nothing ticked does not build its lists when a board comes (at
20,000 stickies the chapters cost ~30 ms at start-up, ADR 0239); shown, or read, they are the
board's. Counted, never timed."""

from __future__ import annotations

from stormboard.ui.timeline import FilterPanel
from stormboard.ui.timeline.filter_panel import KEY_ROLE

from .conftest import add


def _counted(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = FilterPanel._choices
    monkeypatch.setattr(FilterPanel, "_choices", lambda self: calls.append(1) or real(self))
    return calls


def _keys(panel: FilterPanel, name: str) -> list:
    lst = panel.lists[name]
    return [lst.item(i).data(KEY_ROLE) for i in range(lst.count())]


def test_a_hidden_panel_fills_when_read(timeline, qtbot, monkeypatch):
    session, _scene, _view, tools = timeline
    add(session, "domain_event", 100, 100, "Order placed")
    panel = FilterPanel()
    qtbot.addWidget(panel)
    calls = _counted(monkeypatch)
    panel.set_tools(tools)
    assert calls == []  # hidden, nothing ticked: no rebuild
    assert "hotspot" in _keys(panel, "kinds")  # read: built then, once
    assert len(calls) == 1
    _keys(panel, "lanes")
    assert len(calls) == 1


def test_a_hidden_panel_fills_when_shown(timeline, qtbot, monkeypatch):
    _session, _scene, _view, tools = timeline
    panel = FilterPanel()
    qtbot.addWidget(panel)
    calls = _counted(monkeypatch)
    panel.set_tools(tools)
    assert calls == []
    panel.show()
    qtbot.waitExposed(panel)
    assert len(calls) == 1
    assert panel.summary.text() == "Showing every sticky."


def test_a_hidden_panel_with_ticks_keeps_them_on_a_new_board(timeline, qtbot, monkeypatch):
    session, scene, _view, tools = timeline
    hs = add(session, "hotspot", 400, 100, "Why twice?")
    ev = add(session, "domain_event", 100, 100, "Order placed")
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_tools(tools)
    panel.set_ticked("kinds", {"hotspot"})
    calls = _counted(monkeypatch)
    panel.set_tools(tools)  # the filter in force: rebuilt at once, the tick kept
    assert len(calls) == 1
    assert panel.ticked()["kinds"] == {"hotspot"}
    assert scene.sticky_item(hs).opacity() == 1.0
    assert scene.sticky_item(ev).opacity() < 1.0
