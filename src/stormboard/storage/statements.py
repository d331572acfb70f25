"""SQL for each collection, built once with SQLAlchemy Core from the SQLModel row classes.

The statements run on our own hardened ``sqlite3`` connection (see ADR 0010): Core gives the SQL
from the one row definition, the DB-API gives executemany speed and full control of transactions.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.dialects import sqlite

from .tables import ROWS

_DIALECT = sqlite.dialect(paramstyle="named")
_POSITIONAL = sqlite.dialect(paramstyle="qmark")


@dataclass(frozen=True, slots=True)
class Statements:
    columns: tuple[str, ...]
    select_all: str
    insert: str
    update: str  # parameters: every column; matches on :id
    delete: str  # parameter :id
    insert_tuple: str  # the insert with ? parameters, a tuple in ``columns`` order (bulk writes)


def _sql(statement: object, dialect: object = _DIALECT) -> str:
    return str(statement.compile(dialect=dialect))  # type: ignore[attr-defined]


def _build(name: str) -> Statements:
    table = ROWS[name].__table__  # type: ignore[attr-defined]
    columns = tuple(c.name for c in table.columns)
    others = {c: bindparam(c) for c in columns if c != "id"}
    insert_all = insert(table).values({c: bindparam(c) for c in columns})
    return Statements(
        columns=columns,
        select_all=_sql(select(*table.columns)),
        insert=_sql(insert_all),
        update=_sql(update(table).where(table.c.id == bindparam("id")).values(others)),
        delete=_sql(delete(table).where(table.c.id == bindparam("id"))),
        insert_tuple=_sql(insert_all, _POSITIONAL),
    )


#: collection name -> its statements
STATEMENTS: dict[str, Statements] = {name: _build(name) for name in ROWS}
