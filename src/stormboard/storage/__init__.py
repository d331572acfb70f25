"""Adapters for the .storm document: SQLite via sqlmodel, schema versions, file safety."""
