"""The merge of bundles into the central store, by the rules of ``docs/merge.md``.

Each bundle is merged in one transaction. Its contributions' versions are added to the history
(the database refuses a version it already has), then the current state of each contribution it
touches is derived again from the whole history: the highest revision wins, and two different
versions at that revision are a conflict for the organiser. Since the current state is a
function of the set of versions received, the order and the repeats of bundles do not matter.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict, namedtuple
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from itertools import repeat
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Dialect,
    Insert,
    Row,
    Table,
    and_,
    bindparam,
    cast,
    delete,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.sql.elements import TextClause
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from facilitator_app.bundle import Bundle, read_bundle, read_bundle_bytes
from facilitator_app.bundle.reader import bundle_files
from facilitator_app.bundle import format as fmt
from facilitator_app.catalogue import catalogue_to_dict
from facilitator_app.central import schema as s
from facilitator_app.central.claims import read_claims
from facilitator_app.central.many_rows import ManyRows
from facilitator_app.central.store import CentralStore, name_key, who
from facilitator_app.errors import BundleError
from facilitator_app.i18n import Message, msg
from facilitator_app.storage.types import utcnow
from facilitator_app.strict_json import dumps

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicting: int = 0
    removed: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))

    def as_tuple(self) -> tuple[int, ...]:
        return (self.added, self.updated, self.unchanged, self.conflicting, self.removed)

    def to_json(self) -> dict[str, int]:
        return dict(zip(("added", "updated", "unchanged", "conflicting", "removed"),
                        self.as_tuple(), strict=True))


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one file: ``merged``, ``already`` (merged before, ``when``),
    ``quarantined`` (unknown key under ``--require-known-keys``) or ``rejected``."""

    source: str
    verdict: str
    counts: Counts = Counts()
    rule: str | None = None
    reason: Message | None = None
    sha256: str | None = None
    fingerprint: str | None = None
    facilitators: tuple[str, ...] = ()
    atelier_number: int | None = None
    trust: str | None = None
    trust_note: Message | None = None
    when: datetime | None = None
    claim: Message | None = None  # its run is also claimed by other keys (claims.py)

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "verdict": self.verdict, "counts": self.counts.to_json(),
                "rule": self.rule, "reason": self.reason.render() if self.reason else None,
                "sha256": self.sha256, "fingerprint": self.fingerprint,
                "facilitators": list(self.facilitators), "atelier": self.atelier_number,
                "trust": self.trust,
                "trust_note": self.trust_note.render() if self.trust_note else None,
                "claim": self.claim.render() if self.claim else None}


@dataclass
class MergeReport:
    outcomes: list[Outcome] = field(default_factory=list)
    cancelled: bool = False
    merge_id: int | None = None

    @property
    def totals(self) -> Counts:
        return sum((o.counts for o in self.outcomes), Counts())

    def count(self, verdict: str) -> int:
        return sum(o.verdict == verdict for o in self.outcomes)

    @property
    def ok(self) -> bool:
        """False when any bundle was rejected or quarantined (the command's exit status)."""
        return not (self.count("rejected") or self.count("quarantined"))


_Version = namedtuple("_Version", [c.name for c in s.versions.c])
# The current state of a contribution, as the rules decide it: a version, and whether it is in
# conflict. Its other columns are those of that version (as its earliest bundle carried it).
_State = namedtuple("_State", ["uuid", "revision", "content_hash", "deleted", "in_conflict",
                               "bundle_sha256"])


def _among_uuids(column) -> ColumnElement[bool]:
    """``column`` is one of the UUIDs given when the statement runs (``uuids``)."""
    return column.in_(bindparam("uuids", expanding=True))


# What refresh() reads of some contributions, built once: their states, their versions and
# their conflicts.
_STATES = select(*(s.contributions.c[name] for name in _State._fields)).where(
    _among_uuids(s.contributions.c.uuid))
