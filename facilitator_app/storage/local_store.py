"""The facilitator's local store: every change committed to disk the moment it is made.

A :class:`LocalStore` owns the writer lock of its file for as long as it is open. Each public
method is one transaction; reads return frozen dataclasses from :mod:`facilitator_app.domain`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import namedtuple
import uuid as uuidlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, and_, delete, insert, or_, select, update
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from facilitator_app.catalogue import catalogue_from_dict, catalogue_sha256, catalogue_to_dict
from facilitator_app.capture import Place, RunDocument, clean_text
from facilitator_app.domain import (
    Catalogue,
    Contribution,
    EngagementNotes,
    WorkshopRun,
)
from facilitator_app.errors import NotFoundError, StoreWriteError, os_reason, sqlite_reason
from facilitator_app.paths import backups_dir, store_path
from facilitator_app.storage import migrations
from facilitator_app.storage.backup import take_backup
from facilitator_app.storage.engine import sqlite_engine
from facilitator_app.storage.lock import WriterLock
from facilitator_app.storage.models import catalogues as _CAT
from facilitator_app.storage.models import contributions as _C
from facilitator_app.storage.models import engagement_notes as _N
from facilitator_app.storage.models import meta as _META
from facilitator_app.storage.models import run_state as _S
from facilitator_app.storage.models import runs as _R
from facilitator_app.storage.rows import (
    put_contributions,
    put_notes,
    put_state,
    to_contribution,
    to_notes,
    to_run,
)
from facilitator_app.storage.types import utcnow

log = logging.getLogger(__name__)

CURRENT_RUN = "current_run"  # meta key: the run last started or resumed, reopened at start-up
# Resume state that only says where the facilitator looked, not anything they typed or chose.
_LOOKING_KEYS = ("engagement", "question")
_LOOKING_PREFIXES = ("scroll:",)
_COLUMNS = ", ".join(c.name for c in _C.c)
_EditRow = namedtuple("_EditRow", [c.name for c in _C.c])
_NotesRow = namedtuple("_NotesRow", [c.name for c in _N.c])
_LOAD_SQL = f"SELECT {_COLUMNS} FROM contributions WHERE run_uuid = ?"
_NOTES_SQL = f"SELECT {', '.join(c.name for c in _N.c)} FROM engagement_notes WHERE run_uuid = ?"
_EDIT_SQL = (f"UPDATE contributions SET text = ?, updated_at = ?, revision = revision + 1 "
             f"WHERE uuid = ? AND text != ? RETURNING {_COLUMNS}")


@dataclass(frozen=True)
class RunStart:
    """A run to begin: its atelier, facilitators (``None``: the catalogue's), participants."""

    catalogue: Catalogue
    atelier_number: int
    facilitators: Sequence[str] | None
    participant_count: int | None
    now: datetime
    run_uuid: str


class LocalStore:
    """One installation's database: runs, contributions, notes and where the facilitator was."""

    def __init__(self, path: Path, *, backups: Path | None = None) -> None:
        """Open (creating or upgrading) the database at ``path`` and take its writer lock."""
        self.path = Path(path)
        self.backups = backups or backups_dir(self.path.parent)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = WriterLock(self.path)
        self._lock.acquire()
        try:
            migrations.prepare(self.path, self.backups)
            self._engine = sqlite_engine(self.path)
            self.installation_id = self._ensure_installation_id()
        except BaseException:
            self._lock.release()
            raise
        log.info("opened local store %s", self.path)

    @classmethod
    def in_folder(cls, folder: Path) -> LocalStore:
        """The store of a data folder (``facilitator.sqlite`` inside it)."""
        return cls(store_path(folder), backups=backups_dir(folder))

    def close(self) -> None:
        """Release the database; everything was already committed."""
        if self._lock.held:
            self._engine.dispose()
            self._lock.release()
            log.info("closed local store %s", self.path)

    def reopen(self) -> None:
        """Open the database again by its path, after writes failed: new connections and the
        lock taken again, so that a USB stick pulled and plugged back, or a folder remounted,
        is written again (the old ones still point at the filesystem that went away). A file
        no longer at its path is refused, never created empty; so is a lock another instance
        took meanwhile. Raises :class:`StoreWriteError` naming the reason."""
        log.info("reopening local store %s", self.path)
        try:
            self._engine.dispose()
        except Exception as exc:  # noqa: BLE001 - connections to a vanished file
            log.warning("closing the old connections failed: %s: %s", type(exc).__name__, exc)
        self._lock.abandon()
        try:
            if not self.path.is_file():
                raise FileNotFoundError(2, "No such file or directory", str(self.path))
            self._lock.acquire()
        except OSError as exc:
            raise self._refused(exc) from exc
        self._engine = sqlite_engine(self.path)

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction. Whatever the database or its file refuse (the disk full or
        read-only, the file damaged or gone, a constraint) becomes :class:`StoreWriteError`,
        in words of the messages' language; the transaction is then rolled back whole."""
        try:
            with self._engine.connect() as conn:
                conn.execution_options(immediate=True)
                with conn.begin():
                    yield conn
        except (DBAPIError, sqlite3.Error, OSError) as exc:
            raise self._refused(exc) from exc
        except StatementError as exc:  # a bug: raised as it is, without what was typed
            exc.hide_parameters = True
            raise

    def _refused(self, exc: Exception) -> StoreWriteError:
        """``exc`` as the sentence the window shows (SQL and its parameters left out: a
        contribution's text would be in them)."""
        if isinstance(exc, DBAPIError):
            exc.hide_parameters = True
            cause = exc.orig if exc.orig is not None else exc
        else:
            cause = exc
        log.error("write to %s failed: %s: %s", self.path, type(cause).__name__, cause)
        reason = os_reason(cause) if isinstance(cause, OSError) else sqlite_reason(str(cause))
        return StoreWriteError(str(self.path), reason)

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._engine.connect() as conn, conn.begin():
            yield conn

    def _ensure_installation_id(self) -> str:
        with self._write() as conn:
            found = conn.scalar(select(_META.c.value).where(_META.c.key == "installation_id"))
            if found:
                return found
            new_id = str(uuidlib.uuid4())
            conn.execute(insert(_META), [
                {"key": "installation_id", "value": new_id},
                {"key": "created_at", "value": utcnow().isoformat()},
            ])
            return new_id

    def backup(self) -> Path:
        """Write a rotating backup copy of the database (SQLite backup API)."""
        return take_backup(self.path, self.backups)

    # -- catalogues and runs ---------------------------------------------------------------

    def _store_catalogue(self, conn: Connection, catalogue: Catalogue) -> str:
        sha = catalogue_sha256(catalogue)
        conn.execute(
            sqlite_insert(_CAT).values(
                sha256=sha, catalogue_id=catalogue.id, version=catalogue.version,
                content=catalogue_to_dict(catalogue), stored_at=utcnow(),
            ).on_conflict_do_nothing()
        )
        return sha

    def catalogue_of(self, run_uuid: str) -> Catalogue:
        """The catalogue a run was started from, as it was then."""
        with self._read() as conn:
            content = conn.scalar(
                select(_CAT.c.content)
                .join(_R, _R.c.catalogue_sha256 == _CAT.c.sha256)
                .where(_R.c.uuid == run_uuid)
            )
        if content is None:
            raise NotFoundError("run", run_uuid)
        return catalogue_from_dict(content, "store")

    def start_run(
        self,
        catalogue: Catalogue,
        atelier_number: int,
        facilitators: Sequence[str] | None = None,
        participant_count: int | None = None,
        *,
        now: datetime | None = None,
        run_uuid: str | None = None,
    ) -> WorkshopRun:
        """Begin a new run of one atelier; facilitators default to the catalogue's."""
        start = RunStart(catalogue, atelier_number, facilitators, participant_count,
                         now or utcnow(), run_uuid or str(uuidlib.uuid4()))
        with self._write() as conn:
            self._insert_run(conn, start)
            _put_current_run(conn, start.run_uuid)
            return self._run(conn, start.run_uuid)

    def _insert_run(self, conn: Connection, start: RunStart) -> None:
        atelier = start.catalogue.atelier(start.atelier_number)
        sha = self._store_catalogue(conn, start.catalogue)
        facilitators = start.facilitators if start.facilitators is not None \
            else atelier.facilitators
        conn.execute(insert(_R).values(
            uuid=start.run_uuid, catalogue_sha256=sha, atelier_number=start.atelier_number,
            facilitators=list(facilitators), participant_count=start.participant_count,
            organisations=[], started_at=start.now, ended_at=None, created_at=start.now,
            updated_at=start.now, revision=1,
        ))

    def update_run(self, run_uuid: str, **changes) -> WorkshopRun:
        """Change facilitators, participant count, organisations, start or end time of a run."""
        allowed = {"facilitators", "participant_count", "organisations", "started_at", "ended_at"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"cannot change {sorted(unknown)}")
        for key in ("facilitators", "organisations"):
            if key in changes:
                changes[key] = [str(x).strip() for x in changes[key] if str(x).strip()]
        if changes.get("participant_count") is not None and changes["participant_count"] < 0:
            raise ValueError("participant_count must not be negative")
        with self._write() as conn:
            self._update_run(conn, run_uuid, changes)
            return self._run(conn, run_uuid)

    def _update_run(self, conn: Connection, run_uuid: str, changes: dict) -> None:
        result = conn.execute(
            update(_R).where(_R.c.uuid == run_uuid)
            .values(**changes, updated_at=utcnow(), revision=_R.c.revision + 1)
        )
        if result.rowcount == 0:
            raise NotFoundError("run", run_uuid)

    def _run(self, conn: Connection, run_uuid: str) -> WorkshopRun:
        row = conn.execute(
            select(_R, _CAT.c.catalogue_id, _CAT.c.version)
            .join(_CAT, _R.c.catalogue_sha256 == _CAT.c.sha256)
            .where(_R.c.uuid == run_uuid)
        ).first()
        if row is None:
            raise NotFoundError("run", run_uuid)
        return to_run(row)

    def run(self, run_uuid: str) -> WorkshopRun:
        """One run by its UUID."""
        with self._read() as conn:
            return self._run(conn, run_uuid)

    def runs(self) -> list[WorkshopRun]:
        """Every run, most recently changed first."""
        with self._read() as conn:
            rows = conn.execute(
                select(_R, _CAT.c.catalogue_id, _CAT.c.version)
                .join(_CAT, _R.c.catalogue_sha256 == _CAT.c.sha256)
                .order_by(_R.c.updated_at.desc())
            ).all()
        return [to_run(row) for row in rows]

    def set_current_run(self, run_uuid: str) -> None:
        """Remember the run being captured (started or resumed), for :meth:`run_in_progress`;
        no write when it already is."""
        with self._read() as conn:
            if conn.scalar(select(_META.c.value).where(_META.c.key == CURRENT_RUN)) == run_uuid:
                return
        with self._write() as conn:
            _put_current_run(conn, run_uuid)

    def discard_run_if_empty(self, run_uuid: str) -> bool:
        """Delete a run nothing was captured in: started, then left before anything was typed
        (a start cancelled), so that no empty run is listed, resumed or exported. True when it
        was deleted; a run that does not exist is not an error.

        A run with anything typed or chosen is kept: a contribution (even deleted), notes, an
        unfinished text or edit, an agenda, a change of its details, its end, facilitators
        typed when starting it (other than the catalogue's; the number of participants expected
        is the start page's default, or a number soon typed again). The check and the deletion
        are one transaction. ``meta.current_run`` goes with the run when it named it
        (:meth:`run_in_progress` then falls back on the newest run not ended)."""
        with self._write() as conn:
            run = conn.execute(select(_R.c.revision, _R.c.ended_at, _R.c.facilitators,
                                      _R.c.atelier_number, _CAT.c.content)
                               .join(_CAT, _R.c.catalogue_sha256 == _CAT.c.sha256)
                               .where(_R.c.uuid == run_uuid)).first()
            if run is None or run.revision != 1 or run.ended_at is not None:
                return False
            planned = catalogue_from_dict(run.content, "store").atelier(run.atelier_number)
            if list(run.facilitators) != list(planned.facilitators):
                return False  # names typed when starting it
            for table in (_C, _N):
                if conn.scalar(select(table.c.run_uuid).where(table.c.run_uuid == run_uuid)
                               .limit(1)) is not None:
                    return False
            state = conn.execute(select(_S.c.key, _S.c.value)
                                 .where(_S.c.run_uuid == run_uuid)).all()
            if not all(_only_looked(key, value) for key, value in state):
                return False
            conn.execute(delete(_S).where(_S.c.run_uuid == run_uuid))
            conn.execute(delete(_R).where(_R.c.uuid == run_uuid))
            conn.execute(delete(_META).where(_META.c.key == CURRENT_RUN,
                                             _META.c.value == run_uuid))
        log.info("discarded run %s: left before anything was captured in it", run_uuid)
        return True

    def run_in_progress(self) -> WorkshopRun | None:
        """The run to resume after a restart: the one last started or resumed, if it has not
        ended; else the most recently changed run that has not ended."""
        runs = [r for r in self.runs() if r.ended_at is None]
        with self._read() as conn:
            current = conn.scalar(select(_META.c.value).where(_META.c.key == CURRENT_RUN))
        return next((r for r in runs if r.uuid == current), runs[0] if runs else None)

    # -- contributions ---------------------------------------------------------------------

    def _document(self, conn: Connection, run_uuid: str, places: Iterable[Place]) -> RunDocument:
        """The rows of some lists of a run (tombstones included), enough to apply one action."""
        wanted = [and_(_C.c.engagement_number == e, _C.c.question_key == q) for e, q in places]
        rows = conn.execute(select(_C).where(_C.c.run_uuid == run_uuid, or_(*wanted))).all()
        return RunDocument(run_uuid, [to_contribution(r) for r in rows])

    def _document_of(self, conn: Connection, uuid: str) -> RunDocument:
        row = conn.execute(select(_C).where(_C.c.uuid == uuid)).first()
        if row is None:
            raise NotFoundError("contribution", uuid)
        return RunDocument(row.run_uuid, [to_contribution(row)])

    def load_document(self, run_uuid: str) -> RunDocument:
        """Everything captured in a run (contributions with tombstones, notes), in memory."""
        # On the start-up path with every row of the run: plain SQL on the pooled connection,
        # one read transaction, without SQLAlchemy's per-row result processing.
        raw = self._engine.raw_connection()
        try:
            cursor = raw.driver_connection.cursor()
            cursor.execute("BEGIN")
            try:
                rows = cursor.execute(_LOAD_SQL, (run_uuid,)).fetchall()
                notes = cursor.execute(_NOTES_SQL, (run_uuid,)).fetchall()
            finally:
                cursor.execute("COMMIT")
        finally:
            raw.close()
        return RunDocument(run_uuid,
                           [to_contribution(_EditRow(*r), parse_times=True) for r in rows],
                           [to_notes(_NotesRow(*n), parse_times=True) for n in notes])

    def add_contribution(
        self,
        run_uuid: str,
        engagement_number: int,
        question_key: str,
        text: str,
        *,
        starred: bool = False,
        position: int | None = None,
        uuid: str | None = None,
        now: datetime | None = None,
    ) -> Contribution:
        """Capture a new contribution at the end of its question's list (or at ``position``)."""
        new_uuid = uuid or str(uuidlib.uuid4())
        with self._write() as conn:
            doc = self._document(conn, run_uuid, [(engagement_number, question_key)])
            put_contributions(conn, doc.add(engagement_number, question_key, text, now or utcnow(),
                               position=position, starred=starred, uuid=new_uuid))
            return doc.get(new_uuid)

    def edit_contribution(self, uuid: str, text: str, *,
                          now: datetime | None = None) -> Contribution:
        """Replace a contribution's text (a new revision).

        The hottest write of the app, so it is one prepared UPDATE ... RETURNING rather than a
        read and a write; an unchanged text is not a new revision (as in RunDocument.edit)."""
        text = clean_text(text)
        stamp = (now or utcnow()).astimezone(UTC).isoformat(timespec="microseconds")
        raw = self._engine.raw_connection()  # pooled, with the store's pragmas
        try:
            cursor = raw.driver_connection.cursor()
            try:
                cursor.execute("BEGIN IMMEDIATE")
                row = cursor.execute(_EDIT_SQL, (text, stamp, uuid, text)).fetchone()
                cursor.execute("COMMIT")
            except sqlite3.Error as exc:
                if raw.driver_connection.in_transaction:
                    cursor.execute("ROLLBACK")
                raise self._refused(exc) from exc
        finally:
            raw.close()
        if row is None:
            return self.contribution(uuid)
        return to_contribution(_EditRow(*row), parse_times=True)

    def set_starred(self, uuid: str, starred: bool, *, now: datetime | None = None) -> Contribution:
        """Mark a contribution to put forward at the restitution, or unmark it."""
        return self._change(uuid, lambda doc, t: doc.set_starred(uuid, starred, t), now)

    def delete_contribution(self, uuid: str, *, now: datetime | None = None) -> Contribution:
        """Delete a contribution, keeping a tombstone that travels in bundles."""
        return self._change(uuid, lambda doc, t: doc.delete(uuid, t), now)

    def restore_contribution(self, uuid: str, *, now: datetime | None = None) -> Contribution:
        """Bring back a deleted contribution (undo of a deletion)."""
        return self._change(uuid, lambda doc, t: doc.restore(uuid, t), now)

    def _change(self, uuid: str, action, now: datetime | None) -> Contribution:
        with self._write() as conn:
            doc = self._document_of(conn, uuid)
            put_contributions(conn, action(doc, now or utcnow()))
            return doc.get(uuid)

    def move_contribution(
        self,
        uuid: str,
        position: int,
        *,
        question_key: str | None = None,
        engagement_number: int | None = None,
        now: datetime | None = None,
    ) -> Contribution:
        """Move a contribution to ``position`` (1-based) in its list, or in another question's
        or engagement's list; the other contributions close up or make room."""
        with self._write() as conn:
            current = self._document_of(conn, uuid).get(uuid)
            target = (engagement_number or current.engagement_number,
                      question_key or current.question_key)
            doc = self._document(conn, current.run_uuid,
                                 [(current.engagement_number, current.question_key), target])
            put_contributions(conn, doc.move(uuid, position, now or utcnow(), engagement=target[0],
                                question=target[1]))
            return doc.get(uuid)

    def save(self, contributions: Sequence[Contribution] = (),
             notes: Sequence[EngagementNotes] = (), state: dict[str, dict[str, str]] | None = None,
             runs: dict[str, dict] | None = None, start: RunStart | None = None) -> None:
        """Write rows decided in memory (by a :class:`RunDocument`), run changes and resume
        state in one transaction: either all of them reach the disk or none does. ``start``
        begins the run they belong to in the same transaction (a capture workbook imported)."""
        with self._write() as conn:
            if start is not None:
                self._insert_run(conn, start)
            for run_uuid, changes in (runs or {}).items():
                self._update_run(conn, run_uuid, changes)
            put_contributions(conn, contributions)
            for n in notes:
                put_notes(conn, n)
            for run_uuid, values in (state or {}).items():
                put_state(conn, run_uuid, values)

    def contribution(self, uuid: str) -> Contribution:
        """One contribution by its UUID (tombstones included)."""
        with self._read() as conn:
            return self._document_of(conn, uuid).get(uuid)

    def contributions(
        self,
        run_uuid: str,
        engagement_number: int | None = None,
        question_key: str | None = None,
        *,
        include_deleted: bool = False,
    ) -> list[Contribution]:
        """A run's contributions in order (engagement, question, position)."""
        query = select(_C).where(_C.c.run_uuid == run_uuid)
        if engagement_number is not None:
            query = query.where(_C.c.engagement_number == engagement_number)
        if question_key is not None:
            query = query.where(_C.c.question_key == question_key)
        if not include_deleted:
            query = query.where(_C.c.deleted.is_(False))
        query = query.order_by(
            _C.c.engagement_number, _C.c.question_key, _C.c.position, _C.c.created_at, _C.c.uuid)
        with self._read() as conn:
            return [to_contribution(row) for row in conn.execute(query)]

    # -- notes and resume state ------------------------------------------------------------

    def set_notes(self, run_uuid: str, engagement_number: int, text: str,
                  *, now: datetime | None = None) -> EngagementNotes:
        """Save the facilitator's notes on one engagement (questions asked, answers given)."""
        with self._write() as conn:
            row = conn.execute(select(_N).where(
                _N.c.run_uuid == run_uuid, _N.c.engagement_number == engagement_number)).first()
            doc = RunDocument(run_uuid, notes=[to_notes(row)] if row else [])
            notes = doc.set_notes(engagement_number, text, now or utcnow())
            if notes is None:
                return to_notes(row) if row else EngagementNotes(run_uuid, engagement_number, "",
                                                                   now or utcnow(), 0)
            put_notes(conn, notes)
            return notes

    def notes(self, run_uuid: str) -> dict[int, EngagementNotes]:
        """The notes of every engagement of a run that has any."""
        with self._read() as conn:
            rows = conn.execute(select(_N).where(_N.c.run_uuid == run_uuid)).all()
        return {row.engagement_number: to_notes(row) for row in rows}

    def set_state(self, run_uuid: str, values: dict[str, str]) -> None:
        """Remember where the facilitator is (selection, unfinished text) to resume there."""
        if values:
            with self._write() as conn:
                put_state(conn, run_uuid, values)

    def state(self, run_uuid: str) -> dict[str, str]:
        """What :meth:`set_state` remembered for a run."""
        with self._read() as conn:
            rows = conn.execute(
                select(_S.c.key, _S.c.value).where(_S.c.run_uuid == run_uuid)).all()
        return dict(rows)


def _only_looked(key: str, value: str) -> bool:
    """A resume value that holds nothing the facilitator typed or chose."""
    return not value or key in _LOOKING_KEYS or key.startswith(_LOOKING_PREFIXES)


def _put_current_run(conn: Connection, run_uuid: str) -> None:
    statement = sqlite_insert(_META).values(key=CURRENT_RUN, value=run_uuid)
    conn.execute(statement.on_conflict_do_update(index_elements=["key"],
                                                 set_={"value": run_uuid}))
