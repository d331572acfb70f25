# ruff: noqa: E501 - each template is one literal on one line, so lupdate reads it whole
"""Error codes: every layer raises an error with a code and parameters, the UI says it.

Outside the layers (every layer may import it; it imports nothing of the package), this is the
one registry of code -> English template. ``str(error)`` is the English sentence (the CLI prints
that); ``ui/error_text.sentence`` turns the code and parameters into the UI language's sentence
from the catalogues, context ``Errors``. lupdate reads this file itself (``ui.i18n.ui_sources``):
the ``QT_TRANSLATE_NOOP`` markers below are what it looks for, so a template is written once.

- :class:`CodedError`: an exception with ``code`` and ``params``; mix it into a layer's error.
- :class:`Phrase`: a coded phrase used as a parameter (a "what", a reason); a ``str`` whose
  value is the English phrase, so it formats and compares like the text it stands for.
- :class:`Term`: a word the UI already translates in another context (a notation kind...).
- :func:`os_problem`: what an OSError means for the user, as a Phrase (disk full, denied...).

A test walks every code and checks an English and a Persian sentence with the same parameters,
and an AST scan of ``src/`` refuses an uncoded ``raise`` in the layers that reach the user
(ADR 0184, ADR 0210).
"""

from __future__ import annotations

import errno


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogues (lupdate finds the call by name); returns it as is."""
    return text


#: code -> English template; the parameters in braces (str.format), one sentence (or phrase) each
MESSAGES: dict[str, str] = {
    # -- export/poster -----------------------------------------------------------------------
    "poster.no_lane": QT_TRANSLATE_NOOP("Errors", "There is no lane '{lane}' on this board."),
    "poster.no_chapter_number": QT_TRANSLATE_NOOP("Errors", "Chapter {number} does not exist; this board has chapters 1 to {count}."),
    "poster.no_chapter_name": QT_TRANSLATE_NOOP("Errors", "There is no chapter named '{name}' on this board."),
    "poster.selection_missing": QT_TRANSLATE_NOOP("Errors", "The selection names {count} sticky(s) not on this board."),
    "poster.nothing_to_print": QT_TRANSLATE_NOOP("Errors", "Nothing to print: the {what} holds no stickies."),
    "poster.paper_too_small": QT_TRANSLATE_NOOP("Errors", "The paper is too small for the title block and legend."),
    "poster.overlap_too_wide": QT_TRANSLATE_NOOP("Errors", "Overlap {overlap:g} mm is larger than the printable width of {paper} ({width:.0f} mm)."),
    "poster.width_needs_sheets": QT_TRANSLATE_NOOP("Errors", "Scale width:N needs sheets or a portrait roll."),
    "poster.tile_onto_roll": QT_TRANSLATE_NOOP("Errors", "Tile onto sheets (A4, A3, Letter...), not onto a roll."),
    "poster.margin_too_wide": QT_TRANSLATE_NOOP("Errors", "A margin of {margin:g} mm leaves nothing of {paper} to print on."),
    "poster.overlap_too_large": QT_TRANSLATE_NOOP("Errors", "Overlap {overlap:g} mm is larger than the printable area of {paper} ({width:.0f} × {height:.0f} mm)."),
    "poster.no_orientation": QT_TRANSLATE_NOOP("Errors", "No page orientation fits the poster."),
    "poster.too_many_pages": QT_TRANSLATE_NOOP("Errors", "That would print {pages} pages; choose a smaller scale or larger paper."),
    "poster.custom_paper_size": QT_TRANSLATE_NOOP("Errors", "Custom paper '{name}' must be between 10 and 20000 mm each way."),
    "poster.unknown_roll": QT_TRANSLATE_NOOP("Errors", "Unknown roll width {width} mm; rolls are {sizes} mm wide."),
    "poster.unknown_paper": QT_TRANSLATE_NOOP("Errors", "Unknown paper '{name}'; use one of {known}, or a size like 600x900mm."),
    "poster.bad_length": QT_TRANSLATE_NOOP("Errors", "{what} '{text}' is not a length like 10mm, 1cm or 0.5in."),
    "poster.negative_length": QT_TRANSLATE_NOOP("Errors", "{what} must be zero or more."),
    "poster.width_pages": QT_TRANSLATE_NOOP("Errors", "Scale width:N needs between 1 and 50 pages across."),
    "poster.width_range": QT_TRANSLATE_NOOP("Errors", "A poster width must be between 50 mm and 100 m."),
    "poster.percent_range": QT_TRANSLATE_NOOP("Errors", "A percentage scale must be between 1% and 1000%."),
    # -- operating system problems (phrases: os_problem) -----------------------------------
    "os.disk_full": QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    "os.denied": QT_TRANSLATE_NOOP("Errors", "permission denied"),
    "os.read_only": QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    "os.missing": QT_TRANSLATE_NOOP("Errors", "the file or folder does not exist"),
    "os.is_folder": QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    "os.not_folder": QT_TRANSLATE_NOOP("Errors", "a part of the path is not a folder"),
    "os.exists": QT_TRANSLATE_NOOP("Errors", "the file already exists"),
    "os.too_big": QT_TRANSLATE_NOOP("Errors", "the file is too large"),
    "os.quota": QT_TRANSLATE_NOOP("Errors", "the disk quota is used up"),
    "os.io": QT_TRANSLATE_NOOP("Errors", "the disk could not be read or written"),
    "os.name_too_long": QT_TRANSLATE_NOOP("Errors", "the file name is too long"),
    "os.busy": QT_TRANSLATE_NOOP("Errors", "the file is busy"),
    "os.other": QT_TRANSLATE_NOOP("Errors", "system error: {detail}"),
    "os.on_file": QT_TRANSLATE_NOOP("Errors", "{name}: {problem}."),
}


class CodedError(Exception):
    """An error with a ``code`` (a key of MESSAGES) and its named ``params``; ``str()`` is
    the English sentence. Made without a code, it is a plain error with its message."""

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(MESSAGES[code].format(**params) if code else message)


class Phrase(str):
    """A coded phrase used as a parameter of another message: its value is the English phrase,
    and the UI says it in its language (``code``, ``params`` as for a CodedError)."""

    code: str
    params: dict[str, object]

    def __new__(cls, code: str, **params: object) -> Phrase:
        self = super().__new__(cls, MESSAGES[code].format(**params))
        self.code, self.params = code, params
        return self


class Term(str):
    """A word the UI translates in another catalogue context (a notation kind in ``Notation``,
    say): its value is the English word, ``context`` where the catalogue keeps it."""

    context: str

    def __new__(cls, text: str, context: str) -> Term:
        self = super().__new__(cls, text)
        self.context = context
        return self


_ERRNO_PHRASES = {
    errno.ENOSPC: "os.disk_full",
    getattr(errno, "EDQUOT", -1): "os.quota",
    errno.EACCES: "os.denied",
    errno.EPERM: "os.denied",
    errno.EROFS: "os.read_only",
    errno.ENOENT: "os.missing",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.EEXIST: "os.exists",
    errno.EFBIG: "os.too_big",
    errno.EIO: "os.io",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EBUSY: "os.busy",
    errno.ETXTBSY: "os.busy",
}


def os_problem(error: BaseException) -> Phrase:
    """What an OSError means, as a phrase ("the disk is full"); another error: its text."""
    code = _ERRNO_PHRASES.get(getattr(error, "errno", None) or 0)
    if code:
        return Phrase(code)
    detail = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return Phrase("os.other", detail=detail)
