"""The poster's text step does no more work than it must (ADR 0248): counted, never timed.

Each shortcut is also checked to give exactly what the long way gives."""

from __future__ import annotations

import gc
import importlib
import math
import random
from pathlib import Path

import bidi.algorithm as uba
import pytest
from reportlab.pdfgen.canvas import Canvas

from stormboard.domain.notation import Marker
from stormboard.export.poster import draw_board, hb_line, word_fit
from stormboard.export.poster import text as text_module
from stormboard.export.poster.draw_board import rgb
from stormboard.export.poster.text import REGULAR, box_text, register_fonts
from stormboard.export.poster.text_ops import TextWriter

PERSIAN = ("سفارش", "پرداخت", "می‌خواهد", "مُحَمَّد", "لطفاً", "خانهٔ", "۱۲۳", "42", "ثبت")
MIXED = (*PERSIAN, "order", "(x)", "3.5%", "«نقل»", "a.b", "!", "-7", "🚀", "中文", "עברית")


@pytest.fixture()
def bidi_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The lines python-bidi resolves (its first step, spied on)."""
    seen: list[str] = []
    real = uba.get_embedding_levels

    def spy(text, storage, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(text)
        return real(text, storage, *args, **kwargs)

    monkeypatch.setattr(uba, "get_embedding_levels", spy)
    return seen


def _bidi_levels(line: str, rtl: bool) -> list[tuple[str, int]]:
    """``levels`` the long way: python-bidi's steps, no shortcut."""
    simple = hb_line._simple_levels
    try:
        hb_line._simple_levels = lambda line: None  # type: ignore[assignment]
        return hb_line.levels(line, rtl)
    finally:
        hb_line._simple_levels = simple


def test_persian_words_and_numbers_skip_python_bidi(bidi_calls: list[str]) -> None:
    register_fonts()
    text_module.clear_caches()
    for text in ("سفارش ثبت شد 1234", "می‌خواهد پرداخت ۱۲۳", "مُحَمَّد 42 لطفاً  "):
        box_text(text, 400, 200, REGULAR, 10.0)
    assert bidi_calls == []
    # a line with Latin, punctuation or other classes still takes the whole algorithm
    text_module.clear_caches()
    box_text("سفارش Invoice 42", 400, 200, REGULAR, 10.0)
    assert bidi_calls == ["سفارش Invoice 42"]


