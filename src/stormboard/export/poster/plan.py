"""Plan a poster before drawing it: physical size, scale, pages and tile rectangles.

A plan is cheap (no drawing), so an export dialog can show the page layout and page count while
the user changes options, then hand the same plan to ``render``.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass, field

from ...domain.board import Board
from ...domain.notation import MM_PER_UNIT
from .content import Content, select
from .options import PosterOptions, ScaleMode
from .paper import MM, Paper, PosterError

#: Acrobat refuses pages longer than 200 inches
MAX_PAGE_MM = 5080.0
_EPS = 1e-6


@dataclass(frozen=True, slots=True)
class Tile:
    """One printed page of a tiled poster. The rectangle is in poster points, measured from the
    poster's top-left corner (y down), and may run past the poster's edge on the last row/column."""

    label: str  # column letter + row number, e.g. "B3"
    row: int  # 0-based
    col: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class PosterPlan:
    options: PosterOptions
    content: Content
    board_title: str
    phase: str
    #: points per board unit
    scale: float
    #: the poster (printed area, no paper margin) in points
    width: float
    height: float
    #: where the board is drawn inside the poster: left, top (from the poster's top), w, h
    board_box: tuple[float, float, float, float]
    header_height: float
    legend_height: float
    band_unit: float
    #: output page size in points and the paper it is cut from
    page_width: float
    page_height: float
    page_paper: Paper
    margin: float  # points, on every page
    overlap: float  # points, between neighbouring tiles
    rows: int
    cols: int
    tiles: tuple[Tile, ...]
    warnings: tuple[str, ...] = field(default=())
    #: the board's own legend colours (kind id, '#RRGGBB') and whether it shows chapters
    legend_colors: tuple[tuple[str, str], ...] = ()
    show_chapters: bool = True
    #: labels of the tiles left out because nothing would print on them but background
    skipped: tuple[str, ...] = ()

    @property
    def tiled(self) -> bool:
        return len(self.tiles) > 1

    @property
    def page_count(self) -> int:
        # a tiled poster starts with a map of its tiles
        return len(self.tiles) + (1 if self.tiled else 0)

    @property
    def size_mm(self) -> tuple[float, float]:
        return self.width / MM, self.height / MM

    @property
    def page_size_mm(self) -> tuple[float, float]:
        return self.page_width / MM, self.page_height / MM

    @property
    def percent_of_real(self) -> float:
        return 100.0 * self.scale / (MM_PER_UNIT * MM)

    @property
    def poster_offset(self) -> tuple[float, float]:
        """Top-left of the poster on its page, in points from the page's top-left corner:
        inside the margin, and centred when the poster is smaller than a single sheet."""
        if self.tiled:
            return self.margin, self.margin
        tile = self.tiles[0]
        return (self.margin + max(tile.width - self.width, 0) / 2,
                self.margin + max(tile.height - self.height, 0) / 2)

    def board_to_page(self, x: float, y: float) -> tuple[float, float]:
        """A board point on a single-page poster, in points from the page's top-left corner."""
        ox, oy = self.poster_offset
        c = self.content
        return (ox + self.board_box[0] + (x - c.x) * self.scale,
                oy + self.board_box[1] + (y - c.y) * self.scale)

    def summary(self) -> str:
        """Two lines for the CLI and the dialog: physical size, scale, pages."""
        w, h = self.size_mm
        pw, ph = self.page_size_mm
        size = f"Poster {w:.0f} × {h:.0f} mm ({w / 25.4:.1f} × {h / 25.4:.1f} in), " \
               f"{self.percent_of_real:.1f}% of real size ({self.options.scale.describe()})"
        if self.tiled:
            pages = (f"{self.page_count} pages: {self.cols} × {self.rows} tiles of "
                     f"{self.page_paper.name} ({pw:.0f} × {ph:.0f} mm) + 1 tile map, "
                     f"overlap {self.overlap / MM:g} mm")
            if self.skipped:
                pages += (f"; {len(self.skipped)} empty tile(s) left out: "
                          f"{', '.join(self.skipped)}")
        else:
            pages = f"1 page of {self.page_paper.name} ({pw:.0f} × {ph:.0f} mm)"
        return f"{size}\n{pages}"


def _dims(p: Paper, landscape: bool, length: float | None = None) -> tuple[float, float]:
    """Page size in points; a roll's length is ``length`` points."""
    if p.height_mm is None:
        w, h = p.width_mm * MM, length if length is not None else math.inf
    else:
        w, h = p.width_mm * MM, p.height_mm * MM
    return (h, w) if landscape else (w, h)


def _count(extent: float, printable: float, overlap: float) -> int:
    if extent <= printable + _EPS:
        return 1
    return math.ceil((extent - overlap) / (printable - overlap) - _EPS)


