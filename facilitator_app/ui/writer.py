"""Writes the session's changes to the store off the GUI thread, and keeps them when the disk
refuses.

Changes are whole rows (idempotent), merged by key while they wait. One batch at a time goes
to the store's writer thread (:class:`~facilitator_app.storage.write_thread.WriteThread`), which
commits it in one transaction on a connection of its own; what is put meanwhile waits here and
goes in the next batch. So typing never waits on the disk, however slow its fsync, and the
window says "saved" only once a commit has returned (:attr:`PendingWrites.saved`).

When a commit fails its rows come back here, under what was put since (newer wins), the window
says so, and a timer tries again every second, each time opening the database again by its
path: a USB stick pulled and plugged back, or a folder remounted, is written again by itself.
Nothing typed is lost and nothing is half-written.

Whatever refuses the write is handled so: the disk or the database (full, read-only, removed,
damaged: the store says so with a :class:`StoreWriteError`), or a bug. None escapes into Qt's
event loop. Each new failure is logged with its traceback, and a reminder follows while it
lasts: a bug is kept from losing what was typed, not hidden.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator_app.domain import Contribution, EngagementNotes
from facilitator_app.errors import StoreWriteError
from facilitator_app.storage import LocalStore
from facilitator_app.storage.write_thread import Batch, WriteThread, commit

log = logging.getLogger(__name__)
RETRY_MS = 1000
REMIND_EVERY = 60  # failed attempts between two reminders in the log (a minute of retries)
FLUSH_TIMEOUT_S = 10.0  # how long leaving or exporting waits for a disk that does not answer
# Resume values that say only where the facilitator looked: not counted as work to lose.
_LOOKING = ("engagement", "question", "scroll:")


class PendingWrites(QObject):
    """The changes not yet on disk, and the loop that puts them there."""

    saved = Signal(datetime)
    failed = Signal(str)
    recovered = Signal()
    _committed = Signal(object)  # a Batch, emitted on the writer thread, received on ours

    def __init__(self, store: LocalStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._waiting = Batch()  # put since the batch in flight was handed over
        self._in_flight: Batch | None = None
        self._thread: WriteThread | None = None  # started at the first write
        self._closed = False  # after close(): written on the caller's thread, at once
        self.failing = False
        self._failure: tuple[type, str] | None = None  # the last one logged in full
        self._attempts = 0  # failed attempts since the last write that worked
        self._batching = False
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._try_again)
        self._committed.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    # -- what waits --------------------------------------------------------------------------

    def _everything(self) -> Batch:
        """What is not known to be on disk: the batch in flight under what was put since."""
        whole = Batch()
        if self._in_flight is not None:
            whole.under(self._in_flight)
        whole.under(self._waiting)
        return whole

    @property
    def reason(self) -> str:
        """Why the last write failed, in a few words ("" while writing works)."""
        return self._failure[1] if self.failing and self._failure else ""

    @property
    def pending(self) -> int:
        """How many changes are not known to be on disk (each row, note, run field or resume
        value once)."""
        return self._everything().size

    def unsaved_work(self) -> int:
        """What the facilitator would lose by quitting now, counted as they see it: each
        contribution, engagement's notes, run detail and text typed in an entry line once;
        where they were looking (engagement, question, scroll) is not work."""
        whole = self._everything()
        typed = sum(1 for values in whole.state.values() for key, value in values.items()
                    if not key.startswith(_LOOKING) and (value.strip() or
                                                         not key.startswith("draft:")))
        return len(whole.rows) + len(whole.notes) + sum(len(c) for c in whole.runs.values()) \
            + typed

    def put(self, rows: Iterable[Contribution] = (), notes: EngagementNotes | None = None,
            state: tuple[str, dict[str, str]] | None = None,
            run: tuple[str, dict] | None = None) -> None:
        """Queue changes and hand them to the writer now, unless a batch is being written
        (they go next) or the disk is refusing (the retry will take them)."""
        newer = Batch()
        for row in rows:
            newer.rows[row.uuid] = row
        if notes is not None:
            newer.notes[(notes.run_uuid, notes.engagement_number)] = notes
        if state is not None:
            newer.state[state[0]] = dict(state[1])
        if run is not None:
            newer.runs[run[0]] = dict(run[1])
        self._waiting.under(newer)
        if not self.failing and not self._batching:
            self._hand_over()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Changes put inside are written together, in one commit, at the end."""
        outer = self._batching
        self._batching = True
        try:
            yield
        finally:
            self._batching = outer
            if not outer and not self.failing:
                self._hand_over()

    # -- the writer --------------------------------------------------------------------------

    def _hand_over(self, reopen: bool = False) -> None:
        """Give what waits to the writer thread, unless it is busy with an earlier batch."""
        if self._in_flight is not None or not self._waiting.size:
            return
        batch, self._waiting = self._waiting, Batch()
        batch.reopen = reopen
        self._in_flight = batch
        if self._closed:  # the window is going: what it still commits is written here, now
            commit(self.store, batch)
            self._finished(batch)
            return
        if self._thread is None:
            self._thread = WriteThread(self.store, self._committed.emit)
        self._thread.submit(batch)

    def _try_again(self) -> None:
        self._hand_over(reopen=True)

    def _finished(self, batch: Batch) -> None:
        """A batch came back from the writer (queued from its thread, or waited for by
        :meth:`flush`): say it is saved, or take its rows back and say why not."""
        if batch is not self._in_flight:
            return  # already taken by flush(), or discarded
        self._in_flight = None
        if batch.error is not None:
            kept = Batch()
            kept.under(batch)
            kept.under(self._waiting)  # what was put since is newer
            self._waiting = kept
            self._failed(batch.error)
            return
        if self.failing:
            self._forget_failure()
            log.info("saving works again; everything kept in memory is written")
            self.recovered.emit()
        self.saved.emit(batch.committed_at)
        if not self._batching:
            self._hand_over()

    def flush(self, timeout: float = FLUSH_TIMEOUT_S) -> bool:
        """Write everything waiting and wait for it (leaving a run, exporting, closing); True
        when nothing is left. False when the disk refuses, or does not answer in ``timeout``
        seconds (what waits stays here)."""
        deadline = time.monotonic() + timeout
        tried = False  # a batch handed over here failed: the disk refuses now
        while True:
            if self._in_flight is None:
                if not self._waiting.size:
                    return True
                self._retry.stop()
                self._hand_over(reopen=self.failing)
                tried = True
            batch = self._in_flight
            if not batch.done.wait(max(0.0, deadline - time.monotonic())):
                log.error("the disk has not answered for %.0f s; %d changes wait",
                          timeout, self.pending)
                return False
            self._finished(batch)
            if self.failing and tried:
                return False

    def discard(self) -> None:
        """Forget what waits and stop trying (the facilitator chose to lose it): a retry must
        not write it later, over what was typed since. A batch already being written is
        left to finish; its result is ignored."""
        self._retry.stop()
        if self.pending:
            log.warning("discarding %d changes the disk refused", self.pending)
        self._waiting, self._in_flight = Batch(), None
        self._forget_failure()

    def close(self, timeout: float = FLUSH_TIMEOUT_S) -> None:
        """End the writer thread once what it was given is written (call :meth:`flush` or
        :meth:`discard` first). What is put later, as the window goes (an in-place editor
        commits its text when the window hides it), is written at once on this thread."""
        self._closed = True
        if self._thread is not None and not self._thread.stop(timeout):
            log.error("the store's writer did not finish within %.0f s", timeout)
        self._thread = None
        if self._in_flight is not None and self._in_flight.done.is_set():
            self._finished(self._in_flight)
        self._retry.stop()

    def _forget_failure(self) -> None:
        self.failing = False
        self._failure = None
        self._attempts = 0

    def _failed(self, exc: BaseException) -> None:
        """Keep the rows, log, say it on the window and try again in a while."""
        self._attempts += 1
        failure = (type(exc), _detail(exc))
        if failure != self._failure:  # a new failure: in full, with where it came from
            self._failure = failure
            what = "the database or its file" if isinstance(exc, StoreWriteError) else "a bug"
            log.error("saving failed (%s), keeping %d changes in memory", what, self.pending,
                      exc_info=exc)
        elif self._attempts % REMIND_EVERY == 0:
            log.error("still not saved after %d attempts, %d changes in memory: %s: %s",
                      self._attempts, self.pending, type(exc).__name__, failure[1])
        self.failing = True
        self.failed.emit(self.message(exc))
        self._retry.start()

    def message(self, exc: BaseException) -> str:
        """What the red banner says of a failure, in the window's language: the store's reason
        (the disk full, the file damaged...) or the error's own words for a bug."""
        return self.tr(
            "Cannot save to {path} ({detail}). Nothing is lost: what was typed stays in memory "
            "and saving is tried again every second. Keep this window open; if this message "
            "stays, ask for help (the details are in the log).").format(
            path=self.store.path, detail=_detail(exc))


def _detail(exc: BaseException) -> str:
    """A failure in a few words: the store's, else the error's type and text."""
    detail = str(exc.detail) if isinstance(exc, StoreWriteError) \
        else f"{type(exc).__name__}: {exc}"
    return detail if len(detail) <= 200 else detail[:199] + "…"
