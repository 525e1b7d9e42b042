"""The organisers' central store: opened by path (SQLite) or by any SQLAlchemy URL.

Every write is one transaction. On PostgreSQL, transactions run SERIALIZABLE, so that several
organisers merging at once give the result of some sequential order; the serialisation
failures that this isolation level reports are retried here. On SQLite, writers take the
database lock when they begin (``BEGIN IMMEDIATE``), which serialises them.

A rehearsal (a dry run) is one transaction undone at its end, in which each write is a
savepoint: later bundles see what earlier ones would have changed, and nothing is kept.
"""

from __future__ import annotations

import getpass
import logging
import random
import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine, create_engine, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError

from facilitator_app.bundle.keys import check_trustable
from facilitator_app.central import migrations
from facilitator_app.central import schema as s
from facilitator_app.central.conflicts import CataloguePlaces, ConflictPlace
from facilitator_app.errors import (
    CentralStoreDatabaseError,
    CentralStoreMissingError,
    ConflictChangedError,
    FacilitatorError,
    NotCentralStoreError,
    NotFoundError,
    StoreForeignError,
    StoreNewerError,
)
from facilitator_app.i18n import msg
from facilitator_app.storage.engine import sqlite_engine
from facilitator_app.storage.migrations import APPLICATION_ID as LOCAL_APPLICATION_ID
from facilitator_app.storage.types import utcnow

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRIES = 30
CONNECT_TIMEOUT = 10  # seconds, for a PostgreSQL server
_RETRY_SQLSTATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected
_LOCK_TIMEOUT_SQLSTATE = "55P03"  # lock_not_available: a rehearsal's lock_timeout ran out
# How long a rehearsal waits for a row another organiser's transaction holds before it gives
# way (it is then rolled back whole, which frees what it held, and replayed).
REHEARSAL_LOCK_TIMEOUT = "1s"


def url_of(target: str | Path) -> str:
    """A SQLAlchemy URL from what an organiser typed: a file path or a URL."""
    target = str(target)
    if "://" not in target:
        return f"sqlite:///{Path(target).expanduser().resolve().as_posix()}"
    if target.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    return target


def shown(target: str | Path) -> str:
    """The store as the organiser typed it, for messages: a path as given, a URL without its
    password."""
    target = str(target)
    if "://" not in target:
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # not even a URL: its password hidden all the same
        return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", target)


_SQLITE_HEADER = b"SQLite format 3\x00"


def _check_file(path: Path, where: str, create: bool) -> None:
    """Refuse, before any connection could change it, a file that is not a central store: not
    a SQLite database, a facilitator's local store, another program's database, or (unless
    ``create``) an empty one. Only reads."""
    if path.is_dir():
        raise NotCentralStoreError(where, "folder")
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return  # the engine says why it cannot open it
    if not header:
        if not create:
            raise CentralStoreMissingError(where)
        return
    if len(header) < 100 or not header.startswith(_SQLITE_HEADER):
        raise NotCentralStoreError(where)
    if int.from_bytes(header[68:72], "big") == LOCAL_APPLICATION_ID:
        raise NotCentralStoreError(where, "local")
    # A WAL database without its -wal file is read as immutable: a read-only connection would
    # leave -wal and -shm files next to it. With a -wal file, its content counts.
    wal = header[18] == 2 and not Path(f"{path}-wal").exists()
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?{'immutable=1' if wal else 'mode=ro'}",
                               uri=True)
        try:
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            found = conn.execute(
                f"SELECT value FROM {s.meta.name} WHERE key = 'schema_version'").fetchone() \
                if s.meta.name in tables else None
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return  # the engine says why it cannot open it
    # A newer store is refused before an engine (which sets its pragmas) touches it.
    if found and str(found[0]).isdigit() and int(found[0]) > migrations.schema_version():
        raise StoreNewerError(where, int(found[0]), migrations.schema_version())
    if s.meta.name not in tables:
        if tables - {"sqlite_sequence"}:
            raise StoreForeignError(where)
        if not create:
            raise CentralStoreMissingError(where)


def _retryable(exc: DBAPIError) -> bool:
    """A transient refusal: PostgreSQL's serialisation failure or deadlock, or a SQLite file
    still locked by another organiser's transaction after the busy timeout."""
    if getattr(exc.orig, "sqlstate", None) in _RETRY_SQLSTATES:
        return True
    return isinstance(exc.orig, sqlite3.OperationalError) and \
        ("locked" in str(exc.orig) or "busy" in str(exc.orig))


