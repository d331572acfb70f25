"""draw.io / diagrams.net (``.drawio``) in and out.

A file is ``<mxfile><diagram>`` pages; a page holds an ``<mxGraphModel>`` either as XML or
compressed: base64 of raw deflate of the URL-encoded XML. Cells are ``<mxCell>`` (or wrapped in
``<object>``/``<UserObject>``) with ``vertex="1"`` or ``edge="1"``, a ``style`` of
``key=value;`` pairs and an ``<mxGeometry>`` relative to the parent cell.

Out: one page, uncompressed. Each lane is a swimlane container holding its stickies; each
sticky a vertex with a style per kind (fill colour, a rhombus for hotspots, a thick border for
pivotal events) plus ``stormboard=<kind>``; each link an edge. Text is plain (``html=0``).

In: the first page. Vertices with text become stickies by ``stormboard=`` when present, else by
``fillColor`` (nearest notation colour, unknown -> note); edges between them become links;
swimlane containers become lanes. Parsed with defusedxml (``safe_xml``), inflated with a bound.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

from ...app.importing import Imported, ImportedLane, ImportedLink, ImportedSticky
from ...domain.board import Board
from ...domain.notation import KINDS_BY_ID, Shape
from ...domain.timeline import lane_membership, lane_order
from ..atomic import write_bytes
from ..xml_text import xml_bytes
from .common import (
    MAX_IMPORT_BYTES,
    InteropError,
    count_check,
    decode_text,
    hex_color,
    kind_for_color,
    parse_color,
    read_bytes,
    sticky_color,
)
from .safe_xml import parse_xml

LANE_MARGIN = 40.0
LANE_HEADER = 30.0
_KIND_SHAPE = {"hotspot": "rhombus;", "external_system": "shape=process;"}


# -- export -----------------------------------------------------------------------------------
def _fmt(value: float) -> str:
    return repr(float(value)).removesuffix(".0")


def _geometry(cell: ET.Element, x: float, y: float, w: float, h: float) -> None:
    ET.SubElement(cell, "mxGeometry", x=_fmt(x), y=_fmt(y), width=_fmt(w), height=_fmt(h),
                  attrib={"as": "geometry"})


def sticky_style(kind_id: str, color: str | None, pivotal: bool) -> str:
    """The style of a sticky: its kind's shape and colour, and the kind for the way back."""
    style = _KIND_SHAPE.get(kind_id, "rounded=0;")
    style += f"whiteSpace=wrap;html=0;fillColor={sticky_color(kind_id, color)};"
    style += "strokeColor=#5D2E00;strokeWidth=4;" if pivotal else "strokeColor=#666666;"
    kind = KINDS_BY_ID.get(kind_id)
    if kind is not None and kind.rotation:
        style += f"rotation={_fmt(kind.rotation)};"
    return style + f"stormboard={kind_id};" + ("stormboardPivotal=1;" if pivotal else "")


def board_to_drawio(board: Board) -> ET.Element:
    stickies = list(board.stickies.values())
    lanes = lane_order(board.lanes.values())
    members = lane_membership(board)
    x0 = min((s.x for s in stickies), default=0.0) - LANE_MARGIN - LANE_HEADER
    x1 = max((s.x + s.width for s in stickies), default=800.0) + LANE_MARGIN
    mxfile = ET.Element("mxfile", host="Stormboard", type="device")
    diagram = ET.SubElement(mxfile, "diagram", id="stormboard", name=board.info.title[:200])
    model = ET.SubElement(diagram, "mxGraphModel", grid="1", gridSize="10", page="0")
    root = ET.SubElement(model, "root")
    ET.SubElement(root, "mxCell", id="0")
    ET.SubElement(root, "mxCell", id="1", parent="0")
    origin: dict[str, tuple[str, float, float]] = {}
    for ln in lanes:
        cell = ET.SubElement(
            root, "mxCell", id=f"lane-{ln.id}", value=ln.label, vertex="1", parent="1",
            style=f"swimlane;horizontal=0;startSize={_fmt(LANE_HEADER)};html=0;"
                  f"fillColor={ln.color};swimlaneFillColor={ln.color};stormboard=lane;",
        )
        _geometry(cell, x0, ln.y, x1 - x0, ln.height)
        origin[ln.id] = (f"lane-{ln.id}", x0, ln.y)
    for s in stickies:
        lane = members.get(s.id)
        parent, px, py = origin.get(lane, ("1", 0.0, 0.0)) if lane else ("1", 0.0, 0.0)
        cell = ET.SubElement(root, "mxCell", id=s.id, value=s.text, vertex="1", parent=parent,
                             style=sticky_style(s.kind, s.color, s.pivotal))
        _geometry(cell, s.x - px, s.y - py, s.width, s.height)
    for link in board.links.values():
        cell = ET.SubElement(
            root, "mxCell", id=f"link-{link.id}", value=link.label, edge="1", parent="1",
            source=link.source_id, target=link.target_id,
            style=f"edgeStyle=orthogonalEdgeStyle;html=0;endArrow=block;"
                  f"stormboard={link.kind.value};",
        )
        ET.SubElement(cell, "mxGeometry", relative="1", attrib={"as": "geometry"})
    return mxfile


