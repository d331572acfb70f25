"""Errors the command line turns into one line on stderr and exit status 2."""

from __future__ import annotations


class UsageError(Exception):
    """A bad command line, option or file; the message is one sentence for the user."""