def test_ascii_sticky_text_is_never_shaped_or_reordered(
        bidi_calls: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    register_fonts()
    text_module.clear_caches()
    shaped: list[str] = []
    real = hb_line.shape_line.__wrapped__
    monkeypatch.setattr(text_module, "shape_line",
                        lambda line, rtl, font: shaped.append(line) or real(line, rtl, font))
    box_text("Order placed by the customer (42)", 160, 160, REGULAR, 10.0)
    assert shaped == [] and bidi_calls == []


def test_the_shortcut_levels_are_python_bidis() -> None:
    rng = random.Random(248)
    short = 0
    for _ in range(3000):
        line = " ".join(rng.choice(MIXED if rng.random() < 0.3 else PERSIAN)
                        for _ in range(rng.randint(1, 6)))
        line = rng.choice(("", " ", "\u200c")) + line + rng.choice(("", " ", "  ", "\u064b"))
        for rtl in (True, False):
            short += rtl and hb_line._simple_levels(line) is not None
            assert hb_line.levels(line, rtl) == _bidi_levels(line, rtl), (line, rtl)
    assert short > 1000  # the shortcut was really taken


def test_a_repeated_line_is_encoded_once_per_document(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    register_fonts()
    c = Canvas(str(tmp_path / "t.pdf"))
    writer = TextWriter(c, REGULAR)
    encoded: list[str] = []
    real = writer.encode
    monkeypatch.setattr(writer, "encode", lambda line: encoded.append(line) or real(line))
    for i in range(200):  # 200 stickies, three lines each, two of them the same everywhere
        writer.write([(10.0, 800.0, "payment received"), (10.0, 786.0, f"{i}"),
                      (10.0, 772.0, "ﺳﻔﺎﺭﺵ")], 9, "0 0 0 rg")
    assert len(encoded) == 2 + 200
    c.save()


def _bench_texts(n: int) -> list[str]:
    """Texts as benchmarks/bench_poster.py makes them: a few repeated words and a number."""
    rng = random.Random(7)
    english = ("order", "payment", "invoice", "parcel", "customer", "stock", "refund",
               "shipped", "placed", "received", "cancelled", "approved", "reminder")
    return [" ".join(rng.choice(PERSIAN[:3] if i % 10 == 0 else english)
                     for _ in range(rng.randint(2, 6))) + f" {i}" for i in range(n)]


def _calls_laying_out_bench_texts(monkeypatch: pytest.MonkeyPatch, module: object,
                                  name: str, n: int = 600) -> int:
    """How many times ``module.name`` runs while ``n`` benchmark texts are laid out in the
    benchmark's small and middle boxes (where texts shrink, so the search has work)."""
    register_fonts()
    text_module.clear_caches()
    calls: list[None] = []
    real = getattr(module, name)

    def spy(*args):  # type: ignore[no-untyped-def]
        calls.append(None)
        return real(*args)

    monkeypatch.setattr(module, name, spy)
    for i, text in enumerate(_bench_texts(n)):
        box = (88.0, 120.0, 160.0)[i % 3]
        text_module.layout_text(text, box, box, REGULAR, 10.0)
    return len(calls)


def test_the_first_size_takes_at_most_three_looks_at_the_bound(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the size the bound solves for is probed with the step above it; bisecting the 30
    # steps from 22 pt to 7 pt would look 5 or 6 times
    assert _calls_laying_out_bench_texts(monkeypatch, text_module, "_ruled_out") <= 3 * 600


def test_sizes_that_break_the_same_lines_are_not_wrapped_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a too-tall wrap tells how far down the same lines stay too tall: 1,195 wraps here,
    # where trying every size from the first one the bound allows took 2,334
    assert _calls_laying_out_bench_texts(monkeypatch, word_fit, "_wrap") <= 2 * 600


def test_a_stickys_lines_move_with_one_td_each(tmp_path: Path) -> None:
    register_fonts()
    c = Canvas(str(tmp_path / "t.pdf"))
    TextWriter(c, REGULAR).write([(10.0, 800.0, "payment"), (10.0, 786.5, "received"),
                                  (10.0, 773.0, "42")], 9, "0 0 0 rg")
    ops = c._code[-1]
    assert ops.count(" Td") == 3 and " Tm" not in ops
    assert "10 800 Td" in ops and "0 -13.5 Td" in ops  # the first from the origin, then relative


def _marker_by_calls(c: Canvas, marker: Marker, cx: float, cy: float, r: float,
                     s: float) -> None:
    """The marker through reportlab's own colour, width, line and path calls."""
    if marker in (Marker.PLUS, Marker.MINUS):
        c.setStrokeColorRGB(*rgb(draw_board.MARKER_COLOR))
        c.setLineWidth(max(r * 0.35, 1.5 * s))
        c.line(cx - r, cy, cx + r, cy)
        if marker is Marker.PLUS:
            c.line(cx, cy - r, cx, cy + r)
        return
    c.setFillColorRGB(*rgb(draw_board.STAR_COLOR))
    p = c.beginPath()
    for i in range(10):
        rad = r if i % 2 == 0 else r * 0.45
        a = math.pi / 2 + i * math.pi / 5
        x, y = cx + rad * math.cos(a), cy + rad * math.sin(a)
        if i == 0:
            p.moveTo(x, y)
        else:
            p.lineTo(x, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


@pytest.mark.parametrize("marker", [Marker.STAR, Marker.PLUS, Marker.MINUS])
def test_a_marker_is_one_literal_of_what_reportlabs_calls_write(tmp_path: Path,
                                                               marker: Marker) -> None:
    ours, theirs = Canvas(str(tmp_path / "a.pdf")), Canvas(str(tmp_path / "b.pdf"))
    rng = random.Random(5)
    for _ in range(50):
        cx, cy, r, s = rng.uniform(0, 3000), rng.uniform(0, 3000), rng.uniform(0.1, 20), 0.07
        before = len(ours._code)
        draw_board._marker(ours, marker, cx, cy, r, s)
        assert len(ours._code) == before + 1
        _marker_by_calls(theirs, marker, cx, cy, r, s)
    assert "\n".join(ours._code) == "\n".join(theirs._code)


def test_a_poster_renders_with_no_collection_and_gives_the_collector_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from stormboard.export.poster import PosterOptions, paper, plan_poster, render

    from .conftest import make_board

    # the module (the package's ``render`` is its function)
    render_module = importlib.import_module("stormboard.export.poster.render")

    plan = plan_poster(make_board(), PosterOptions(paper=paper("A3")))
    drawing: list[bool] = []
    seen: list[int] = []
    real = render_module._write

    def write(*args):  # type: ignore[no-untyped-def]
        drawing.append(True)
        try:
            real(*args)
        finally:
            drawing.clear()

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and drawing:
            seen.append(info["generation"])

    monkeypatch.setattr(render_module, "_write", write)
    gc.callbacks.append(count)
    threshold = gc.get_threshold()
    gc.set_threshold(1)  # a collection at every allocation the collector would see
    try:
        render(plan, tmp_path / "p.pdf")
        enabled = gc.isenabled()
    finally:
        gc.set_threshold(*threshold)
        gc.callbacks.remove(count)
    assert seen == []
    assert enabled  # given back as it was found
