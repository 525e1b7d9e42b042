"""Near-duplicate groups in the central store: the proposals of ``near_duplicates`` over the
contributions as merged, and the organisers' decisions on them (issue 19).

A decision names its group by the group's contribution UUIDs (``group_key``, the SHA-256 of
the sorted UUIDs; its first characters are the group's id on screen), never by a number or a
place in a list, so that the same decisions on the same set of bundles give the same groups
and the same report whatever order the bundles were merged in. Three decisions:

- **confirm**: the members are one contribution; the report shows it once, with the text of
  the member kept (``kept_uuid``) or the organiser's merged text, and all its sources;
- **split**: some members are taken out (``removed``); the others stay a proposal;
- **dismiss**: not duplicates; the proposal is no longer offered.

Each names who decided and when, and each can be undone (the row stays, with who undid it).
A decision records each member's revision and content hash: when a member has changed since
(a newer revision merged, or deleted), the decision is *to review* and is not applied.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from facilitator_app.central import schema as s
from facilitator_app.central.store import CentralStore
from facilitator_app.errors import FacilitatorError
from facilitator_app.i18n import msg
from facilitator_app.near_duplicates import Contribution, propose_groups
from facilitator_app.storage.types import utcnow
from facilitator_app.text_rules import sanitise_name, sanitise_text

KINDS = ("confirm", "split", "dismiss")
MAX_MERGED_CHARS = 32_767  # what an Excel cell holds, the workbook's own limit
ID_LENGTH = 10  # characters of a group key shown as its id


def group_key(uuids: Iterable[str]) -> str:
    """The key of the group of these contributions, whatever their order."""
    return hashlib.sha256("\n".join(sorted(set(uuids))).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Member:
    """A contribution as the store holds it now."""

    uuid: str
    revision: int
    content_hash: str
    engagement_number: int
    question_key: str
    text: str
    deleted: bool
    run_uuid: str
    bundle_sha256: str


@dataclass(frozen=True, slots=True)
class Decision:
    """An organiser's decision on the group ``group_key``; ``members`` are (uuid, revision,
    content hash) when decided."""

    id: int
    group_key: str
    engagement_number: int
    question_key: str
    kind: str
    members: tuple[tuple[str, int, str], ...]
    kept_uuid: str | None
    merged_text: str | None
    removed: tuple[str, ...]
    author: str
    decided_at: datetime
    undone_by: str | None = None
    undone_at: datetime | None = None

    @property
    def uuids(self) -> tuple[str, ...]:
        return tuple(m[0] for m in self.members)

    @property
    def short_id(self) -> str:
        return self.group_key[:ID_LENGTH]


@dataclass(frozen=True, slots=True)
class GroupView:
    """A group as the organiser sees it. ``state`` is ``open`` (proposed, no decision),
    ``confirm``, ``dismiss``, ``split`` (a decision in force) or ``review`` (a decision whose
    members changed since: not applied); ``changed`` the members concerned."""

    group_key: str
    engagement_number: int
    question_key: str
    members: tuple[Member, ...]
    score: float
    state: str
    decision: Decision | None = None
    changed: tuple[str, ...] = ()

    @property
    def short_id(self) -> str:
        return self.group_key[:ID_LENGTH]

    @property
    def uuids(self) -> tuple[str, ...]:
        return tuple(m.uuid for m in self.members)


def _decision(row) -> Decision:
    return Decision(row.id, row.group_key, row.engagement_number, row.question_key, row.kind,
                    tuple((str(u), int(r), str(h)) for u, r, h in row.members), row.kept_uuid,
                    row.merged_text, tuple(row.removed), row.author, row.decided_at,
                    row.undone_by, row.undone_at)


def read_members(conn: Connection) -> dict[str, Member]:
    """Every contribution's current state, deleted ones included, by UUID."""
    c = s.contributions.c
    rows = conn.execute(select(c.uuid, c.revision, c.content_hash, c.engagement_number,
                               c.question_key, c.text, c.deleted, c.run_uuid,
                               c.bundle_sha256)).all()
    return {r.uuid: Member(r.uuid, r.revision, r.content_hash, r.engagement_number,
                           r.question_key, r.text, bool(r.deleted), r.run_uuid,
                           r.bundle_sha256) for r in rows}


def read_decisions(conn: Connection, *, with_undone: bool = False) -> list[Decision]:
    """The decisions in force (and the undone ones when asked), oldest first."""
    query = select(s.duplicate_decisions).order_by(s.duplicate_decisions.c.id)
    if not with_undone:
        query = query.where(s.duplicate_decisions.c.undone_at.is_(None))
    return [_decision(r) for r in conn.execute(query).all()]


def changed_members(decision: Decision, members: dict[str, Member]) -> tuple[str, ...]:
    """The UUIDs of the decision's members that are no longer as decided (another revision,
    another content, deleted, or gone)."""
    found = []
    for uuid, revision, content_hash in decision.members:
        now = members.get(uuid)
        if now is None or now.deleted or (now.revision, now.content_hash) != (revision,
                                                                            content_hash):
            found.append(uuid)
    return tuple(found)


