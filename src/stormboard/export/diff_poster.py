"""``stormboard diff FILE.storm --from A [--to B] -o diff.pdf``: the later wall as a poster (the
same drawing as ``export -o wall.pdf``), with the compare view's marks on top (ADR 0152):
added stickies outlined green, removed ones as grey dashed ghosts, moved ones with a blue arrow
from the old place, changed text with an amber dotted outline and dot. One A1 landscape page,
fitted. Ghosts outside the later wall's printed area are left out."""

from __future__ import annotations

import math
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from ..domain.board import Board
from ..domain.diff import BoardDiff
from ..domain.entities import Sticky
from .atomic import atomic_output
from .poster import PosterOptions, PosterPlan, paper, plan_poster
from .poster.draw_board import Frame
from .poster.render import FORM, _tile_page, draw_poster
from .poster.text import register_fonts

ADDED = (0.0, 0.65, 0.32)
GHOST = (0.43, 0.43, 0.43)
MOVED = (0.12, 0.35, 0.78)
CHANGED = (1.0, 0.6, 0.0)


def _frame(plan: PosterPlan) -> Frame:
    bx, btop, _, _ = plan.board_box
    return Frame(plan.scale, bx, plan.height - btop, plan.content.x, plan.content.y)


def _box(c: Canvas, f: Frame, s: Sticky, grow: float = 0.0, **kw: int) -> None:
    c.rect(f.x(s.x - grow), f.y(s.y + s.height + grow), (s.width + 2 * grow) * f.scale,
           (s.height + 2 * grow) * f.scale, **kw)


def draw_marks(c: Canvas, plan: PosterPlan, diff: BoardDiff) -> None:
    f, s = _frame(plan), plan.scale
    c.saveState()
    bx, btop, bw, bh = plan.board_box
    clip = c.beginPath()
    clip.rect(bx, plan.height - btop - bh, bw, bh)
    c.clipPath(clip, stroke=0, fill=0)
    c.setDash(10 * s, 6 * s)
    c.setStrokeColorRGB(*GHOST)
    c.setFillColorRGB(*GHOST)
    c.setFillAlpha(0.3)
    c.setLineWidth(3 * s)
    for st in diff.removed:
        _box(c, f, st, stroke=1, fill=1)
    c.setDash()
    c.setFillAlpha(0.7)
    c.setStrokeColorRGB(*MOVED)
    c.setFillColorRGB(*MOVED)
    c.setStrokeAlpha(0.7)
    c.setLineWidth(6 * s)
    c.setLineCap(1)
    for old, new in diff.moved:
        (x0, y0), (x1, y1) = old.center, new.center
        c.line(f.x(x0), f.y(y0), f.x(x1), f.y(y1))
        angle = math.atan2(f.y(y1) - f.y(y0), f.x(x1) - f.x(x0))
        path = c.beginPath()
        path.moveTo(f.x(x1), f.y(y1))
        for turn in (-0.45, 0.45):
            path.lineTo(f.x(x1) - math.cos(angle + turn) * 36 * s,
                        f.y(y1) - math.sin(angle + turn) * 36 * s)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
    c.setStrokeAlpha(1)
    c.setFillAlpha(1)
    c.setStrokeColorRGB(*ADDED)
    c.setLineWidth(8 * s)
    for st in diff.added:
        _box(c, f, st, 6, stroke=1, fill=0)
    c.setStrokeColorRGB(*CHANGED)
    c.setFillColorRGB(*CHANGED)
    c.setLineWidth(6 * s)
    c.setDash(2 * s, 8 * s)
    for _old, new in diff.changed:
        _box(c, f, new, 4, stroke=1, fill=0)
    c.setDash()
    for _old, new in diff.changed:
        c.circle(f.x(new.x + new.width), f.y(new.y), 14 * s, stroke=0, fill=1)
    c.restoreState()


def write_diff_poster(diff: BoardDiff, before: Board, after: Board, out: Path) -> None:
    """One page: the later board, fitted to A1 landscape, with the marks."""
    _ = before  # the marks carry the earlier places; kept for a future side-by-side layout
    register_fonts()
    plan = plan_poster(after, PosterOptions(paper=paper("A1"), landscape=True))
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        with atomic_output(Path(out)) as tmp:
            c = Canvas(str(tmp), pagesize=(plan.page_width, plan.page_height))
            c.setTitle(f"{plan.board_title}: what changed")
            c.setCreator("Stormboard")
            c.beginForm(FORM, 0, 0, plan.width, plan.height)
            draw_poster(c, plan, lambda _n: None)
            c.endForm()
            for tile in plan.tiles:
                c.setPageSize((plan.page_width, plan.page_height))
                _tile_page(c, plan, tile)
                # the marks go on the page itself, with the form's placement: transparency
                # (the ghosts) needs the page's resources, which a form does not carry
                c.saveState()
                ox, oy = plan.poster_offset
                c.translate(ox - tile.x, plan.page_height - oy - (plan.height - tile.y))
                draw_marks(c, plan, diff)
                c.restoreState()
                c.showPage()
            c.save()
    finally:
        rl_config.useA85 = a85
