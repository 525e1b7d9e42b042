"""A statement run for many rows at once, compiled once (the merge writes hundreds per bundle)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC
from typing import Any

from sqlalchemy import Boolean, Connection, Dialect, Insert

from facilitator_app.storage.types import UtcDateTime


class ManyRows:
    """A statement run once for each of many rows, by the driver's own ``executemany``.

    SQLAlchemy's ``executemany`` builds and checks a dictionary of parameters for every row,
    which for the hundreds of rows of a bundle costs more than the database's work. Here the
    statement is compiled once, the rows are tuples of the parameters named ``names``, and
    each value is converted by its type's bind processor: the database receives the same
    statement and the same values as through SQLAlchemy."""

    def __init__(self, statement: Insert, names: Sequence[str], dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=list(names))
        self.sql = compiled.string
        self.positional = compiled.positional
        self.names = compiled.positiontup if compiled.positional else list(compiled.binds)
        self.sources = [list(names).index(name) for name in self.names]
        self.processors = [_processor(compiled.binds[name].type, dialect)
                           for name in self.names]

    def execute(self, conn: Connection, rows: Sequence[Sequence]) -> None:
        if not rows:
            return
        by_column = list(zip(*rows))
        values = zip(*(by_column[i] if process is None else map(process, by_column[i])
                       for i, process in zip(self.sources, self.processors, strict=True)))
        conn.exec_driver_sql(self.sql, list(values) if self.positional else
                             [dict(zip(self.names, row)) for row in values])


def _processor(type_, dialect: Dialect) -> Callable[[Any], Any] | None:
    """The type's bind processor; on SQLite, for the hundreds of values of a bundle, two of
    them made shorter with the same result: ``sqlite3`` stores a bool as the integer 0 or 1
    itself, and an instant already in UTC (as the bundle reader makes them) needs only its
    ISO text."""
    process = type_.dialect_impl(dialect).bind_processor(dialect)
    if dialect.name != "sqlite" or process is None:
        return process
    if isinstance(type_, Boolean):
        return None
    if isinstance(type_, UtcDateTime):
        def instant(value):
            if value is not None and value.tzinfo is UTC:
                return value.isoformat(timespec="microseconds")
            return process(value)
        return instant
    return process
