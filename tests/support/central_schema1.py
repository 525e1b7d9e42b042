"""The committed central store of schema 1 (tests/data/central-schema1.sqlite), copied for a test
or re-created on PostgreSQL from its frozen PostgreSQL tables (central-schema1-postgresql.sql)
and the SQLite file's rows, so that every later schema is tested to upgrade it on both."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

DATA = Path(__file__).resolve().parents[1] / "data"
SQLITE = DATA / "central-schema1.sqlite"
POSTGRESQL = DATA / "central-schema1-postgresql.sql"


def sqlite_copy(folder: Path) -> Path:
    """A copy of the schema-1 store in ``folder`` (the committed file is never opened)."""
    target = folder / "central-schema1.sqlite"
    shutil.copyfile(SQLITE, target)
    return target


def recreate_on_postgresql(url: str) -> None:
    """The schema-1 store in the empty PostgreSQL database at ``url``: its tables as schema 1
    made them, then every row of the SQLite file."""
    script = "\n".join(line for line in POSTGRESQL.read_text(encoding="utf-8").splitlines()
                       if not line.startswith("--"))
    statements = [sql.strip() for sql in script.split(";") if sql.strip()]
    source = sqlite3.connect(f"{SQLITE.as_uri()}?immutable=1", uri=True)
    engine = create_engine(url)
    try:
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            for sql in statements:
                cursor.execute(sql)
            for table in re.findall(r"CREATE TABLE (\w+)", script):
                cursor.execute("SELECT column_name, data_type FROM information_schema.columns "
                               "WHERE table_name = %s ORDER BY ordinal_position", (table,))
                columns = cursor.fetchall()
                names = ", ".join(f'"{name}"' for name, _ in columns)
                rows = source.execute(f"SELECT {names} FROM {table}").fetchall()
                booleans = [kind == "boolean" for _, kind in columns]
                rows = [tuple(bool(v) if b and v is not None else v
                              for v, b in zip(row, booleans, strict=True)) for row in rows]
                if rows:
                    marks = ", ".join(["%s"] * len(columns))
                    cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
            cursor.execute("SELECT setval(pg_get_serial_sequence('merges', 'id'), "
                           "(SELECT max(id) FROM merges))")
            raw.commit()
        finally:
            raw.close()
    finally:
        engine.dispose()
        source.close()
