"""Every sticky as a CSV row, and back: kind, text, lane, author, x, y, votes, owner.

UTF-8 with a byte-order mark (so Excel reads Persian right; ADR 0071) and formula-safe: a cell
that a spreadsheet would run (``= + - @``, tab, CR) gets a leading apostrophe, which import
removes again. Import also takes a plain one-column list of texts ("paste the events from a
spreadsheet"), and a ``.txt`` file is one text per line: domain events laid out in reading
order, rows of ten.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ...app.importing import Imported, ImportedLane, ImportedSticky
from ...domain.board import Board
from ...domain.notation import KINDS, KINDS_BY_ID
from ...domain.timeline import lane_membership, reading_order
from ...domain.voting import revealed_counts
from ...error_codes import Phrase
from ..atomic import atomic_output
from .common import InteropError, count_check, decode_text, read_bytes

COLUMNS = ("kind", "text", "lane", "author", "x", "y", "votes", "owner")
_FORMULA = frozenset("=+-@\t\r")
GRID_COLUMNS = 10
GRID_STEP = 200.0
LANE_PAD = 20.0


def cell(text: str) -> str:
    """Formula-safe: an apostrophe before what a spreadsheet would run (and before apostrophes
    that precede such a character, so import can always take exactly one away)."""
    return "'" + text if text.lstrip("'")[:1] in _FORMULA else text


def uncell(text: str) -> str:
    return text[1:] if text.startswith("'") and text.lstrip("'")[:1] in _FORMULA else text


def _number(value: float) -> str:
    return repr(float(value)).removesuffix(".0")


def csv_rows(board: Board) -> list[list[str]]:
    members = lane_membership(board)
    lanes = {ln.id: ln.label for ln in board.lanes.values()}
    names = {p.id: p.name for p in board.participants.values()}
    votes = revealed_counts(board)  # None while votes are hidden: the column stays empty
    rows = [list(COLUMNS)]
    for s in reading_order(board.stickies.values()):
        lane = members.get(s.id)
        decision = board.decisions.get(s.id)
        rows.append([
            cell(s.kind), cell(s.text), cell(lanes.get(lane, "") if lane else ""),
            cell(names.get(s.author or "", "")), _number(s.x), _number(s.y),
            "" if votes is None else str(votes.get(s.id, 0)),
            cell(decision.owner if decision else ""),
        ])
    return rows


def write_stickies_csv(board: Board, path: Path) -> None:
    with atomic_output(Path(path)) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(csv_rows(board))


# -- import -----------------------------------------------------------------------------------
_KIND_NAMES = {k.id: k.id for k in KINDS} | {k.name.casefold(): k.id for k in KINDS}


def _kind(value: str, where: str) -> str:
    """A kind id or a kind's English name, any case; empty means a domain event."""
    text = value.strip()
    if not text:
        return "domain_event"
    key = text.casefold()
    kind = _KIND_NAMES.get(key) or _KIND_NAMES.get(key.replace(" ", "_"))
    if kind is None:
        raise InteropError(code="export.kind_notation_kind_use", where=where, value=text[:40],
                           value2=', '.join(k.id for k in KINDS))
    return kind


def _coord(value: str, where: str, column: str) -> float | None:
    if not value.strip():
        return None
    try:
        number = float(value)
    except ValueError:
        raise InteropError(code="export.number", where=where, column=column,
                           value=value.strip()[:40]) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise InteropError(code="export.finite_number_2", where=where, column=column)
    return number


def _rows(text: str, name: str) -> list[list[str]]:
    """The rows, split the way the file is written (comma, semicolon or tab): the sniffed
    dialect unless plain commas find the "text" column and it does not."""
    try:
        sniffed: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], ",;\t")
    except csv.Error:
        sniffed = csv.excel
    rows = _read(text, sniffed, name)
    if sniffed is not csv.excel and not _has_text_column(rows):
        plain = _read(text, csv.excel, name)
        if _has_text_column(plain):
            rows = plain
    count_check(len(rows), "rows", name)
    return rows


def _read(text: str, dialect: type[csv.Dialect] | csv.Dialect, name: str) -> list[list[str]]:
    try:
        return list(csv.reader(io.StringIO(text), dialect))
    except csv.Error as error:
        raise InteropError(code="export.readable_csv", name=name, error=error) from None


def _has_text_column(rows: list[list[str]]) -> bool:
    return bool(rows) and "text" in (c.strip().casefold() for c in rows[0])


