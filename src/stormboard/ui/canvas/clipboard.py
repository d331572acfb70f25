"""Stickies on the system clipboard: JSON for Stormboard (any board), plain text for others."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QMimeData

from ...domain.entities import Sticky

STICKIES_MIME = "application/x-stormboard-stickies"
FORMAT_VERSION = 1
_FIELDS = ("kind", "x", "y", "width", "height", "text", "color", "pivotal")


def to_mime(stickies: Iterable[Sticky]) -> QMimeData:
    records = [{name: getattr(s, name) for name in _FIELDS} for s in stickies]
    mime = QMimeData()
    payload = {"format": "stormboard-stickies", "version": FORMAT_VERSION, "stickies": records}
    mime.setData(STICKIES_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n\n".join(r["text"] for r in records if r["text"]))
    return mime


def from_mime(mime: QMimeData) -> list[dict[str, Any]] | None:
    """Sticky field dicts from the clipboard, or None if it holds no stickies of ours.

    The JSON comes from outside this process, so every field is type-checked here; the
    command builders then validate values (kind, finite coordinates, sizes, text length).
    """
    if not mime.hasFormat(STICKIES_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(STICKIES_MIME).data()).decode("utf-8"))
        records = payload["stickies"]
    except (ValueError, KeyError, TypeError, RecursionError):  # not ours, or hostile
        return None
    out = []
    for r in records if isinstance(records, list) else []:
        if not isinstance(r, dict):
            continue
        try:
            out.append({
                "kind": str(r["kind"]),
                "x": float(r["x"]),
                "y": float(r["y"]),
                "width": float(r["width"]),
                "height": float(r["height"]),
                "text": str(r.get("text", "")),
                "color": r.get("color") if isinstance(r.get("color"), str) else None,
                "pivotal": bool(r.get("pivotal", False)),
            })
        except (KeyError, TypeError, ValueError, OverflowError):  # 10**400 is no float
            continue
    return out


def text_blocks(text: str) -> list[str]:
    """Plain text pasted from elsewhere: one sticky per paragraph (blank-line separated)."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [b for b in blocks if b][:200]
