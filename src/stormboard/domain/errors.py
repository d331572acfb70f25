"""Errors the domain raises when an edit breaks one of its rules."""


class DomainError(ValueError):
    """An edit was refused; the message is one sentence a user can read."""
