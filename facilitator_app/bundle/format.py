"""The bundle format, version 1: member names, JSON shapes, and their conversion to and from the
domain's dataclasses. ``docs/bundle-format.md`` describes it for people; the JSON Schemas in
``resources/schemas/`` describe it for programs, and the reader validates against them.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from itertools import repeat
from typing import Any

from facilitator_app.domain import Contribution, EngagementNotes, WorkshopRun
from facilitator_app.json_schema import Schema
from facilitator_app.resources import resource_path

FORMAT_NAME = "facilitator-app-bundle"
FORMAT_VERSION = 1
EXTENSION = ".fabundle"
MIMETYPE = b"application/vnd.facilitator-app.bundle+zip"
# The members, in the order they are written.
MIMETYPE_MEMBER = "mimetype"
MANIFEST = "manifest.json"
CATALOGUE = "catalogue.json"
PAYLOAD = "payload.json"
SIGNATURE = "signature.json"
MEMBERS = (MIMETYPE_MEMBER, MANIFEST, CATALOGUE, PAYLOAD, SIGNATURE)
HASHED_MEMBERS = (MIMETYPE_MEMBER, CATALOGUE, PAYLOAD)
# Namespace of bundle UUIDs (uuid5 of the installation and the payload's hash).
BUNDLE_NAMESPACE = uuidlib.UUID("6f1d3a52-4b7e-5c2a-9d0e-2f6a1b8c4e71")


def bundle_uuid(installation_id: str, payload_sha256: str) -> str:
    """The bundle's UUID: a function of who exported it and of what it carries."""
    return str(uuidlib.uuid5(BUNDLE_NAMESPACE, f"{installation_id}:{payload_sha256}"))


@cache
def schema(member: str, version: int = FORMAT_VERSION) -> Schema:
    """The published JSON Schema of one member (``manifest``, ``payload`` or ``signature``)."""
    path = resource_path("schemas", f"bundle-{member}-{version}.schema.json")
    return Schema(json.loads(path.read_text(encoding="utf-8")))


