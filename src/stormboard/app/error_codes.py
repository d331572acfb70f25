"""Error codes: the lower layers raise an error with a code and its parameters, the UI says it.

``export``, ``storage`` and the rest have no Qt, so they cannot translate. An error made with
``code=`` and named parameters keeps its English sentence as ``str(error)`` (the CLI prints
that, in English), and ``ui/error_text.sentence`` turns the code and parameters into the UI
language's sentence from its own table of the same templates, which the catalogues translate.
A test walks every code here and checks both sentences with the same parameters (ADR 0184).
"""

from __future__ import annotations

#: code -> English template; the parameters in braces (str.format), one sentence each
MESSAGES: dict[str, str] = {
    "poster.no_lane": "There is no lane '{lane}' on this board.",
    "poster.no_chapter_number": "Chapter {number} does not exist; this board has chapters 1 to "
                                "{count}.",
    "poster.no_chapter_name": "There is no chapter named '{name}' on this board.",
    "poster.selection_missing": "The selection names {count} sticky(s) not on this board.",
    "poster.nothing_to_print": "Nothing to print: the {what} holds no stickies.",
    "poster.paper_too_small": "The paper is too small for the title block and legend.",
    "poster.overlap_too_wide": "Overlap {overlap:g} mm is larger than the printable width of "
                               "{paper} ({width:.0f} mm).",
    "poster.width_needs_sheets": "Scale width:N needs sheets or a portrait roll.",
    "poster.tile_onto_roll": "Tile onto sheets (A4, A3, Letter...), not onto a roll.",
    "poster.margin_too_wide": "A margin of {margin:g} mm leaves nothing of {paper} to print on.",
    "poster.overlap_too_large": "Overlap {overlap:g} mm is larger than the printable area of "
                                "{paper} ({width:.0f} × {height:.0f} mm).",
    "poster.no_orientation": "No page orientation fits the poster.",
    "poster.too_many_pages": "That would print {pages} pages; choose a smaller scale or larger "
                             "paper.",
    "poster.custom_paper_size": "Custom paper '{name}' must be between 10 and 20000 mm each way.",
    "poster.unknown_roll": "Unknown roll width {width} mm; rolls are {sizes} mm wide.",
    "poster.unknown_paper": "Unknown paper '{name}'; use one of {known}, or a size like "
                            "600x900mm.",
    "poster.bad_length": "{what} '{text}' is not a length like 10mm, 1cm or 0.5in.",
    "poster.negative_length": "{what} must be zero or more.",
    "poster.width_pages": "Scale width:N needs between 1 and 50 pages across.",
    "poster.width_range": "A poster width must be between 50 mm and 100 m.",
    "poster.percent_range": "A percentage scale must be between 1% and 1000%.",
}


class CodedError(Exception):
    """An error with a ``code`` (a key of MESSAGES) and its named ``params``; ``str()`` is
    the English sentence. Made without a code, it is a plain error with its message."""

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(MESSAGES[code].format(**params) if code else message)
