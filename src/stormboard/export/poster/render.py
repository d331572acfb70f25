"""Write a planned poster to PDF.

The poster is drawn once, as a form XObject; each page places that form (whole, or clipped and
shifted for a tile), so tiling costs a few hundred bytes per page instead of a copy of the board.
"""

from __future__ import annotations

import datetime as _dt
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ...app.session import collector_paused
from ...domain import notation, timeline
from ...domain.bidi import is_rtl
from ..atomic import atomic_output
from .draw_board import (
    LINK_COLOR,
    TEXT_COLOR,
    Frame,
    darker,
    draw_board,
    draw_label,
    rgb,
)
from .options import ScopeKind
from .paper import MM
from .plan import FREE_MODELLING, PosterPlan, Tile
from .text import BOLD, REGULAR, label_width, register_fonts

#: progress(done, total) -> False to cancel (None or True to go on)
Progress = Callable[[int, int], "bool | None"]
FORM = "stormboard-poster"
LABEL_FONT = "Helvetica-Bold"


class PosterCancelled(Exception):
    """The progress callback asked to stop; no file was written."""


def render(plan: PosterPlan, out: Path, progress: Progress | None = None) -> None:
    """Draw the plan into ``out`` (written atomically: all or nothing)."""
    register_fonts()
    total = len(plan.content.stickies) + len(plan.tiles) + 1
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None and progress(min(done, total), total) is False:
            raise PosterCancelled("Poster export cancelled.")

    # plain Flate streams: ASCII85 on top costs time and makes the file a quarter larger
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        # a poster keeps tens of thousands of laid-out texts: each allocation threshold they
        # cross would start a full collection walking the whole board. The export dialog's
        # job already renders with the collector off (ADR 0176); the CLI and every other
        # caller get the same (ADR 0249). Reference counting frees the rest as it goes.
        with collector_paused():
            _write(plan, Path(out), tick)
    finally:
        rl_config.useA85 = a85


def _write(plan: PosterPlan, out: Path, tick: Callable[[int], None]) -> None:
    with atomic_output(out) as tmp:
        c = Canvas(str(tmp), pagesize=(plan.page_width, plan.page_height))
        c.setTitle(plan.board_title)
        c.setCreator("Stormboard")
        c.setSubject(f"Event Storming poster: {plan.content.description}")
        tick(0)
        c.beginForm(FORM, 0, 0, plan.width, plan.height)
        draw_poster(c, plan, tick)
        c.endForm()
        if plan.tiled:
            _map_page(c, plan)
            c.showPage()
        for tile in plan.tiles:
            c.setPageSize((plan.page_width, plan.page_height))
            _tile_page(c, plan, tile)
            c.showPage()
            tick(1)
        c.save()
        tick(1)


def draw_poster(c: Canvas, plan: PosterPlan, tick: Callable[[int], None]) -> None:
    """The whole poster in poster points (origin bottom-left, ``plan.width`` × ``plan.height``)."""
    content = plan.content
    bx, btop, _, _ = plan.board_box
    frame = Frame(plan.scale, bx, plan.height - btop, content.x, content.y)
    colors = dict(plan.legend_colors)
    # lanes, lines and stickies of a lane or chapter run on past the part printed: clip them
    c.saveState()
    clip = c.beginPath()
    clip.rect(bx, plan.height - btop - plan.board_box[3], plan.board_box[2], plan.board_box[3])
    c.clipPath(clip, stroke=0, fill=0)
    draw_board(c, content, frame, colors, plan.show_chapters, tick)
    c.restoreState()
    if plan.options.title_block:
        _title_block(c, plan)
    if plan.options.legend:
        _legend(c, plan, colors)
    tick(len(content.stickies) % 250)


class Label(NamedTuple):
    """One line of text around the board, in poster points: ``x`` from the left edge, the
    baseline ``y`` down from the top edge; ``align`` is "left" or "end" (x is the right end).
    The PDF (draw_label) and the printer (ui/export/print_poster) draw the same labels."""

    text: str
    x: float
    y: float
    size: float
    font: str
    align: str
    color: str = TEXT_COLOR