def instant(value: datetime) -> str:
    """A UTC instant as bundles write it: ``2016-06-21T16:35:12.000000Z``."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_instant(text: str) -> datetime:
    """The inverse of :func:`instant`; the schema has already checked the form."""
    if len(text) != 27 or text[-1] != "Z":
        raise ValueError(f"not a bundle instant: {text[:40]!r}")
    return datetime.fromisoformat(text)  # "Z" is read as UTC


def _maybe(value: datetime | None) -> str | None:
    return None if value is None else instant(value)


def _maybe_parse(text: str | None) -> datetime | None:
    return None if text is None else parse_instant(text)


@dataclass(frozen=True, slots=True)
class Counts:
    """What the manifest announces, checked against the payload by the reader."""

    contributions: int
    live: int
    deleted: int
    starred: int
    notes: int

    @classmethod
    def of(cls, contributions: tuple[Contribution, ...], notes: tuple[EngagementNotes, ...]
           ) -> Counts:
        live = [c for c in contributions if not c.deleted]
        return cls(len(contributions), len(live), len(contributions) - len(live),
                   sum(c.starred for c in live), len(notes))

    @classmethod
    def of_columns(cls, columns: ContributionColumns, notes: tuple[EngagementNotes, ...]
                   ) -> Counts:
        deleted = sum(columns.deleted)
        starred = sum(s and not d for s, d in zip(columns.starred, columns.deleted))
        return cls(len(columns), len(columns) - deleted, deleted, starred, len(notes))

    def to_json(self) -> dict[str, int]:
        return {"contributions": self.contributions, "live": self.live, "deleted": self.deleted,
                "starred": self.starred, "notes": self.notes}


def run_to_json(run: WorkshopRun) -> dict[str, Any]:
    return {
        "uuid": run.uuid, "catalogue_id": run.catalogue_id,
        "catalogue_version": run.catalogue_version, "atelier_number": run.atelier_number,
        "facilitators": list(run.facilitators), "participant_count": run.participant_count,
        "organisations": list(run.organisations), "started_at": _maybe(run.started_at),
        "ended_at": _maybe(run.ended_at), "created_at": instant(run.created_at),
        "updated_at": instant(run.updated_at), "revision": run.revision,
    }


def run_from_json(data: dict[str, Any]) -> WorkshopRun:
    return WorkshopRun(
        uuid=data["uuid"], catalogue_id=data["catalogue_id"],
        catalogue_version=data["catalogue_version"], atelier_number=data["atelier_number"],
        facilitators=tuple(data["facilitators"]), participant_count=data["participant_count"],
        organisations=tuple(data["organisations"]), started_at=_maybe_parse(data["started_at"]),
        ended_at=_maybe_parse(data["ended_at"]), created_at=parse_instant(data["created_at"]),
        updated_at=parse_instant(data["updated_at"]), revision=data["revision"],
    )


def contribution_to_json(c: Contribution) -> dict[str, Any]:
    return {
        "uuid": c.uuid, "engagement": c.engagement_number, "question": c.question_key,
        "text": c.text, "position": c.position, "starred": c.starred,
        "created_at": instant(c.created_at), "updated_at": instant(c.updated_at),
        "revision": c.revision, "deleted": c.deleted,
    }


class ContributionColumns:
    """The contributions of a payload whose schema has been checked, column by column.

    A payload holds thousands of contributions. Checking them (references, counts) needs only
    a few columns, and verifying a bundle needs nothing more; the dataclasses are built once,
    when first asked for (a merge), column by column too. Instants are read at once, so that
    a date the calendar does not have is refused with the bundle."""

    __slots__ = ("uuids", "engagements", "questions", "texts", "positions", "starred",
                 "created_at", "updated_at", "revisions", "deleted", "run_uuid", "_built")

    def __init__(self, items: list[dict[str, Any]], run_uuid: str) -> None:
        def column(key: str) -> tuple:
            return tuple([item[key] for item in items])
        when = datetime.fromisoformat  # the schema has checked the form; "Z" is read as UTC
        self.uuids, self.engagements, self.questions = column("uuid"), column("engagement"), \
            column("question")
        self.texts, self.positions, self.starred = column("text"), column("position"), \
            column("starred")
        self.created_at = tuple(map(when, column("created_at")))
        self.updated_at = tuple(map(when, column("updated_at")))
        self.revisions, self.deleted = column("revision"), column("deleted")
        self.run_uuid = run_uuid
        self._built: tuple[Contribution, ...] | None = None

    def __len__(self) -> int:
        return len(self.uuids)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ContributionColumns) and \
            self.contributions() == other.contributions()

    def __hash__(self) -> int:  # equal columns have equal UUIDs
        return hash((self.run_uuid, self.uuids))

    def contributions(self) -> tuple[Contribution, ...]:
        if self._built is None:
            self._built = tuple(map(
                Contribution, self.uuids, repeat(self.run_uuid), self.engagements,
                self.questions, self.texts, self.positions, self.starred, self.created_at,
                self.updated_at, self.revisions, self.deleted))
        return self._built


def notes_to_json(n: EngagementNotes) -> dict[str, Any]:
    return {"engagement": n.engagement_number, "text": n.text,
            "updated_at": instant(n.updated_at), "revision": n.revision}


def notes_from_json(data: dict[str, Any], run_uuid: str) -> EngagementNotes:
    return EngagementNotes(run_uuid=run_uuid, engagement_number=data["engagement"],
                           text=data["text"], updated_at=parse_instant(data["updated_at"]),
                           revision=data["revision"])


def contribution_order(c: Contribution) -> tuple:
    """The order of contributions in the payload: where they are shown, then their UUID."""
    return (c.engagement_number, c.question_key, c.position, c.uuid)
