"""Errors the domain raises when an edit breaks one of its rules."""

from ..error_codes import CodedError


class DomainError(CodedError, ValueError):
    """An edit was refused; the message is one sentence a user can read, made from a ``code``
    and parameters (stormboard.error_codes) that the UI says in its language."""
