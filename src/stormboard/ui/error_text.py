# ruff: noqa: E501 - each template is one literal on one line, so lupdate reads it whole
"""Errors said in the UI language: the code and parameters of an ``app.error_codes`` error
turned into a sentence from the catalogues (context ``Errors``). The table repeats the English
templates literally so lupdate finds them; a test checks it against ``MESSAGES``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .digits import ui_digits

#: code -> the English template, marked for translation (same text as app.error_codes.MESSAGES)
TEMPLATES: dict[str, str] = {
    "poster.no_lane": QT_TRANSLATE_NOOP("Errors", "There is no lane '{lane}' on this board."),
    "poster.no_chapter_number": QT_TRANSLATE_NOOP("Errors", 'Chapter {number} does not exist; this board has chapters 1 to {count}.'),
    "poster.no_chapter_name": QT_TRANSLATE_NOOP("Errors", "There is no chapter named '{name}' on this board."),
    "poster.selection_missing": QT_TRANSLATE_NOOP("Errors", 'The selection names {count} sticky(s) not on this board.'),
    "poster.nothing_to_print": QT_TRANSLATE_NOOP("Errors", 'Nothing to print: the {what} holds no stickies.'),
    "poster.paper_too_small": QT_TRANSLATE_NOOP("Errors", 'The paper is too small for the title block and legend.'),
    "poster.overlap_too_wide": QT_TRANSLATE_NOOP("Errors", 'Overlap {overlap:g} mm is larger than the printable width of {paper} ({width:.0f} mm).'),
    "poster.width_needs_sheets": QT_TRANSLATE_NOOP("Errors", 'Scale width:N needs sheets or a portrait roll.'),
    "poster.tile_onto_roll": QT_TRANSLATE_NOOP("Errors", 'Tile onto sheets (A4, A3, Letter...), not onto a roll.'),
    "poster.margin_too_wide": QT_TRANSLATE_NOOP("Errors", 'A margin of {margin:g} mm leaves nothing of {paper} to print on.'),
    "poster.overlap_too_large": QT_TRANSLATE_NOOP("Errors", 'Overlap {overlap:g} mm is larger than the printable area of {paper} ({width:.0f} × {height:.0f} mm).'),
    "poster.no_orientation": QT_TRANSLATE_NOOP("Errors", 'No page orientation fits the poster.'),
    "poster.too_many_pages": QT_TRANSLATE_NOOP("Errors", 'That would print {pages} pages; choose a smaller scale or larger paper.'),
    "poster.custom_paper_size": QT_TRANSLATE_NOOP("Errors", "Custom paper '{name}' must be between 10 and 20000 mm each way."),
    "poster.unknown_roll": QT_TRANSLATE_NOOP("Errors", 'Unknown roll width {width} mm; rolls are {sizes} mm wide.'),
    "poster.unknown_paper": QT_TRANSLATE_NOOP("Errors", "Unknown paper '{name}'; use one of {known}, or a size like 600x900mm."),
    "poster.bad_length": QT_TRANSLATE_NOOP("Errors", "{what} '{text}' is not a length like 10mm, 1cm or 0.5in."),
    "poster.negative_length": QT_TRANSLATE_NOOP("Errors", '{what} must be zero or more.'),
    "poster.width_pages": QT_TRANSLATE_NOOP("Errors", 'Scale width:N needs between 1 and 50 pages across.'),
    "poster.width_range": QT_TRANSLATE_NOOP("Errors", 'A poster width must be between 50 mm and 100 m.'),
    "poster.percent_range": QT_TRANSLATE_NOOP("Errors", 'A percentage scale must be between 1% and 1000%.'),
}


def _localised(value: object) -> object:
    """Numbers in the UI language's digits (Persian digits in Persian); the rest as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    return _Number(value)


class _Number:
    """A number that formats as itself, in the UI locale's digits, whatever the spec."""

    def __init__(self, value: float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        return ui_digits(format(self.value, spec))


def sentence(error: BaseException) -> str:
    """The error in the UI language when it carries a known code, else its own message."""
    code = getattr(error, "code", "")
    if code not in TEMPLATES:
        return str(error)
    params = {k: _localised(v) for k, v in getattr(error, "params", {}).items()}
    template = QCoreApplication.translate("Errors", TEMPLATES[code])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English sentence
        return str(error)
