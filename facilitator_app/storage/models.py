"""Tables of the local store (SQLAlchemy 2.0 Core).

The schema is created and upgraded only by :mod:`facilitator_app.storage.migrations`; these
tables describe its current state and a test checks that both agree.

Core tables rather than declarative ORM classes: the store only ever runs Core statements and
returns frozen dataclasses, and ``sqlalchemy.orm`` (its import and the mapping of the classes)
was a sixth of the application's start-up.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from facilitator_app.storage.types import UtcDateTime

QUESTION_CHECK = "question_key IN ('indicators', 'inspirations', 'challenges', 'commitments')"

metadata = MetaData()

# Facts about this installation: its ID, when the store was made.
meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# A snapshot of each catalogue a run was started from, so a run never depends on a file.
catalogues = Table(
    "catalogues", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("catalogue_id", String(80), nullable=False),
    Column("version", String(40), nullable=False),
    Column("content", JSON, nullable=False),
    Column("stored_at", UtcDateTime, nullable=False),
)

# One atelier as actually held.
runs = Table(
    "runs", metadata,
    Column("uuid", String(36), primary_key=True),
    Column("catalogue_sha256", ForeignKey("catalogues.sha256"), nullable=False),
    Column("atelier_number", Integer, nullable=False),
    Column("facilitators", JSON, nullable=False),
    Column("participant_count", Integer, nullable=True),
    Column("organisations", JSON, nullable=False),
    Column("started_at", UtcDateTime, nullable=True),
    Column("ended_at", UtcDateTime, nullable=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("revision", Integer, nullable=False),
)

# A contribution; deleted ones stay as tombstones so the deletion travels in bundles.
contributions = Table(
    "contributions", metadata,
    Column("uuid", String(36), primary_key=True),
    Column("run_uuid", ForeignKey("runs.uuid"), nullable=False),
    Column("engagement_number", Integer, nullable=False),
    Column("question_key", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("starred", Boolean, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False),
    CheckConstraint(QUESTION_CHECK, name="ck_contributions_question"),
    Index("ix_contributions_place", "run_uuid", "engagement_number", "question_key", "position"),
)

# The facilitator's notes on one engagement of a run (questions asked, answers given).
engagement_notes = Table(
    "engagement_notes", metadata,
    Column("run_uuid", ForeignKey("runs.uuid"), primary_key=True),
    Column("engagement_number", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("revision", Integer, nullable=False),
)

# Where the facilitator was in a run (selection, unfinished text), to resume after a crash.
run_state = Table(
    "run_state", metadata,
    Column("run_uuid", ForeignKey("runs.uuid"), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


class Base:
    """The schema as one ``metadata``, under the name the declarative models used to have."""

    metadata = metadata
