"""Adapters that turn a board into files (PDF posters, JSON, reports) and back. No Qt."""
