"""One thread that commits the window's changes to the local store, in order, off the GUI thread.

The window hands it :class:`Batch` es of whole rows (idempotent: writing one twice changes
nothing); the thread writes each with :meth:`LocalStore.save` in one transaction, on a
connection of its own from the store's pool, then says how it went through ``on_done``, called
on the thread: the caller passes it on to its own thread (the window, through a queued Qt
signal). A batch asked to ``reopen`` first opens the database again by its path (a stick
pulled and plugged back, a folder remounted). No Qt here: the window's side is
:mod:`facilitator_app.ui.writer`.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from facilitator_app.domain import Contribution, EngagementNotes
from facilitator_app.storage.types import utcnow

log = logging.getLogger(__name__)


@dataclass
class Batch:
    """Changes to commit together, and, once :attr:`done` is set, how it went."""

    rows: dict[str, Contribution] = field(default_factory=dict)
    notes: dict[tuple[str, int], EngagementNotes] = field(default_factory=dict)
    state: dict[str, dict[str, str]] = field(default_factory=dict)
    runs: dict[str, dict] = field(default_factory=dict)
    reopen: bool = False
    error: BaseException | None = None
    committed_at: datetime | None = None
    done: threading.Event = field(default_factory=threading.Event)

    @property
    def size(self) -> int:
        """How many changes it holds (rows, notes, run changes, resume values)."""
        return (len(self.rows) + len(self.notes) + len(self.runs)
                + sum(len(v) for v in self.state.values()))

    def under(self, newer: Batch) -> None:
        """Merge ``newer`` into this older batch: for the same key, the newer change wins."""
        self.rows.update(newer.rows)
        self.notes.update(newer.notes)
        for run, values in newer.state.items():
            self.state.setdefault(run, {}).update(values)
        for run, changes in newer.runs.items():
            self.runs.setdefault(run, {}).update(changes)


class WriteThread:
    """The store's one writer while a window captures: batches are committed in the order
    they were submitted, one at a time."""

    def __init__(self, store, on_done: Callable[[Batch], None]) -> None:
        self.store = store
        self._on_done = on_done
        self._queue: queue.Queue[Batch | None] = queue.Queue()
        self._thread = threading.Thread(target=self._loop, name="store-writer", daemon=True)
        self._thread.start()

    def submit(self, batch: Batch) -> None:
        self._queue.put(batch)

    def stop(self, timeout: float | None = None) -> bool:
        """End the thread once what was submitted is written; False if it is still busy
        after ``timeout`` seconds (a disk that hangs: the thread is a daemon)."""
        self._queue.put(None)
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _loop(self) -> None:
        while (batch := self._queue.get()) is not None:
            commit(self.store, batch)
            try:
                self._on_done(batch)
            except Exception:  # noqa: BLE001 - the window is gone; the batch says how it went
                log.exception("could not report a write to the window")


def commit(store, batch: Batch) -> None:
    """Write ``batch`` in one transaction (reopening the database first if it asks), and set
    how it went: :attr:`Batch.committed_at`, or :attr:`Batch.error`; never raises."""
    try:
        if batch.reopen:
            store.reopen()
        store.save(list(batch.rows.values()), list(batch.notes.values()), batch.state,
                   batch.runs)
        batch.committed_at = utcnow()
    except BaseException as exc:  # noqa: BLE001 - the caller keeps the rows and says it
        batch.error = exc
    batch.done.set()
