"""Versioned schema of the local store: a linear list of steps, applied in one transaction.

``user_version`` holds the schema version and ``application_id`` marks the file as ours. Before
an upgrade the file is copied with SQLite's backup API; a failing upgrade rolls back whole. A
file whose schema is newer than this application knows is refused and never written to.
Each step's SQL is frozen once released: later changes are new steps, never edits.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from facilitator_app.errors import (
    MigrationError,
    StoreCorruptError,
    StoreForeignError,
    StoreNewerError,
)

log = logging.getLogger(__name__)

APPLICATION_ID = 0x46414331  # "FAC1"
Step = Callable[[sqlite3.Connection], None]

_V1 = """
CREATE TABLE meta (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE catalogues (
    sha256 VARCHAR(64) NOT NULL PRIMARY KEY,
    catalogue_id VARCHAR(80) NOT NULL,
    version VARCHAR(40) NOT NULL,
    content JSON NOT NULL,
    stored_at VARCHAR(32) NOT NULL
);
CREATE TABLE runs (
    uuid VARCHAR(36) NOT NULL PRIMARY KEY,
    catalogue_sha256 VARCHAR(64) NOT NULL REFERENCES catalogues (sha256),
    atelier_number INTEGER NOT NULL,
    facilitators JSON NOT NULL,
    participant_count INTEGER,
    organisations JSON NOT NULL,
    started_at VARCHAR(32),
    ended_at VARCHAR(32),
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    revision INTEGER NOT NULL
);
CREATE TABLE contributions (
    uuid VARCHAR(36) NOT NULL PRIMARY KEY,
    run_uuid VARCHAR(36) NOT NULL REFERENCES runs (uuid),
    engagement_number INTEGER NOT NULL,
    question_key VARCHAR(16) NOT NULL,
    text TEXT NOT NULL,
    position INTEGER NOT NULL,
    starred BOOLEAN NOT NULL,
    created_at VARCHAR(32) NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    revision INTEGER NOT NULL,
    deleted BOOLEAN NOT NULL,
    CONSTRAINT ck_contributions_question
        CHECK (question_key IN ('indicators', 'inspirations', 'challenges', 'commitments'))
);
CREATE INDEX ix_contributions_place
    ON contributions (run_uuid, engagement_number, question_key, position);
CREATE TABLE engagement_notes (
    run_uuid VARCHAR(36) NOT NULL REFERENCES runs (uuid),
    engagement_number INTEGER NOT NULL,
    text TEXT NOT NULL,
    updated_at VARCHAR(32) NOT NULL,
    revision INTEGER NOT NULL,
    PRIMARY KEY (run_uuid, engagement_number)
);
CREATE TABLE run_state (
    run_uuid VARCHAR(36) NOT NULL REFERENCES runs (uuid),
    "key" VARCHAR(64) NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (run_uuid, "key")
);
"""


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _V1.split(";"):
        if statement.strip():
            conn.execute(statement)


# Index i holds the step that brings the schema from version i to version i + 1.
MIGRATIONS: tuple[Step, ...] = (_v1,)
SCHEMA_VERSION = len(MIGRATIONS)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=5)
    return conn


def inspect(path: Path) -> tuple[int, int]:
    """``(application_id, user_version)`` of a database file, checking that it is sound.

    Reads only: a file that is refused is left byte for byte as it was."""
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header and header != b"SQLite format 3\x00":
        raise StoreCorruptError(str(path), "not a SQLite database")
    conn = _connect(path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreCorruptError(str(path), str(exc)) from None
    finally:
        conn.close()
    if check != "ok":
        raise StoreCorruptError(str(path), check)
    return app_id, version


def prepare(path: Path, backups: Path, steps: Sequence[Step] = MIGRATIONS) -> int:
    """Create or upgrade the database at ``path`` to the last of ``steps``; return the version.

    Refuses a newer or foreign file without touching it."""
    target = len(steps)
    fresh = not path.exists() or path.stat().st_size == 0
    app_id, version = (0, 0) if fresh else inspect(path)
    if not fresh:
        if (app_id not in (0, APPLICATION_ID)
                or (app_id == 0 and version == 0 and _has_tables(path))):
            raise StoreForeignError(str(path))
        if version > target:
            raise StoreNewerError(str(path), version, target)
    if version == target:
        return version
    backup_path = ""
    if not fresh and version > 0:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backups.mkdir(parents=True, exist_ok=True)
        backup_path = str(backups / f"{path.stem}-schema{version}-{stamp}.sqlite")
        copy_database(path, Path(backup_path))
        log.info("copied %s to %s before upgrading schema %d to %d", path, backup_path, version,
                 target)
    conn = _connect(path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for number in range(version, target):
                steps[number](conn)
                conn.execute(f"PRAGMA user_version={number + 1}")
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute("COMMIT")
        except Exception as exc:
            conn.execute("ROLLBACK")
            log.exception("schema upgrade of %s failed", path)
            raise MigrationError(str(path), number + 1, str(exc), backup_path or "-") from exc
    finally:
        conn.close()
    log.info("schema of %s is now %d (was %d)", path, target, version)
    return target


def _has_tables(path: Path) -> bool:
    conn = _connect(path)
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    finally:
        conn.close()


def copy_database(source: Path, destination: Path) -> None:
    """Copy a live database with SQLite's backup API (never a raw copy of an open file)."""
    tmp = destination.with_name(destination.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(destination)