_HISTORIES = select(*(s.versions.c[name] for name in (
    "contribution_uuid", "revision", "content_hash", "deleted", "bundle_sha256"))).where(
        _among_uuids(s.versions.c.contribution_uuid))
_CONFLICTS = select(s.conflicts).where(_among_uuids(s.conflicts.c.contribution_uuid))
# The versions the store holds at the revision of a conflict, read before a bundle adds its
# own: a version of the bundle not among them is one the organiser has not seen.
_HELD_IN_CONFLICTS = select(s.versions.c.contribution_uuid, s.versions.c.content_hash).join(
    s.conflicts, and_(s.conflicts.c.contribution_uuid == s.versions.c.contribution_uuid,
                      s.conflicts.c.revision == s.versions.c.revision)).where(
    _among_uuids(s.conflicts.c.contribution_uuid))
# What every bundle runs, built once (building a statement costs more than running it).
_KEYS = select(s.keys)
_BUNDLE = select(s.bundles).where(s.bundles.c.sha256 == bindparam("sha"))
# A bundle merged again under another name is known by the least of its names (by code point).
_LEAST_NAME = update(s.bundles).where(s.bundles.c.sha256 == bindparam("sha"),
                                      s.bundles.c.file_name > bindparam("name")).values(
    file_name=bindparam("name"))
_BUNDLE_COUNTS = update(s.bundles).where(s.bundles.c.sha256 == bindparam("sha")).values(
    merged_counts=bindparam("changed"))


@lru_cache(maxsize=8)
def _record_bundle(dialect: str) -> Insert:
    """The bundle's row, unless the store has it (its SHA-256 is returned when inserted)."""
    return _insert(dialect, s.bundles).on_conflict_do_nothing().returning(s.bundles.c.sha256)


@lru_cache(maxsize=8)
def _record_catalogue(dialect: str) -> Insert:
    return _insert(dialect, s.catalogues).on_conflict_do_nothing()


@lru_cache(maxsize=8)
def _record_note(dialect: str) -> Insert:
    """A bundle's note, in the notes each bundle carried (a repeat ignored)."""
    return _insert(dialect, s.note_provenance).on_conflict_do_nothing()


@lru_cache(maxsize=16)
def _catalogue_content(catalogue) -> dict[str, Any]:
    """A catalogue as the store keeps it: bundles of one evening share theirs."""
    return catalogue_to_dict(catalogue)


class _DryRun(Exception):
    def __init__(self, outcome: Outcome) -> None:
        self.outcome = outcome


def _insert(dialect: str, table):
    return (pg_insert if dialect == "postgresql" else sqlite_insert)(table)


@dataclass(frozen=True, slots=True)
class _Writes:
    """The writes of every bundle, compiled once per database."""

    # Rows of the history (_Version). A version already held keeps the bundle that sorts
    # first (see earlier_bundle) and that bundle's times.
    versions: ManyRows
    current: ManyRows  # current states (_State), each copied from the version it names
    provenance: ManyRows  # (version, bundle) pairs (_PROVENANCE), a repeat ignored


def earlier_bundle(table: str) -> TextClause:
    """In an upsert into ``table``: the incoming row's bundle sorts before the held row's, in
    the order of bundles: by the time its laptop made it (its manifest's ``created_at``), then
    by SHA-256. Of the bundles that carried the same thing, the first in this order is its
    source, whatever the order of merges. (Written as SQL: SQLAlchemy does not correlate a
    subquery with the table of an INSERT's conflict clause.)"""
    def made(side: str) -> str:
        return f"(SELECT created_at FROM bundles WHERE sha256 = {side}.bundle_sha256)"
    return text(
        f"excluded.bundle_sha256 <> {table}.bundle_sha256 AND ({made('excluded')} < "
        f"{made(table)} OR ({made('excluded')} = {made(table)} AND "
        f"excluded.bundle_sha256 < {table}.bundle_sha256))")


