"""The local store's rows: domain objects written as whole rows (idempotent upserts) and read
back as frozen dataclasses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache

from sqlalchemy import Connection
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from facilitator_app.domain import Contribution, EngagementNotes, WorkshopRun
from facilitator_app.storage.models import contributions as _C
from facilitator_app.storage.models import engagement_notes as _N
from facilitator_app.storage.models import run_state as _S


@cache
def _upsert_contributions():
    # Built once: constructing the statement (its ``excluded`` proxies) cost about a millisecond
    # per save, on the GUI thread.
    statement = sqlite_insert(_C)
    return statement.on_conflict_do_update(
        index_elements=["uuid"],
        set_={c.name: statement.excluded[c.name] for c in _C.c if c.name != "uuid"})


@cache
def _upsert_state():
    statement = sqlite_insert(_S)
    return statement.on_conflict_do_update(
        index_elements=["run_uuid", "key"], set_={"value": statement.excluded.value})


def put_contributions(conn: Connection, rows: Sequence[Contribution]) -> None:
    """Insert or replace whole contribution rows (idempotent: writing twice changes nothing)."""
    if not rows:
        return
    conn.execute(_upsert_contributions(), [contribution_values(r) for r in rows])


def contribution_values(c: Contribution) -> dict:
    return {"uuid": c.uuid, "run_uuid": c.run_uuid, "engagement_number": c.engagement_number,
            "question_key": c.question_key, "text": c.text, "position": c.position,
            "starred": c.starred, "created_at": c.created_at, "updated_at": c.updated_at,
            "revision": c.revision, "deleted": c.deleted}


def put_notes(conn: Connection, n: EngagementNotes) -> None:
    statement = sqlite_insert(_N).values(
        run_uuid=n.run_uuid, engagement_number=n.engagement_number, text=n.text,
        updated_at=n.updated_at, revision=n.revision)
    conn.execute(statement.on_conflict_do_update(
        index_elements=["run_uuid", "engagement_number"],
        set_={"text": n.text, "updated_at": n.updated_at, "revision": n.revision}))


def put_state(conn: Connection, run_uuid: str, values: dict[str, str]) -> None:
    conn.execute(_upsert_state(),
                 [{"run_uuid": run_uuid, "key": k, "value": v} for k, v in values.items()])


def to_run(run) -> WorkshopRun:
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


def to_contribution(row, parse_times: bool = False) -> Contribution:
    created, updated = row.created_at, row.updated_at
    if parse_times:  # rows of raw SQL carry the stored ISO text, not datetimes
        created, updated = datetime.fromisoformat(created), datetime.fromisoformat(updated)
    return Contribution(
        uuid=row.uuid,
        run_uuid=row.run_uuid,
        engagement_number=row.engagement_number,
        question_key=row.question_key,
        text=row.text,
        position=row.position,
        starred=bool(row.starred),
        created_at=created,
        updated_at=updated,
        revision=row.revision,
        deleted=bool(row.deleted),
    )


def to_notes(row, parse_times: bool = False) -> EngagementNotes:
    return EngagementNotes(
        run_uuid=row.run_uuid,
        engagement_number=row.engagement_number,
        text=row.text,
        updated_at=datetime.fromisoformat(row.updated_at) if parse_times else row.updated_at,
        revision=row.revision,
    )