def title_block_labels(plan: PosterPlan) -> list[Label]:
    """The title block's lines: the title, the facts (date, phase, what, scale), the brand.
    A right-to-left title or language puts the title at the right edge."""
    u = plan.band_unit
    words = plan.options.strings
    when = plan.options.date if plan.options.date is not None else time.time()
    date = _dt.datetime.fromtimestamp(when, _dt.UTC).strftime("%Y-%m-%d")
    phase = plan.phase if plan.phase != FREE_MODELLING else words.free_modelling
    facts = _fill(words.facts, words.number(date), phase, describe(plan),
                  words.number(f"{plan.percent_of_real:.0f}"))
    title = plan.board_title or words.untitled
    w = plan.width
    if is_rtl(title) or words.rtl:
        out = [Label(title, w, 2.4 * u, 2.2 * u, BOLD, "end"),
               Label(facts, 0, 2.4 * u, 1.0 * u, REGULAR, "left")]
    else:
        out = [Label(title, 0, 2.4 * u, 2.2 * u, BOLD, "left"),
               Label(facts, w, 2.4 * u, 1.0 * u, REGULAR, "end")]
    out.append(Label(words.brand, w if words.rtl else 0, 4.2 * u, 0.8 * u, REGULAR,
                     "end" if words.rtl else "left", "#607D8B"))
    return out


def _title_block(c: Canvas, plan: PosterPlan) -> None:
    c.setStrokeColorRGB(*rgb(TEXT_COLOR))
    c.setLineWidth(0.08 * plan.band_unit)
    c.line(0, plan.height - plan.header_height, plan.width, plan.height - plan.header_height)
    for lb in title_block_labels(plan):
        draw_label(c, lb.text, lb.x, plan.height - lb.y, lb.size, lb.font, align=lb.align,
                   color=lb.color)


def _fill(template: str, *values: str) -> str:
    """``%1``, ``%2``... replaced in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1]
                  if 0 < int(m.group(1)) <= len(values) else m.group(0), template)


def describe(plan: PosterPlan) -> str:
    """What the poster prints (whole board, a lane...), in the poster's language."""
    words, content, scope = plan.options.strings, plan.content, plan.options.scope
    if scope.kind is ScopeKind.BOARD:
        return words.whole_board
    if scope.kind is ScopeKind.SELECTION:
        return _fill(words.selection, words.number(str(len(content.stickies))))
    if scope.kind is ScopeKind.LANE and content.lanes:
        return _fill(words.lane, content.lanes[0].label)
    if scope.kind is ScopeKind.CHAPTER and content.chapters:
        ch = content.chapters[0]
        return _fill(words.chapter, words.number(str(timeline.chapter_number(ch.number))),
                     ch.name)
    return content.description


def legend_entries(plan: PosterPlan) -> list[tuple[str, str]]:
    """(key, name) of what the poster shows: the kinds used, then structure."""
    content = plan.content
    words = plan.options.strings
    names = dict(words.kinds)
    used = {s.kind for s in content.stickies}
    entries = [(k.id, names.get(k.id, k.name)) for k in notation.KINDS if k.id in used]
    if any(s.pivotal for s in content.stickies):
        entries.append(("@pivotal", words.pivotal))
    if content.lanes:
        entries.append(("@lane", words.swimlane))
    if content.milestones:
        entries.append(("@milestone", words.milestone))
    if content.links:
        entries.append(("@link", words.link))
    if content.votes:
        entries.append(("@votes", words.votes))
    return entries


class LegendEntry(NamedTuple):
    """One legend entry: its key (a kind id or "@lane"...), its swatch square (x, and top y
    down from the poster's top, size) and its name's label."""

    key: str
    swatch: tuple[float, float, float]
    label: Label


