"""Runs claimed by bundles of several keys (``docs/merge.md``, rule 11).

A run belongs to the key that signs it. When the merged bundles that carry one run UUID are
signed by more than one key, and either two of those keys' bundles are of the same event and
atelier or a contribution has versions from bundles of two of them, the run is *disputed*:
if exactly one of those keys is trusted (``keys --trust``), the report shows only what that
key's bundles brought for the run; otherwise the run's contributions are held back from the
published outputs until an organiser trusts one key. The rule is a function of the set of
merged bundles and of the keys trusted, never of the order of merges.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from facilitator_app.central import schema as s


@dataclass(frozen=True, slots=True)
class Claim:
    """A disputed run: the keys whose bundles carry it (fingerprints, sorted), the one trusted
    key whose versions the report shows (``winner``, None while it is held back) and the
    bundles of each key (SHA-256, sorted)."""

    run_uuid: str
    keys: tuple[str, ...]
    winner: str | None
    bundles: dict[str, tuple[str, ...]]

    @property
    def shown(self) -> frozenset[str]:
        """The bundles whose versions the report shows for this run."""
        return frozenset(self.bundles[self.winner]) if self.winner else frozenset()

    @property
    def set_aside(self) -> frozenset[str]:
        """The bundles of this run the report does not show."""
        return frozenset(sha for key, shas in self.bundles.items() if key != self.winner
                         for sha in shas)


def disputed_runs(bundles: Iterable, trusted: Iterable[str],
                  shared: Iterable[str] = ()) -> dict[str, Claim]:
    """The disputed runs by UUID, among merged ``bundles`` (``sha256``, ``run_uuid``,
    ``fingerprint``, ``event_id``, ``atelier_number``), ``trusted`` being the fingerprints an
    organiser trusted and ``shared`` the runs a contribution of which has versions from
    bundles of several keys. (Bundles of other events or ateliers that happen to share a run's
    UUID, and no contribution, are not a claim: each is reported in its own atelier.)"""
    trusted, shared = set(trusted), set(shared)
    by_run: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    places: dict[str, dict[tuple, set[str]]] = defaultdict(lambda: defaultdict(set))
    for b in bundles:
        by_run[b.run_uuid][b.fingerprint].append(b.sha256)
        places[b.run_uuid][(b.event_id, b.atelier_number)].add(b.fingerprint)
    found = {}
    for run_uuid, keys in sorted(by_run.items()):
        if len(keys) < 2 or (run_uuid not in shared and all(
                len(held) < 2 for held in places[run_uuid].values())):
            continue
        chosen = [k for k in keys if k in trusted]
        found[run_uuid] = Claim(run_uuid, tuple(sorted(keys)),
                                chosen[0] if len(chosen) == 1 else None,
                                {k: tuple(sorted(v)) for k, v in sorted(keys.items())})
    return found


def read_claims(conn, run_uuid: str | None = None) -> dict[str, Claim]:
    """The disputed runs of a store (in one of its connections); only ``run_uuid``'s claim,
    when given (what a merge reports of its bundle)."""
    b = s.bundles.c
    query = (select(b.sha256, b.run_uuid, b.fingerprint, b.atelier_number,
                    s.catalogues.c.catalogue_id.label("event_id"))
             .join(s.catalogues, s.catalogues.c.sha256 == b.catalogue_sha256)
             .where(b.status == "merged"))
    if run_uuid is not None:
        query = query.where(b.run_uuid == run_uuid)
    bundles = conn.execute(query).all()
    trusted = conn.execute(select(s.keys.c.fingerprint)
                           .where(s.keys.c.status == "trusted")).scalars().all()
    keys: dict[str, set[str]] = defaultdict(set)
    for bundle in bundles:
        keys[bundle.run_uuid].add(bundle.fingerprint)
    several = sorted(run for run, found in keys.items() if len(found) > 1)
    shared: set[str] = set()
    if several:
        v = s.versions.c
        credited = select(v.run_uuid, v.contribution_uuid).join(
            s.bundles, b.sha256 == v.bundle_sha256).where(v.run_uuid.in_(several)).group_by(
            v.run_uuid, v.contribution_uuid).having(func.count(b.fingerprint.distinct()) > 1)
        shared = {row.run_uuid for row in conn.execute(credited).all()}
    return disputed_runs(bundles, trusted, shared)
