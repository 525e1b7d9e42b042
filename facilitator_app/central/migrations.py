"""Versioned schema of the organisers' central store, the same steps on SQLite and PostgreSQL.

``central_meta`` holds the schema version (``schema_version``). A new store is created at the
current schema (the tables of ``schema.py``); an older one is upgraded step by step, each step
followed by its version number, all in one transaction (DDL is transactional on both
databases), after a copy of the file on SQLite (backup API): a failing step leaves the store as
it was.
A store newer than this application is refused and never written to.

Several organisers may open the same store at once: creating or upgrading takes a lock (a
transaction-level advisory lock on PostgreSQL, the write lock on SQLite) and looks again at the
store once it has it, in READ COMMITTED, so that those who waited see what the first one did
and go on. A step, once released, is frozen: a later change is a new step.
"""

from __future__ import annotations

import logging
import uuid as uuidlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
    inspect,
    select,
    text,
    update,
)

from facilitator_app.central import schema as s
from facilitator_app.errors import (
    CentralStoreMissingError,
    MigrationError,
    StoreForeignError,
    StoreNewerError,
)
from facilitator_app.storage.types import UtcDateTime, utcnow

log = logging.getLogger(__name__)

Step = Callable[[Connection], None]

# UPGRADES[i] brings a store from schema i + 1 to schema i + 2, with SQLAlchemy Core or SQL
# that both databases run. Schema 1 is the first released one (tests/data/central-schema1.sqlite).
# To change the schema: edit schema.py (what a new store gets) and append the step that brings
# an existing store there, e.g.
#     def _add_column(conn): conn.execute(text("ALTER TABLE runs ADD COLUMN x TEXT"))
#     UPGRADES = (_add_column,)


def _add_syntheses(conn: Connection) -> None:
    """Schema 2: the editors' synthesis per event and engagement (central/syntheses.py). The
    table as it was at this step, frozen here: schema.py may change it later by a new step."""
    frozen = MetaData()
    Table("syntheses", frozen,
          Column("event_id", String(80), primary_key=True),
          Column("engagement_number", Integer, primary_key=True),
          Column("text", Text, nullable=False),
          Column("author", Text, nullable=False),
          Column("updated_at", UtcDateTime, nullable=False),
          Column("revision", Integer, nullable=False)).create(conn)


def _add_provenance(conn: Connection) -> None:
    """Schema 3: every bundle that carried a version or a note (``provenance``,
    ``note_provenance``), and an index on ``versions.run_uuid``. Frozen here, as above.

    An older store kept, of a version, only the first bundle that carried it (rule 5): that is
    all its provenance can hold (the other bundles' content is not kept). A note is credited to
    its run's bundle when the run's merged bundles are all of one key, and to none otherwise
    (nothing says which key's bundle brought it)."""
    frozen = MetaData()
    Table("provenance", frozen,
          Column("contribution_uuid", String(36), primary_key=True),
          Column("revision", Integer, primary_key=True),
          Column("content_hash", String(64), primary_key=True),
          Column("bundle_sha256", String(64), primary_key=True),
          Column("created_at", UtcDateTime, nullable=False),
          Column("updated_at", UtcDateTime, nullable=False))
    Table("note_provenance", frozen,
          Column("bundle_sha256", String(64), primary_key=True),
          Column("run_uuid", String(36), primary_key=True),
          Column("engagement_number", Integer, primary_key=True),
          Column("text", Text, nullable=False),
          Column("updated_at", UtcDateTime, nullable=False),
          Column("revision", Integer, nullable=False),
          Column("content_hash", String(64), nullable=False))
    frozen.create_all(conn)
    conn.execute(text("CREATE INDEX ix_versions_run ON versions (run_uuid)"))
    conn.execute(text(
        "INSERT INTO provenance (contribution_uuid, revision, content_hash, bundle_sha256, "
        "created_at, updated_at) SELECT contribution_uuid, revision, content_hash, "
        "bundle_sha256, created_at, updated_at FROM versions"))
    conn.execute(text(
        "INSERT INTO note_provenance (bundle_sha256, run_uuid, engagement_number, text, "
        "updated_at, revision, content_hash) SELECT r.bundle_sha256, n.run_uuid, "
        "n.engagement_number, n.text, n.updated_at, n.revision, n.content_hash "
        "FROM notes n JOIN runs r ON r.uuid = n.run_uuid WHERE (SELECT COUNT(DISTINCT "
        "b.fingerprint) FROM bundles b WHERE b.run_uuid = n.run_uuid "
        "AND b.status = 'merged') = 1"))