def legend_layout(plan: PosterPlan) -> list[LegendEntry]:
    """The legend's entries in rows along the bottom band, shrunk until they fit it; a
    right-to-left legend reads from the right edge. Names are measured as draw_label draws
    them (HarfBuzz, text.label_line)."""
    u = plan.band_unit
    entries = legend_entries(plan)
    if not entries:
        return []
    k = 1.0
    while True:
        sw, fs, gap = 1.5 * u * k, 0.85 * u * k, 1.4 * u * k
        widths = [sw + 0.5 * u * k + label_width(name, BOLD, fs, is_rtl(name)) + gap
                  for _, name in entries]
        rows, x = 1, 0.0
        for w in widths:
            if x + w > plan.width and x > 0:
                rows, x = rows + 1, 0.0
            x += w
        if rows * 2 * u * k <= plan.legend_height - 0.4 * u or k < 0.3:
            break
        k *= 0.85
    rtl = plan.options.strings.rtl
    top = plan.height - plan.legend_height  # the band's top edge, from the poster's top
    out = []
    x, y = 0.0, top + 0.4 * u  # y: the swatch's top edge
    for (key, name), w in zip(entries, widths, strict=True):
        if x + w > plan.width and x > 0:
            x, y = 0.0, y + 2 * u * k
        baseline = y + sw * 0.7
        if rtl:
            right = plan.width - x
            out.append(LegendEntry(key, (right - sw, y, sw),
                                   Label(name, right - sw - 0.5 * u * k, baseline, fs, BOLD,
                                         "end")))
        else:
            out.append(LegendEntry(key, (x, y, sw),
                                   Label(name, x + sw + 0.5 * u * k, baseline, fs, BOLD, "left")))
        x += w
    return out


def _legend(c: Canvas, plan: PosterPlan, colors: dict[str, str]) -> None:
    c.setStrokeColorRGB(*rgb(TEXT_COLOR))
    c.setLineWidth(0.08 * plan.band_unit)
    c.line(0, plan.legend_height, plan.width, plan.legend_height)
    for entry in legend_layout(plan):
        sx, sy, sw = entry.swatch
        _swatch(c, entry.key, sx, plan.height - sy - sw, sw, colors)
        lb = entry.label
        draw_label(c, lb.text, lb.x, plan.height - lb.y, lb.size, lb.font, align=lb.align,
                   color=lb.color)


def _swatch(c: Canvas, key: str, x: float, y: float, size: float, colors: dict[str, str]) -> None:
    c.setLineWidth(size * 0.04)
    if key == "@lane":
        c.setFillColorRGB(*rgb("#ECEFF1"))
        c.setStrokeColorRGB(*darker("#ECEFF1"))
        c.rect(x, y + size * 0.25, size, size * 0.5, stroke=1, fill=1)
    elif key == "@milestone":
        c.setStrokeColorRGB(*rgb(notation.MILESTONE_COLOR))
        c.setLineWidth(size * 0.12)
        c.line(x + size / 2, y, x + size / 2, y + size)
    elif key == "@link":
        c.setStrokeColorRGB(*rgb(LINK_COLOR))
        c.setLineWidth(size * 0.08)
        c.line(x, y + size / 2, x + size, y + size / 2)
    elif key == "@votes":
        c.setFillColorRGB(*rgb("#263238"))
        c.circle(x + size / 2, y + size / 2, size * 0.4, stroke=0, fill=1)
    elif key == "@pivotal":
        c.setFillColorRGB(*rgb("#FFA94D"))
        c.setStrokeColorRGB(*rgb(notation.PIVOTAL_FRAME_COLOR))
        c.setLineWidth(size * 0.1)
        c.rect(x, y, size, size, stroke=1, fill=1)
    else:
        from ...domain.entities import Sticky
        from .draw_board import draw_sticky

        kind = notation.KINDS_BY_ID[key]
        sticky = Sticky("legend", key, 0, 0, kind.width, kind.height)
        scale = size / max(kind.width, kind.height)
        # centre the kind's own proportions in the swatch square
        frame = Frame(scale, x + (size - kind.width * scale) / 2,
                      y + size - (size - kind.height * scale) / 2, 0, 0)
        draw_sticky(c, frame, sticky, colors.get(key, kind.color))


def _tile_page(c: Canvas, plan: PosterPlan, tile: Tile) -> None:
    m, ph = plan.margin, plan.page_height
    c.saveState()
    clip = c.beginPath()
    clip.rect(m, m, tile.width, tile.height)
    c.clipPath(clip, stroke=0, fill=0)
    # poster point (tile.x, top of tile) lands on the printable area's top-left corner (a
    # poster smaller than its single sheet is centred on it)
    ox, oy = plan.poster_offset
    c.translate(ox - tile.x, ph - oy - (plan.height - tile.y))
    c.doForm(FORM)
    c.restoreState()
    if not plan.tiled:
        return  # a single page is the poster itself: no labels, no marks
    if plan.options.marks:
        _marks(c, plan, tile)
    _tile_label(c, plan, tile)


