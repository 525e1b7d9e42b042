"""The store's writer thread (storage/write_thread.py) on a stand-in store: batches committed
in the order submitted, a failure reported on the batch, a reopen asked for done first, and
stop() returning only once everything submitted has been written."""

import threading

from facilitator_app.storage.write_thread import Batch, WriteThread


class FakeStore:
    def __init__(self, fail_first: int = 0) -> None:
        self.calls: list[tuple] = []
        self.fail_first = fail_first
        self.gate = threading.Event()
        self.gate.set()

    def reopen(self) -> None:
        self.calls.append(("reopen",))

    def save(self, rows, notes, state, runs) -> None:
        self.gate.wait(5)
        if self.fail_first:
            self.fail_first -= 1
            raise OSError(30, "Read-only file system")
        self.calls.append(("save", dict(state)))


def test_batches_committed_in_order_and_reported():
    store, seen = FakeStore(), []
    writer = WriteThread(store, seen.append)
    batches = [Batch(state={"run": {"draft": str(i)}}) for i in range(20)]
    for batch in batches:
        writer.submit(batch)
    assert writer.stop(timeout=5)
    assert [c[1]["run"]["draft"] for c in store.calls] == [str(i) for i in range(20)]
    assert seen == batches
    assert all(b.error is None and b.committed_at is not None for b in batches)


def test_failure_kept_on_batch_then_reopen_before_retry():
    store, seen = FakeStore(fail_first=1), []
    writer = WriteThread(store, seen.append)
    first = Batch(state={"run": {"draft": "a"}})
    writer.submit(first)
    assert first.done.wait(5)
    assert isinstance(first.error, OSError) and first.committed_at is None
    retry = Batch(state={"run": {"draft": "a"}}, reopen=True)
    writer.submit(retry)
    assert writer.stop(timeout=5)
    assert retry.error is None
    assert store.calls == [("reopen",), ("save", {"run": {"draft": "a"}})]


def test_stop_waits_for_a_slow_commit():
    store = FakeStore()
    store.gate.clear()
    writer = WriteThread(store, lambda b: None)
    batch = Batch(state={"run": {"draft": "x"}})
    writer.submit(batch)
    assert not writer.stop(timeout=0.05)  # still busy: the disk has not answered
    store.gate.set()
    writer._thread.join(5)
    assert batch.done.is_set() and batch.error is None


def test_newer_change_wins_when_batches_merge():
    old = Batch(state={"run": {"draft": "a", "q": "1"}})
    old.under(Batch(state={"run": {"draft": "ab"}}))
    assert old.state == {"run": {"draft": "ab", "q": "1"}}
    assert old.size == 2
