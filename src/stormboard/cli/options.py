"""Parsing of the export options shared by every exporter (lengths, scale, dpi).

argparse validates them with these functions but stores the text as typed, so an exporter reads
``args.overlap == "10mm"`` and calls :func:`length_mm` itself when it needs a number.
"""

from __future__ import annotations

import argparse
import math
import re

_UNITS_MM = {"mm": 1.0, "cm": 10.0, "m": 1000.0, "in": 25.4, "pt": 25.4 / 72}
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(mm|cm|m|in|pt)?\s*$")


def length_mm(text: str) -> float:
    """``'10mm'``, ``'1.5cm'``, ``'0.5in'``, ``'12pt'`` or a bare number of mm -> millimetres."""
    match = _LENGTH.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a length such as 10mm, 1.5cm or 0.5in")
    value = float(match.group(1)) * _UNITS_MM[match.group(2) or "mm"]
    if not math.isfinite(value) or value > 100_000:
        raise ValueError(f"{text!r} is too long a length")
    return value


def parse_scale(text: str) -> tuple[str, float]:
    """``fit`` -> ('fit', 0); ``real`` -> ('real', 1); ``width:2000mm`` -> ('width', 2000.0 mm);
    ``50%`` -> ('percent', 50.0)."""
    t = text.strip().lower()
    if t in ("fit", "real"):
        return (t, 0.0 if t == "fit" else 1.0)
    if t.startswith("width:"):
        return ("width", length_mm(t[len("width:"):]))
    if t.endswith("%"):
        try:
            value = float(t[:-1])
        except ValueError:
            value = math.nan
        if math.isfinite(value) and 0 < value <= 10_000:
            return ("percent", value)
    raise ValueError(f"{text!r} is not a scale: use fit, real, width:N (e.g. width:2000mm) or N%")


def _checked(parse):  # type: ignore[no-untyped-def]
    """An argparse ``type`` that validates with ``parse`` but keeps the text as typed."""

    def check(text: str) -> str:
        try:
            parse(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None
        return text

    check.__name__ = parse.__name__
    return check


def dpi(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of dpi") from None
    if not 10 <= value <= 2400:
        raise argparse.ArgumentTypeError(f"{value} dpi is outside 10–2400")
    return value


length_arg = _checked(length_mm)
scale_arg = _checked(parse_scale)


def add_export_options(parser: argparse.ArgumentParser) -> None:
    """The options every exporter may read (the poster and image exporters use most of them)."""
    g = parser.add_argument_group("layout (posters and images)")
    g.add_argument("--paper", default="A0", help="paper size of the poster (default A0)")
    orientation = g.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", dest="landscape", action="store_true", default=None,
                             help="turn the paper sideways (default: follow the board's shape)")
    orientation.add_argument("--portrait", dest="landscape", action="store_false",
                             help="keep the paper upright")
    g.add_argument("--scale", default="fit", type=scale_arg,
                   help="fit | real | width:N (e.g. width:3000mm) | N%% (default fit)")
    g.add_argument("--tile", default=None, metavar="PAPER",
                   help="print the poster in tiles on this paper size (e.g. A4)")
    g.add_argument("--overlap", default="10mm", type=length_arg,
                   help="overlap between tiles (default 10mm)")
    g.add_argument("--marks", action="store_true", help="print crop and alignment marks")
    g.add_argument("--keep-empty-tiles", action="store_true",
                   help="print every tile, even those with nothing but background on them")
    g.add_argument("--margin", default="10mm", type=length_arg,
                   help="blank margin around the wall (default 10mm)")
    g.add_argument("--dpi", default=150, type=dpi, help="resolution of images (default 150)")
    g.add_argument("--lang", default=None, metavar="LANG",
                   help="language of a poster's title block and legend, e.g. fa (default "
                        "English)")
    f = parser.add_argument_group("what to include")
    f.add_argument("--selection-lane", default=None, metavar="LANE",
                   help="only this swimlane (its label or id)")
    f.add_argument("--chapter", default=None, metavar="CHAPTER",
                   help="only this chapter (its name or the id of its chapter sticky)")


def parse_at(text: str) -> tuple[float, float]:
    """``--at 1200,300`` -> (1200.0, 300.0); an argparse type."""
    parts = text.split(",")
    try:
        x, y = (float(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a position such as 1200,300") from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite position")
    return (x, y)
