"""Errors said in the UI language: the code and parameters of a coded error
(:mod:`stormboard.error_codes`) turned into a sentence from the catalogues (context ``Errors``).

The registry's templates are marked for lupdate where they are written (``ui.i18n.ui_sources``
reads that file too), so :data:`TEMPLATES` *is* the registry, not a copy (ADR 0210)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from string import Formatter

from PySide6.QtCore import QCoreApplication

from ..error_codes import MESSAGES, Phrase, Term, os_problem
from .digits import ui_digits

_CONVERSION = re.compile(r"\{(\w+)!r")

#: code -> the English template (the registry itself; the catalogues translate it)
TEMPLATES: dict[str, str] = MESSAGES


def _localised(value: object) -> object:
    """A parameter in the UI language: numbers in its digits (Persian digits in Persian), a
    coded phrase, a term or a nested coded error translated; the rest (names, paths) as it is."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return _Number(value)
    if isinstance(value, Phrase | BaseException):
        return sentence(value)
    if isinstance(value, Term):
        return QCoreApplication.translate(value.context, value.source)
    return value


class _Number:
    """A number that formats as itself, in the UI locale's digits, whatever the spec."""

    def __init__(self, value: float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        text = format(self.value, spec)
        # a byte in hex (0x{value:02X}) or another base stays as code is written
        return text if spec[-1:] in ("x", "X", "o", "b") else ui_digits(text)


def sentence(error: BaseException | Phrase) -> str:
    """The error (or phrase) in the UI language when it carries a known code; an OSError by
    what its errno means; else its own message."""
    code = getattr(error, "code", "")
    if code not in TEMPLATES:
        if isinstance(error, OSError) and not code and error.errno:
            problem = os_problem(error)
            if error.filename:
                problem = Phrase("os.on_file", name=Path(os.fsdecode(error.filename)).name,
                                 problem=problem)
            return _said(problem, str(error))
        return str(error)
    return _said(error, str(error))


def _said(coded: object, english: str) -> str:
    source = TEMPLATES[coded.code]  # type: ignore[attr-defined]
    # a {name!r} parameter is quoted as the English sentence quotes it, then said as it is
    quoted = {name for _, name, _, conv in Formatter().parse(source) if name and conv == "r"}
    params = {k: repr(v) if k in quoted else _localised(v)
              for k, v in getattr(coded, "params", {}).items()}
    template = _CONVERSION.sub(r"{\1", QCoreApplication.translate("Errors", source))
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English sentence
        return english
