"""The central store as the report's :class:`~facilitator_app.report.data.ReportSource`.

Small things (events, ateliers, engagements, sources, conflicts) are read whole; contributions
are streamed from one ordered query, so that a report of a large store runs in bounded memory.
Versions kept side by side by an organiser ("keep both") are reported as contributions of
their own, next to the version kept first.
"""

from __future__ import annotations

import re
from collections import defaultdict, namedtuple
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any

from sqlalchemy import and_, case, func, literal, select, union_all

from facilitator_app.central.claims import Claim, read_claims

from facilitator_app.catalogue import catalogue_from_dict
from facilitator_app.central import schema as s
from facilitator_app.central.store import CentralStore
from facilitator_app.central.trust import bundle_order, bundle_trust
from facilitator_app.domain import QUESTION_KEYS, Catalogue
from facilitator_app.report.data import (
    ReportAtelier,
    ReportBundleSource,
    ReportConflict,
    ReportContribution,
    ReportEngagement,
    ReportEvent,
    ReportGroup,
    ReportGroupSource,
    ReportNote,
    ReportSynthesis,
    note_order,
)

_STREAM_BATCH = 2000


class CentralReportSource:
    """What the report reads from a central store, as merged so far."""

    def __init__(self, store: CentralStore) -> None:
        self.store = store

    @cached_property
    def _bundles(self) -> tuple:
        """The merged bundles, in the order of bundles: each contribution is reported with the
        event (catalogue) and atelier of the bundle that carried its version."""
        rows = self.store.read(lambda c: c.execute(
            select(s.bundles.c.sha256, s.bundles.c.catalogue_sha256, s.bundles.c.atelier_number,
                   s.bundles.c.run_uuid, s.bundles.c.facilitators, s.bundles.c.created_at)
            .where(s.bundles.c.status == "merged")).all())
        return tuple(sorted(rows, key=bundle_order))

    def _shown_bundles(self) -> tuple:
        """The merged bundles less those of disputed runs the report does not show."""
        return tuple(b for b in self._bundles if b.sha256 not in self._set_aside)

    @cached_property
    def _claims(self) -> dict[str, Claim]:
        """Runs claimed by bundles of several keys (``central/claims.py``)."""
        return self.store.read(read_claims)

    @cached_property
    def _set_aside(self) -> frozenset[str]:
        """Bundles of disputed runs whose versions the report does not show."""
        return frozenset(sha for claim in self._claims.values() for sha in claim.set_aside)

    @cached_property
    def _claim_of(self) -> dict[str, Claim]:
        """The claim covering each disputed run, by run UUID (a claim may cover several)."""
        return {run: claim for claim in self._claims.values() for run in claim.runs}

    @cached_property
    def _runs(self) -> dict[str, Any]:
        """The runs as the store keeps them; a disputed run as the one trusted key's bundles
        brought it (the latest of them when the store kept another key's), or not at all
        while it is held back or when that key's bundles do not carry it."""
        runs = {r.uuid: r for r in self.store.read(lambda c: c.execute(select(s.runs)).all())}
        for uuid, claim in self._claim_of.items():
            run = runs.pop(uuid, None)
            theirs = [b for b in self._bundles if b.sha256 in claim.shown and b.run_uuid == uuid]
            if not theirs:
                continue
            if run is not None and run.bundle_sha256 in claim.shown:
                runs[uuid] = run
                continue
            latest = theirs[-1]
            runs[uuid] = _ClaimedRun(latest.catalogue_sha256, latest.atelier_number,
                                     tuple(latest.facilitators), None, (), latest.sha256)
        return runs

    def _run_of(self, catalogue_sha256: str, atelier_number: int, run_uuid: str):
        """The run a bundle carried, as the store keeps it (its latest revision), when that run
        is of the bundle's catalogue and atelier; None when bundles of other ateliers share its
        UUID (the store keeps one of them: the others' participants are not known)."""
        run = self._runs.get(run_uuid)
        if run is None or (run.catalogue_sha256, run.atelier_number) != (catalogue_sha256,
                                                                         atelier_number):
            return None
        return run

    @cached_property
    def _catalogues(self) -> dict[str, Catalogue]:
        """Catalogues of merged bundles, by SHA-256, in event order; the versions of one event's
        catalogue (laptops prepared with a corrected one) side by side, oldest first."""
        rows = self.store.read(lambda c: c.execute(
            select(s.catalogues.c.sha256, s.catalogues.c.content)
            .where(s.catalogues.c.sha256.in_(select(s.bundles.c.catalogue_sha256).where(
                s.bundles.c.status == "merged")))).all())
        found = {sha: catalogue_from_dict(content, "central store") for sha, content in rows}
        newest: dict[str, Catalogue] = {}
        for _sha, catalogue in sorted(found.items(), key=lambda kv: (_edition(kv[1]), kv[0])):
            newest[catalogue.id] = catalogue
        return dict(sorted(found.items(), key=lambda kv: (
            newest[kv[1].id].event.date, kv[1].id, _edition(kv[1]), kv[0])))

    @cached_property
    def _newest(self) -> dict[str, Catalogue]:
        """The newest version of each event's catalogue, by its id: its titles are reported."""
        return {c.id: c for c in self._catalogues.values()}

    def events(self) -> Sequence[ReportEvent]:
        return tuple(ReportEvent(c.id, c.version, c.event.title, c.event.date)
                     for c in self._newest.values())

    def ateliers(self) -> Sequence[ReportAtelier]:
        """One per atelier of an event (whatever version of its catalogue each laptop had),
        with the newest version's title and every engagement any version gave it; its runs
        are those of the bundles of that atelier."""
        grouped: dict[tuple[str, int], list] = defaultdict(list)
        for b in self._shown_bundles():
            grouped[(self._catalogues[b.catalogue_sha256].id, b.atelier_number)].append(b)
        ateliers = []
        for (event_id, number), bundles in grouped.items():
            versions = [c for c in self._catalogues.values() if c.id == event_id and
                        any(a.number == number for a in c.ateliers)]
            atelier = versions[-1].atelier(number)
            held = {b.run_uuid: run for b in bundles if (run := self._run_of(
                b.catalogue_sha256, b.atelier_number, b.run_uuid)) is not None}
            runs = [held[u] for u in sorted(held)]
            counts = [r.participant_count for r in runs if r.participant_count is not None]
            ateliers.append(ReportAtelier(
                event_id=event_id, number=number, title=atelier.title,
                facilitators=_union([*(r.facilitators for r in runs),
                                     *(b.facilitators for b in bundles if b.run_uuid not in held)]),
                # One atelier held, one count: laptops capturing the same atelier each counted
                # the same people; the largest count is kept, never their sum.
                participant_count=max(counts) if counts else None,
                organisations=_union(r.organisations for r in runs),
                engagement_numbers=tuple(dict.fromkeys(
                    n for c in reversed(versions) for n in c.atelier(number).engagement_numbers))))
        order = {c.id: (c.event.date, c.id) for c in self._newest.values()}
        return tuple(sorted(ateliers, key=lambda a: (order[a.event_id], a.number)))

    def engagements(self) -> Sequence[ReportEngagement]:
        """Engagements the ateliers reviewed, as the latest catalogue has them; and any other a
        contribution names (as some catalogue has it, else by its number alone)."""
        newest: dict[int, ReportEngagement] = {}
        listed: dict[int, ReportEngagement] = {}
        for catalogue in self._catalogues.values():  # later events overwrite earlier follow-up
            reviewed = {n for a in catalogue.ateliers for n in a.engagement_numbers}
            for e in catalogue.engagements:
                made = ReportEngagement(e.number, e.title, e.carrier, e.completion,
                                        e.milestones, e.description)
                listed[e.number] = made
                if e.number in reviewed or e.number in newest:
                    newest[e.number] = made
        for number, _question in self.counts():
            if number not in newest:
                newest[number] = listed.get(number) or ReportEngagement(number, "", "")
        return tuple(newest[n] for n in sorted(newest))

    def counts(self) -> Mapping[tuple[int, str], int]:
        if self._claims:  # the rows the report shows, counted
            rows = self._rows()
            return {(e, q): n for e, q, n in self.store.read(lambda c: c.execute(
                select(rows.c.engagement_number, rows.c.question_key, func.count())
                .group_by(rows.c.engagement_number, rows.c.question_key)).all())}
        rows = self.store.read(lambda c: c.execute(
            select(s.contributions.c.engagement_number, s.contributions.c.question_key,
                   func.count()).where(s.contributions.c.deleted.is_(False))
            .group_by(s.contributions.c.engagement_number, s.contributions.c.question_key)
        ).all())
        counted = {(e, q): n for e, q, n in rows}
        for (e, q), n in self._kept_both_counts().items():
            counted[(e, q)] = counted.get((e, q), 0) + n
        return counted

    def _disputed_uuids(self):
        """The UUIDs of the contributions of disputed runs (a statement)."""
        return select(s.versions.c.contribution_uuid).where(
            s.versions.c.run_uuid.in_(sorted(self._claim_of))).distinct()

    def _rows(self):
        """The contributions the report shows (a subquery): each current state, the versions
        kept beside it ("keep both"); for a disputed run, instead, the latest version its one
        trusted key's bundles brought of each contribution (at one revision, the one of lowest
        content hash), or nothing while it is held back."""
        c = s.contributions
        current = select(c.c.uuid.label("uuid"), c.c.run_uuid, c.c.engagement_number,
                         c.c.question_key, c.c.text, c.c.starred, c.c.created_at,
                         c.c.updated_at, c.c.position, c.c.bundle_sha256,
                         literal("").label("suffix")).where(c.c.deleted.is_(False))
        both = self._kept_both().subquery()
        extra = select(both.c.contribution_uuid, both.c.run_uuid, both.c.engagement_number,
                       both.c.question_key, both.c.text, both.c.starred, both.c.created_at,
                       both.c.updated_at, both.c.position, both.c.bundle_sha256,
                       func.substr(both.c.content_hash, 1, 8).label("suffix"))
        if not self._claims:
            return union_all(current, extra).subquery()
        disputed = self._disputed_uuids()
        current = current.where(c.c.uuid.not_in(disputed))
        extra = extra.where(both.c.contribution_uuid.not_in(disputed))
        shown = sorted(sha for claim in self._claims.values() for sha in claim.shown)
        if not shown:
            return union_all(current, extra).subquery()
        # Of each disputed contribution, the versions the trusted key's bundles carried (by
        # the provenance of each version, not only its first bundle): the highest revision,
        # of lowest content hash, with the first of those bundles that carried it (rule 5)
        # and the times it gave it.
        v, p, b = s.versions.c, s.provenance.c, s.bundles.c
        ranked = select(
            v.contribution_uuid, b.run_uuid, v.engagement_number, v.question_key, v.text,
            v.starred, p.created_at, p.updated_at, v.position, p.bundle_sha256, v.deleted,
            func.row_number().over(partition_by=v.contribution_uuid, order_by=(
                v.revision.desc(), v.content_hash, b.created_at, b.sha256)).label("rank")
        ).select_from(s.provenance.join(s.versions, and_(
            v.contribution_uuid == p.contribution_uuid, v.revision == p.revision,
            v.content_hash == p.content_hash)).join(s.bundles, b.sha256 == p.bundle_sha256)
        ).where(p.contribution_uuid.in_(disputed), p.bundle_sha256.in_(shown)).subquery()
        claimed = select(ranked.c.contribution_uuid, ranked.c.run_uuid,
                         ranked.c.engagement_number, ranked.c.question_key, ranked.c.text,
                         ranked.c.starred, ranked.c.created_at, ranked.c.updated_at,
                         ranked.c.position, ranked.c.bundle_sha256, literal("").label("suffix")
                         ).where(ranked.c.rank == 1, ranked.c.deleted.is_(False))
        return union_all(current, extra, claimed).subquery()

    def _kept_both(self):
        """Versions an organiser chose to keep beside the current one."""
        v, k, c = s.versions, s.conflicts, s.contributions
        return (select(v).join(k, and_(k.c.contribution_uuid == v.c.contribution_uuid,
                                       k.c.revision == v.c.revision))
                .join(c, and_(c.c.uuid == v.c.contribution_uuid, c.c.revision == v.c.revision))
                .where(k.c.resolution == "both", v.c.content_hash != k.c.kept_hash,
                       v.c.deleted.is_(False)))

    def _kept_both_counts(self) -> dict[tuple[int, str], int]:
        rows = self.store.read(lambda conn: conn.execute(self._kept_both()).all())
        counted: dict[tuple[int, str], int] = defaultdict(int)
        for row in rows:
            counted[(row.engagement_number, row.question_key)] += 1
        return counted

    def contributions(self) -> Iterator[ReportContribution]:
        ranks = {event_id: rank for rank, event_id in enumerate(self._newest)}
        events = {sha: ranks[cat.id] for sha, cat in self._catalogues.items()}
        event_ids = {sha: cat.id for sha, cat in self._catalogues.items()}
        rows = self._rows()
        question = case({q: i for i, q in enumerate(QUESTION_KEYS)},
                        value=rows.c.question_key, else_=len(QUESTION_KEYS))
        b = s.bundles.c
        event_rank = case(events, value=b.catalogue_sha256, else_=len(events)) \
            if events else literal(0)
        # Each contribution in the event and atelier of the bundle of its version, with the
        # facilitators of its run (or of that bundle, when its run is another atelier's).
        query = (select(rows, b.atelier_number, b.catalogue_sha256, b.bundle_uuid, b.file_name)
                 .join(s.bundles, b.sha256 == rows.c.bundle_sha256)
                 .order_by(rows.c.engagement_number, question, rows.c.starred.desc(),
                           event_rank, b.atelier_number, rows.c.position, rows.c.uuid,
                           rows.c.suffix))
        facilitators: dict[str, tuple[str, ...]] = {}
        for bundle in self._bundles:
            run = self._run_of(bundle.catalogue_sha256, bundle.atelier_number, bundle.run_uuid)
            facilitators[bundle.sha256] = tuple(run.facilitators if run is not None
                                                else bundle.facilitators)
        with self.store.engine.connect() as conn, conn.begin():
            result = conn.execution_options(stream_results=True,
                                            yield_per=_STREAM_BATCH).execute(query)
            for row in result:
                yield ReportContribution(
                    uuid=row.uuid + (f"+{row.suffix}" if row.suffix else ""),
                    event_id=event_ids.get(row.catalogue_sha256, ""),
                    atelier_number=row.atelier_number, engagement_number=row.engagement_number,
                    question_key=row.question_key, text=row.text, starred=bool(row.starred),
                    facilitators=facilitators.get(row.bundle_sha256, ()),
                    created_at=row.created_at,
                    updated_at=row.updated_at, bundle_uuid=row.bundle_uuid,
                    bundle_file=row.file_name, position=row.position)

    def sources(self) -> Sequence[ReportBundleSource]:
        """Every bundle merged, with its trust by the rule of the set (``central/trust.py``),
        its run, its catalogue (a divergent copy named) and how many report rows cite it."""
        rows = self._rows()

        def work(conn):
            bundles = conn.execute(select(s.bundles).where(s.bundles.c.status == "merged")
                                   ).all()
            keys = conn.execute(select(s.keys)).all()
            catalogues = conn.execute(select(s.catalogues.c.sha256, s.catalogues.c.catalogue_id,
                                             s.catalogues.c.version)).all()
            cited = conn.execute(select(rows.c.bundle_sha256, func.count())
                                 .group_by(rows.c.bundle_sha256)).all()
            return bundles, keys, catalogues, cited
        bundles, keys, catalogues, cited_rows = self.store.read(work)
        trust = bundle_trust(bundles, keys)
        by_sha = {r.sha256: r for r in catalogues}
        copies: dict[tuple[str, str], set[str]] = defaultdict(set)
        for r in catalogues:
            copies[(r.catalogue_id, r.version)].add(r.sha256)
        cited: dict[str, int] = defaultdict(int)
        for sha, n in cited_rows:
            cited[sha] += n
        found = []
        for b in sorted(bundles, key=bundle_order):
            catalogue = by_sha.get(b.catalogue_sha256)
            label, divergent, event_id = "", "", ""
            if catalogue is not None:
                event_id = catalogue.catalogue_id
                label = f"{catalogue.catalogue_id} {catalogue.version}"
                if len(copies[(catalogue.catalogue_id, catalogue.version)]) > 1:
                    divergent = catalogue.sha256[:12]
            found.append(ReportBundleSource(
                bundle_uuid=b.bundle_uuid, file_name=b.file_name,
                facilitators=tuple(b.facilitators), key_fingerprint=b.fingerprint,
                verification="verified", exported_at=b.created_at,
                trust="disputed" if b.sha256 in self._set_aside else trust[b.sha256],
                event_id=event_id, atelier_number=b.atelier_number,
                participant_count=getattr(self._run_of(b.catalogue_sha256, b.atelier_number,
                                                       b.run_uuid), "participant_count", None),
                catalogue=label,
                divergent=divergent, contributions=int(b.counts.get("live", 0)),
                deleted=int(b.counts.get("deleted", 0)), cited=cited[b.sha256]))
        return tuple(sorted(found, key=lambda f: (f.exported_at, f.file_name, f.bundle_uuid)))

    def conflicts(self) -> Sequence[ReportConflict]:
        found = []
        bundles = {b.sha256: b for b in self._bundles}
        query = select(s.contributions).where(s.contributions.c.in_conflict.is_(True))
        if self._claims:  # a disputed run shows one key's versions, or none
            query = query.where(s.contributions.c.uuid.not_in(self._disputed_uuids()))
        current = {r.uuid: r for r in self.store.read(lambda c: c.execute(query).all())}
        for conflict in self.store.conflicts():
            now = current.get(conflict.contribution_uuid)
            if now is None:
                continue
            bundle = bundles.get(now.bundle_sha256)  # of its version, as its contributions
            kept = next(v for v in conflict.versions if v.content_hash == now.content_hash)
            for other in conflict.versions:
                if other.content_hash == now.content_hash:
                    continue
                found.append(ReportConflict(
                    contribution_uuid=conflict.contribution_uuid,
                    event_id=self._catalogues[bundle.catalogue_sha256].id if bundle else "",
                    atelier_number=bundle.atelier_number if bundle else 0,
                    engagement_number=now.engagement_number, question_key=now.question_key,
                    current_text=kept.text, current_revision=conflict.revision,
                    current_bundle=kept.bundle_file, incoming_text=other.text,
                    incoming_revision=conflict.revision, incoming_bundle=other.bundle_file))
        return tuple(sorted(found, key=lambda f: (
            f.engagement_number, QUESTION_KEYS.index(f.question_key)
            if f.question_key in QUESTION_KEYS else 9, f.contribution_uuid)))

    def notes(self) -> Sequence[ReportNote]:
        """Each run's notes per engagement (its latest version), in the event and atelier of
        the run as the store keeps it, with the run's facilitators; of a disputed run, the
        latest of the notes its one trusted key's bundles carried (none while it is held
        back)."""
        def work(conn):
            n, p = s.notes.c, s.note_provenance.c
            rows = conn.execute(select(n.run_uuid, n.engagement_number, n.text, n.updated_at)
                                ).all()
            shown = sorted(sha for claim in self._claims.values() for sha in claim.shown)
            carried = conn.execute(select(p.run_uuid, p.engagement_number, p.text,
                                          p.updated_at, p.revision, p.content_hash,
                                          p.bundle_sha256)
                                   .where(p.bundle_sha256.in_(shown))).all() if shown else []
            return rows, carried
        rows, carried = self.store.read(work)
        rows = [r for r in rows if r.run_uuid not in self._claim_of]
        latest: dict[tuple[str, int], Any] = {}
        for r in carried:
            claim = self._claim_of.get(r.run_uuid)
            if claim is None or r.bundle_sha256 not in claim.shown:
                continue
            held = latest.get((r.run_uuid, r.engagement_number))
            if held is None or (r.revision, r.content_hash) > (held.revision, held.content_hash):
                latest[(r.run_uuid, r.engagement_number)] = r
        ranks = {event_id: rank for rank, event_id in enumerate(self._newest)}
        found = []
        for row in [*rows, *latest.values()]:
            run = self._runs.get(row.run_uuid)
            catalogue = self._catalogues.get(run.catalogue_sha256) if run is not None else None
            if catalogue is None or not row.text.strip():
                continue
            found.append(ReportNote(
                event_id=catalogue.id, atelier_number=run.atelier_number,
                engagement_number=row.engagement_number, run_uuid=row.run_uuid,
                facilitators=tuple(run.facilitators), text=row.text,
                updated_at=row.updated_at))
        return tuple(sorted(found, key=lambda n: note_order(n, ranks)))

    def syntheses(self) -> Sequence[ReportSynthesis]:
        """The editors' syntheses of the events merged, by engagement then event."""
        from facilitator_app.central.syntheses import syntheses

        ranks = {event_id: rank for rank, event_id in enumerate(self._newest)}
        found = [ReportSynthesis(x.event_id, x.engagement_number, x.text, x.author,
                                 x.updated_at)
                 for x in syntheses(self.store).values() if x.event_id in ranks]
        return tuple(sorted(found, key=lambda x: (x.engagement_number, ranks[x.event_id])))

    def groups(self) -> Sequence[ReportGroup]:
        """The near-duplicate groups an organiser confirmed and whose members are unchanged
        since (``central/groups.py``), each member attributed as its row would be; a group
        with a member the report does not show (a disputed run's) is left out."""
        from facilitator_app.central.groups import ID_LENGTH, confirmed

        bundles = {b.sha256: b for b in self._bundles}
        files = dict(self.store.read(lambda c: c.execute(
            select(s.bundles.c.sha256, s.bundles.c.file_name)).all()))
        found = []
        for decision, members in confirmed(self.store):
            sources = []
            for m in members:
                bundle = bundles.get(m.bundle_sha256)
                if bundle is None or m.run_uuid in self._claims:
                    break
                run = self._run_of(bundle.catalogue_sha256, bundle.atelier_number,
                                   bundle.run_uuid)
                sources.append(ReportGroupSource(
                    m.uuid, self._catalogues[bundle.catalogue_sha256].id,
                    bundle.atelier_number, m.run_uuid,
                    tuple(run.facilitators if run is not None else bundle.facilitators),
                    files.get(m.bundle_sha256, ""), m.text))
            else:
                kept = next((x.text for x in members if x.uuid == decision.kept_uuid), None)
                found.append(ReportGroup(
                    decision.group_key[:ID_LENGTH], decision.engagement_number,
                    decision.question_key, decision.uuids, decision.kept_uuid,
                    kept if kept is not None else decision.merged_text or "", tuple(sources),
                    len({(x.event_id, x.atelier_number) for x in sources}),
                    len({x.run_uuid for x in sources})))
        return tuple(found)


_ClaimedRun = namedtuple("_ClaimedRun", ["catalogue_sha256", "atelier_number", "facilitators",
                                         "participant_count", "organisations",
                                         "bundle_sha256"])


def _edition(catalogue: Catalogue) -> tuple:
    """Orders the versions of one catalogue: "2" before "10", "2016-2" before "2016-10"."""
    return tuple((0, int(part), "") if part[0] in "0123456789" else (1, 0, part)
                 for part in re.findall(r"[0-9]+|[^0-9]+", catalogue.version))


def _union(lists) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for names in lists:
        for name in names:
            seen.setdefault(name, None)
    return tuple(seen)