def parse_csv(data: bytes, name: str = "the file") -> Imported:
    rows = _rows(decode_text(data, name), name)
    out = Imported("csv")
    header = [c.strip().casefold() for c in rows[0]] if rows else []
    if not _has_text_column(rows):
        _listed(out, [(f"line {i}", r[0]) for i, r in enumerate(rows, start=1) if r])
        if any(len([c for c in r if c.strip()]) > 1 for r in rows):
            out.skipped["further columns (a list without a header row uses the first)"] += 1
        return out

    # a missing column reads as the empty cell appended to every row
    width = len(header)
    col = [header.index(name) if name in header else width for name in COLUMNS]
    placed: list[tuple[str, ImportedSticky]] = []
    unplaced: list[tuple[str, ImportedSticky]] = []
    for line, row in enumerate(rows[1:], start=2):
        if not "".join(row).strip():
            continue
        where = f"row {line}"
        cells = row[:width] + [""] * (width + 1 - min(len(row), width))
        kind_, text, lane, author, x_, y_, votes, owner = (cells[i] for i in col)
        kind = _kind(kind_, where)
        x, y = _coord(x_, where, "x"), _coord(y_, where, "y")
        if votes.strip() not in ("", "0"):
            out.skipped["vote counts (votes belong to participants)"] += 1
        sticky = ImportedSticky(kind, uncell(text), x or 0.0, y or 0.0, where,
                                author=uncell(author), owner=uncell(owner))
        (placed if x is not None and y is not None else unplaced).append(
            (uncell(lane).strip(), sticky))
    _grid(placed, unplaced)
    _lanes(out, placed + unplaced)
    return out


def _listed(out: Imported, texts: list[tuple[str, str]]) -> None:
    """A plain list: domain events in reading order, rows of ten; empty entries skipped."""
    texts = [(where, text) for where, text in texts if text.strip()]
    count_check(len(texts), "lines", Phrase("interop.the_list"))
    for n, (where, text) in enumerate(texts):
        out.stickies.append(ImportedSticky(
            "domain_event", uncell(text.strip()), (n % GRID_COLUMNS) * GRID_STEP,
            (n // GRID_COLUMNS) * GRID_STEP, where,
        ))


def parse_list(data: bytes, name: str = "the file") -> Imported:
    """A text file: one sticky per non-empty line (no CSV quoting: commas are text)."""
    out = Imported("text")
    lines = decode_text(data, name).splitlines()
    _listed(out, [(f"line {i}", line) for i, line in enumerate(lines, start=1)])
    return out


def _grid(placed: list[tuple[str, ImportedSticky]],
          unplaced: list[tuple[str, ImportedSticky]]) -> None:
    """Rows without x and y: a grid right of the placed ones, one block per lane."""
    if not unplaced:
        return
    right = max((s.x + KINDS_BY_ID[s.kind].width for _, s in placed), default=-GRID_STEP)
    top = min((s.y for _, s in placed), default=0.0)
    x0 = right + GRID_STEP
    blocks: dict[str, list[int]] = {}
    for i, (lane, _) in enumerate(unplaced):
        blocks.setdefault(lane, []).append(i)
    y0 = top
    for indexes in blocks.values():
        for n, i in enumerate(indexes):
            lane, s = unplaced[i]
            unplaced[i] = (lane, _moved(s, x0 + (n % GRID_COLUMNS) * GRID_STEP,
                                        y0 + (n // GRID_COLUMNS) * GRID_STEP))
        y0 += ((len(indexes) - 1) // GRID_COLUMNS + 1) * GRID_STEP + 2 * LANE_PAD


def _moved(s: ImportedSticky, x: float, y: float) -> ImportedSticky:
    return ImportedSticky(s.kind, s.text, x, y, s.origin, s.width, s.height, s.color, s.pivotal,
                          s.lane, s.author, s.owner)


def _lanes(out: Imported, rows: list[tuple[str, ImportedSticky]]) -> None:
    """Lanes around their stickies, top to bottom, never overlapping."""
    bands: dict[str, list[float]] = {}
    for lane, s in rows:
        if lane:
            top, bottom = s.y, s.y + KINDS_BY_ID[s.kind].height
            band = bands.setdefault(lane, [top, bottom])
            band[0], band[1] = min(band[0], top), max(band[1], bottom)
    order = sorted(bands, key=lambda label: bands[label][0])
    index: dict[str, int] = {}
    previous = float("-inf")
    for label in order:
        top = max(bands[label][0] - LANE_PAD, previous)
        bottom = bands[label][1] + LANE_PAD
        out.lanes.append(ImportedLane(label, top, bottom - top, f"lane {label[:40]!r}"))
        index[label] = len(out.lanes) - 1
        previous = bottom
    for lane, s in rows:
        out.stickies.append(ImportedSticky(
            s.kind, s.text, s.x, s.y, s.origin, None, None, None, False,
            index.get(lane), s.author, s.owner,
        ))


def read_csv(path: Path) -> Imported:
    path = Path(path)
    parse = parse_list if path.suffix.lower() == ".txt" else parse_csv
    imported = parse(read_bytes(path), path.name)
    imported.title = path.stem
    return imported