def _neighbours(plan: PosterPlan, tile: Tile) -> dict[str, str]:
    by_pos = {(t.row, t.col): t.label for t in plan.tiles}
    near = {"left": (0, -1), "right": (0, 1), "above": (-1, 0), "below": (1, 0)}
    return {
        side: by_pos[(tile.row + dr, tile.col + dc)]
        for side, (dr, dc) in near.items() if (tile.row + dr, tile.col + dc) in by_pos
    }


def _marks(c: Canvas, plan: PosterPlan, tile: Tile) -> None:
    """Crop marks at the printable corners (in the margin) and, in each overlap strip,
    registration crosses printed at the same poster position on both neighbours."""
    m, pw, ph, ov = plan.margin, plan.page_width, plan.page_height, plan.overlap
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.3)
    gap, length = min(1.0 * MM, m / 4), min(6 * MM, max(m - 1.0 * MM, 0))
    if length > 0:
        for x, sx in ((m, -1), (pw - m, 1)):
            for y, sy in ((m, -1), (ph - m, 1)):
                c.line(x + sx * gap, y, x + sx * (gap + length), y)
                c.line(x, y + sy * gap, x, y + sy * (gap + length))
    near = _neighbours(plan, tile)
    r = min(3 * MM, ov / 2) if ov > 0 else 2 * MM

    def cross(px: float, py: float) -> None:  # poster coords, y from the poster's top
        x, y = m + px - tile.x, ph - m - (py - tile.y)
        c.circle(x, y, r * 0.6, stroke=1, fill=0)
        c.line(x - r, y, x + r, y)
        c.line(x, y - r, x, y + r)

    step_x, step_y = tile.width - ov, tile.height - ov
    for side in near:
        if side in ("left", "right"):
            edge = tile.x + (ov / 2 if side == "left" else step_x + ov / 2)
            for f in (0.25, 0.75):
                cross(edge, tile.y + tile.height * f)
            # where the overlap strip begins, ticked in the margin
            tx = m + (ov if side == "left" else step_x)
            if length > 0:
                c.line(tx, ph - m + gap, tx, ph - m + gap + length)
                c.line(tx, m - gap, tx, m - gap - length)
        else:
            edge = tile.y + (ov / 2 if side == "above" else step_y + ov / 2)
            for f in (0.25, 0.75):
                cross(tile.x + tile.width * f, edge)
            ty = ph - m - (ov if side == "above" else step_y)
            if length > 0:
                c.line(m - gap, ty, m - gap - length, ty)
                c.line(pw - m + gap, ty, pw - m + gap + length, ty)


def tile_note(plan: PosterPlan, tile: Tile) -> str:
    """The line beside a tile's name: where it sits and its neighbours, in the poster's
    language."""
    words = plan.options.strings
    near_words = {"left": words.near_left, "right": words.near_right,
                  "above": words.near_above, "below": words.near_below}
    near = _neighbours(plan, tile)
    sep = "، " if words.rtl else ", "  # the Persian comma in a right-to-left note
    where = sep.join(_fill(near_words[side], label) for side, label in near.items())
    return _fill(words.tile_note, words.number(str(tile.row + 1)),
                 tile.label.rstrip("0123456789"), words.number(str(plan.cols)),
                 words.number(str(plan.rows)), where, words.number(f"{plan.overlap / MM:g}"))


def _tile_label(c: Canvas, plan: PosterPlan, tile: Tile) -> None:
    m, ph = plan.margin, plan.page_height
    note = tile_note(plan, tile)
    size = max(min(m * 0.45, 12.0), 6.0)
    label_w = label_width(tile.label, BOLD, size * 1.25)
    # the note shrinks to the sheet's width rather than run off it
    room = plan.page_width - 2 * m - 9 * MM - label_w - 2 * MM
    note_w = label_width(note, REGULAR, 1.0, is_rtl(note))
    note_size = max(min(size * 0.7, room / note_w if note_w else size), 3.0)
    if m >= 6 * MM:
        x, y = m + 7 * MM, ph - m + (m - size) / 2
    else:  # no room in the margin: a white box in the printable corner
        x, y = m + 2 * MM, ph - m - size - 2 * MM
        c.setFillColorRGB(1, 1, 1)
        c.rect(x - 1 * MM, y - 1 * MM, label_w + 2 * MM + note_w * note_size + 2 * MM,
               size + 2 * MM, stroke=0, fill=1)
    draw_label(c, tile.label, x, y, size * 1.25, BOLD, align="left", color="#000000")
    draw_label(c, note, x + label_w + 2 * MM, y, note_size, REGULAR, align="left",
               color="#000000")


