"""Tables of the local store (SQLAlchemy 2.0 typed ORM).

The schema is created and upgraded only by :mod:`facilitator_app.storage.migrations`; these
classes describe its current state and a test checks that both agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from facilitator_app.storage.types import UtcDateTime

QUESTION_CHECK = "question_key IN ('indicators', 'inspirations', 'challenges', 'commitments')"


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Facts about this installation: its ID, when the store was made."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StoredCatalogue(Base):
    """A snapshot of each catalogue a run was started from, so a run never depends on a file."""

    __tablename__ = "catalogues"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    catalogue_id: Mapped[str] = mapped_column(String(80))
    version: Mapped[str] = mapped_column(String(40))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    stored_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Run(Base):
    """One atelier as actually held."""

    __tablename__ = "runs"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    catalogue_sha256: Mapped[str] = mapped_column(ForeignKey("catalogues.sha256"))
    atelier_number: Mapped[int] = mapped_column(Integer)
    facilitators: Mapped[list[str]] = mapped_column(JSON)
    participant_count: Mapped[int | None] = mapped_column(Integer)
    organisations: Mapped[list[str]] = mapped_column(JSON)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revision: Mapped[int] = mapped_column(Integer)


class ContributionRow(Base):
    """A contribution; deleted ones stay as tombstones so the deletion travels in bundles."""

    __tablename__ = "contributions"
    __table_args__ = (
        CheckConstraint(QUESTION_CHECK, name="ck_contributions_question"),
        Index("ix_contributions_place", "run_uuid", "engagement_number", "question_key", "position"),
    )
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    run_uuid: Mapped[str] = mapped_column(ForeignKey("runs.uuid"))
    engagement_number: Mapped[int] = mapped_column(Integer)
    question_key: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    starred: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revision: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean)


class Notes(Base):
    """The facilitator's notes on one engagement of a run (questions asked, answers given)."""

    __tablename__ = "engagement_notes"
    run_uuid: Mapped[str] = mapped_column(ForeignKey("runs.uuid"), primary_key=True)
    engagement_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revision: Mapped[int] = mapped_column(Integer)


class RunState(Base):
    """Where the facilitator was in a run (selection, unfinished text), to resume after a crash."""

    __tablename__ = "run_state"
    run_uuid: Mapped[str] = mapped_column(ForeignKey("runs.uuid"), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