def write_drawio(board: Board, path: Path) -> None:
    tree = ET.ElementTree(board_to_drawio(board))
    ET.indent(tree)
    data = ET.tostring(tree.getroot(), encoding="utf-8", xml_declaration=True)
    write_bytes(Path(path), xml_bytes(data))  # no control characters: draw.io must parse it


# -- import -----------------------------------------------------------------------------------
def parse_style(style: str) -> dict[str, str]:
    """``"rhombus;fillColor=#fff;"`` -> ``{"rhombus": "", "fillColor": "#fff"}``."""
    out: dict[str, str] = {}
    for part in style.split(";"):
        key, _, value = part.partition("=")
        if key.strip():
            out[key.strip()] = value.strip()
    return out


class _Plain(HTMLParser):
    """Text of a draw.io HTML label: tags dropped, block ends and <br> become line breaks."""

    _BREAKS = frozenset({"br", "div", "p", "li", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BREAKS and tag != "br" and self.parts and self.parts[-1] != "\n":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(value: str) -> str:
    parser = _Plain()
    parser.feed(value)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    return "\n".join(line.rstrip() for line in text.strip("\n").split("\n"))


_PERCENT = re.compile(rb"%([0-9A-Fa-f]{2})")


def inflate_diagram(text: str, where: str) -> str:
    """A compressed page: base64 -> raw deflate (bounded) -> URL-decoding -> XML text."""
    try:
        packed = base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise InteropError(code="export.compressed_page_base", where=where) from None
    inflater = zlib.decompressobj(-15)
    try:
        raw = inflater.decompress(packed, MAX_IMPORT_BYTES)
    except zlib.error:
        raise InteropError(code="export.compressed_page_deflate_data", where=where) from None
    if inflater.unconsumed_tail:
        raise InteropError(code="export.compressed_page_unpacks_more", where=where,
                           value=MAX_IMPORT_BYTES // (1024 * 1024))
    decoded = _PERCENT.sub(lambda m: bytes([int(m.group(1), 16)]), raw)
    return decode_text(decoded, where)


def _model(root: ET.Element, name: str) -> tuple[ET.Element, int]:
    """The first page's mxGraphModel and how many further pages there were."""
    if root.tag == "mxGraphModel":
        return root, 0
    if root.tag != "mxfile":
        raise InteropError(code="export.draw_io_file_root", name=name, value=root.tag[:40])
    pages = root.findall("diagram")
    if not pages:
        raise InteropError(code="export.holds_diagram_page", name=name)
    page = pages[0]
    model = page.find("mxGraphModel")
    if model is None:
        inner = parse_xml(inflate_diagram(page.text or "", "diagram[0]"), "diagram[0]")
        if inner.tag != "mxGraphModel":
            raise InteropError(code="export.diagram_hold_mxgraphmodel")
        model = inner
    return model, len(pages) - 1


def _number(value: str | None, where: str, key: str) -> float:
    if value is None or value == "":
        return 0.0
    try:
        number = float(value)
    except ValueError:
        raise InteropError(code="export.number_2", where=where, key=key, value=value[:40]) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise InteropError(code="export.finite_number_3", where=where, key=key)
    return number


class _Cell:
    __slots__ = ("edge", "h", "id", "parent", "source", "style", "target", "value", "vertex",
                 "w", "where", "x", "y")


def _cells(root: ET.Element) -> list[_Cell]:
    cells = []
    for i, node in enumerate(root):
        cell_node, holder = node, node
        if node.tag in ("object", "UserObject"):
            inner = node.find("mxCell")
            if inner is None:
                continue
            cell_node = inner
        elif node.tag != "mxCell":
            continue
        c = _Cell()
        c.id = holder.get("id") or ""
        c.where = f"mxCell[{i}] (id {c.id[:40]!r})"
        c.value = holder.get("label", "") if holder.tag != "mxCell" else cell_node.get("value", "")
        c.style = cell_node.get("style", "")
        c.vertex, c.edge = cell_node.get("vertex") == "1", cell_node.get("edge") == "1"
        c.parent, c.source, c.target = (cell_node.get(k) for k in ("parent", "source", "target"))
        geo = cell_node.find("mxGeometry")
        get = geo.get if geo is not None else (lambda _k, _d=None: None)
        c.x, c.y = _number(get("x"), c.where, "x"), _number(get("y"), c.where, "y")
        c.w, c.h = _number(get("width"), c.where, "width"), _number(get("height"), c.where,
                                                                      "height")
        cells.append(c)
    return cells


def parse_drawio(data: bytes, name: str = "the file") -> Imported:
    root = parse_xml(data, name)
    model, more_pages = _model(root, name)
    graph_root = model.find("root")
    if graph_root is None:
        raise InteropError(code="export.page_root_cells", name=name)
    count_check(len(graph_root), "cells", name)
    cells = _cells(graph_root)
    by_id = {c.id: c for c in cells if c.id}
    out = Imported("drawio")
    if more_pages:
        out.skipped["more pages"] += more_pages

    def absolute(c: _Cell) -> tuple[float, float]:
        x, y, seen, p = c.x, c.y, {c.id}, by_id.get(c.parent or "")
        while p is not None and p.vertex and p.id not in seen:
            seen.add(p.id)
            x, y, p = x + p.x, y + p.y, by_id.get(p.parent or "")
        return x, y

    lanes: dict[str, int] = {}
    for c in cells:
        style = parse_style(c.style)
        if c.vertex and ("swimlane" in style or style.get("shape") == "swimlane"):
            x, y = absolute(c)
            label = _label(c, style) or f"Lane {len(lanes) + 1}"
            rgb = parse_color(style.get("fillColor"))
            out.lanes.append(ImportedLane(label, y, c.h, c.where,
                                          hex_color(rgb) if rgb else "#ECEFF1"))
            lanes[c.id] = len(out.lanes) - 1

    index: dict[str, int] = {}
    # a vertex whose parent is an edge is that edge's label (draw.io's "edgeLabel" cells)
    edges = {c.id for c in cells if c.edge}
    edge_labels: dict[str, list[str]] = {}
    for c in cells:
        if c.vertex and c.parent in edges:
            edge_labels.setdefault(c.parent, []).append(_label(c, parse_style(c.style)).strip())
    for c in cells:
        if not c.vertex or c.id in lanes or c.parent in edges:
            continue
        style = parse_style(c.style)
        text = _label(c, style)
        claimed = style.get("stormboard")
        if "image" in style or style.get("shape") == "image":
            out.skipped["images"] += 1
            continue
        if not text.strip() and claimed not in KINDS_BY_ID:
            out.skipped["shapes without text"] += 1
            continue
        x, y = absolute(c)
        fill = style.get("fillColor")
        color = None
        if claimed in KINDS_BY_ID:
            kind = claimed
            rgb = parse_color(fill)
            color = hex_color(rgb) if rgb and hex_color(rgb) != KINDS_BY_ID[kind].color else None
        else:
            shape = Shape.DIAMOND if "rhombus" in style or style.get("shape") == "rhombus" \
                else Shape.RECT
            kind = kind_for_color(fill, c.w, c.h, shape) or "note"
        lane = _lane_of(c, by_id, lanes)
        out.stickies.append(ImportedSticky(
            kind, text, x, y, c.where, c.w or None, c.h or None, color,
            style.get("stormboardPivotal") == "1", lane,
        ))
        index[c.id] = len(out.stickies) - 1

    for c in cells:
        if not c.edge:
            continue
        if c.source in index and c.target in index:
            style = parse_style(c.style)
            label = " ".join(t for t in [_label(c, style), *edge_labels.get(c.id, [])] if t)
            out.links.append(ImportedLink(index[c.source], index[c.target], c.where,
                                          style.get("stormboard"), label))
        else:
            out.skipped["edges not joining two stickies"] += 1
    return out


def _label(c: _Cell, style: dict[str, str]) -> str:
    return html_to_text(c.value) if style.get("html") == "1" else c.value


def _lane_of(c: _Cell, by_id: dict[str, _Cell], lanes: dict[str, int]) -> int | None:
    seen: set[str] = set()
    p = by_id.get(c.parent or "")
    while p is not None and p.id not in seen:
        if p.id in lanes:
            return lanes[p.id]
        seen.add(p.id)
        p = by_id.get(p.parent or "")
    return None


def read_drawio(path: Path) -> Imported:
    path = Path(path)
    imported = parse_drawio(read_bytes(path), path.name)
    imported.title = path.stem
    return imported
