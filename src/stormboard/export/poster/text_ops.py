"""Lines of text in one embedded TrueType font, written as PDF text operators directly.

reportlab's ``textOut`` re-encodes every line character by character (``splitString``), moves
its cursor by the line's width and formats a text object per call: a third of a 10,000-sticky
poster's time. Here each character is assigned its subset code once, through the documented
dynamic-font API (``font.splitString`` / ``font.getSubsetInternalName``, see
``reportlab.pdfbase.ttfonts``), and a line becomes one ``str.translate`` to its escaped bytes.
The bytes, subsets and fonts written are the ones ``textOut`` would write, so the text stays
text: embedded, subset, extractable.
"""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

#: (x, y, text) of one line: its baseline's left end, in the canvas's current coordinates
Run = tuple[float, float, str]


class TextWriter:
    """Writes runs of one font into one canvas (one document: subsets are per document)."""

    def __init__(self, canvas: Canvas, font_name: str) -> None:
        self._canvas = canvas
        self._font = pdfmetrics.getFont(font_name)
        # the subset state of a dynamic font lives per document (reportlab's own key)
        self._doc = canvas._doc
        self._table: dict[int, str] = {}  # character -> its escaped code in its subset
        self._subset: dict[str, int] = {}  # character -> subset number
        self._names: dict[int, str] = {}  # subset number -> PDF font resource name
        self._lines: dict[str, tuple[tuple[int, str], ...]] = {}  # line -> its parts

    def _learn(self, chars: set[str]) -> None:
        """Assign codes to characters met for the first time, as ``textOut`` would."""
        for ch in sorted(chars):
            ((subset, code),) = self._font.splitString(ch, self._doc)
            self._subset[ch] = subset
            self._table[ord(ch)] = escapePDF(code)
            if subset not in self._names:
                self._names[subset] = self._font.getSubsetInternalName(subset, self._doc)

    def encode(self, line: str) -> tuple[tuple[int, str], ...]:
        """The line as (subset, escaped codes) parts, one per run of characters in one
        subset; kept per line (a character's subset and code never change in a document, and
        a board repeats its lines)."""
        parts = self._lines.get(line)
        if parts is None:
            known = self._subset
            new = set(line).difference(known)
            if new:
                self._learn(new)
            table = self._table
            parts = self._lines[line] = tuple(
                (sub, "".join(part).translate(table))
                for sub, part in groupby(line, known.__getitem__))
        return parts

    def write(self, runs: list[Run], size: float, fill: str = "") -> None:
        """One text object with every run at ``size``, filled with ``fill`` (a colour
        operator, say "0 0 0 rg"; the current fill when empty). Font and colour are set inside
        a saved graphics state, so reportlab's idea of the current ones stays true. Each run
        starts with a ``Td`` relative to the one before (``BT`` starts at the origin), not a
        whole ``Tm`` matrix: the same places, in fewer operators and bytes (ADR 0248)."""
        out = [f"q {fill} BT" if fill else "q BT"]
        size_op = f"{fp_str(size)} Tf"
        subset = -1
        px = py = 0.0
        lines = self._lines
        for x, y, line in runs:
            if not line:  # an empty paragraph: nothing to show
                continue
            out.append(f"{fp_str(x - px, y - py)} Td")
            px, py = x, y
            for sub, code in lines.get(line) or self.encode(line):
                if sub != subset:
                    out.append(f"{self._names[sub]} {size_op}")
                    subset = sub
                out.append(f"({code}) Tj")
        out.append("ET Q")
        self._canvas.addLiteral(" ".join(out))
