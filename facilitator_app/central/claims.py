"""Runs claimed by bundles of several keys (``docs/merge.md``, rule 11).

A run belongs to the key that signs it. When the merged bundles that carry one run UUID are
signed by more than one key, and either two of those keys' bundles are of the same event and
atelier or bundles of two of them carried versions of one contribution (under any run UUID:
the runs are then one claim), the run is *disputed*:
if exactly one of those keys is trusted (``keys --trust``), the report shows only what that
key's bundles brought for the run; otherwise the run's contributions are held back from the
published outputs until an organiser trusts one key. The rule is a function of the set of
merged bundles and of the keys trusted, never of the order of merges.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from facilitator_app.central import schema as s


@dataclass(frozen=True, slots=True)
class Claim:
    """A disputed run: the keys whose bundles carry it (fingerprints, sorted), the one trusted
    key whose versions the report shows (``winner``, None while it is held back) and the
    bundles of each key (SHA-256, sorted). ``runs``: the run UUIDs the claim covers, the run
    itself and those under which another key's bundles carry its contributions (sorted);
    ``run_uuid`` is the one of them the winner's bundles carry (the least, if several), or the
    least of them while it is held back."""

    run_uuid: str
    keys: tuple[str, ...]
    winner: str | None
    bundles: dict[str, tuple[str, ...]]
    runs: tuple[str, ...] = ()

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
                  shared: Iterable[Iterable[str]] = ()) -> dict[str, Claim]:
    """The disputed runs by UUID (of the claim, see :class:`Claim`), among merged ``bundles``
    (``sha256``, ``run_uuid``, ``fingerprint``, ``event_id``, ``atelier_number``),
    ``trusted`` being the fingerprints an organiser trusted and ``shared`` the sets of runs
    under which bundles of several keys carry one contribution: they are one claim. (Bundles
    of other events or ateliers that happen to share a run's UUID, and no contribution, are
    not a claim: each is reported in its own atelier.)"""
    bundles, trusted = list(bundles), set(trusted)
    group: dict[str, str] = {b.run_uuid: b.run_uuid for b in bundles}

    def root(run: str) -> str:
        while group.setdefault(run, run) != run:
            group[run] = group[group[run]]
            run = group[run]
        return run

    linked: set[str] = set()
    for runs in shared:
        runs = sorted(runs)
        for run in runs:
            group[root(run)] = root(runs[0])
        linked.update(runs)
    by_group: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    places: dict[str, dict[tuple, set[str]]] = defaultdict(lambda: defaultdict(set))
    for b in bundles:
        by_group[root(b.run_uuid)][b.fingerprint].append(b)
        places[b.run_uuid][(b.event_id, b.atelier_number)].add(b.fingerprint)
    found = {}
    for keys in by_group.values():
        runs = sorted({b.run_uuid for held in keys.values() for b in held})
        if len(keys) < 2 or (not linked.intersection(runs) and all(
                len(held) < 2 for run in runs for held in places[run].values())):
            continue
        chosen = [k for k in keys if k in trusted]
        winner = chosen[0] if len(chosen) == 1 else None
        name = min(b.run_uuid for b in keys[winner]) if winner else runs[0]
        found[name] = Claim(name, tuple(sorted(keys)), winner,
                            {k: tuple(sorted(b.sha256 for b in v))
                             for k, v in sorted(keys.items())}, tuple(runs))
    return dict(sorted(found.items()))


def read_claims(conn, run_uuid: str | None = None,
                contributions: Sequence[str] = ()) -> dict[str, Claim]:
    """The disputed runs of a store (in one of its connections). With ``run_uuid`` (what a
    merge reports of its bundle, ``contributions`` being that bundle's), only the claim that
    covers that run, if any, as far as the bundles of that run and those sharing one of these
    contributions show it.

    A contribution counts for every key a bundle of which carried one of its versions (the
    ``provenance`` table), not only for the first bundle that brought it."""
    b, p = s.bundles.c, s.provenance.c
    carried = (select(p.contribution_uuid, b.run_uuid, b.fingerprint)
               .join(s.bundles, b.sha256 == p.bundle_sha256).where(b.status == "merged"))
    if run_uuid is None:
        # Contributions carried by more than one bundle (read from the table's own key), then
        # those of them carried by bundles of more than one key.
        repeated = select(p.contribution_uuid).group_by(p.contribution_uuid).having(
            func.count() > 1)
        several = carried.where(p.contribution_uuid.in_(repeated)).group_by(
            p.contribution_uuid).having(func.count(b.fingerprint.distinct()) > 1
                                        ).with_only_columns(p.contribution_uuid)
        rows = conn.execute(carried.where(p.contribution_uuid.in_(several))).all()
    else:
        uuids = list(contributions)
        rows = [r for start in range(0, len(uuids), 500) for r in conn.execute(
            carried.where(p.contribution_uuid.in_(uuids[start:start + 500]))).all()]
    keys: dict[str, set[str]] = defaultdict(set)
    runs: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        keys[row.contribution_uuid].add(row.fingerprint)
        runs[row.contribution_uuid].add(row.run_uuid)
    shared = [runs[u] for u, found in keys.items() if len(found) > 1]
    query = (select(b.sha256, b.run_uuid, b.fingerprint, b.atelier_number,
                    s.catalogues.c.catalogue_id.label("event_id"))
             .join(s.catalogues, s.catalogues.c.sha256 == b.catalogue_sha256)
             .where(b.status == "merged"))
    if run_uuid is not None:
        query = query.where(b.run_uuid.in_(sorted({run_uuid, *(r for g in shared for r in g)})))
    bundles = conn.execute(query).all()
    trusted = conn.execute(select(s.keys.c.fingerprint)
                           .where(s.keys.c.status == "trusted")).scalars().all()
    found = disputed_runs(bundles, trusted, shared)
    if run_uuid is not None:
        return {name: c for name, c in found.items() if run_uuid in c.runs}
    return found
