"""Tables of the organisers' central store, the same on SQLite and PostgreSQL (SQLAlchemy Core).

Contributions are kept twice: every version ever received (``versions``, the history, keyed by
UUID, revision and content hash so that a repeat is refused by the database itself) and the
current state derived from it (``contributions``). Deriving the current state from the history
is what makes the merge independent of the order and the repeats of bundles.
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
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    text,
)

from facilitator_app.storage.types import UtcDateTime

metadata = MetaData()

UUID = String(36)
SHA = String(64)
QUESTION_CHECK = "question_key IN ('indicators', 'inspirations', 'challenges', 'commitments')"

meta = Table(
    "central_meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

catalogues = Table(
    "catalogues", metadata,
    Column("sha256", SHA, primary_key=True),
    Column("catalogue_id", String(80), nullable=False),
    Column("version", String(40), nullable=False),
    Column("content", JSON, nullable=False),
    Column("first_seen_at", UtcDateTime, nullable=False),
)

keys = Table(
    "keys", metadata,
    Column("fingerprint", String(19), primary_key=True),
    Column("public_key", String(44), nullable=True),  # unknown when registered by fingerprint
    Column("facilitators", JSON, nullable=False),
    # trusted: registered by an organiser; recorded: first seen in a bundle
    Column("status", String(16), nullable=False),
    Column("registered_at", UtcDateTime, nullable=False),
    Column("note", Text, nullable=False, default=""),
    CheckConstraint("status IN ('trusted', 'recorded')", name="ck_keys_status"),
)

merges = Table(
    "merges", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", UtcDateTime, nullable=False),
    Column("finished_at", UtcDateTime, nullable=True),
    Column("who", String(200), nullable=False),
    Column("totals", JSON, nullable=False),
    Column("outcomes", JSON, nullable=False),  # per file: name, verdict, rule, reason, counts
)

bundles = Table(
    "bundles", metadata,
    Column("sha256", SHA, primary_key=True),  # the content hash: one row per distinct file
    Column("bundle_uuid", UUID, nullable=False),
    Column("file_name", String(500), nullable=False),
    Column("status", String(16), nullable=False),
    Column("reason", Text, nullable=True),
    Column("merge_id", ForeignKey("merges.id"), nullable=True),
    Column("merged_at", UtcDateTime, nullable=True),
    Column("received_at", UtcDateTime, nullable=False),
    Column("fingerprint", String(19), nullable=False),
    Column("installation_id", UUID, nullable=False),
    Column("facilitators", JSON, nullable=False),
    Column("trust", String(16), nullable=False),
    Column("trust_note", Text, nullable=False, default=""),
    Column("catalogue_sha256", SHA, nullable=False),
    Column("atelier_number", Integer, nullable=False),
    Column("run_uuid", UUID, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("counts", JSON, nullable=False),  # what the manifest announced
    Column("merged_counts", JSON, nullable=True),  # what merging it changed
    Column("content", LargeBinary, nullable=True),  # kept while quarantined
    CheckConstraint("status IN ('merged', 'quarantined')", name="ck_bundles_status"),
    CheckConstraint("trust IN ('trusted', 'recorded', 'new', 'flagged')", name="ck_bundles_trust"),
)

runs = Table(
    "runs", metadata,
    Column("uuid", UUID, primary_key=True),
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
    Column("content_hash", SHA, nullable=False),
    Column("installation_id", UUID, nullable=False),
    Column("bundle_sha256", SHA, nullable=False),
)


def _contribution_columns() -> list[Column]:
    return [
        Column("run_uuid", UUID, nullable=False),
        Column("engagement_number", Integer, nullable=False),
        Column("question_key", String(16), nullable=False),
        Column("text", Text, nullable=False),
        Column("position", Integer, nullable=False),
        Column("starred", Boolean, nullable=False),
        Column("deleted", Boolean, nullable=False),
        Column("created_at", UtcDateTime, nullable=False),
        Column("updated_at", UtcDateTime, nullable=False),
    ]


versions = Table(
    "versions", metadata,
    Column("contribution_uuid", UUID, primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("content_hash", SHA, primary_key=True),
    *_contribution_columns(),
    Column("bundle_sha256", SHA, nullable=False),  # the first bundle that brought it
    CheckConstraint(QUESTION_CHECK, name="ck_versions_question"),
    Index("ix_versions_run", "run_uuid"),
)

# Every bundle that carried a version (``versions`` names only the first of them, rule 5), with
# the times it gave it: what claims and trust count for a key (rule 11).
provenance = Table(
    "provenance", metadata,
    Column("contribution_uuid", UUID, primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("content_hash", SHA, primary_key=True),
    Column("bundle_sha256", SHA, primary_key=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

contributions = Table(
    "contributions", metadata,
    Column("uuid", UUID, primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("content_hash", SHA, nullable=False),
    *_contribution_columns(),
    Column("bundle_sha256", SHA, nullable=False),
    Column("in_conflict", Boolean, nullable=False),
    Index("ix_contributions_report", "engagement_number", "question_key", "run_uuid", "position"),
)

conflicts = Table(
    "conflicts", metadata,
    Column("contribution_uuid", UUID, primary_key=True),
    Column("revision", Integer, primary_key=True),
    # open: waiting for the organiser; resolved: a choice was made; superseded: a later
    # revision arrived and replaced every version in conflict
    Column("status", String(16), nullable=False),
    Column("resolution", String(16), nullable=True),  # keep (one version) or both
    Column("kept_hash", SHA, nullable=True),
    Column("detected_at", UtcDateTime, nullable=False),
    Column("resolved_at", UtcDateTime, nullable=True),
    CheckConstraint("status IN ('open', 'resolved', 'superseded')", name="ck_conflicts_status"),
)

notes = Table(
    "notes", metadata,
    Column("run_uuid", UUID, primary_key=True),
    Column("engagement_number", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("content_hash", SHA, nullable=False),
)

# Every bundle's note per run and engagement (``notes`` keeps only the latest): the notes of a
# disputed run are those of its trusted key's bundles (rule 11).
note_provenance = Table(
    "note_provenance", metadata,
    Column("bundle_sha256", SHA, primary_key=True),
    Column("run_uuid", UUID, primary_key=True),
    Column("engagement_number", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("content_hash", SHA, nullable=False),
)

# The editors' synthesis per event and engagement (central/syntheses.py): the organisers' own
# text, never a bundle's; ``revision`` counts saves, so that saving over another's is refused.
syntheses = Table(
    "syntheses", metadata,
    Column("event_id", String(80), primary_key=True),
    Column("engagement_number", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("revision", Integer, nullable=False),
)

# The organisers' decisions on near-duplicate groups (central/groups.py): keyed by the sorted
# contribution UUIDs of the group (``group_key``), never by a group number, so that the same
# decisions on the same bundles give the same report whatever the merge order. ``members``
# holds each UUID's revision and content hash when decided: a member changed since makes the
# decision wait for review. An undone decision stays, with who undid it and when; at most one
# decision per group is in force.
duplicate_decisions = Table(
    "duplicate_decisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("group_key", SHA, nullable=False),
    Column("engagement_number", Integer, nullable=False),
    Column("question_key", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("members", JSON, nullable=False),  # [[uuid, revision, content_hash], ...] sorted
    Column("kept_uuid", UUID, nullable=True),  # confirm: the text kept
    Column("merged_text", Text, nullable=True),  # confirm: or the organiser's merged text
    Column("removed", JSON, nullable=False),  # split: the UUIDs taken out
    Column("author", Text, nullable=False),
    Column("decided_at", UtcDateTime, nullable=False),
    Column("undone_by", Text, nullable=True),
    Column("undone_at", UtcDateTime, nullable=True),
    CheckConstraint("kind IN ('confirm', 'split', 'dismiss')", name="ck_duplicate_kind"),
    Index("ux_duplicate_in_force", "group_key", unique=True,
          sqlite_where=text("undone_at IS NULL"), postgresql_where=text("undone_at IS NULL")),
)