@lru_cache(maxsize=8)
def _writes(dialect: Dialect) -> _Writes:
    version = s.versions.c
    # The version a state names (by the whole key of the history), and its conflict flag.
    named = select(*version, cast(bindparam("in_conflict"), Boolean)).where(
        version.contribution_uuid == bindparam("uuid"), version.revision == bindparam("revision"),
        version.content_hash == bindparam("content_hash"))
    current = _insert(dialect.name, s.contributions).from_select(
        ["uuid", *_Version._fields[1:], "in_conflict"], named)
    current = current.on_conflict_do_update(
        index_elements=["uuid"], set_={c.name: current.excluded[c.name]
                                       for c in s.contributions.c if c.name != "uuid"})
    held = _insert(dialect.name, s.versions)
    held = held.on_conflict_do_update(
        index_elements=["contribution_uuid", "revision", "content_hash"],
        set_={name: held.excluded[name] for name in _Version._fields[3:]},
        where=earlier_bundle(s.versions.name))
    carried = _insert(dialect.name, s.provenance).on_conflict_do_nothing()
    return _Writes(ManyRows(held, _Version._fields, dialect),
                   ManyRows(current, _State._fields, dialect),
                   ManyRows(carried, _PROVENANCE, dialect))


_PROVENANCE = ("contribution_uuid", "revision", "content_hash", "bundle_sha256", "created_at",
               "updated_at")


def content_hash(value: dict[str, Any]) -> str:
    return hashlib.sha256(dumps(value)).hexdigest()


_JSON_TRUTH = {True: "true", False: "false"}


def version_hash(engagement: int, question: str, text: str, position: int, starred: bool,
                 deleted: bool) -> str:
    """What makes two versions of a contribution different (times are not content): the
    ``content_hash`` of these six values, with their canonical JSON written directly (keys in
    order, strings escaped by the json module's own function), as a merge hashes thousands."""
    return hashlib.sha256(
        f'{{"deleted":{_JSON_TRUTH[deleted]},"engagement":{int(engagement)},'
        f'"position":{int(position)},"question":{encode_basestring(question)},'
        f'"starred":{_JSON_TRUTH[starred]},"text":{encode_basestring(text)}}}'
        .encode("utf-8")).hexdigest()


# -- trust ---------------------------------------------------------------------------------

def _mine(keys: Sequence[Row], bundle: Bundle) -> Row | None:
    """The bundle's key among the store's, if it is there."""
    return next((k for k in keys if k.fingerprint == bundle.fingerprint), None)


def _trust(keys: Sequence[Row], bundle: Bundle) -> tuple[str, Message | None, bool]:
    """The bundle's trust (trusted, recorded, new or flagged) among the store's keys, why, and
    whether its key is one an organiser registered."""
    mine = _mine(keys, bundle)
    names = {name_key(n) for n in bundle.facilitators} - {""}
    for other in keys:
        if other.fingerprint == bundle.fingerprint or not names:
            continue
        shared = names.intersection(map(name_key, other.facilitators))
        if shared:
            return "flagged", msg(
                "Déjà associé à une autre clé ({other}) : {names}. Ce paquet est signé par "
                "{fp} ; vérifiez auprès de l'animateur avant de faire confiance à cette clé.",
                "{names} is already associated with another key ({other}); this bundle is "
                "signed by {fp}. Check with the facilitator before trusting it.",
                names=", ".join(sorted(n for n in bundle.facilitators
                                       if name_key(n) in shared)),
                other=other.fingerprint, fp=bundle.fingerprint), \
                bool(mine and mine.status == "trusted")
    if mine is None:
        return "new", None, False
    return mine.status, None, mine.status == "trusted"


# -- the rules -----------------------------------------------------------------------------

