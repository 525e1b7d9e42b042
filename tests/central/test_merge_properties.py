"""The central state depends only on the set of bundles: not on their order, nor on repeats,
nor on how many organisers merge at once; a killed merge leaves the store as it was."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import CentralStore
from tests.conftest import child_env
from tests.support.bundles import OTHER_KEY, TEST_KEY
from tests.support.merging import bundle_bytes, contribution

# A version of contribution n: (n, revision, text variant, deleted, starred)
_version = st.tuples(st.integers(1, 6), st.integers(1, 3), st.integers(0, 2), st.booleans(),
                     st.booleans())
_bundle = st.tuples(st.lists(_version, min_size=1, max_size=6, unique_by=lambda v: v[0]),
                    st.sampled_from([TEST_KEY, OTHER_KEY]), st.integers(1, 3))


def _bundles(specs) -> list[bytes]:
    made = []
    for versions, key, run_revision in specs:
        made.append(bundle_bytes([
            contribution(n, revision, f"texte {n}.{revision}.{variant}", deleted=deleted,
                         starred=starred) for n, revision, variant, deleted, starred in versions],
            key=key, run_revision=run_revision, participants=10 + run_revision))
    return made


def _merge_all(url: str, folder: Path, order: list[int], data: list[bytes]) -> dict:
    # A bundle's name is part of what is merged (a bundle is known by the least of its
    # names): each has the same name in every order.
    for index in order:
        (folder / f"{index:03d}.fabundle").write_bytes(data[index])
    with CentralStore(url) as store:
        for index in order:
            merge_paths(store, [folder / f"{index:03d}.fabundle"])
        return store.snapshot()


def _check_order_independence(make_url, tmp_path, specs, order_seed) -> None:
    import random

    data = _bundles(specs)
    forward = list(range(len(data)))
    shuffled = forward + forward[: len(forward) // 2]  # some repeats
    random.Random(order_seed).shuffle(shuffled)
    run = tmp_path / f"run-{os.urandom(4).hex()}"
    (run / "a").mkdir(parents=True)
    (run / "b").mkdir()
    first = _merge_all(make_url(run / "a"), run / "a", forward, data)
    second = _merge_all(make_url(run / "b"), run / "b", shuffled, data)
    assert first == second


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(_bundle, min_size=1, max_size=5), st.integers(0, 10**6))
def test_any_order_and_repeats_give_the_same_state_on_sqlite(tmp_path, specs, order_seed):
    _check_order_independence(lambda folder: str(folder / "central.sqlite"), tmp_path, specs,
                              order_seed)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(_bundle, min_size=1, max_size=5), st.integers(0, 10**6))
def test_any_order_and_repeats_give_the_same_state_on_postgresql(postgres_server, tmp_path,
                                                                  specs, order_seed):
    _check_order_independence(lambda folder: postgres_server.new_database(), tmp_path, specs,
                              order_seed)


MERGER = Path(__file__).parents[1] / "support" / "merge_child.py"


def _overlapping_bundles(folder: Path, count: int) -> list[Path]:
    """Bundles that share contributions: edits, repeats, a tombstone and a conflict."""
    specs = []
    for i in range(count):
        versions = [contribution(n, 1 + (i + n) % 3, f"texte {n}.{(i + n) % 3}")
                    for n in range(i, i + 8)]
        specs.append(versions)
    specs.append([contribution(3, 5, "conflit A")])
    specs.append([contribution(3, 5, "conflit B")])
    specs.append([contribution(4, 9, deleted=True)])
    paths = []
    for i, versions in enumerate(specs):
        path = folder / f"b{i:02d}.fabundle"
        path.write_bytes(bundle_bytes(versions))
        paths.append(path)
    return paths


def test_concurrent_merges_into_postgresql_equal_one_sequential_merge(postgres_server, tmp_path):
    _concurrent_merges_equal_one_sequential_merge(
        tmp_path, postgres_server.new_database(), postgres_server.new_database())


def test_concurrent_merges_into_one_sqlite_file_equal_one_sequential_merge(tmp_path):
    """Two organisers (here four) merging into the same SQLite file, e.g. on a shared folder:
    SQLite's write lock serialises the bundles' transactions."""
    _concurrent_merges_equal_one_sequential_merge(
        tmp_path, str(tmp_path / "reference.sqlite"), str(tmp_path / "shared.sqlite"))


def _concurrent_merges_equal_one_sequential_merge(tmp_path, reference_url: str,
                                                  shared: str) -> None:
    paths = _overlapping_bundles(tmp_path, 12)
    with CentralStore(reference_url) as store:
        merge_paths(store, paths)
        expected = store.snapshot()
    CentralStore(shared).close()
    workers = []
    for worker in range(4):  # each merges every bundle, in its own order
        order = paths[worker:] + paths[:worker]
        if worker % 2:
            order.reverse()
        workers.append(subprocess.Popen(
            [sys.executable, str(MERGER), shared, *map(str, order)], env=child_env(),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for process in workers:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    with CentralStore(shared) as store:
        got = store.snapshot()
        history = store.merge_history()
    assert got == expected
    assert len(history) == 4 and sum(len(h["outcomes"]) for h in history) == 4 * len(paths)
    merged = [o for h in history for o in h["outcomes"] if o["verdict"] == "merged"]
    assert len(merged) == len(paths)  # each bundle merged exactly once, the rest "already"


def test_a_merge_killed_mid_bundle_leaves_the_store_as_before_and_completes_later(
        central_url, tmp_path):
    paths = _overlapping_bundles(tmp_path, 3)
    with CentralStore(central_url) as store:
        merge_paths(store, paths[:1])
        before = store.snapshot()
    child = subprocess.Popen(
        [sys.executable, str(MERGER), central_url, str(paths[1])],
        env=child_env(FACILITATOR_TEST_PAUSE_IN_MERGE="1"), stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # The child says when it is inside the bundle's transaction, then waits to be killed.
        readable, _, _ = select.select([child.stdout], [], [], 60)
        assert readable, "the child never reached the middle of the bundle"
        assert child.stdout.readline() == "inside-transaction\n", child.stderr.read()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    with CentralStore(central_url) as store:
        assert store.snapshot() == before
        merge_paths(store, paths)
        resumed = store.snapshot()
    reference = tmp_path / "reference.sqlite"
    with CentralStore(reference) as store:
        merge_paths(store, paths)
        assert store.snapshot() == resumed


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 9999), st.sampled_from(["indicators", "challenges", "a_b"]),
       st.text(min_size=1, max_size=40), st.integers(0, 10**6), st.booleans(), st.booleans())
def test_the_direct_version_hash_is_the_canonical_content_hash(engagement, question, text,
                                                                position, starred, deleted):
    """Stores hold these hashes: the merge's direct writing of the JSON must give exactly the
    hash of the canonical JSON (quotes, backslashes, control characters, any Unicode)."""
    from facilitator_app.central.merge import content_hash, version_hash

    assert version_hash(engagement, question, text, position, starred, deleted) == content_hash(
        {"engagement": engagement, "question": question, "text": text, "position": position,
         "starred": starred, "deleted": deleted})
