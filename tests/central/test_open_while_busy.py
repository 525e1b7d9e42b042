"""An organiser opens the central store while another is merging into it: checking the store
reads it, and does not wait for the other's transaction (it used to wait, then fail)."""

from __future__ import annotations

import sqlite3

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import CentralStore
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle


def test_a_store_opens_and_reads_while_another_organiser_holds_the_write_lock(tmp_path,
                                                                             bundles_dir):
    path = tmp_path / "central.sqlite"
    with CentralStore(path) as first:
        merge_paths(first, [write_bundle(bundles_dir, "a", [c(1)])])
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another organiser's merge, in the middle of a bundle
    try:
        with CentralStore(path) as store:  # the lock is never released: no waiting for it
            assert [b.file_name for b in store.bundles()] == ["a.fabundle"]
            assert len(store.current()) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