@lru_cache(maxsize=8)
def _upsert_latest(dialect: str, table: Table, keys: tuple[str, ...]) -> Insert:
    """Insert a row of ``table`` (every column given when it runs), or replace the row with
    the same ``keys`` when the new one has a higher revision (or, at the same revision, a
    greater content hash: an arbitrary but order-independent choice; at the same content, the
    earlier bundle when the table records one)."""
    statement = _insert(dialect, table)
    same = and_(statement.excluded.revision == table.c.revision,
                statement.excluded.content_hash == table.c.content_hash)
    newer = or_(statement.excluded.revision > table.c.revision,
                and_(statement.excluded.revision == table.c.revision,
                     statement.excluded.content_hash > table.c.content_hash))
    if "bundle_sha256" in table.c:
        newer = or_(newer, and_(same, earlier_bundle(table.name)))
    return statement.on_conflict_do_update(
        index_elements=list(keys),
        set_={c.name: statement.excluded[c.name] for c in table.c if c.name not in keys},
        where=newer)


def refresh(conn: Connection, dialect: str, uuids: Iterable[str],
            incoming: dict[str, _Version] | None = None,
            held: frozenset[tuple[str, str]] = frozenset()) -> dict[str, tuple]:
    """Derive again the current state of some contributions from their history. Returns, per
    UUID, the current state before (None for a contribution never seen) and after, and
    whether the version just received is in conflict: it opened one, joined an open one, or
    reopened one the organiser had resolved without it.

    ``incoming`` holds the versions just added. A contribution the store had never seen has
    no other version: its history is not read back, and that version is its current state.
    ``held``: (UUID, content hash) of the versions at a conflict's revision the store held
    before they were added."""
    uuids = list(uuids)
    before = {r.uuid: _State(*r) for r in conn.execute(_STATES, {"uuids": uuids}).all()}
    new = [u for u in uuids if u not in before and incoming is not None and u in incoming]
    known_uuids = [u for u in uuids if u in before or incoming is None or u not in incoming]
    history: dict[str, list] = defaultdict(list)
    known: dict[str, dict[int, Any]] = defaultdict(dict)  # conflicts, by UUID and revision
    if known_uuids:
        for v in conn.execute(_HISTORIES, {"uuids": known_uuids}).all():
            history[v.contribution_uuid].append(v)
        for c in conn.execute(_CONFLICTS, {"uuids": known_uuids}).all():
            known[c.contribution_uuid][c.revision] = c
    now = utcnow()
    after = [_State(u, incoming[u].revision, incoming[u].content_hash, incoming[u].deleted,
                    False, incoming[u].bundle_sha256) for u in new]
    conflicting = set()
    for uuid in known_uuids:
        versions = history[uuid]
        latest = max(v.revision for v in versions)
        tops = sorted((v for v in versions if v.revision == latest), key=lambda v: v.content_hash)
        conflicts = known.get(uuid, {})
        # Conflicts exist only at the current revision: older ones became moot.
        stale = [r for r in conflicts if r != latest]
        if stale:
            conn.execute(delete(s.conflicts).where(s.conflicts.c.contribution_uuid == uuid,
                                                   s.conflicts.c.revision.in_(stale)))
        chosen, in_conflict = tops[0], False
        if len(tops) > 1:
            conflict = conflicts.get(latest)
            # A version at that revision that the bundle being merged brought first: one the
            # organiser has not seen.
            arrived = incoming is not None and uuid in incoming and \
                (uuid, incoming[uuid].content_hash) not in held and any(
                    v.content_hash == incoming[uuid].content_hash for v in tops)
            if conflict is None:
                conn.execute(_insert(dialect, s.conflicts).values(
                    contribution_uuid=uuid, revision=latest, status="open",
                    detected_at=now).on_conflict_do_nothing())
                conflicting.add(uuid)
                in_conflict = True
            elif conflict.status == "resolved" and arrived:
                # Resolved without this version: the organiser decides again, having seen it.
                conn.execute(update(s.conflicts).where(
                    s.conflicts.c.contribution_uuid == uuid, s.conflicts.c.revision == latest)
                    .values(status="open", resolution=None, kept_hash=None, resolved_at=None,
                            detected_at=now))
                conflicting.add(uuid)
                in_conflict = True
            elif conflict.status == "resolved" and any(v.content_hash == conflict.kept_hash
                                                       for v in tops):
                chosen = next(v for v in tops if v.content_hash == conflict.kept_hash)
            else:
                if arrived:  # one more version in a conflict still open
                    conflicting.add(uuid)
                in_conflict = True
        after.append(_State(uuid, chosen.revision, chosen.content_hash, chosen.deleted,
                            in_conflict, chosen.bundle_sha256))
    # A state that changed is written, copied from the version it names by the database.
    _writes(conn.dialect).current.execute(
        conn, [state for state in after if state != before.get(state.uuid)])
    return {state.uuid: (before.get(state.uuid), state, state.uuid in conflicting)
            for state in after}