@lru_cache(maxsize=65536)  # each merged bundle compares its names with every key's
def name_key(name: str) -> str:
    """A facilitator's name compared without case, accents or extra spaces: only combining
    marks are removed, so that names in every script (Cyrillic, Chinese, Arabic…) keep their
    letters. A name of no letters at all gives "", which matches no other."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


class _RehearsalInterrupted(Exception):
    """Another organiser's transaction got in the way of a rehearsal (see
    :meth:`CentralStore.rehearse`)."""


class DryRunBusyError(FacilitatorError):
    """A dry run gave way to other organisers' merges too many times in a row."""

    def __init__(self, shown: str, attempts: int) -> None:
        super().__init__(msg(
            "L'essai à blanc sur {path} n'a pas pu aboutir : d'autres fusions y écrivaient en "
            "même temps ({n} tentatives). Rien n'a été écrit ; relancez-le un peu plus tard.",
            "The dry run on {path} could not finish: other merges were writing to it at the "
            "same time ({n} attempts). Nothing was written; run it again a little later.",
            path=shown, n=attempts))


@dataclass(frozen=True, slots=True)
class TrustedKey:
    fingerprint: str
    facilitators: tuple[str, ...]
    status: str  # trusted or recorded
    registered_at: datetime
    note: str


@dataclass(frozen=True, slots=True)
class BundleRecord:
    """A bundle the store has received: merged, or waiting in quarantine."""

    sha256: str
    file_name: str
    status: str
    reason: str | None
    merged_at: datetime | None
    received_at: datetime
    fingerprint: str
    facilitators: tuple[str, ...]
    trust: str
    trust_note: str
    atelier_number: int
    run_uuid: str
    counts: dict[str, int]  # what the manifest announced
    merged_counts: dict[str, int] | None = None  # what merging it changed


@dataclass(frozen=True, slots=True)
class ConflictVersion:
    content_hash: str
    text: str
    starred: bool
    deleted: bool
    engagement_number: int
    question_key: str
    updated_at: datetime
    bundle_file: str
    place: ConflictPlace | None = None  # its event, atelier, engagement and question


@dataclass(frozen=True, slots=True)
class Conflict:
    """Versions of one contribution with the same revision and different content."""

    contribution_uuid: str
    revision: int
    status: str
    resolution: str | None
    kept_hash: str | None
    detected_at: datetime
    versions: tuple[ConflictVersion, ...]