def _add_duplicate_decisions(conn: Connection) -> None:
    """Schema 4 (near-duplicate groups): the
    organisers' decisions on near-duplicate groups (central/groups.py), frozen here."""
    frozen = MetaData()
    Table("duplicate_decisions", frozen,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("group_key", String(64), nullable=False),
          Column("engagement_number", Integer, nullable=False),
          Column("question_key", String(16), nullable=False),
          Column("kind", String(16), nullable=False),
          Column("members", JSON, nullable=False),
          Column("kept_uuid", String(36), nullable=True),
          Column("merged_text", Text, nullable=True),
          Column("removed", JSON, nullable=False),
          Column("author", Text, nullable=False),
          Column("decided_at", UtcDateTime, nullable=False),
          Column("undone_by", Text, nullable=True),
          Column("undone_at", UtcDateTime, nullable=True),
          CheckConstraint("kind IN ('confirm', 'split', 'dismiss')", name="ck_duplicate_kind"),
          Index("ux_duplicate_in_force", "group_key", unique=True,
                sqlite_where=text("undone_at IS NULL"),
                postgresql_where=text("undone_at IS NULL"))).create(conn)


UPGRADES: tuple[Step, ...] = (_add_syntheses, _add_provenance, _add_duplicate_decisions)

# The key of the advisory lock held while the schema is created or upgraded (PostgreSQL).
ADVISORY_LOCK = 4641433200


def schema_version() -> int:
    """The schema this application writes: 1 and one per upgrade step."""
    return 1 + len(UPGRADES)


def found_version(conn: Connection, shown: str, create: bool) -> int | None:
    """The store's schema version; None when it has no central tables yet (and may be
    created). Refuses another program's database, a missing store unless ``create``, and a
    newer store. Reads only."""
    tables = set(inspect(conn).get_table_names())
    if s.meta.name not in tables:
        if tables - {"sqlite_sequence"}:
            raise StoreForeignError(shown)
        if not create:
            raise CentralStoreMissingError(shown)
        return None
    found = int(conn.scalar(select(s.meta.c.value).where(s.meta.c.key == "schema_version"))
                or 0)
    if found > schema_version():
        raise StoreNewerError(shown, found, schema_version())
    return found


@contextmanager
def _locked(engine: Engine) -> Iterator[Connection]:
    """A transaction that alone may create or upgrade the schema; each statement in it sees
    what others committed before it got the lock."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.execution_options(immediate=True)  # the write lock, taken at BEGIN
        else:
            conn.execution_options(isolation_level="READ COMMITTED")
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                             {"key": ADVISORY_LOCK})
            yield conn


def prepare(engine: Engine, shown: str, *, create: bool, sqlite_path: Path | None = None) -> int:
    """Make the store at ``engine`` ready for this application: nothing to do when it is at
    the current schema (a read only, so that it opens while others merge), else created or
    upgraded, one organiser at a time, every pending step in one transaction (a failing one
    rolls back the whole upgrade: ``MigrationError``). An SQLite file (``sqlite_path``) is
    copied beside it first (:func:`copy_name`). Returns the schema version."""
    target = schema_version()
    with engine.connect() as conn, conn.begin():
        if found_version(conn, shown, create) == target:
            return target
    copy: Path | None = None
    try:
        with _locked(engine) as conn:
            version = found_version(conn, shown, create)
            if version == target:  # done by another organiser while this one waited
                return target
            if version is None:
                _create(conn, target)
                log.info("created central store %s at schema %d", shown, target)
                return target
            if sqlite_path is not None:
                copy = copy_name(sqlite_path, version)
                _copy(sqlite_path, copy)
                log.info("copied %s to %s before upgrading schema %d", shown, copy, version)
            for number in range(version, target):
                try:
                    UPGRADES[number - 1](conn)
                except Exception as exc:
                    raise _StepFailed(number + 1, exc) from exc
                conn.execute(update(s.meta).where(s.meta.c.key == "schema_version")
                             .values(value=str(number + 1)))
            log.info("upgraded central store %s from schema %d to %d", shown, version, target)
            return target
    except _StepFailed as failed:  # the whole upgrade is rolled back
        log.error("upgrading central store %s to schema %d failed: %s", shown,
                  failed.version, failed.cause)
        raise MigrationError(shown, failed.version, str(failed.cause)[:300],
                             str(copy) if copy else None) from None


class _StepFailed(Exception):
    def __init__(self, version: int, cause: Exception) -> None:
        super().__init__(version)
        self.version, self.cause = version, cause


def _create(conn: Connection, version: int) -> None:
    s.metadata.create_all(conn)
    conn.execute(insert(s.meta), [
        {"key": "schema_version", "value": str(version)},
        {"key": "store_id", "value": str(uuidlib.uuid4())},
        {"key": "created_at", "value": utcnow().isoformat()},
    ])


def _copy(source: Path, destination: Path) -> None:
    """Copy the SQLite file with its backup API while the caller holds the write lock (a WAL
    reader beside it), so that the copy is the store as the step finds it."""
    from facilitator_app.storage.migrations import copy_database

    copy_database(source, destination)


def copy_name(path: Path, version: int) -> Path:
    """Where the copy of ``path`` made before upgrading it from ``version`` goes: beside it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return path.with_name(f"{path.stem}-schema{version}-{stamp}{path.suffix or '.sqlite'}")
