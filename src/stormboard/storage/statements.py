"""SQL for each collection, built with SQLAlchemy Core from the SQLModel row classes.

The statements run on our own hardened ``sqlite3`` connection (see ADR 0010): Core gives the SQL
from the one row definition, the DB-API gives executemany speed and full control of transactions.

Importing sqlmodel and SQLAlchemy costs about a second, so the app does not build the SQL when it
starts: it reads the text from ``_generated_sql.py``, a committed module ``sql_generator`` writes
(ADR 0200). ``tests/storage/test_generated_sql.py`` fails when the row classes and the text
disagree; regenerate with

    python -m stormboard.storage.sql_generator
"""

from __future__ import annotations

from dataclasses import dataclass

from ._generated_sql import GENERATED


@dataclass(frozen=True, slots=True)
class Statements:
    columns: tuple[str, ...]
    select_all: str
    insert: str
    update: str  # parameters: every column; matches on :id
    delete: str  # parameter :id
    insert_tuple: str  # the insert with ? parameters, a tuple in ``columns`` order (bulk writes)


#: collection name -> its statements
STATEMENTS: dict[str, Statements] = {
    name: Statements(tuple(v[0]), *v[1:]) for name, v in GENERATED.items()
}
