"""The error registry moved to :mod:`stormboard.error_codes` (outside the layers, so every layer
can code its errors, ADR 0210); these names stay importable from here."""

from __future__ import annotations

from ..error_codes import MESSAGES, CodedError, Phrase, Term, os_problem

__all__ = ["MESSAGES", "CodedError", "Phrase", "Term", "os_problem"]
