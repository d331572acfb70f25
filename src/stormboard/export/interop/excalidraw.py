"""Excalidraw (``.excalidraw``, JSON ``"type": "excalidraw"``, version 2) in and out.

Out: each sticky is a rectangle (a diamond for hotspots) filled with its colour and holding a
bound text element (``containerId`` / ``boundElements``); each lane is a frame whose children
carry its ``frameId``; each link is an arrow bound at both ends (``startBinding`` /
``endBinding``). ``customData.stormboard`` keeps the kind, so a round trip is exact.

In: rectangles, diamonds and ellipses with text become stickies, by ``customData`` when present,
else by the nearest notation colour (an unknown colour makes a note); free text becomes a note;
arrows bound at both ends become links; frames become lanes. Images (never fetched: the file's
``files`` are not read), freehand drawings, embeds and other shapes are skipped and counted.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from ...app.importing import Imported, ImportedLane, ImportedLink, ImportedSticky
from ...domain import rules
from ...domain.board import Board
from ...domain.notation import KINDS_BY_ID, Shape
from ...domain.timeline import lane_membership, lane_order
from ...error_codes import Phrase
from ..atomic import write_text
from ..json_format import MAX_JSON_VALUES
from .common import (
    InteropError,
    count_check,
    decode_text,
    hex_color,
    kind_for_color,
    parse_color,
    read_bytes,
    sticky_color,
)

SOURCE = "https://github.com/stormboard"
FONT_SIZE = 20
LANE_MARGIN = 40.0

#: element types with nothing a board can hold, under the name the summary line uses
_SKIPPED = {
    "image": "images", "freedraw": "freehand drawings", "embeddable": "embeds",
    "iframe": "embeds", "line": "lines", "selection": "other elements",
}
_CONTAINERS = {"rectangle": Shape.RECT, "diamond": Shape.DIAMOND, "ellipse": Shape.RECT}
_FRAMES = {"frame", "magicframe"}


# -- export -----------------------------------------------------------------------------------
def _base(element_id: str, kind: str, x: float, y: float, w: float, h: float,
          rng: random.Random) -> dict[str, Any]:
    return {
        "id": element_id, "type": kind, "x": x, "y": y, "width": w, "height": h, "angle": 0,
        "strokeColor": "#1e1e1e", "backgroundColor": "transparent", "fillStyle": "solid",
        "strokeWidth": 1, "strokeStyle": "solid", "roughness": 0, "opacity": 100,
        "groupIds": [], "frameId": None, "roundness": None, "seed": rng.randrange(1, 2**31),
        "version": 1, "versionNonce": rng.randrange(1, 2**31), "isDeleted": False,
        "boundElements": [], "updated": 1, "link": None, "locked": False,
    }


def _text(element_id: str, container: dict[str, Any], text: str,
          rng: random.Random) -> dict[str, Any]:
    lines = text.split("\n") or [""]
    height = len(lines) * FONT_SIZE * 1.25
    el = _base(element_id, "text", container["x"], container["y"] + max(
        0.0, (container["height"] - height) / 2), container["width"], height, rng)
    el.update({
        "text": text, "originalText": text, "fontSize": FONT_SIZE, "fontFamily": 1,
        "textAlign": "center", "verticalAlign": "middle", "containerId": container["id"],
        "lineHeight": 1.25, "autoResize": True, "frameId": container["frameId"],
    })
    el["boundElements"] = None
    return el


def board_to_excalidraw(board: Board) -> dict[str, Any]:
    """The board as an Excalidraw scene (plain dicts, ready for ``json.dumps``)."""
    rng = random.Random(7)  # stable seeds: exporting twice gives the same file
    stickies = list(board.stickies.values())
    lanes = lane_order(board.lanes.values())
    members = lane_membership(board)
    frame_id = {ln.id: f"lane-{ln.id}" for ln in lanes}
    x0 = min((s.x for s in stickies), default=0.0) - LANE_MARGIN
    x1 = max((s.x + s.width for s in stickies), default=800.0) + LANE_MARGIN
    shapes: dict[str, dict[str, Any]] = {}
    by_lane: dict[str | None, list[dict[str, Any]]] = {}
    for s in stickies:
        kind = KINDS_BY_ID.get(s.kind)
        shape = "diamond" if kind is not None and kind.shape is Shape.DIAMOND else "rectangle"
        el = _base(s.id, shape, s.x, s.y, s.width, s.height, rng)
        lane = members.get(s.id)
        el.update({
            "backgroundColor": sticky_color(s.kind, s.color).lower(),
            "strokeWidth": 4 if s.pivotal else 1,
            "frameId": frame_id.get(lane) if lane else None,
            "customData": {"stormboard": {"kind": s.kind, "pivotal": s.pivotal}},
        })
        text = _text(f"{s.id}-text", el, s.text, rng)
        el["boundElements"].append({"type": "text", "id": text["id"]})
        shapes[s.id] = el
        by_lane.setdefault(lane, []).extend([el, text])
    arrows: list[dict[str, Any]] = []
    for link in board.links.values():
        a, b = shapes[link.source_id], shapes[link.target_id]
        ax, ay = a["x"] + a["width"], a["y"] + a["height"] / 2
        bx, by = b["x"], b["y"] + b["height"] / 2
        el = _base(f"link-{link.id}", "arrow", ax, ay, abs(bx - ax), abs(by - ay), rng)
        el.update({
            "points": [[0, 0], [bx - ax, by - ay]], "lastCommittedPoint": None,
            "startBinding": {"elementId": a["id"], "focus": 0, "gap": 4},
            "endBinding": {"elementId": b["id"], "focus": 0, "gap": 4},
            "startArrowhead": None, "endArrowhead": "arrow",
            "roundness": {"type": 2},
            "customData": {"stormboard": {"kind": link.kind.value}},
        })
        a["boundElements"].append({"type": "arrow", "id": el["id"]})
        b["boundElements"].append({"type": "arrow", "id": el["id"]})
        arrows.append(el)
        if link.label:
            label = _text(f"{el['id']}-label", {**el, "frameId": None}, link.label, rng)
            el["boundElements"].append({"type": "text", "id": label["id"]})
            arrows.append(label)
    elements: list[dict[str, Any]] = list(by_lane.get(None, []))
    for ln in lanes:  # a frame comes after its children, as Excalidraw keeps them
        elements.extend(by_lane.get(ln.id, []))
        frame = _base(frame_id[ln.id], "frame", x0, ln.y, x1 - x0, ln.height, rng)
        frame.update({"name": ln.label, "customData": {"stormboard": {"color": ln.color}}})
        frame["boundElements"] = None
        elements.append(frame)
    elements.extend(arrows)
    return {
        "type": "excalidraw", "version": 2, "source": SOURCE, "elements": elements,
        "appState": {"viewBackgroundColor": "#ffffff", "gridSize": None}, "files": {},
    }


def write_excalidraw(board: Board, path: Path) -> None:
    text = json.dumps(board_to_excalidraw(board), ensure_ascii=False, indent=1,
                      allow_nan=False) + "\n"
    write_text(Path(path), text)


# -- import -----------------------------------------------------------------------------------
def _where(i: int, el: dict[str, Any]) -> str:
    return f"elements[{i}] ({el.get('type')} {str(el.get('id'))[:40]!r})"


def _number(el: dict[str, Any], key: str, where: str, default: float | None = None) -> float:
    value = el.get(key, default)
    if not rules.is_number(value):  # 10**400 is an int no float can hold (ADR 0113)
        raise InteropError(code="export.number_3", where=where, key=key, value=_shown(value))
    return float(value)


def _shown(value: object) -> str:
    return Phrase("interop.missing") if value is None else type(value).__name__


def _string(el: dict[str, Any], key: str, where: str) -> str:
    value = el.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InteropError(code="export.text", where=where, key=key, value=_shown(value))
    return value


def _stormboard_data(el: dict[str, Any]) -> dict[str, Any]:
    data = el.get("customData")
    inner = data.get("stormboard") if isinstance(data, dict) else None
    return inner if isinstance(inner, dict) else {}


def parse_excalidraw(data: bytes, name: str = "the file") -> Imported:
    """An Excalidraw scene's stickies, lanes and links; refusals name the bad element."""
    text = decode_text(data, name)
    if text.count(",") > MAX_JSON_VALUES:  # parsing would take gigabytes (ADR 0162)
        raise InteropError(code="export.holds_more_values_than", name=name)
    try:
        doc = json.loads(text)
    except RecursionError:
        raise InteropError(code="export.nested_too_deeply_excalidraw", name=name) from None
    except json.JSONDecodeError as error:
        raise InteropError(code="export.json_line_column", name=name, msg=error.msg,
                           lineno=error.lineno, colno=error.colno) from None
    except ValueError:  # an integer beyond Python's digit limit (issue 13)
        raise InteropError(code="export.holds_integer_thousands_digits_2", name=name) from None
    if not isinstance(doc, dict) or doc.get("type") not in ("excalidraw", "excalidraw/clipboard"):
        raise InteropError(code="export.excalidraw_file_type_excalidraw", name=name)
    elements = doc.get("elements")
    if not isinstance(elements, list):
        raise InteropError(code="export.elements_list", name=name, value=_shown(elements))
    count_check(len(elements), "elements", name)
    live: list[tuple[int, dict[str, Any]]] = []
    for i, el in enumerate(elements):
        if not isinstance(el, dict):
            raise InteropError(code="export.elements_object", i=i, value=_shown(el))
        if not isinstance(el.get("id"), str) or not isinstance(el.get("type"), str):
            raise InteropError(code="export.elements_needs_text_id", i=i)
        if el.get("isDeleted") is not True:
            live.append((i, el))
    out = Imported("excalidraw")

    frames: dict[str, int] = {}
    for i, el in live:
        if el["type"] in _FRAMES:
            where = _where(i, el)
            label = _string(el, "name", where) or f"Frame {len(frames) + 1}"
            color = _stormboard_data(el).get("color")
            rgb = parse_color(color)
            out.lanes.append(ImportedLane(
                label, _number(el, "y", where), _number(el, "height", where), where,
                hex_color(rgb) if rgb else "#ECEFF1",
            ))
            frames[el["id"]] = len(out.lanes) - 1

    # the text bound to each container (a container's own boundElements may be stale)
    bound_text: dict[str, str] = {}
    for i, el in live:
        if el["type"] == "text" and el.get("containerId") is not None:
            where = _where(i, el)
            container = el.get("containerId")
            if not isinstance(container, str):
                raise InteropError(code="export.containerid_text", where=where,
                                   value=_shown(container))
            bound_text[container] = _string(el, "originalText", where) or _string(
                el, "text", where)

    index: dict[str, int] = {}
    for i, el in live:
        kind_name = el["type"]
        where = _where(i, el)
        if kind_name in _CONTAINERS or (kind_name == "text" and el.get("containerId") is None):
            x, y = _number(el, "x", where), _number(el, "y", where)
            w, h = _number(el, "width", where, 0), _number(el, "height", where, 0)
            own = _stormboard_data(el)
            if kind_name == "text":
                text, kind, color = _string(el, "text", where), "note", None
                w = h = None  # a note's own size; free text is often one long line
            else:
                text = bound_text.get(el["id"], "")
                if not text.strip() and not own:
                    out.skipped["shapes without text"] += 1
                    continue
                kind, color = _kind_of(el, own, w, h, _CONTAINERS[kind_name])
            frame = el.get("frameId")
            out.stickies.append(ImportedSticky(
                kind, text, x, y, where, w or None, h or None, color,
                own.get("pivotal") is True, frames.get(frame) if isinstance(frame, str) else None,
            ))
            index[el["id"]] = len(out.stickies) - 1
        elif kind_name in _SKIPPED:
            out.skipped[_SKIPPED[kind_name]] += 1
        elif kind_name not in ("arrow", "text") and kind_name not in _FRAMES:
            out.skipped[f"{kind_name} elements"] += 1

    for i, el in live:
        if el["type"] != "arrow":
            continue
        where = _where(i, el)
        ends = [_bound_id(el, key, where) for key in ("startBinding", "endBinding")]
        if not all(e in index for e in ends):
            out.skipped["arrows not bound at both ends"] += 1
            continue
        kind = _stormboard_data(el).get("kind")
        out.links.append(ImportedLink(
            index[ends[0]], index[ends[1]], where, kind if isinstance(kind, str) else None,
            bound_text.get(el["id"], ""),
        ))
    return out


def _bound_id(el: dict[str, Any], key: str, where: str) -> str | None:
    binding = el.get(key)
    if binding is None:
        return None
    if not isinstance(binding, dict) or not isinstance(binding.get("elementId"), str):
        raise InteropError(code="export.object_elementid", where=where, key=key)
    return binding["elementId"]


def _kind_of(el: dict[str, Any], own: dict[str, Any], w: float, h: float,
             shape: Shape) -> tuple[str, str | None]:
    """(kind, colour override): our own customData first, else the nearest notation colour."""
    background = el.get("backgroundColor")
    rgb = parse_color(background)
    claimed = own.get("kind")
    if isinstance(claimed, str) and claimed in KINDS_BY_ID:
        color = hex_color(rgb) if rgb else None
        return claimed, None if color == KINDS_BY_ID[claimed].color else color
    return kind_for_color(background, w, h, shape) or "note", None


def read_excalidraw(path: Path) -> Imported:
    path = Path(path)
    imported = parse_excalidraw(read_bytes(path), path.name)
    imported.title = path.stem
    return imported