def _count(changes: dict[str, tuple]) -> Counts:
    added = updated = unchanged = conflicting = removed = 0
    for old, new, in_conflict in changes.values():
        if in_conflict:
            conflicting += 1
        elif old is not None and (old.revision, old.content_hash, old.in_conflict) == \
                (new.revision, new.content_hash, new.in_conflict):
            unchanged += 1
        elif new.deleted:  # a deletion: of a visible contribution, or of one never seen
            if old is None or not old.deleted:
                removed += 1
            else:
                unchanged += 1
        elif old is None or old.deleted:
            added += 1
        else:
            updated += 1
    return Counts(added, updated, unchanged, conflicting, removed)


def merge_bundle(store: CentralStore, bundle: Bundle, *, content: bytes | None = None,
                 require_known_keys: bool = False, dry_run: bool = False,
                 merge_id: int | None = None) -> Outcome:
    """Merge one verified bundle in one transaction (nothing is kept when ``dry_run``)."""
    dialect = store.dialect
    versions = bundle_versions(bundle)

    def done(outcome: Outcome) -> Outcome:
        """The outcome, kept; or, for a dry run, the transaction rolled back (a quarantined
        bundle's row and content included), unless the store's rehearsal undoes it later."""
        if dry_run and not store.rehearsing:
            raise _DryRun(outcome)
        return outcome

    def work(conn: Connection) -> Outcome:
        now = utcnow()
        keys = conn.execute(_KEYS).all()
        trust, note, registered = _trust(keys, bundle)
        quarantine = require_known_keys and not registered
        described = dict(source=bundle.source, sha256=bundle.sha256,
                         fingerprint=bundle.fingerprint, facilitators=bundle.facilitators,
                         atelier_number=bundle.run.atelier_number, trust=trust, trust_note=note)
        record = {
            "sha256": bundle.sha256, "bundle_uuid": bundle.bundle_uuid,
            "file_name": bundle.source, "status": "quarantined" if quarantine else "merged",
            "reason": None, "merge_id": merge_id, "merged_at": None if quarantine else now,
            "received_at": now, "fingerprint": bundle.fingerprint,
            "installation_id": bundle.installation_id, "facilitators": list(bundle.facilitators),
            "trust": trust, "trust_note": note.render() if note else "",
            "catalogue_sha256": bundle.catalogue_sha256,
            "atelier_number": bundle.run.atelier_number, "run_uuid": bundle.run.uuid,
            "created_at": bundle.created_at, "counts": fmt.Counts.to_json(bundle.counts),
            "content": content if quarantine else None,
        }
        inserted = conn.execute(_record_bundle(dialect), record).first() is not None
        if not inserted:
            conn.execute(_LEAST_NAME, {"sha": bundle.sha256, "name": bundle.source})
            earlier = conn.execute(_BUNDLE, {"sha": bundle.sha256}).one()
            if earlier.status == "merged":
                return done(Outcome(verdict="already", when=earlier.merged_at, **described))
            if quarantine:
                return done(Outcome(verdict="quarantined", when=earlier.received_at, rule="key",
                                    reason=_quarantine_reason(bundle), **described))
            conn.execute(update(s.bundles).where(s.bundles.c.sha256 == bundle.sha256).values(
                status="merged", merged_at=now, merge_id=merge_id, trust=trust,
                trust_note=record["trust_note"], content=None, reason=None))
        if quarantine:
            conn.execute(update(s.bundles).where(s.bundles.c.sha256 == bundle.sha256).values(
                reason=_quarantine_reason(bundle).render()))
            return done(Outcome(verdict="quarantined", rule="key",
                                reason=_quarantine_reason(bundle), when=now, **described))
        counts, seen = _apply(conn, dialect, bundle, versions, now, _mine(keys, bundle))
        conn.execute(_BUNDLE_COUNTS, {"sha": bundle.sha256, "changed": counts.to_json()})
        return done(Outcome(verdict="merged", counts=counts, when=now,
                            claim=_claim(conn, bundle, seen), **described))

    try:
        return store.write(work)
    except _DryRun as rolled_back:
        return rolled_back.outcome


