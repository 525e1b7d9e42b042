"""The report's outputs themselves (the CSV and the Markdown pages byte for byte, every cell of
the workbook) are a function of the set of bundles merged: random sets of bundles, merged in
random orders with repeats, or by several processes at once, on SQLite and on PostgreSQL,
give the same outputs as one sequential merge."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import CentralStore
from tests.conftest import child_env
from tests.support.bundles import OTHER_KEY, TEST_KEY
from tests.support.merging import CATALOGUE, RUN, bundle_bytes, contribution
from tests.support.outputs import differences, report_outputs

MERGER = Path(__file__).parents[1] / "support" / "merge_child.py"
RUNS = (RUN.uuid, "6e2a9b1f-8d4c-4f3b-9a72-3c0e1d5f8b46")
# The built-in catalogue, another event's, and a copy of that one edited by hand (same id and
# version; a copy of a catalogue the application ships is refused: rule catalogue-divergent).
_OTHER = replace(CATALOGUE, id="ministere-ouvert-2")
CATALOGUES = (
    CATALOGUE,
    replace(_OTHER, ateliers=tuple(replace(a, title="Titre retouché") if a.number == 3
                                   else a for a in _OTHER.ateliers)),
    _OTHER,
)

# A version of contribution n: (n, revision, text variant, deleted, starred)
_version = st.tuples(st.integers(1, 6), st.integers(1, 3), st.integers(0, 1), st.booleans(),
                     st.booleans())
# A bundle: its versions, its key, its run's revision, which run, which catalogue, and how
# many minutes later its laptop's clock was (the same versions with other times).
_bundle = st.tuples(st.lists(_version, min_size=1, max_size=5, unique_by=lambda v: v[0]),
                    st.sampled_from([TEST_KEY, OTHER_KEY]), st.integers(1, 2),
                    st.integers(0, 1), st.sampled_from([0, 0, 1, 2]), st.sampled_from([0, 90]))


def _make(spec) -> bytes:
    versions, key, run_revision, run, catalogue, minutes = spec
    made = []
    for n, revision, variant, deleted, starred in versions:
        one = contribution(n, revision, f"texte {n}.{revision}.{variant}", deleted=deleted,
                           starred=starred)
        made.append(replace(one, created_at=one.created_at + timedelta(minutes=minutes),
                            updated_at=one.updated_at + timedelta(minutes=minutes)))
    return bundle_bytes(made, key=key, run_revision=run_revision, run_uuid=RUNS[run],
                        catalogue=CATALOGUES[catalogue], participants=10 + 5 * run_revision + run)


def _write(folder: Path, data: list[bytes]) -> list[Path]:
    """Each bundle under one name, the same in every order (a name is part of what merges)."""
    folder.mkdir(parents=True)
    paths = []
    for index, content in enumerate(data):
        path = folder / f"{index:02d}.fabundle"
        path.write_bytes(content)
        paths.append(path)
    return paths


def _merged(url: str, paths: list[Path]) -> dict:
    with CentralStore(url) as store:
        for path in paths:
            merge_paths(store, [path])
    return report_outputs(url)


def _check(make_url, tmp_path, specs, seed) -> None:
    place = tmp_path / f"run-{os.urandom(4).hex()}"
    paths = _write(place / "bundles", [_make(spec) for spec in specs])
    shuffled = paths + paths[: len(paths) // 2 + 1]  # with repeats
    random.Random(seed).shuffle(shuffled)
    first = _merged(make_url(place, "a"), paths)
    second = _merged(make_url(place, "b"), shuffled)
    assert first == second, "\n".join(differences(first, second))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(_bundle, min_size=1, max_size=6), st.integers(0, 10**6))
def test_any_order_and_repeats_give_the_same_outputs_on_sqlite(tmp_path, specs, seed):
    _check(lambda place, name: str(place / f"{name}.sqlite"), tmp_path, specs, seed)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(_bundle, min_size=1, max_size=6), st.integers(0, 10**6))
def test_any_order_and_repeats_give_the_same_outputs_on_postgresql(postgres_server, tmp_path,
                                                                   specs, seed):
    _check(lambda place, name: postgres_server.new_database(), tmp_path, specs, seed)


def _pool(folder: Path) -> list[Path]:
    """A fixed set with a bit of everything: two laptops on one atelier, a corrected
    re-export with other times, a conflict, a deletion, another event, an edited catalogue."""
    rng = random.Random(17)
    specs = []
    for i in range(10):
        versions = [(n, 1 + rng.randrange(3), rng.randrange(2), rng.random() < 0.1,
                     rng.random() < 0.2) for n in rng.sample(range(1, 9), 4)]
        specs.append((versions, (TEST_KEY, OTHER_KEY)[i % 2], 1 + i % 2, i % 2,
                      (0, 0, 1, 2)[i % 4], (0, 90)[i // 5]))
    return _write(folder, [_make(spec) for spec in specs])


def _concurrent(tmp_path, reference_url: str, shared_url: str) -> None:
    paths = _pool(tmp_path / "bundles")
    expected = _merged(reference_url, paths)
    CentralStore(shared_url).close()
    workers = []
    for worker in range(3):  # each merges every bundle (some twice), in its own order
        order = paths + paths[:3]
        random.Random(worker).shuffle(order)
        workers.append(subprocess.Popen(
            [sys.executable, str(MERGER), shared_url, *map(str, order)], env=child_env(),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for process in workers:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    got = report_outputs(shared_url)
    assert got == expected, "\n".join(differences(got, expected))


def test_concurrent_merges_give_the_outputs_of_one_sequential_merge_on_sqlite(tmp_path):
    _concurrent(tmp_path, str(tmp_path / "reference.sqlite"), str(tmp_path / "shared.sqlite"))


def test_concurrent_merges_give_the_outputs_of_one_sequential_merge_on_postgresql(
        postgres_server, tmp_path):
    _concurrent(tmp_path, postgres_server.new_database(), postgres_server.new_database())