def build_views(members: dict[str, Member], decisions: Sequence[Decision]) -> list[GroupView]:
    """The groups to show: each proposal (after the splits in force), with its decision, and
    every decision in force whose group is no longer proposed as such. A function of the two
    sets alone: the same whatever order they were made or merged in."""
    live = [Contribution(m.uuid, m.engagement_number, m.question_key, m.text)
            for m in members.values() if not m.deleted]
    by_key = {d.group_key: d for d in decisions}
    views: dict[str, GroupView] = {}
    for proposal in propose_groups(live):
        uuids = proposal.uuids
        seen: set[str] = set()
        key = group_key(uuids)
        # A split in force (members unchanged) takes its members out; what is left may have
        # been split again.
        while (d := by_key.get(key)) is not None and d.kind == "split" and key not in seen \
                and not changed_members(d, members):
            seen.add(key)
            uuids = tuple(u for u in uuids if u not in set(d.removed))
            key = group_key(uuids)
        if len(uuids) < 2:
            continue
        views[key] = _view(key, uuids, proposal.score, members, by_key.get(key))
    for d in decisions:
        if d.group_key not in views:
            present = tuple(u for u in d.uuids if u in members)
            views[d.group_key] = _view(d.group_key, present, 0.0, members, d)
    return sorted(views.values(), key=lambda v: (v.engagement_number, v.question_key,
                                                 v.uuids, v.group_key))


def _view(key: str, uuids: Sequence[str], score: float, members: dict[str, Member],
          decision: Decision | None) -> GroupView:
    chosen = tuple(members[u] for u in sorted(uuids) if u in members)
    if decision is None:
        return GroupView(key, chosen[0].engagement_number, chosen[0].question_key, chosen,
                         score, "open")
    changed = changed_members(decision, members)
    return GroupView(key, decision.engagement_number, decision.question_key, chosen, score,
                     "review" if changed else decision.kind, decision, changed)


def group_views(store: CentralStore) -> list[GroupView]:
    """The proposals and decisions of the store, as :func:`build_views` makes them."""
    return store.read(lambda conn: build_views(read_members(conn), read_decisions(conn)))


def confirmed(store: CentralStore) -> list[tuple[Decision, tuple[Member, ...]]]:
    """The confirmed groups the report applies (members unchanged since), with their
    members; sorted by group key."""
    def work(conn):
        members = read_members(conn)
        return [(d, tuple(members[u] for u in d.uuids)) for d in read_decisions(conn)
                if d.kind == "confirm" and not changed_members(d, members)]
    return sorted(store.read(work), key=lambda pair: pair[0].group_key)


def run_places(store: CentralStore) -> dict[str, tuple[str, str]]:
    """Each run's event id and atelier label ("3 – Ouverture des données…"), by run UUID, to
    say where a group's texts came from."""
    from facilitator_app.central.report_source import CentralReportSource

    source = CentralReportSource(store)
    titles = {(a.event_id, a.number): a.title for a in source.ateliers()}
    found = {}
    for uuid, run in source._runs.items():
        catalogue = source._catalogues.get(run.catalogue_sha256)
        event = catalogue.id if catalogue else "?"
        title = titles.get((event, run.atelier_number), "")
        found[uuid] = (event, f"{run.atelier_number} – {title}" if title else
                       str(run.atelier_number))
    return found


def run_labels(store: CentralStore) -> dict[str, str]:
    """Each run's place as one label ("event, atelier"), by run UUID: what the organisers'
    window shows beside a group's texts."""
    return {run: f"{event}, {atelier}" for run, (event, atelier) in run_places(store).items()}


# -- deciding ------------------------------------------------------------------------------


class GroupError(FacilitatorError):
    """A decision on a group that cannot be made as asked."""


def find_group(views: Sequence[GroupView], prefix: str) -> GroupView:
    """The group whose id starts with ``prefix`` (at least four characters), refused when
    none or several do."""
    prefix = prefix.strip().lower()
    found = [v for v in views if v.group_key.startswith(prefix)] if len(prefix) >= 4 else []
    if len(found) != 1:
        raise GroupError(msg(
            "Aucun groupe n'a l'identifiant « {id} »." if not found else
            "Plusieurs groupes commencent par « {id} » ; donnez plus de caractères.",
            "No group has the id '{id}'." if not found else
            "Several groups start with '{id}'; give more characters.", id=prefix))
    return found[0]


def find_member(group: GroupView, prefix: str) -> str:
    """The UUID of the group's member that starts with ``prefix``, or whose place in the
    group (from 1) it is."""
    prefix = prefix.strip().lower()
    if prefix.isdigit() and 1 <= int(prefix) <= len(group.uuids):
        return group.uuids[int(prefix) - 1]
    found = [u for u in group.uuids if u.startswith(prefix)] if prefix else []
    if len(found) != 1:
        raise GroupError(msg(
            "Le groupe {group} n'a pas une et une seule contribution « {id}… » ; ses "
            "contributions : {uuids}.", "Group {group} has not exactly one contribution "
            "'{id}…'; its contributions: {uuids}.", group=group.short_id, id=prefix,
            uuids=", ".join(u[:8] for u in group.uuids)))
    return found[0]