def _claim(conn: Connection, bundle: Bundle, uuids: list[str]) -> Message | None:
    """What the report does with the bundle's run when bundles of other keys carry it, or its
    contributions, too (``uuids``: those of them the store held before: another bundle may
    have carried only these)."""
    claim = next(iter(read_claims(conn, bundle.run.uuid, uuids).values()), None)
    if claim is None:
        return None
    others = ", ".join(k for k in claim.keys if k != bundle.fingerprint)
    if claim.winner is None:
        return msg("le déroulé {run} est aussi revendiqué par la clé {others} : ses "
                   "contributions sont mises de côté jusqu'à ce qu'une seule de ces clés soit "
                   "de confiance (facilitator-app claims).",
                   "run {run} is also claimed by key {others}: held back until one key is "
                   "trusted (facilitator-app claims).", run=claim.run_uuid, others=others)
    return msg("le déroulé {run} est aussi revendiqué par la clé {others} : le rapport montre "
               "les versions de la clé de confiance {winner}.",
               "run {run} is also claimed by key {others}: the report shows the versions of "
               "the trusted key {winner}.", run=claim.run_uuid, others=others,
               winner=claim.winner)


def _quarantine_reason(bundle: Bundle) -> Message:
    return msg("la clé {fp} ({names}) n'est pas enregistrée comme clé de confiance : le paquet "
               "attend en quarantaine qu'un organisateur fasse confiance à cette clé.",
               "the key {fp} ({names}) is not registered as trusted: the bundle waits in "
               "quarantine until an organiser trusts this key.", fp=bundle.fingerprint,
               names=", ".join(bundle.facilitators) or "—")


def bundle_versions(bundle: Bundle) -> dict[str, _Version]:
    """A bundle's contributions as rows of the history, by UUID (each with its content hash).

    A pure function of the bundle: a merge computes it before its transaction begins, not
    while it holds the store's write lock (nor again when PostgreSQL retries the transaction)."""
    columns = bundle.contribution_columns  # checked by the reader; no dataclass needed
    hashes = list(map(version_hash, columns.engagements, columns.questions, columns.texts,
                      columns.positions, columns.starred, columns.deleted))
    by_name = {
        "contribution_uuid": columns.uuids, "revision": columns.revisions,
        "content_hash": hashes, "run_uuid": repeat(columns.run_uuid),
        "engagement_number": columns.engagements, "question_key": columns.questions,
        "text": columns.texts, "position": columns.positions, "starred": columns.starred,
        "deleted": columns.deleted, "created_at": columns.created_at,
        "updated_at": columns.updated_at, "bundle_sha256": repeat(bundle.sha256)}
    return dict(zip(columns.uuids, map(_Version, *(by_name[f] for f in _Version._fields))))


