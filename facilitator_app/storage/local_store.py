"""The facilitator's local store: every change committed to disk the moment it is made.

A :class:`LocalStore` owns the writer lock of its file for as long as it is open. Each public
method is one transaction; reads return frozen dataclasses from :mod:`facilitator_app.domain`.
"""

from __future__ import annotations

import logging
import uuid as uuidlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, and_, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from facilitator_app.catalogue import catalogue_from_dict, catalogue_sha256, catalogue_to_dict
from facilitator_app.domain import (
    QUESTION_KEYS,
    Catalogue,
    Contribution,
    EngagementNotes,
    WorkshopRun,
)
from facilitator_app.errors import NotFoundError
from facilitator_app.paths import backups_dir, store_path
from facilitator_app.storage import migrations
from facilitator_app.storage.backup import take_backup
from facilitator_app.storage.engine import sqlite_engine
from facilitator_app.storage.lock import WriterLock
from facilitator_app.storage.models import ContributionRow, Meta, Notes, Run, RunState, StoredCatalogue
from facilitator_app.storage.types import utcnow

log = logging.getLogger(__name__)

MAX_CONTRIBUTION_CHARS = 100_000
_C = ContributionRow.__table__
_R = Run.__table__


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

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._engine.connect() as conn:
            conn.execution_options(immediate=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._engine.connect() as conn, conn.begin():
            yield conn

    def _ensure_installation_id(self) -> str:
        with self._write() as conn:
            found = conn.scalar(select(Meta.value).where(Meta.key == "installation_id"))
            if found:
                return found
            new_id = str(uuidlib.uuid4())
            conn.execute(insert(Meta), [
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
            sqlite_insert(StoredCatalogue).values(
                sha256=sha, catalogue_id=catalogue.id, version=catalogue.version,
                content=catalogue_to_dict(catalogue), stored_at=utcnow(),
            ).on_conflict_do_nothing()
        )
        return sha

    def catalogue_of(self, run_uuid: str) -> Catalogue:
        """The catalogue a run was started from, as it was then."""
        with self._read() as conn:
            content = conn.scalar(
                select(StoredCatalogue.content)
                .join(Run, Run.catalogue_sha256 == StoredCatalogue.sha256)
                .where(Run.uuid == run_uuid)
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
    ) -> WorkshopRun:
        """Begin a new run of one atelier; facilitators default to the catalogue's."""
        atelier = catalogue.atelier(atelier_number)
        now = now or utcnow()
        run_uuid = str(uuidlib.uuid4())
        with self._write() as conn:
            sha = self._store_catalogue(conn, catalogue)
            conn.execute(insert(Run).values(
                uuid=run_uuid, catalogue_sha256=sha, atelier_number=atelier_number,
                facilitators=list(facilitators if facilitators is not None else atelier.facilitators),
                participant_count=participant_count, organisations=[],
                started_at=now, ended_at=None, created_at=now, updated_at=now, revision=1,
            ))
            return self._run(conn, run_uuid)

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
            result = conn.execute(
                update(Run).where(Run.uuid == run_uuid)
                .values(**changes, updated_at=utcnow(), revision=Run.revision + 1)
            )
            if result.rowcount == 0:
                raise NotFoundError("run", run_uuid)
            return self._run(conn, run_uuid)

    def _run(self, conn: Connection, run_uuid: str) -> WorkshopRun:
        row = conn.execute(
            select(_R, StoredCatalogue.catalogue_id, StoredCatalogue.version)
            .join(StoredCatalogue, Run.catalogue_sha256 == StoredCatalogue.sha256)
            .where(Run.uuid == run_uuid)
        ).first()
        if row is None:
            raise NotFoundError("run", run_uuid)
        return _to_run(row)

    def run(self, run_uuid: str) -> WorkshopRun:
        """One run by its UUID."""
        with self._read() as conn:
            return self._run(conn, run_uuid)

    def runs(self) -> list[WorkshopRun]:
        """Every run, most recently changed first."""
        with self._read() as conn:
            rows = conn.execute(
                select(_R, StoredCatalogue.catalogue_id, StoredCatalogue.version)
                .join(StoredCatalogue, Run.catalogue_sha256 == StoredCatalogue.sha256)
                .order_by(Run.updated_at.desc())
            ).all()
        return [_to_run(row) for row in rows]

    def run_in_progress(self) -> WorkshopRun | None:
        """The most recently changed run that has not ended, to resume after a restart."""
        return next((r for r in self.runs() if r.ended_at is None), None)

    # -- contributions ---------------------------------------------------------------------

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
        _check_question(question_key)
        text = _check_text(text)
        now = now or utcnow()
        new_uuid = uuid or str(uuidlib.uuid4())
        with self._write() as conn:
            place = _place(run_uuid, engagement_number, question_key)
            last = conn.scalar(select(func.max(_C.c.position)).where(place)) or 0
            if position is None or position > last:
                position = last + 1
            else:
                position = max(1, position)
                self._shift(conn, place, position, +1, now)
            conn.execute(insert(ContributionRow).values(
                uuid=new_uuid, run_uuid=run_uuid, engagement_number=engagement_number,
                question_key=question_key, text=text, position=position, starred=starred,
                created_at=now, updated_at=now, revision=1, deleted=False,
            ))
            return self._contribution(conn, new_uuid)

    def edit_contribution(self, uuid: str, text: str, *, now: datetime | None = None) -> Contribution:
        """Replace a contribution's text (a new revision)."""
        return self._change(uuid, now, text=_check_text(text))

    def set_starred(self, uuid: str, starred: bool, *, now: datetime | None = None) -> Contribution:
        """Mark a contribution to put forward at the restitution, or unmark it."""
        return self._change(uuid, now, starred=bool(starred))

    def delete_contribution(self, uuid: str, *, now: datetime | None = None) -> Contribution:
        """Delete a contribution, keeping a tombstone that travels in bundles."""
        return self._change(uuid, now, deleted=True)

    def restore_contribution(self, uuid: str, *, now: datetime | None = None) -> Contribution:
        """Bring back a deleted contribution (undo of a deletion)."""
        return self._change(uuid, now, deleted=False)

    def _change(self, uuid: str, now: datetime | None, **values) -> Contribution:
        with self._write() as conn:
            row = conn.execute(
                update(_C).where(_C.c.uuid == uuid)
                .values(**values, updated_at=now or utcnow(), revision=_C.c.revision + 1)
                .returning(*_C.c)
            ).first()
            if row is None:
                raise NotFoundError("contribution", uuid)
            return _to_contribution(row)

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
        now = now or utcnow()
        with self._write() as conn:
            current = self._contribution(conn, uuid)
            question_key = question_key or current.question_key
            _check_question(question_key)
            engagement_number = engagement_number or current.engagement_number
            source = _place(current.run_uuid, current.engagement_number, current.question_key)
            target = _place(current.run_uuid, engagement_number, question_key)
            same_list = (question_key, engagement_number) == (
                current.question_key, current.engagement_number)
            # Take it out of its list, close the gap, make room in the target list.
            conn.execute(update(_C).where(_C.c.uuid == uuid).values(position=0))
            self._shift(conn, source, current.position + 1, -1, now)
            last = conn.scalar(select(func.max(_C.c.position)).where(target)) or 0
            position = max(1, min(position, last + 1))
            self._shift(conn, target, position, +1, now)
            conn.execute(
                update(_C).where(_C.c.uuid == uuid).values(
                    position=position, question_key=question_key,
                    engagement_number=engagement_number, updated_at=now,
                    revision=_C.c.revision + (0 if same_list and position == current.position else 1),
                )
            )
            return self._contribution(conn, uuid)

    def _shift(self, conn: Connection, place, start: int, delta: int, now: datetime) -> None:
        conn.execute(
            update(_C).where(and_(place, _C.c.position >= start))
            .values(position=_C.c.position + delta, updated_at=now, revision=_C.c.revision + 1)
        )

    def _contribution(self, conn: Connection, uuid: str) -> Contribution:
        row = conn.execute(select(_C).where(_C.c.uuid == uuid)).first()
        if row is None:
            raise NotFoundError("contribution", uuid)
        return _to_contribution(row)

    def contribution(self, uuid: str) -> Contribution:
        """One contribution by its UUID (tombstones included)."""
        with self._read() as conn:
            return self._contribution(conn, uuid)

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
            _C.c.engagement_number, _C.c.question_key, _C.c.position, _C.c.created_at)
        with self._read() as conn:
            return [_to_contribution(row) for row in conn.execute(query)]

    # -- notes and resume state ------------------------------------------------------------

    def set_notes(self, run_uuid: str, engagement_number: int, text: str,
                  *, now: datetime | None = None) -> EngagementNotes:
        """Save the facilitator's notes on one engagement (questions asked, answers given)."""
        now = now or utcnow()
        with self._write() as conn:
            conn.execute(
                sqlite_insert(Notes)
                .values(run_uuid=run_uuid, engagement_number=engagement_number, text=text,
                        updated_at=now, revision=1)
                .on_conflict_do_update(
                    index_elements=["run_uuid", "engagement_number"],
                    set_={"text": text, "updated_at": now, "revision": Notes.revision + 1},
                )
            )
            row = conn.execute(select(Notes.__table__).where(
                Notes.run_uuid == run_uuid, Notes.engagement_number == engagement_number)).one()
            return _to_notes(row)

    def notes(self, run_uuid: str) -> dict[int, EngagementNotes]:
        """The notes of every engagement of a run that has any."""
        with self._read() as conn:
            rows = conn.execute(select(Notes.__table__).where(Notes.run_uuid == run_uuid)).all()
        return {row.engagement_number: _to_notes(row) for row in rows}

    def set_state(self, run_uuid: str, values: dict[str, str]) -> None:
        """Remember where the facilitator is (selection, unfinished text) to resume there."""
        if not values:
            return
        with self._write() as conn:
            statement = sqlite_insert(RunState)
            conn.execute(
                statement.on_conflict_do_update(
                    index_elements=["run_uuid", "key"], set_={"value": statement.excluded.value}),
                [{"run_uuid": run_uuid, "key": k, "value": v} for k, v in values.items()],
            )

    def state(self, run_uuid: str) -> dict[str, str]:
        """What :meth:`set_state` remembered for a run."""
        with self._read() as conn:
            rows = conn.execute(
                select(RunState.key, RunState.value).where(RunState.run_uuid == run_uuid)).all()
        return dict(rows)


def _place(run_uuid: str, engagement_number: int, question_key: str):
    return and_(
        _C.c.run_uuid == run_uuid,
        _C.c.engagement_number == engagement_number,
        _C.c.question_key == question_key,
        _C.c.deleted.is_(False),
    )


def _check_question(question_key: str) -> None:
    if question_key not in QUESTION_KEYS:
        raise ValueError(f"unknown guiding question {question_key!r}")


def _check_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError("a contribution needs some text")
    if len(text) > MAX_CONTRIBUTION_CHARS:
        raise ValueError(f"a contribution holds at most {MAX_CONTRIBUTION_CHARS} characters")
    return text


def _to_run(run) -> WorkshopRun:
    return WorkshopRun(
        uuid=run.uuid,
        catalogue_id=run.catalogue_id,
        catalogue_version=run.version,
        atelier_number=run.atelier_number,
        facilitators=tuple(run.facilitators),
        participant_count=run.participant_count,
        organisations=tuple(run.organisations),
        started_at=run.started_at,
        ended_at=run.ended_at,
        created_at=run.created_at,
        updated_at=run.updated_at,
        revision=run.revision,
    )


def _to_contribution(row) -> Contribution:
    return Contribution(
        uuid=row.uuid,
        run_uuid=row.run_uuid,
        engagement_number=row.engagement_number,
        question_key=row.question_key,
        text=row.text,
        position=row.position,
        starred=bool(row.starred),
        created_at=row.created_at,
        updated_at=row.updated_at,
        revision=row.revision,
        deleted=bool(row.deleted),
    )


def _to_notes(row) -> EngagementNotes:
    return EngagementNotes(
        run_uuid=row.run_uuid,
        engagement_number=row.engagement_number,
        text=row.text,
        updated_at=row.updated_at,
        revision=row.revision,
    )
