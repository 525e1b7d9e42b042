"""The organiser window's slow work, off the GUI thread: opening a store (a file, or one on a
server), reading what the window shows of it, merging bundles, merging the quarantined ones,
writing the report.

Each task is a QObject moved to its own QThread. It opens its own connection to the central
store (``CentralStore(url)``), never the window's (reading the window's views uses the
window's store object, whose engine hands each thread its own connection), reports through
signals (queued to the GUI thread), and looks at a cancel flag between bundles or batches of
contributions. Every ending is signalled exactly once: ``succeeded`` (with the result),
``cancelled`` or ``failed`` (with the error's sentence in the current language), then
``done``. A task that changes the store reads the views again before it ends (``viewed``), so
that the window shows the store as the task left it without reading it itself.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from facilitator_app.central import groups, syntheses
from facilitator_app.errors import FacilitatorError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreView:
    """What the window shows of a store, read at once: its bundles, open conflicts, keys, and
    its near-duplicate groups with where each run was held."""

    url: str
    bundles: list
    conflicts: list
    keys: list
    groups: list
    places: dict
    synthesis_places: list
    syntheses: dict


def read_view(store) -> StoreView:
    return StoreView(store.url, store.bundles(), store.conflicts(), store.keys(),
                     groups.group_views(store), groups.run_labels(store),
                     syntheses.synthesis_places(store), syntheses.syntheses(store))


@dataclass(frozen=True)
class Opened:
    """A store opened by :class:`ConnectTask`, and its views read on the worker."""

    store: object
    view: StoreView | None


class Task(QObject):
    """One piece of work for a worker thread; subclasses implement :meth:`work`."""

    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)
    cancelled = Signal(object)  # what was done before stopping (or None)
    failed = Signal(str)
    viewed = Signal(object)  # the store's views (StoreView) as the work left it
    done = Signal()

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (between bundles, or contribution batches)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def work(self, store) -> object:
        raise NotImplementedError

    def perform(self) -> object:
        """The whole work on its own connection, closed after it."""
        from facilitator_app.central.store import CentralStore

        with CentralStore(self.url) as store:
            try:
                return self.work(store)
            finally:
                self._read_view(store)

    def _read_view(self, store) -> None:
        try:
            self.viewed.emit(read_view(store))
        except FacilitatorError as error:  # the work's own ending is what is said
            log.warning("views of %s not read: %s", type(self).__name__, error)

    @Slot()
    def run(self) -> None:
        try:
            result = self.perform()
        except _Cancelled as stop:
            self.cancelled.emit(stop.partial)
        except FacilitatorError as error:
            log.warning("%s failed: %s", type(self).__name__, error)
            self.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - shown to the organiser, never lost
            log.exception("%s failed", type(self).__name__)
            self.failed.emit(QCoreApplication.translate(
                "Task", "Unexpected error: {error}. The details are in the log.").format(
                error=f"{type(error).__name__}: {error}"))
        else:
            if getattr(result, "cancelled", False):
                self.cancelled.emit(result)
            else:
                self.succeeded.emit(result)
        finally:
            self.done.emit()


class ConnectTask(Task):
    """Open a central store (a file, or one on a server): connecting, creating or checking its
    tables, registering the machine's trusted keys and reading its views happen here, so that
    a large file or a slow or unreachable server never freezes the window. ``succeeded``
    carries :class:`Opened`: the open :class:`CentralStore`, which becomes the window's, and
    its views; a cancelled or failed attempt closes what it opened."""

    keys_refused = Signal(str)  # the machine's trusted keys could not be registered

    def __init__(self, url: str, defaults) -> None:
        super().__init__(url)
        self.defaults = defaults

    def perform(self) -> object:
        from facilitator_app.central.store import CentralStore
        from facilitator_app.i18n import msg

        shown = _without_password(self.url)
        try:
            store = CentralStore(self.url)
        except FacilitatorError:
            raise
        except Exception as error:  # noqa: BLE001 - a driver's refusal of a bad URL
            log.warning("cannot open %s: %s", shown, type(error).__name__)
            raise FacilitatorError(msg(
                "La base centrale {url} n'a pas pu être ouverte ({kind}) : vérifiez son adresse.",
                "The central store {url} could not be opened ({kind}): check its address.",
                url=shown, kind=type(error).__name__)) from None
        try:
            if self.is_cancelled():
                raise _Cancelled()
            problem = None
            try:
                self.defaults.register_trusted_keys(store)
            except FacilitatorError as error:  # the store opens all the same; it is said
                problem = str(error)
            if self.is_cancelled():
                raise _Cancelled()
            opened = Opened(store, read_view(store))
        except BaseException:
            store.close()
            raise
        if problem is not None:
            self.keys_refused.emit(problem)
        return opened


def _without_password(url: str) -> str:
    """The URL to show or log: never its password, even when it cannot be parsed."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        scheme = url.split("://", 1)[0] if "://" in url else ""
        return f"{scheme}://…" if scheme else "…"