def _apply(conn: Connection, dialect: str, bundle: Bundle, versions: dict[str, _Version],
           now: datetime, key: Row | None) -> tuple[Counts, list[str]]:
    """The data of a bundle: catalogue, key (``key``: its row in the store, if there), run,
    notes and contributions (``versions``, from ``bundle_versions``). Returns the counts and
    the UUIDs of the contributions the store held before."""
    catalogue = bundle.catalogue
    sha = bundle.catalogue_sha256
    conn.execute(_record_catalogue(dialect), {
        "sha256": sha, "catalogue_id": catalogue.id, "version": catalogue.version,
        "content": _catalogue_content(catalogue), "first_seen_at": now})
    if key is None:  # recorded when first seen
        conn.execute(_insert(dialect, s.keys).values(
            fingerprint=bundle.fingerprint, public_key=_b64(bundle.public_key),
            facilitators=list(bundle.facilitators), status="recorded", registered_at=now,
            note="").on_conflict_do_nothing())
    elif key.public_key is None:  # registered by an organiser, by its fingerprint
        conn.execute(update(s.keys).where(s.keys.c.fingerprint == bundle.fingerprint,
                                          s.keys.c.public_key.is_(None))
                     .values(public_key=_b64(bundle.public_key)))
    run = fmt.run_to_json(bundle.run)
    conn.execute(_upsert_latest(dialect, s.runs, ("uuid",)), {
        "uuid": bundle.run.uuid, "catalogue_sha256": sha,
        "atelier_number": bundle.run.atelier_number,
        "facilitators": list(bundle.run.facilitators),
        "participant_count": bundle.run.participant_count,
        "organisations": list(bundle.run.organisations), "started_at": bundle.run.started_at,
        "ended_at": bundle.run.ended_at, "created_at": bundle.run.created_at,
        "updated_at": bundle.run.updated_at, "revision": bundle.run.revision,
        "content_hash": content_hash(run), "installation_id": bundle.installation_id,
        "bundle_sha256": bundle.sha256})
    for n in bundle.notes:
        note = {"run_uuid": n.run_uuid, "engagement_number": n.engagement_number,
                "text": n.text, "updated_at": n.updated_at, "revision": n.revision,
                "content_hash": content_hash(fmt.notes_to_json(n))}
        conn.execute(_upsert_latest(dialect, s.notes, ("run_uuid", "engagement_number")), note)
        conn.execute(_record_note(dialect), {**note, "bundle_sha256": bundle.sha256})
    if not versions:
        return Counts(), []
    uuids = list(versions)
    chunks = [uuids[start:start + 500] for start in range(0, len(uuids), 500)]  # bounded INs
    held = frozenset(tuple(r) for chunk in chunks
                     for r in conn.execute(_HELD_IN_CONFLICTS, {"uuids": chunk}).all())
    writes = _writes(conn.dialect)
    writes.versions.execute(conn, list(versions.values()))
    writes.provenance.execute(conn, [
        (v.contribution_uuid, v.revision, v.content_hash, v.bundle_sha256, v.created_at,
         v.updated_at) for v in versions.values()])
    changes: dict[str, tuple] = {}
    for chunk in chunks:
        changes |= refresh(conn, dialect, chunk, versions, held)
    return _count(changes), [u for u, (old, _new, _c) in changes.items() if old is not None]


def _b64(raw: bytes) -> str:
    import base64

    return base64.b64encode(raw).decode("ascii")


# -- files ---------------------------------------------------------------------------------

Progress = Callable[[int, int, Outcome], None]


