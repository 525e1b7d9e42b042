"""A store's file refusing writes, for as long as a test says, across the writer's reopening.

The capture's writer opens the database again by its path on each retry (new engine, new
connections), so a fault set on one engine would heal by itself at the first retry. A
:class:`Refusal` applies a ``connect`` listener to the store's engine and to every engine made
on the same file until :meth:`Refusal.heal`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import event

from facilitator_app.storage import local_store


def read_only(dbapi_connection, _record) -> None:
    """SQLite then refuses every write with "attempt to write a readonly database", the error
    a read-only folder or a write-protected USB stick gives."""
    dbapi_connection.execute("PRAGMA query_only = ON")


def deny_writes(dbapi_connection, _record) -> None:
    """SQLite then refuses every insert and update with "not authorized": a
    sqlite3.DatabaseError that SQLAlchemy raises as DatabaseError, not OperationalError."""
    def authorizer(action, *_args):
        if action in (sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE):
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    dbapi_connection.set_authorizer(authorizer)


class Refusal:
    """``store``'s connections get ``listener`` (e.g. :func:`read_only`) until :meth:`heal`."""

    def __init__(self, store, listener=read_only) -> None:
        self.store, self.listener = store, listener
        self._engines = []
        self._real = local_store.sqlite_engine
        local_store.sqlite_engine = self._engine
        self._apply(store._engine)

    def _apply(self, engine) -> None:
        event.listen(engine, "connect", self.listener)
        engine.dispose()
        self._engines.append(engine)

    def _engine(self, path, *args, **kwargs):
        engine = self._real(path, *args, **kwargs)
        if Path(path) == self.store.path:  # this file only: a folder elsewhere is fine
            self._apply(engine)
        return engine

    @property
    def active(self) -> bool:
        return local_store.sqlite_engine == self._engine

    def heal(self) -> None:
        if not self.active:
            return
        local_store.sqlite_engine = self._real
        for engine in self._engines:
            if event.contains(engine, "connect", self.listener):
                event.remove(engine, "connect", self.listener)
            engine.dispose()
        self._engines.clear()

    def __enter__(self) -> Refusal:
        return self

    def __exit__(self, *exc) -> None:
        self.heal()