class CentralStore:
    """One central database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, target: str | Path, *, create: bool = True) -> None:
        """Open the store at ``target`` (a path or a URL). Without ``create``, a store that
        does not exist yet (a missing or empty file, a database without the central tables)
        is refused instead of created. What is not a central store is refused unchanged."""
        self.url = url_of(target)
        self.shown = shown(target)  # for messages: as typed
        self.create = create
        try:
            if self.url.startswith("sqlite:///"):
                path = Path(self.url.removeprefix("sqlite:///"))
                if path.exists():
                    _check_file(path, self.shown, create)
                elif not create:
                    raise CentralStoreMissingError(self.shown)
                path.parent.mkdir(parents=True, exist_ok=True)
                self.engine: Engine = sqlite_engine(path)
            else:
                # A server that does not answer is given up after CONNECT_TIMEOUT seconds (the
                # URL's own connect_timeout wins), not after the system's minutes.
                connect_args = {"connect_timeout": CONNECT_TIMEOUT} \
                    if self.url.startswith("postgresql") and "connect_timeout" not in self.url \
                    else {}
                self.engine = create_engine(self.url, isolation_level="SERIALIZABLE",
                                            pool_pre_ping=True, connect_args=connect_args)
        except (ArgumentError, ImportError) as exc:  # no such database kind, or no driver
            log.info("not a central store %s: %s", self.shown, type(exc).__name__)
            raise NotCentralStoreError(self.shown) from None
        except ValueError as exc:  # a URL of the right kind, malformed (e.g. its port)
            log.info("malformed central store URL %s: %s", self.shown, type(exc).__name__)
            raise NotCentralStoreError(self.shown, "url") from None
        self.dialect = self.engine.dialect.name
        self._rehearsal = threading.local()  # this thread's rehearsal connection, if any
        self.display = self.engine.url.render_as_string(hide_password=True)
        try:
            self._prepare()
        except BaseException:
            self.engine.dispose()
            raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> CentralStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------------

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn.execution_options(immediate=True)
            with conn.begin():
                yield conn

    def rehearse(self, run: Callable[[], T]) -> T:
        """``run`` within a :meth:`rehearsal`, from the start again whenever another
        organiser's transaction gets in the way: the rehearsal gives way (rolled back whole,
        it frees every row it held, so that the real merge goes on) and is replayed after a
        pause. Within a rehearsal already, ``run`` joins it."""
        if self.rehearsing:
            return run()
        for attempt in range(RETRIES):
            try:
                with self.rehearsal():
                    return run()
            except _RehearsalInterrupted as interrupted:
                log.info("replaying a dry run after %s", interrupted.__cause__.__class__.__name__)
                time.sleep(random.uniform(0.05, 0.25) * (attempt + 1))
        raise DryRunBusyError(self.shown, RETRIES)

    @contextmanager
    def rehearsal(self) -> Iterator[None]:
        """Within it, this thread's writes are kept in one transaction that is rolled back at
        the end: each sees the earlier ones, none is kept (what a dry run would change). On
        SQLite it holds the write lock throughout, so that others' merges wait for it; on
        PostgreSQL it reads what is committed (READ COMMITTED), and waits at most
        ``REHEARSAL_LOCK_TIMEOUT`` for a row another transaction holds. Another organiser's
        transaction in the way raises ``_RehearsalInterrupted`` (see :meth:`rehearse`)."""
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn.execution_options(immediate=True)
            else:
                conn.execution_options(isolation_level="READ COMMITTED")
            try:
                outer = conn.begin()
                if self.dialect == "postgresql":
                    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{REHEARSAL_LOCK_TIMEOUT}'")
            except DBAPIError as exc:
                if _retryable(exc):  # SQLite: another writer holds the file
                    raise _RehearsalInterrupted() from exc
                raise
            self._rehearsal.conn = conn
            try:
                yield
            finally:
                self._rehearsal.conn = None
                outer.rollback()

    def write(self, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in one write transaction, again from the start when PostgreSQL reports
        a serialisation failure or a deadlock (another organiser's merge got in the way).
        During a :meth:`rehearsal`, the transaction is a savepoint within it."""
        for attempt in range(RETRIES):
            try:
                rehearsing = getattr(self._rehearsal, "conn", None)
                if rehearsing is not None:
                    return self._rehearsed(rehearsing, work)
                with self._begin() as conn:
                    return work(conn)
            except DBAPIError as exc:
                if not _retryable(exc) or attempt == RETRIES - 1:
                    raise
                log.info("retrying a transaction after %s", exc.orig.__class__.__name__)
                time.sleep(random.uniform(0.005, 0.05) * (attempt + 1))
        raise AssertionError("unreachable")

    @staticmethod
    def _rehearsed(conn: Connection, work: Callable[[Connection], T]) -> T:
        """``work`` in a savepoint of the rehearsal. Retrying the savepoint alone would not
        help when another transaction waits for rows the rehearsal holds: it gives way."""
        try:
            with conn.begin_nested():
                return work(conn)
        except DBAPIError as exc:
            if _retryable(exc) or getattr(exc.orig, "sqlstate", None) == _LOCK_TIMEOUT_SQLSTATE:
                raise _RehearsalInterrupted() from exc
            raise

    @property
    def rehearsing(self) -> bool:
        return getattr(self._rehearsal, "conn", None) is not None

    def read(self, work: Callable[[Connection], T]) -> T:
        rehearsing = getattr(self._rehearsal, "conn", None)
        if rehearsing is not None:  # what the rehearsal has written so far
            return work(rehearsing)
        with self.engine.connect() as conn, conn.begin():
            return work(conn)

    # -- schema ----------------------------------------------------------------------------

    def _prepare(self) -> None:
        """Check the store (read only: it opens while another organiser merges into it), and
        create or upgrade its tables when needed (one organiser at a time: see
        ``central/migrations.py``)."""
        path = Path(self.url.removeprefix("sqlite:///")) if self.dialect == "sqlite" else None
        try:
            migrations.prepare(self.engine, self.shown, create=self.create, sqlite_path=path)
        except OperationalError as exc:
            raise FacilitatorError(msg(
                "Impossible d'ouvrir la base centrale {url} ({detail}).",
                "Cannot open the central store {url} ({detail}).",
                url=self.shown, detail=str(exc.orig)[:200])) from None
        except DatabaseError as exc:
            if self.dialect == "sqlite":  # e.g. "file is not a database"
                log.info("not a central store %s: %s", self.shown, exc.orig)
                raise NotCentralStoreError(self.shown) from None
            log.warning("central store %s refused its preparation: %s", self.shown, exc.orig)
            raise CentralStoreDatabaseError(self.shown, str(exc.orig)) from None

    # -- keys ------------------------------------------------------------------------------

    def trust_key(self, fingerprint: str, facilitators: list[str], note: str = "") -> None:
        """Register a key an organiser trusts (read out by its facilitator), by fingerprint."""
        fingerprint = fingerprint.strip().upper()
        if len(fingerprint) != 19 or fingerprint.count("-") != 3:
            raise FacilitatorError(msg(
                "« {fp} » n'est pas une empreinte (attendu : quatre groupes de quatre caractères, "
                "par exemple 3F2A-9C1B-77D0-E4A5).", "'{fp}' is not a fingerprint (expected four "
                "groups of four characters, e.g. 3F2A-9C1B-77D0-E4A5).", fp=fingerprint))
        check_trustable(fingerprint)  # a weak key's fingerprint is never trusted
        names = [n.strip() for n in facilitators if n.strip()]

        def work(conn: Connection) -> None:
            found = conn.execute(select(s.keys).where(s.keys.c.fingerprint == fingerprint)).first()
            if found:
                conn.execute(update(s.keys).where(s.keys.c.fingerprint == fingerprint).values(
                    status="trusted", facilitators=names or found.facilitators,
                    note=note or found.note))
            else:
                conn.execute(insert(s.keys).values(
                    fingerprint=fingerprint, public_key=None, facilitators=names,
                    status="trusted", registered_at=utcnow(), note=note))
        self.write(work)

    def keys(self) -> list[TrustedKey]:
        rows = self.read(lambda c: c.execute(select(s.keys).order_by(s.keys.c.registered_at))
                         .all())
        return [TrustedKey(r.fingerprint, tuple(r.facilitators), r.status, r.registered_at,
                           r.note) for r in rows]

    # -- bundles and merges ----------------------------------------------------------------

    def bundles(self) -> list[BundleRecord]:
        rows = self.read(lambda c: c.execute(
            select(s.bundles).order_by(s.bundles.c.received_at, s.bundles.c.file_name)).all())
        return [BundleRecord(r.sha256, r.file_name, r.status, r.reason, r.merged_at,
                             r.received_at, r.fingerprint, tuple(r.facilitators), r.trust,
                             r.trust_note, r.atelier_number, r.run_uuid, dict(r.counts),
                             dict(r.merged_counts) if r.merged_counts else None)
                for r in rows]

    def merge_history(self) -> list[dict]:
        rows = self.read(lambda c: c.execute(select(s.merges).order_by(s.merges.c.id)).all())
        return [dict(r._mapping) for r in rows]

    def quarantined_content(self, sha256: str) -> bytes:
        content = self.read(lambda c: c.scalar(select(s.bundles.c.content).where(
            s.bundles.c.sha256 == sha256, s.bundles.c.status == "quarantined")))
        if content is None:
            raise NotFoundError("bundle", sha256)
        return bytes(content)

    def current(self, *, include_deleted: bool = False) -> list[dict]:
        """The current state of every contribution (the report's input), in report order."""
        query = select(s.contributions).order_by(
            s.contributions.c.engagement_number, s.contributions.c.question_key,
            s.contributions.c.run_uuid, s.contributions.c.position, s.contributions.c.uuid)
        if not include_deleted:
            query = query.where(s.contributions.c.deleted.is_(False))
        return [dict(r._mapping) for r in self.read(lambda c: c.execute(query).all())]

    def snapshot(self) -> dict[str, list]:
        """Everything that the merge rules decide, in a comparable form (tests, audits): all
        but the times and counts of the merges themselves."""
        from facilitator_app.central.trust import bundle_trust

        def work(conn: Connection) -> dict[str, list]:
            def rows(table, *order, drop=()):
                return [tuple(v for k, v in r._mapping.items() if k not in drop)
                        for r in conn.execute(select(table).order_by(*order))]
            merged = conn.execute(select(s.bundles).where(s.bundles.c.status == "merged")
                                  .order_by(s.bundles.c.sha256)).all()
            trust = bundle_trust(merged, conn.execute(select(s.keys)).all())
            return {
                "contributions": rows(s.contributions, s.contributions.c.uuid),
                "versions": rows(s.versions, s.versions.c.contribution_uuid,
                                 s.versions.c.revision, s.versions.c.content_hash),
                "conflicts": rows(s.conflicts, s.conflicts.c.contribution_uuid,
                                  s.conflicts.c.revision, drop=("detected_at", "resolved_at")),
                "runs": rows(s.runs, s.runs.c.uuid),
                "notes": rows(s.notes, s.notes.c.run_uuid, s.notes.c.engagement_number),
                "bundles": [(b.sha256, b.file_name, trust[b.sha256]) for b in merged],
            }
        return self.read(work)

    # -- conflicts -------------------------------------------------------------------------

    def conflicts(self, *, open_only: bool = True) -> list[Conflict]:
        def work(conn: Connection) -> list[Conflict]:
            query = select(s.conflicts).order_by(s.conflicts.c.detected_at,
                                                 s.conflicts.c.contribution_uuid)
            if open_only:
                query = query.where(s.conflicts.c.status == "open")
            found, places = [], CataloguePlaces(dict(conn.execute(
                select(s.catalogues.c.sha256, s.catalogues.c.content)).all()))
            for c in conn.execute(query).all():
                versions = conn.execute(
                    select(s.versions, s.bundles.c.file_name, s.bundles.c.catalogue_sha256,
                           s.bundles.c.atelier_number)
                    .join(s.bundles, s.bundles.c.sha256 == s.versions.c.bundle_sha256)
                    .where(s.versions.c.contribution_uuid == c.contribution_uuid,
                           s.versions.c.revision == c.revision)
                    .order_by(s.versions.c.content_hash)).all()
                found.append(Conflict(c.contribution_uuid, c.revision, c.status, c.resolution,
                                      c.kept_hash, c.detected_at, tuple(
                                          ConflictVersion(v.content_hash, v.text, v.starred,
                                                          v.deleted, v.engagement_number,
                                                          v.question_key, v.updated_at,
                                                          v.file_name, places.place(
                                                              v.catalogue_sha256,
                                                              v.atelier_number,
                                                              v.engagement_number,
                                                              v.question_key))
                                          for v in versions)))
            return found
        return self.read(work)

    def resolve(self, contribution_uuid: str, keep: str, *,
                seen: Conflict | None = None) -> None:
        """Resolve an open conflict: ``keep`` is a version's content hash (or its start), or
        ``both`` to keep every version in the report.

        ``seen`` is the conflict as the organiser saw it: when the store's differs (another
        merge brought a version, or a later revision, meanwhile), nothing is resolved and
        ``ConflictChangedError`` says so; the organiser decides again, having seen it all."""
        from facilitator_app.central.merge import refresh

        def work(conn: Connection) -> None:
            conflict = conn.execute(select(s.conflicts).where(
                s.conflicts.c.contribution_uuid == contribution_uuid,
                s.conflicts.c.status == "open")).first()
            if conflict is None:
                raise NotFoundError("conflict", contribution_uuid)
            hashes = conn.scalars(select(s.versions.c.content_hash).where(
                s.versions.c.contribution_uuid == contribution_uuid,
                s.versions.c.revision == conflict.revision)
                .order_by(s.versions.c.content_hash)).all()
            if seen is not None and (seen.revision != conflict.revision or sorted(
                    v.content_hash for v in seen.versions) != sorted(hashes)):
                raise ConflictChangedError(contribution_uuid)
            if keep == "both":
                resolution, kept = "both", hashes[0]
            else:
                matching = [h for h in hashes if h.startswith(keep.lower())]
                if len(matching) != 1:
                    raise NotFoundError("version", keep)
                resolution, kept = "keep", matching[0]
            conn.execute(update(s.conflicts).where(
                s.conflicts.c.contribution_uuid == contribution_uuid,
                s.conflicts.c.revision == conflict.revision).values(
                status="resolved", resolution=resolution, kept_hash=kept, resolved_at=utcnow()))
            refresh(conn, self.dialect, [contribution_uuid])
        self.write(work)


def who() -> str:
    """The organiser running a merge, for the history."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"