class _Cancelled(Exception):
    def __init__(self, partial: object = None) -> None:
        self.partial = partial


class _MergingTask(Task):
    """A merge of several bundles: one ``outcome`` signal per bundle as it is decided."""

    outcome = Signal(int, int, object)  # done, total, Outcome

    def __init__(self, url: str, *, dry_run: bool) -> None:
        super().__init__(url)
        self.dry_run = dry_run

    def decided(self, done: int, total: int, outcome) -> None:
        """The merge's ``progress`` callback (runs on the worker; the signals are queued)."""
        self.progress.emit(done, total)
        self.outcome.emit(done, total, outcome)


class MergeTask(_MergingTask):
    """Merge bundle files and folders."""

    def __init__(self, url: str, paths: Sequence[str | Path], *, require_known_keys: bool,
                 dry_run: bool) -> None:
        super().__init__(url, dry_run=dry_run)
        self.paths = [str(p) for p in paths]
        self.require_known_keys = require_known_keys

    def work(self, store):
        from facilitator_app.central.merge import merge_paths

        return merge_paths(store, self.paths, require_known_keys=self.require_known_keys,
                           dry_run=self.dry_run, progress=self.decided,
                           cancelled=self.is_cancelled)


class QuarantineTask(_MergingTask):
    """Merge again the quarantined bundles whose key is now trusted, with a cancel between
    bundles as for a merge of files."""

    def work(self, store):
        from facilitator_app.central.merge import merge_quarantined

        return merge_quarantined(store, dry_run=self.dry_run, progress=self.decided,
                                 cancelled=self.is_cancelled)


class ReportTask(Task):
    """Write the report of the central store (Excel, and optionally CSV, Markdown and the
    open-data package)."""

    def __init__(self, url: str, *, xlsx: Path | None, csv: Path | None = None,
                 markdown: Path | None = None, lang: str = "fr",
                 open_data: Path | None = None) -> None:
        super().__init__(url)
        self.xlsx, self.csv, self.markdown, self.lang = xlsx, csv, markdown, lang
        self.open_data = open_data

    def work(self, store):
        from facilitator_app.central.report_source import CentralReportSource
        from facilitator_app.report.build import write_report
        from facilitator_app.report.errors import ReportCancelled

        try:
            return write_report(CentralReportSource(store), xlsx=self.xlsx, csv=self.csv,
                                markdown=self.markdown, open_data=self.open_data,
                                lang=self.lang,
                                progress=self.progress.emit, cancelled=self.is_cancelled)
        except ReportCancelled:
            raise _Cancelled() from None


class ReadTask(Task):
    """Read the window's views of its open store again (after a conflict is resolved or a key
    trusted), off the GUI thread: on a server each read is a round trip."""

    def __init__(self, store) -> None:
        super().__init__(store.url)
        self.store = store

    def perform(self) -> object:
        return read_view(self.store)


class Runner(QObject):
    """Runs one task at a time on a worker thread, and can wait for it to end. ``idle`` is
    emitted once the thread has ended, after the task's own ending signals."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        self.thread: QThread | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, task: Task) -> Task:
        if self.busy:
            raise RuntimeError("a task is already running")
        thread = QThread()
        thread.setObjectName(type(task).__name__)
        task.moveToThread(thread)
        thread.started.connect(task.run)
        # Direct: the thread must end even while the GUI thread waits for it (closing).
        task.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._finished)
        self.task, self.thread = task, thread
        thread.start()
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def wait(self) -> None:
        """Cancel the task and block until its thread has ended (closing the window)."""
        if self.thread is not None:
            self.cancel()
            self.thread.quit()  # ends its event loop once the task's run has returned
            self.thread.wait()
            self._finished()

    def _finished(self) -> None:
        if self.thread is None:
            return
        self.thread.deleteLater()
        if self.task is not None:
            self.task.deleteLater()
        self.task = self.thread = None
        self.idle.emit()
