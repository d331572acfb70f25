"""Errors the command line turns into one line on stderr and exit status 2."""

from __future__ import annotations

from ..error_codes import CodedError


class UsageError(CodedError):
    """A bad command line, option or file; the message is one sentence for the user (in
    English: the CLI prints ``str()``), made from a ``code`` and parameters like every layer's
    errors (stormboard.error_codes); made from another coded error, it keeps that one's code."""