def decide(store: CentralStore, group: GroupView, kind: str, author: str, *,
           keep: str | None = None, merged_text: str | None = None,
           removed: Sequence[str] = ()) -> Decision:
    """Record a decision on ``group`` (as :func:`group_views` showed it): ``confirm`` with
    ``keep`` (a member's UUID) or ``merged_text``; ``split`` with ``removed`` (members'
    UUIDs); ``dismiss``. Refused when the group has a decision in force, when its members
    changed since it was shown, or when a confirmation would overlap another one."""
    if kind not in KINDS:
        raise ValueError(kind)
    author = sanitise_name(author).strip() or "?"
    text = sanitise_text(merged_text).strip() if merged_text is not None else None
    if kind == "confirm" and (keep is None) == (text is None or text == ""):
        raise GroupError(msg(
            "Pour confirmer un groupe, gardez l'un de ses textes ou écrivez le texte fusionné.",
            "To confirm a group, keep one of its texts or write the merged text."))
    if text is not None and len(text) > MAX_MERGED_CHARS:
        raise GroupError(msg("Le texte fusionné fait {n} caractères ; {limit} au plus.",
                             "The merged text is {n} characters long; at most {limit}.",
                             n=len(text), limit=MAX_MERGED_CHARS))
    if keep is not None and keep not in group.uuids:
        raise GroupError(msg("La contribution {id} n'est pas de ce groupe.",
                             "Contribution {id} is not in this group.", id=keep[:8]))
    removed = tuple(sorted(set(removed)))
    if kind == "split" and (not removed or not set(removed) < set(group.uuids)):
        raise GroupError(msg(
            "Pour séparer un groupe, sortez-en une partie de ses contributions.",
            "To split a group, take some of its contributions out of it."))

    def work(conn: Connection) -> Decision:
        members = read_members(conn)
        in_force = read_decisions(conn)
        now = next((d for d in in_force if d.group_key == group.group_key), None)
        if now is not None:
            raise GroupError(msg(
                "Le groupe {id} a déjà une décision ({who}, {when} UTC) ; annulez-la d'abord.",
                "Group {id} already has a decision ({who}, {when} UTC); undo it first.",
                id=group.short_id, who=now.author,
                when=now.decided_at.strftime("%Y-%m-%d %H:%M")))
        rows = []
        for m in group.members:
            current = members.get(m.uuid)
            if current is None or current.deleted or (current.revision, current.content_hash) \
                    != (m.revision, m.content_hash):
                raise GroupError(msg(
                    "La contribution {id} a changé depuis l'affichage du groupe ; "
                    "rechargez-le.", "Contribution {id} changed since the group was shown; "
                    "reload it.", id=m.uuid[:8]))
            rows.append([m.uuid, current.revision, current.content_hash])
        if kind == "confirm":
            mine = set(group.uuids)
            for other in in_force:
                if other.kind == "confirm" and mine & set(other.uuids):
                    raise GroupError(msg(
                        "Une contribution de ce groupe est déjà dans le groupe confirmé {id} ; "
                        "annulez cette décision d'abord.", "A contribution of this group is "
                        "already in the confirmed group {id}; undo that decision first.",
                        id=other.short_id))
        values = dict(group_key=group.group_key, engagement_number=group.engagement_number,
                      question_key=group.question_key, kind=kind, members=sorted(rows),
                      kept_uuid=keep if kind == "confirm" else None,
                      merged_text=text if kind == "confirm" and keep is None else None,
                      removed=list(removed) if kind == "split" else [], author=author,
                      decided_at=utcnow())
        made = conn.execute(insert(s.duplicate_decisions).values(**values)
                            .returning(s.duplicate_decisions.c.id)).scalar_one()
        return _decision(conn.execute(select(s.duplicate_decisions).where(
            s.duplicate_decisions.c.id == made)).one())

    return store.write(work)


def undo(store: CentralStore, prefix: str, author: str) -> Decision:
    """Undo the decision in force on the group whose id starts with ``prefix``; the group is
    proposed again as it was before. Returns the decision undone."""
    author = sanitise_name(author).strip() or "?"
    prefix = prefix.strip().lower()

    def work(conn: Connection) -> Decision:
        found = [d for d in read_decisions(conn) if d.group_key.startswith(prefix)] \
            if len(prefix) >= 4 else []
        if len(found) != 1:
            raise GroupError(msg(
                "Aucune décision en vigueur sur un groupe « {id} »." if not found else
                "Plusieurs décisions commencent par « {id} » ; donnez plus de caractères.",
                "No decision in force on a group '{id}'." if not found else
                "Several decisions start with '{id}'; give more characters.", id=prefix))
        table = s.duplicate_decisions
        conn.execute(update(table).where(table.c.id == found[0].id)
                     .values(undone_by=author, undone_at=utcnow()))
        return _decision(conn.execute(select(table).where(table.c.id == found[0].id)).one())

    return store.write(work)
