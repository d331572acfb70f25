"""What every importer shares: limits for untrusted files, one error type, colour matching."""

from __future__ import annotations

import colorsys
import os
from pathlib import Path

from ...app.input_files import InputFileError, open_regular, read_limited
from ...domain.notation import KINDS, KINDS_BY_ID, Shape
from ...error_codes import CodedError, Phrase

#: an exported 10,000-sticky wall is a few MB in any of these formats; 50 MB is not a board
MAX_IMPORT_BYTES = 50 * 1024 * 1024
#: more than a wall could show; refusing early keeps a hostile file from filling memory
MAX_ELEMENTS = 200_000
#: nesting deeper than any real file needs (Excalidraw ~6 levels, draw.io ~8)
MAX_DEPTH = 64


class InteropError(CodedError, ValueError):
    """A file from another tool was refused; the message names the file and the bad element."""


def check_size(path: Path, limit: int = MAX_IMPORT_BYTES) -> None:
    """Refuse a file over ``limit`` (or one that is missing, a folder, a FIFO or a device)
    before reading it."""
    path = Path(path)
    try:
        fd = open_regular(path)
    except InputFileError as error:
        raise InteropError(_refusal(error)) from None
    try:
        size = os.fstat(fd).st_size
    finally:
        os.close(fd)
    if size > limit:
        raise InteropError(_too_big(path, size, limit))


def read_bytes(path: Path, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The file's bytes through the one bounded reader (``app.input_files``): a FIFO or a
    device is refused, and no more than ``limit + 1`` bytes are ever read."""
    path = Path(path)
    try:
        return read_limited(path, limit)
    except InputFileError as error:
        raise InteropError(_refusal(error, limit)) from None


def _refusal(error: InputFileError, limit: int = MAX_IMPORT_BYTES) -> object:
    if error.reason == "folder":
        return Phrase("interop.folder", file=str(error.path))
    if error.reason == "too_big":
        return _too_big(error.path, error.size, limit)
    return error  # coded by app.input_files


def _too_big(path: Path, size: int, limit: int) -> Phrase:
    return Phrase("interop.too_big", name=path.name, size=size / 1e6,
                  limit=limit // (1024 * 1024))


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without a byte-order mark), or a clear refusal."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InteropError(
            code="export.utf_text_bad_byte", name=name, start=error.start
        ) from None


def count_check(n: int, what: str, name: str) -> None:
    if n > MAX_ELEMENTS:
        raise InteropError(code="export.holds_most_imported", name=name, n=n,
                           what=Phrase(f"interop.count_{what}"), max_elements=MAX_ELEMENTS)


# -- colours ----------------------------------------------------------------------------------
def parse_color(value: object) -> tuple[int, int, int] | None:
    """'#RGB' or '#RRGGBB' (any case) -> (r, g, b); anything else (transparent, none) -> None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.startswith("#") and len(text) == 4:
        text = "#" + "".join(ch * 2 for ch in text[1:])
    if len(text) != 7 or not text.startswith("#"):
        return None
    try:
        n = int(text[1:], 16)
    except ValueError:
        return None
    return (n >> 16 & 255, n >> 8 & 255, n & 255)


def hex_color(rgb: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _features(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    """(hue 0..1, lightness 0..1, chroma 0..1)."""
    h, lightness, _ = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    return h, lightness, (max(rgb) - min(rgb)) / 255


def _distance(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """People name sticky colours by hue ("the orange ones"), so hue counts most, then
    lightness and chroma; pale pastel tints still count as tinted, never as white or grey."""
    ha, la, ca = _features(a)
    hb, lb, cb = _features(b)
    grey_a, grey_b = ca < GREY_CHROMA, cb < GREY_CHROMA
    if grey_a != grey_b:
        return 1.0 + abs(la - lb)
    hue = 0.0 if grey_a else min(abs(ha - hb), 1 - abs(ha - hb)) * 8
    return hue + 0.4 * abs(la - lb) + 0.3 * abs(ca - cb)


#: below this chroma a colour is a grey (white and black included)
GREY_CHROMA = 0.06
#: a diamond this near the hotspot colour is a hotspot, whatever kind is nearer
DIAMOND_HOTSPOT = 1.0
#: beyond this distance from every notation colour a shape becomes a note
UNKNOWN_DISTANCE = 0.7


def kind_for_color(color: object, width: float = 0, height: float = 0,
                   shape: Shape = Shape.RECT) -> str | None:
    """The notation kind whose colour is nearest, or None when none is near (caller: note).

    Kinds sharing a colour (opportunity and value +, aggregate and chapter) are told apart by
    shape and by how close the element's size is to the kind's default size."""
    rgb = parse_color(color)
    if rgb is None:
        return None
    best: list[tuple[float, bool, float, str]] = []
    for kind in KINDS:
        d = _distance(rgb, parse_color(kind.color))  # type: ignore[arg-type]
        size = abs(width - kind.width) + abs(height - kind.height) if width else 0.0
        best.append((round(d, 3), kind.shape is not shape, size, kind.id))
    best.sort()
    if shape is Shape.DIAMOND:  # the diamond is the hotspot's own mark: any red-pink family
        hotspot = next(b for b in best if b[3] == "hotspot")
        if hotspot[0] <= DIAMOND_HOTSPOT:
            return "hotspot"
    score, _, _, kind_id = best[0]
    return kind_id if score <= UNKNOWN_DISTANCE else None


def kind_color(kind_id: str) -> str:
    return KINDS_BY_ID[kind_id].color


def sticky_color(kind_id: str, color: str | None) -> str:
    return color or kind_color(kind_id)