#: the phase a poster names when no facilitated workshop runs (render translates it)
FREE_MODELLING = "Free modelling"


def _phase(board: Board) -> str:
    ws = board.workshop
    if ws.enabled and ws.plan:
        i = min(max(ws.current, 0), len(ws.plan) - 1)
        return ws.plan[i].title
    return FREE_MODELLING


@dataclass(frozen=True, slots=True)
class _Bands:
    """The title block and legend, sized from the paper so they read well at any scale."""

    unit: float
    header: float
    legend: float
    total: float  # both bands with their gaps
    min_width: float  # the poster is never narrower than the bands need


def _bands(options: PosterOptions) -> _Bands:
    short_side = min(d for d in _dims(options.paper, False) if math.isfinite(d))
    u = min(max(short_side * 0.012, 3 * MM), 12 * MM)
    header = 5 * u if options.title_block else 0.0
    legend = 4.2 * u if options.legend else 0.0
    total = header + legend + (u if header else 0) + (u if legend else 0)
    min_width = 60 * u if (options.title_block or options.legend) else 0.0
    return _Bands(u, header, legend, total, min_width)


def _fit_scale(options: PosterOptions, cw: float, ch: float, bands: _Bands,
               sheet: tuple[float, float]) -> tuple[float, float, float]:
    """Scale "fit": the board fills the sheet (or the roll's width or height)."""
    m = options.margin_mm * MM
    paper, land = options.paper, options.landscape
    sheet_w, sheet_h = sheet
    if paper.is_roll and not land:
        width = sheet_w - 2 * m
        s = width / cw
        height = ch * s + bands.total
    elif paper.is_roll:
        height = sheet_h - 2 * m
        s = (height - bands.total) / ch
        width = max(cw * s, bands.min_width)
    else:
        width, height = sheet_w - 2 * m, sheet_h - 2 * m
        s = min(width / cw, (height - bands.total) / ch)
    if s <= 0:
        raise PosterError(code="poster.paper_too_small")
    return s, width, height


def _scale(options: PosterOptions, cw: float, ch: float, bands: _Bands,
           sheet: tuple[float, float]) -> tuple[float, float, float]:
    """(board units -> points, poster width, poster height) for the chosen scale mode."""
    mode = options.scale.mode
    m, ov = options.margin_mm * MM, options.overlap_mm * MM
    if mode is ScaleMode.FIT:
        return _fit_scale(options, cw, ch, bands, sheet)
    if mode is ScaleMode.WIDTH:
        page = options.tile or options.paper
        pw, _ = _dims(page, options.landscape)
        tw = pw - 2 * m
        n = int(options.scale.value)
        if n > 1 and ov >= tw:
            raise PosterError(code="poster.overlap_too_wide", overlap=options.overlap_mm,
                              paper=page.name, width=tw / MM)
        width = n * tw - (n - 1) * ov
        s = width / cw
        return s, width, ch * s + bands.total
    if mode is ScaleMode.WIDTH_MM:
        width = options.scale.value * MM
        s = width / cw
        return s, width, ch * s + bands.total
    s = MM_PER_UNIT * MM * (options.scale.value / 100 if mode is ScaleMode.PERCENT else 1)
    return s, max(cw * s, bands.min_width), ch * s + bands.total


def _page(options: PosterOptions, width: float,
          height: float) -> tuple[Paper, bool, float, float]:
    """The paper each page is printed on, its orientation and size: the orientation that
    needs the fewest pages (tiling onto sheets may turn them)."""
    m, ov = options.margin_mm * MM, options.overlap_mm * MM
    paper, land, mode = options.paper, options.landscape, options.scale.mode
    if mode is ScaleMode.WIDTH and (options.tile or paper).is_roll and land:
        raise PosterError(code="poster.width_needs_sheets")
    if options.tile is not None:
        candidates = [False, True] if mode is not ScaleMode.WIDTH else [land]
        page_paper = options.tile
        if page_paper.is_roll:
            raise PosterError(code="poster.tile_onto_roll")
    else:
        candidates = [land]
        page_paper = paper
    best: tuple[int, bool, float, float] | None = None
    for orient in candidates:
        pw, ph = _dims(page_paper, orient, length=None)
        if page_paper.is_roll:  # length follows content: the page is as long as the poster
            if orient:
                pw = width + 2 * m
            else:
                ph = height + 2 * m
        tw, th = pw - 2 * m, ph - 2 * m
        if tw <= 0 or th <= 0:
            raise PosterError(code="poster.margin_too_wide", margin=options.margin_mm,
                              paper=page_paper.describe())
        fits = width <= tw + _EPS and height <= th + _EPS
        if not fits and ov >= min(tw, th):
            raise PosterError(code="poster.overlap_too_large", overlap=options.overlap_mm,
                              paper=page_paper.name, width=tw / MM, height=th / MM)
        cols, rows = _count(width, tw, ov), _count(height, th, ov)
        if best is None or cols * rows < best[0]:
            best = (cols * rows, orient, pw, ph)
    if best is None:  # the loop above tries at least one orientation or raises
        raise PosterError(code="poster.no_orientation")
    _, orient, page_w, page_h = best
    return page_paper, orient, page_w, page_h