def merge_paths(store: CentralStore, paths: Iterable[Path | str], *,
                require_known_keys: bool = False, dry_run: bool = False,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> MergeReport:
    """Merge every bundle named (files or folders), each in its own transaction, and keep the
    report in the store's history (not for a dry run)."""
    return _merge_each(store, bundle_files(paths), lambda path, merge_id: merge_file(
        store, path, require_known_keys=require_known_keys, dry_run=dry_run, merge_id=merge_id),
        dry_run=dry_run, progress=progress, cancelled=cancelled)


def _merge_each(store: CentralStore, items: Sequence, merge_one: Callable[[Any, int | None],
                Outcome], *, dry_run: bool, progress: Progress | None,
                cancelled: Callable[[], bool] | None) -> MergeReport:
    """Merge ``items`` one by one (``merge_one``), checking ``cancelled`` between them, and keep
    the merge with its outcomes in the store's history. A dry run is one rehearsal: each
    bundle is counted against what the earlier ones would have changed, and nothing is kept."""
    if dry_run:
        def rehearsed() -> MergeReport:
            report = MergeReport()  # a fresh one when the rehearsal is replayed
            _each(items, merge_one, report, progress, cancelled)
            return report

        return store.rehearse(rehearsed)
    report = MergeReport()
    report.merge_id = store.write(lambda conn: conn.execute(insert(s.merges).values(
        started_at=utcnow(), who=who(), totals={}, outcomes=[])).inserted_primary_key[0])
    _each(items, merge_one, report, progress, cancelled)
    totals = {**report.totals.to_json(), "bundles": len(report.outcomes),
              "rejected": report.count("rejected"), "quarantined": report.count("quarantined"),
              "already": report.count("already"), "cancelled": report.cancelled}
    store.write(lambda conn: conn.execute(update(s.merges).where(
        s.merges.c.id == report.merge_id).values(
        finished_at=utcnow(), totals=totals, outcomes=[o.to_json() for o in report.outcomes])))
    return report


def _each(items: Sequence, merge_one: Callable[[Any, int | None], Outcome], report: MergeReport,
          progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
    for index, item in enumerate(items):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        outcome = merge_one(item, report.merge_id)
        report.outcomes.append(outcome)
        if progress is not None:
            progress(index + 1, len(items), outcome)


def merge_file(store: CentralStore, path: Path, *, require_known_keys: bool = False,
               dry_run: bool = False, merge_id: int | None = None) -> Outcome:
    """Read, check and merge one file; a refused file becomes a ``rejected`` outcome."""
    try:
        bundle = read_bundle(path)
        content = path.read_bytes() if require_known_keys else None
        if content is not None and hashlib.sha256(content).hexdigest() != bundle.sha256:
            raise BundleError(path.name, "unreadable", msg(
                "le fichier a changé pendant sa lecture.", "the file changed while being read."))
    except BundleError as refused:
        log.warning("rejected %s: %s", path, refused)
        return Outcome(source=path.name, verdict="rejected", rule=refused.rule,
                       reason=refused.problem)
    return merge_bundle(store, bundle, content=content, require_known_keys=require_known_keys,
                        dry_run=dry_run, merge_id=merge_id)


def merge_quarantined(store: CentralStore, *, dry_run: bool = False,
                      progress: Progress | None = None,
                      cancelled: Callable[[], bool] | None = None) -> MergeReport:
    """Merge again the bundles waiting in quarantine (those whose key is now trusted are
    merged, the others stay), each in its own transaction, kept in the history like any
    merge."""
    waiting = [r for r in store.bundles() if r.status == "quarantined"]

    def merge_one(record, merge_id: int | None) -> Outcome:
        content = store.quarantined_content(record.sha256)
        try:
            bundle = read_bundle_bytes(content, record.file_name)
        except BundleError as refused:  # a later version of the reader may refuse it
            log.warning("rejected quarantined %s: %s", record.file_name, refused)
            return Outcome(source=record.file_name, verdict="rejected", rule=refused.rule,
                           reason=refused.problem)
        return merge_bundle(store, bundle, require_known_keys=True, dry_run=dry_run,
                            content=content, merge_id=merge_id)

    return _merge_each(store, waiting, merge_one, dry_run=dry_run, progress=progress,
                       cancelled=cancelled)
