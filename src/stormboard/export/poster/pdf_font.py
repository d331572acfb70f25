"""The board font for reportlab, with a ToUnicode map that gives back the *logical* letters.

The poster draws Persian as Arabic presentation forms (the glyph a letter takes in its
position, see ``text.visual``) in visual order. reportlab's ToUnicode maps each code to the
character drawn, so copying, searching or ``pdftotext`` gave presentation forms (U+FB50..,
U+FE70..): "کتاب" was not found. Here each presentation form maps to the letters it stands
for (its Unicode compatibility decomposition: ﻙ -> ک, ﻻ -> لا), as a PDF from a shaping
engine maps its glyphs. Readers already turn visual order back into logical order for
right-to-left lines (poppler, pdf.js, Acrobat), so no /ActualText is needed; tried first,
poppler reversed the letters inside an /ActualText span once more (ADR 0180).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, makeToUnicodeCMap

#: Arabic presentation forms A and B: the codes the reshaper draws with
_FORMS = ((0xFB50, 0xFE00), (0xFE70, 0xFF00))


@lru_cache(maxsize=4096)
def logical_letters(code: int) -> str:
    """The letters a drawn character stands for: a presentation form's base letters."""
    ch = chr(code)
    if not any(lo <= code < hi for lo, hi in _FORMS):
        return ch
    parts = unicodedata.decomposition(ch).split()
    if len(parts) >= 2 and parts[0].startswith("<"):
        # a ligature (ﻻ) is drawn in a right-to-left line, whose characters the reader
        # reverses as a whole, the ligature's letters too: give them in visual order
        return "".join(chr(int(p, 16)) for p in reversed(parts[1:]))
    return ch


def to_unicode_cmap(font_name: str, subset: list[int],
                    private: dict[int, str] | None = None) -> str:
    """reportlab's ToUnicode CMap for one subset, each code mapped to its logical letters
    (``private``: the letters of glyphs drawn through a private-use character)."""
    private = private or {}
    cmap = makeToUnicodeCMap(font_name, subset)
    lines = cmap.split("\n")
    start = lines.index(f"{len(subset)} beginbfchar") + 1
    lines[start:start + len(subset)] = [
        f"<{i:02X}> <{private.get(v, logical_letters(v)).encode('utf-16-be').hex().upper()}>"
        for i, v in enumerate(subset)
    ]
    return "\n".join(lines)


class LogicalTTFont(TTFont):
    """A reportlab TrueType font whose subsets' ToUnicode maps give logical letters, and
    which draws any glyph HarfBuzz picks (``char_for``)."""

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:
        super().__init__(name, filename, subfontIndex=subfontIndex)
        self.private_text: dict[int, str] = {}  # private-use character -> its letters
        self._next_private = 0xE000
        self._aliases: dict[tuple[int, str], str] = {}  # (glyph, its text) -> private char

    def char_for(self, gid: int, text: str, advance: float) -> str:
        """A character this font maps to glyph ``gid``, standing for ``text``: the text
        itself when it is that glyph's character, else a cmap character with the same
        letters, else a private-use character (as reportlab's own shaping makes them) whose
        ToUnicode is ``text``. ``advance`` in 1/1000 em."""
        face = self.face
        if len(text) == 1 and face.charToGlyph.get(ord(text)) == gid:
            return text
        chars = face.glyphToChar.get(gid)
        if chars:
            for code in chars:
                if logical_letters(code) == text:
                    return chr(code)
        # no character of the font stands for this glyph *as this text* (a ZWNJ drawn as
        # the invisible space glyph, a mirrored «, a glyph with no cmap entry): a private-use
        # alias of the glyph whose ToUnicode is the text, so copy and search get the letters
        alias = self._aliases.get((gid, text))
        if alias is not None:
            return alias
        code = self._next_private
        while code in face.charToGlyph:
            code += 1
        if code > 0xF8FF:  # the private-use area is full: draw nothing rather than garbage
            return ""
        self._next_private = code + 1
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        face.charWidths[code] = advance
        self.private_text[code] = text
        self._aliases[gid, text] = chr(code)
        return chr(code)

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)  # forgets the document's state once written
        for n, subset in enumerate(subsets):
            # the name reportlab's addObjects gives the subset's ToUnicode stream
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            name = base.decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + name)
            if stream is not None:
                stream.content = to_unicode_cmap(name, subset, self.private_text)
