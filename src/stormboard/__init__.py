"""Stormboard: a digital wall for Event Storming workshops."""

__version__ = "0.1.0"
