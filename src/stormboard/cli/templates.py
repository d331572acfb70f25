"""``stormboard templates`` and ``stormboard new FILE --template NAME``.

The templates are the start screen's (``ui/templates.py``: Big Picture, Process level, Design
level, with lanes and legend ready) plus the sample workshop shipped with the package; the CLI
and the app make the same boards from them.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..app.commands import set_title
from .errors import UsageError

if TYPE_CHECKING:  # the parser imports this module: keep --version free of the JSON reader
    from ..domain.board import Board
    from ..export.json_format import SliceBoard

SAMPLE = "sample_workshop"


def template_names() -> list[str]:
    from ..ui.templates import TEMPLATES

    return [t.id for t in TEMPLATES] + [SAMPLE]


def templates_command(_args: argparse.Namespace) -> int:
    """``stormboard templates``: one template name per line."""
    print("\n".join(template_names()))
    return 0


def board_from_template(name: str, title: str | None,
                        default_title: str) -> tuple[Board, list[SliceBoard]]:
    """A new board from a template (its lanes and legend), or the sample workshop with the
    time slices it carries."""
    if name == SAMPLE:
        from ..export.json_format import read_json_with_slices
        from ..shipped import sample_workshop

        board, slices = read_json_with_slices(sample_workshop())
        if title is not None:
            board.apply(set_title(board, title).puts)
        return board, slices
    from ..ui.templates import TEMPLATES_BY_ID, template_board

    if name not in TEMPLATES_BY_ID:
        raise UsageError(code="cli.no_template", name=name, known=", ".join(template_names()))
    return template_board(name, title if title is not None else default_title), []
