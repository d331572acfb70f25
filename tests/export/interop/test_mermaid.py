"""Mermaid text: the command -> event -> policy flow and the timeline, with text escaped."""

from __future__ import annotations

from stormboard.app.commands import new_sticky
from stormboard.domain.board import Board
from stormboard.export.interop.mermaid import escape, flowchart, timeline


def test_escape_leaves_no_syntax_or_markup() -> None:
    text = 'He said "hi" #1 <script>alert(1)</script> & `x`\nline two'
    out = escape(text)
    for ch in '"<>`':
        assert ch not in out.replace("<br>", "")
    assert out.endswith("<br>line two") and "#35;1" in out and "#34;hi#34;" in out
    assert escape("   ") == "…"
    assert ":" not in escape("at 10:30; later", {":": "#58;", ";": "#59;"})


def test_flowchart_nodes_edges_and_colours(board: Board) -> None:
    text = flowchart(board)
    lines = text.splitlines()
    assert lines[0] == "flowchart LR"
    assert "    classDef policy fill:#C9A0DC,stroke:#333,color:#000" in lines
    nodes = {ln.split("[", 1)[0].split("{", 1)[0].strip(): ln for ln in lines
             if ":::" in ln}
    assert len(nodes) == 5  # 2 commands, 2 events, 1 policy; hotspots and others left out
    assert any('{{"Whenever an order is placed, then<br>send an invoice"}}:::policy' in ln
               for ln in nodes.values())
    assert any("سفارش ثبت شد" in ln for ln in nodes.values())
    edges = [ln.strip() for ln in lines if "-->" in ln]
    assert len(edges) == 3  # the hotspot's link has no node to land on
    assert any('-->|"later"|' in e for e in edges)


def test_timeline_sections_and_columns() -> None:
    board = Board()
    board.load("stickies", [
        new_sticky("domain_event", 0, 0, text="Cart filled", sticky_id="a"),
        new_sticky("domain_event", 0, 300, text="Wishlist: saved", sticky_id="b"),
        new_sticky("domain_event", 400, 0, text="Order placed", sticky_id="c", pivotal=True),
        new_sticky("domain_event", 800, 0, text="پرداخت شد", sticky_id="d"),
        new_sticky("chapter", 700, -300, text="Paying", sticky_id="ch"),
        new_sticky("hotspot", 900, 0, text="not an event", sticky_id="h"),
    ])
    assert timeline(board).splitlines() == [
        "timeline",
        "    title Untitled board",
        "    section Chapter 1",
        "        Cart filled : Wishlist#58; saved",  # one column (parallel lanes), one line
        "        Order placed",  # a pivotal event closes the chapter on its left
        "    section Paying",
        "        پرداخت شد",
    ]
