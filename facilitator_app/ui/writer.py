"""Writes the session's changes to the store, and keeps them when the disk refuses.

Changes are whole rows (idempotent), merged by key while they wait, and written together in
one transaction. When a write fails the rows stay here, the window says so, and a timer tries
again until the disk accepts them: nothing typed is lost and nothing is half-written.

Whatever refuses the write is handled so: the disk or the database (full, read-only, removed,
damaged: the store says so with a :class:`StoreWriteError`), or a bug. None escapes into Qt's
event loop, where the rows would wait unsaid and a closing window would lose them. Each new
failure is logged with its traceback, and a reminder follows while it lasts: a bug is kept from
losing what was typed, not hidden.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator_app.domain import Contribution, EngagementNotes
from facilitator_app.errors import StoreWriteError
from facilitator_app.storage import LocalStore
from facilitator_app.storage.types import utcnow

log = logging.getLogger(__name__)
RETRY_MS = 1000
REMIND_EVERY = 60  # failed attempts between two reminders in the log (a minute of retries)


class PendingWrites(QObject):
    """The changes not yet on disk, and the loop that puts them there."""

    saved = Signal(datetime)
    failed = Signal(str)
    recovered = Signal()

    def __init__(self, store: LocalStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._rows: dict[str, Contribution] = {}
        self._notes: dict[tuple[str, int], EngagementNotes] = {}
        self._state: dict[str, dict[str, str]] = {}
        self._runs: dict[str, dict] = {}
        self.failing = False
        self._failure: tuple[type, str] | None = None  # the last one logged in full
        self._attempts = 0  # failed attempts since the last write that worked
        self._batching = False
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.flush)

    @property
    def pending(self) -> int:
        """How many changes wait for the disk."""
        return (len(self._rows) + len(self._notes) + len(self._runs)
                + sum(len(v) for v in self._state.values()))

    def put(self, rows: Iterable[Contribution] = (), notes: EngagementNotes | None = None,
            state: tuple[str, dict[str, str]] | None = None,
            run: tuple[str, dict] | None = None) -> None:
        """Queue changes and write them now, unless the disk is refusing (then the timer will)."""
        for row in rows:
            self._rows[row.uuid] = row
        if notes is not None:
            self._notes[(notes.run_uuid, notes.engagement_number)] = notes
        if state is not None:
            self._state.setdefault(state[0], {}).update(state[1])
        if run is not None:
            self._runs.setdefault(run[0], {}).update(run[1])
        if not self.failing and not self._batching:
            self.flush()

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
                self.flush()

    def discard(self) -> None:
        """Forget what waits and stop trying (the facilitator chose to lose it): a retry must
        not write it later, over what was typed since."""
        self._retry.stop()
        if self.pending:
            log.warning("discarding %d changes the disk refused", self.pending)
        self._clear()
        self._forget_failure()

    def _forget_failure(self) -> None:
        self.failing = False
        self._failure = None
        self._attempts = 0

    def _clear(self) -> None:
        self._rows.clear()
        self._notes.clear()
        self._state.clear()
        self._runs.clear()

    def flush(self) -> bool:
        """Try to write everything waiting; True when nothing is left."""
        if not self.pending:
            return True
        try:
            self.store.save(list(self._rows.values()), list(self._notes.values()),
                            self._state, self._runs)
        except Exception as exc:  # noqa: BLE001 - whatever it is, what was typed is kept
            self._failed(exc)
            return False
        self._clear()
        if self.failing:
            self._forget_failure()
            log.info("saving works again; everything kept in memory is written")
            self.recovered.emit()
        self.saved.emit(utcnow())
        return True

    def _failed(self, exc: Exception) -> None:
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

    def message(self, exc: Exception) -> str:
        """What the red banner says of a failure, in the window's language: the store's reason
        (the disk full, the file damaged...) or the error's own words for a bug."""
        return self.tr(
            "Cannot save to {path} ({detail}). Nothing is lost: what was typed stays in memory "
            "and saving is tried again every second. Keep this window open; if this message "
            "stays, ask for help (the details are in the log).").format(
            path=self.store.path, detail=_detail(exc))


def _detail(exc: Exception) -> str:
    """A failure in a few words: the store's, else the error's type and text."""
    detail = str(exc.detail) if isinstance(exc, StoreWriteError) \
        else f"{type(exc).__name__}: {exc}"
    return detail if len(detail) <= 200 else detail[:199] + "…"