def map_layout(plan: PosterPlan) -> tuple[float, float, float, float]:
    """Where the tile map draws the poster on its page: (left, top, scale, header height),
    in points, top down from the page's top edge; the tile grid fits the printable area
    below the header."""
    m, pw, ph = plan.margin, plan.page_width, plan.page_height
    head = 16 * MM
    grid_w = plan.tiles[-1].x + plan.tiles[-1].width
    grid_h = plan.tiles[-1].y + plan.tiles[-1].height
    avail_w, avail_h = pw - 2 * m, ph - 2 * m - head
    k = min(avail_w / grid_w, avail_h / grid_h)
    return m + (avail_w - grid_w * k) / 2, m + head, k, head


def map_labels(plan: PosterPlan) -> list[Label]:
    """The tile map's header: its name, the board's title, the instructions, what is left
    out; each line shrunk to the page's width."""
    m, pw = plan.margin, plan.page_width
    words = plan.options.strings
    w_mm, h_mm = plan.size_mm
    note = _fill(words.map_note, words.number(str(plan.cols)), words.number(str(plan.rows)),
                 plan.page_paper.name, words.number(f"{plan.overlap / MM:g}"),
                 words.number(f"{w_mm:.0f}"), words.number(f"{h_mm:.0f}"))
    avail = pw - 2 * m
    start, end = (pw - m, "end") if words.rtl else (m, "left")
    other, other_align = (m, "left") if words.rtl else (pw - m, "end")

    def fit(text: str, font: str, size: float) -> float:
        width = label_width(text, font, 1.0, is_rtl(text))
        return min(size, avail / width) if width else size

    out = [Label(words.tile_map, start, m + 14, 14, BOLD, end, "#000000"),
           Label(plan.board_title or words.untitled, other, m + 14, 11, BOLD, other_align,
                 "#000000"),
           Label(note, start, m + 28, fit(note, REGULAR, 8), REGULAR, end, "#000000")]
    if plan.skipped:  # say which sheets are missing on purpose
        left_out = _fill(words.left_out, ", ".join(plan.skipped))
        out.append(Label(left_out, start, m + 38, fit(left_out, REGULAR, 8), REGULAR, end,
                         "#000000"))
    return out


def _map_page(c: Canvas, plan: PosterPlan) -> None:
    """First page: a miniature of the poster with the tile grid and labels over it."""
    ph = plan.page_height
    for lb in map_labels(plan):
        draw_label(c, lb.text, lb.x, ph - lb.y, lb.size, lb.font, align=lb.align,
                   color=lb.color)
    ox, top, k, _ = map_layout(plan)
    oy_top = ph - top
    c.saveState()
    c.translate(ox, oy_top - plan.height * k)
    c.scale(k, k)
    c.doForm(FORM)
    c.restoreState()
    c.setStrokeColorRGB(*rgb("#D32F2F"))
    c.setLineWidth(0.8)
    grid_w = plan.tiles[-1].x + plan.tiles[-1].width
    grid_h = plan.tiles[-1].y + plan.tiles[-1].height
    label_size = max(min(grid_w * k / plan.cols, grid_h * k / plan.rows) * 0.25, 6)
    for t in plan.tiles:
        x, y = ox + t.x * k, oy_top - (t.y + t.height) * k
        c.rect(x, y, t.width * k, t.height * k, stroke=1, fill=0)
    for t in plan.tiles:
        cx = ox + (t.x + t.width / 2) * k
        cy = oy_top - (t.y + t.height / 2) * k
        c.setFillColorRGB(1, 1, 1)
        c.setFillAlpha(0.75)
        bw = stringWidth(t.label, LABEL_FONT, label_size) + label_size * 0.5
        c.rect(cx - bw / 2, cy - label_size * 0.45, bw, label_size * 1.1, stroke=0, fill=1)
        c.setFillAlpha(1)
        c.setFillColorRGB(*rgb("#D32F2F"))
        c.setFont(LABEL_FONT, label_size)
        c.drawCentredString(cx, cy - label_size * 0.25, t.label)