def plan_poster(board: Board, options: PosterOptions) -> PosterPlan:
    """Work out sizes and pages, or raise PosterError naming the option that cannot work."""
    content = select(board, options.scope)
    m = options.margin_mm * MM
    ov = options.overlap_mm * MM
    paper = options.paper
    mode = options.scale.mode
    warnings: list[str] = []
    bands = _bands(options)
    u, header, legend = bands.unit, bands.header, bands.legend
    cw, ch = content.width, content.height

    sheet = _dims(paper, options.landscape)
    for d in sheet:
        if 2 * m >= d:
            raise PosterError(code="poster.margin_too_wide", margin=options.margin_mm,
                              paper=paper.describe())
    s, width, height = _scale(options, cw, ch, bands, sheet)

    # the board drawing, centred in what the bands leave
    top = header + (u if header else 0)
    avail_h = height - bands.total
    bw, bh = cw * s, ch * s
    board_box = ((width - bw) / 2, top + max(avail_h - bh, 0) / 2, bw, bh)

    # pages: tile onto the tile paper, or print on the paper itself (tiling it if too small)
    page_paper, _orient, page_w, page_h = _page(options, width, height)
    tw, th = page_w - 2 * m, page_h - 2 * m
    cols, rows = _count(width, tw, ov), _count(height, th, ov)
    if cols * rows > 2000:
        raise PosterError(code="poster.too_many_pages", pages=cols * rows)
    tiles = tuple(
        Tile(f"{_column_name(c)}{r + 1}", r, c, c * (tw - ov), r * (th - ov), tw, th)
        for r in range(rows) for c in range(cols)
    )
    tiles, skipped = _drop_empty_tiles(tiles, content, s, board_box, header, legend, width,
                                       height, options)
    if max(page_w, page_h) / MM > MAX_PAGE_MM:
        warnings.append(f"Pages longer than {MAX_PAGE_MM / 1000:g} m exceed the PDF viewer "
                        "limit of Acrobat; other viewers and plotters may still accept them.")
    if options.tile is None and len(tiles) > 1 and mode is not ScaleMode.WIDTH:
        warnings.append(f"The poster is larger than {paper.name}; it is split over "
                        f"{len(tiles)} sheets.")
    return PosterPlan(
        options=options, content=content, board_title=board.info.title, phase=_phase(board),
        scale=s, width=width, height=height, board_box=board_box, header_height=header,
        legend_height=legend, band_unit=u, page_width=page_w, page_height=page_h,
        page_paper=page_paper, margin=m, overlap=ov, rows=rows, cols=cols, tiles=tiles,
        warnings=tuple(warnings), legend_colors=tuple(sorted(board.info.legend.items())),
        show_chapters=board.info.show_chapters, skipped=skipped,
    )


def _drop_empty_tiles(tiles: tuple[Tile, ...], content: Content, scale: float,
                      board_box: tuple[float, float, float, float], header: float,
                      legend: float, width: float, height: float, options: PosterOptions,
                      ) -> tuple[tuple[Tile, ...], tuple[str, ...]]:
    """Leave out the tiles of a tiled poster that would print only background (a lane's tint,
    a line): no sticky, no lane name, no title block, no legend touches them (issue 10)."""
    if len(tiles) <= 1 or not options.skip_empty_tiles:
        return tiles, ()
    bx, btop = board_box[0], board_box[1]
    inked: list[tuple[float, float, float, float]] = []
    for st in content.stickies:
        x, y = bx + (st.x - content.x) * scale, btop + (st.y - content.y) * scale
        inked.append((x, y, x + st.width * scale, y + st.height * scale))
    if content.lane_band:  # the lane names' band at the left
        inked.append((bx, btop, bx + content.lane_band * scale, btop + board_box[3]))
    if options.title_block and header:
        inked.append((0.0, 0.0, width, header))
    if options.legend and legend:
        inked.append((0.0, height - legend, width, height))
    kept = tuple(t for t in tiles if any(
        x0 < t.x + t.width and t.x < x1 and y0 < t.y + t.height and t.y < y1
        for x0, y0, x1, y1 in inked))
    if not kept:
        return tiles, ()
    return kept, tuple(t.label for t in tiles if t not in kept)


def _column_name(i: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (spreadsheet style)."""
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = string.ascii_uppercase[r] + name
    return name
