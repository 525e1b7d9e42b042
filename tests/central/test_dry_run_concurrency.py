"""A dry run is one rehearsal transaction: it must give way to other organisers' real merges
(on PostgreSQL, rolled back whole and replayed), wait for a busy SQLite file instead of failing,
and count a bundle named and also waiting in quarantine once."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time

import psycopg

from facilitator_app.central import store as store_module
from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import CentralStore
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle


class _Seen(logging.Handler):
    """Sets ``event`` when a record's message contains ``words``."""

    def __init__(self, words: str) -> None:
        super().__init__()
        self.words, self.event = words, threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if self.words in record.getMessage():
            self.event.set()


def _waiting_on_a_lock(url: str, seconds: float) -> bool:
    """Some transaction has waited for a lock for ``seconds`` at least: longer than the
    server's deadlock_timeout (1 s), so that a deadlock is detected by the other party."""
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        return bool(conn.execute(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND waitstart IS NOT NULL "
            "AND waitstart < clock_timestamp() - make_interval(secs => %s)",
            (seconds,)).fetchone()[0])


def test_a_dry_run_gives_way_to_a_real_merge_on_postgresql(postgres_server, bundles_dir):
    url = postgres_server.new_database()
    first = write_bundle(bundles_dir, "a", [c(1)])
    second = write_bundle(bundles_dir, "b", [c(1), c(2)])
    CentralStore(url).close()
    real: dict[str, object] = {}

    def merge_for_real() -> None:
        with CentralStore(url) as other:
            real["verdicts"] = [o.verdict for o in merge_paths(other, [second]).outcomes]

    other_organiser = threading.Thread(target=merge_for_real)

    def progress(done, total, outcome) -> None:
        # After the first bundle is rehearsed (its catalogue, key and run rows held, not
        # committed), another organiser really merges the second, which needs those rows and
        # waits. The dry run goes on to the second bundle, whose row the real merge holds:
        # a deadlock, found by the dry run's side. Retrying its savepoint would deadlock
        # again and again (the real merge still waits for the rows of the first bundle).
        if done == 1 and not other_organiser.is_alive() and "verdicts" not in real:
            other_organiser.start()
            deadline = time.monotonic() + 20
            while not _waiting_on_a_lock(url, 1.5) and other_organiser.is_alive():
                assert time.monotonic() < deadline, "the real merge never reached the lock"

    started = time.monotonic()
    with CentralStore(url) as dry_store:
        dry = merge_paths(dry_store, [first, second], dry_run=True, progress=progress)
    other_organiser.join(60)
    assert not other_organiser.is_alive() and real["verdicts"] == ["merged"]
    assert time.monotonic() - started < 30, "neither waited for the other's end"
    assert [o.verdict for o in dry.outcomes][0] == "merged" and len(dry.outcomes) == 2
    with CentralStore(url) as check:  # what the real merge wrote, and nothing of the dry run
        assert [b.file_name for b in check.bundles()] == ["b.fabundle"]
        assert len(check.current()) == 2


def test_a_dry_run_waits_for_a_busy_sqlite_file(tmp_path, bundles_dir, caplog):
    caplog.set_level(logging.INFO, logger=store_module.__name__)
    path = tmp_path / "central.sqlite"
    CentralStore(path).close()
    bundle = write_bundle(bundles_dir, "a", [c(1)])
    replayed = _Seen("replaying a dry run")
    logging.getLogger(store_module.__name__).addHandler(replayed)
    store = CentralStore(path)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another organiser's merge, in the middle of a bundle

    def finish_when_the_dry_run_has_waited() -> None:
        replayed.event.wait(60)
        holder.execute("COMMIT")

    other = threading.Thread(target=finish_when_the_dry_run_has_waited)
    other.start()
    try:
        with store:
            dry = merge_paths(store, [bundle], dry_run=True)
    finally:
        replayed.event.set()
        other.join(60)
        holder.close()
        logging.getLogger(store_module.__name__).removeHandler(replayed)
    assert "replaying a dry run after OperationalError" in caplog.text
    assert [(o.verdict, o.counts.added) for o in dry.outcomes] == [("merged", 1)]
    with CentralStore(path) as store:
        assert store.bundles() == [] and store.current() == []
