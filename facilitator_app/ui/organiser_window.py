"""The organisers' window: open a central store, drop bundles on it to merge them, watch the
verdicts, resolve the conflicts, trust the facilitators' keys and produce the report.

Opening a store, reading what the window shows of it, merging and the report run on worker
threads (``organiser_tasks``); the GUI thread never waits for the store to be read, and writes
only the quick single-transaction changes an organiser asks for (resolving a conflict,
trusting a key).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.central.store import CentralStore
from facilitator_app.errors import FacilitatorError
from facilitator_app.machine_defaults import machine_defaults
from facilitator_app.ui import accessibility, file_dialogs
from facilitator_app.ui.organiser_conflicts import ConflictsPage
from facilitator_app.ui.organiser_duplicates import DuplicatesPage
from facilitator_app.ui.organiser_syntheses import SynthesesPage
from facilitator_app.ui.organiser_controls import OrganiserControls
from facilitator_app.ui.organiser_dialogs import PostgresDialog, ReportDialog, TrustKeyDialog
from facilitator_app.ui.organiser_menus import OrganiserMenus
from facilitator_app.ui.organiser_models import BundleRow, BundleTableModel, bundle_rows
from facilitator_app.ui.organiser_pages import BundlesPage, KeysPage
from facilitator_app.ui.organiser_status import StatusText
from facilitator_app.ui.organiser_tasks import (
    ConnectTask,
    MergeTask,
    QuarantineTask,
    ReadTask,
    ReportTask,
    Runner,
    StoreView,
    Task,
)
from facilitator_app.ui.settings import Key, Settings

log = logging.getLogger(__name__)

# Local to this window until they join the registry of ui/settings.py.
ORGANISER_STORE = Key("organiser/store", "", str,
                      "Central store last opened in the organiser window (path or URL, "
                      "without password)")
ORGANISER_REPORT = Key("organiser/report", "", str, "Report workbook last written")
ORGANISER_GEOMETRY = Key("organiser/geometry", QByteArray(), QByteArray,
                         "Organiser window geometry")


def available_geometry(widget: QWidget) -> QRect:
    """The free area of the screen the window is on (or the primary one): a seam for tests."""
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect()


def remembered_form(url: str) -> str:
    """What to remember of a store's URL: a SQLite file's path; a URL without its password."""
    if url.startswith("sqlite:///"):
        return url.removeprefix("sqlite:///")
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=None).render_as_string(hide_password=False)


class OrganiserWindow(QMainWindow):
    """One central store at a time; ``store`` is None until one is opened."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessibility.install()  # readable palette and focus ring, once per application
        self.setObjectName("organiser-window")
        self.setAcceptDrops(True)
        self.settings = settings
        self.defaults = machine_defaults()  # IT's: store, quarantine of unknown keys, keys
        self.store: CentralStore | None = None
        self.waiting_paths: list[str] = []  # bundles given before a store was opened
        self.outcomes: dict[tuple, BundleRow] = {}  # this session's verdicts, by file
        self.runner = Runner(self)
        self.runner.idle.connect(self._idle)
        self._when_idle: list = []  # what waits for the running task's end
        # The views are read again on a worker of their own, so that the window stays usable
        # (the conflicts page keeps its keys) while they are read.
        self.reader = Runner(self)
        self.reader.idle.connect(self._read_again)
        self._stale = False  # the views were asked for again while being read
        self._count_resolved = False  # say how many conflicts remain once they are read
        app = QCoreApplication.instance()
        if app is not None:  # a connection still being attempted ends before the program does
            app.aboutToQuit.connect(self.runner.wait)
            app.aboutToQuit.connect(self.reader.wait)
        self.status = StatusText(self)
        self.error_box: QMessageBox | None = None
        self.dialog = None  # the small dialog open, if any (tests reach it here)
        self._build()
        self.menus = OrganiserMenus(self)
        self.retranslate()
        geometry = settings.get(ORGANISER_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(self.default_size())
        # IT's file may be there to refuse unknown keys: when it is refused, the safe choice
        # is made (the app said at start that the file was refused; the box can be unticked).
        self.require_known.setChecked(self.defaults.require_known_keys
                                      or self.defaults.problem is not None)
        remembered = self.store_hint()
        if remembered and "://" not in remembered and Path(remembered).exists():
            self.open_store(remembered)
        self._update_enabled()

    def default_size(self) -> QSize:
        """Wide enough for every column of the bundles' table at the current text size (the
        pages' margins and the tabs' frame on top), clamped to the screen's free area."""
        em = self.fontMetrics().horizontalAdvance("M")
        hint = self.sizeHint()
        width = max(hint.width(), self.bundles_page.wanted_width() + em * 3)
        height = max(hint.height(), em * 55)
        screen = available_geometry(self)
        if screen.isValid():
            width, height = min(width, screen.width()), min(height, screen.height())
        return QSize(width, height)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.controls = OrganiserControls()
        c = self.controls
        self.open_button, self.connect_button = c.open_button, c.connect_button
        self.add_button, self.quarantine_button = c.add_button, c.quarantine_button
        self.report_button, self.dry_run, self.require_known = (
            c.report_button, c.dry_run, c.require_known)
        self.drop_hint, self.progress_box, self.cancel_button = (
            c.drop_hint, c.progress_box, c.cancel_button)
        self.cancel_button.clicked.connect(self.cancel)

        self.bundle_model = BundleTableModel(self)
        self.bundles_page = BundlesPage(self.bundle_model)
        self.bundle_view = self.bundles_page.view
        self.conflicts = ConflictsPage()
        self.conflicts.resolveRequested.connect(self.resolve)
        self.duplicates = DuplicatesPage()
        self.duplicates.failed.connect(self.show_error)
        self.syntheses = SynthesesPage()
        self.syntheses.failed.connect(self.show_error)
        keys_page = KeysPage()
        self.key_model, self.key_view = keys_page.model, keys_page.view
        self.trust_button = keys_page.trust_button
        self.tabs = QTabWidget()
        self.tabs.setObjectName("organiser-tabs")
        accessibility.set_role(self.tabs, accessibility.Role.Grouping)  # not a generic filler
        self.tabs.addTab(self.bundles_page, "")
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(keys_page, "")
        self.tabs.addTab(self.duplicates, "")
        self.tabs.addTab(self.syntheses, "")
        self.duplicates.changed.connect(self._retranslate_tabs)
        self.syntheses.changed.connect(self._retranslate_tabs)
        self.tabs.currentChanged.connect(self._focus_page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.controls)
        layout.addWidget(self.tabs, 1)
        # In the layout rather than the status bar, which cannot wrap a long line.
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        accessibility.set_role(self.totals, accessibility.Role.StatusBar)
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.totals)
        self.setCentralWidget(central)

    def find_bundle(self) -> None:
        """Ctrl+F: the bundles' page, its filter field ready to type in."""
        self.tabs.setCurrentWidget(self.bundles_page)
        self.bundles_page.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bundles_page.filter.selectAll()

    def _focus_page(self, index: int) -> None:
        """Keys act on what is shown: the page's table takes the focus (1, 2, B on conflicts)."""
        view = (self.bundle_view, self.conflicts.view, self.key_view,
                self.duplicates.view, self.syntheses.list)[index]
        if self.isActiveWindow():
            view.setFocus(Qt.FocusReason.TabFocusReason)

    # -- state -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def _idle(self) -> None:
        self._update_enabled()
        waiting, self._when_idle = self._when_idle, []
        for then in waiting:
            then()

    def _update_enabled(self) -> None:
        idle, opened = not self.busy, self.store is not None
        self.menus.update_enabled(idle, opened)
        for widget in (self.dry_run, self.require_known):
            widget.setEnabled(idle)
        self.conflicts.setEnabled(idle and opened)
        self.duplicates.setEnabled(idle and opened)
        self.syntheses.setEnabled(idle and opened)
        self.progress_box.setVisible(not idle)

    def show_error(self, title: str, sentence: str) -> None:
        """A window-modal message that does not block the event loop (nor the tests)."""
        log.warning("%s: %s", title, sentence)
        box = QMessageBox(QMessageBox.Icon.Critical, title, sentence,
                          QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "error_box", None))
        self.error_box = box
        box.open()

    # -- the store -------------------------------------------------------------------------

    def open_store(self, target: str) -> ConnectTask | None:
        """Open (creating it if needed) the central store at ``target``, a path or a URL, on a
        worker thread (the task, or None when another task is running)."""
        return self.connect_store(target, None if "://" in target
                                  else self.tr("Opening the central store…"))

    def connect_store(self, url: str, label: str | None = None) -> ConnectTask | None:
        """Open a central store from a worker thread: the window stays responsive however
        long the file takes to check or the server to answer, or not."""
        if self.busy:
            return None
        task = ConnectTask(url, self.defaults)
        task.succeeded.connect(self._connected)
        task.keys_refused.connect(self._keys_refused)
        return self._start(task, label or self.tr("Connecting to the central store…"))

    def _keys_refused(self, sentence: str) -> None:
        self.show_error(self.tr("Machine's trusted keys not registered"), sentence)

    def _connected(self, opened) -> None:
        if not self.isVisible():  # closed while connecting
            opened.store.close()
            return
        self._adopt(opened.store, opened.view)  # the task registered the machine's keys

    def _adopt(self, store: CentralStore, view: StoreView | None = None) -> None:
        """``store`` becomes the window's (the one it had is closed), shown as ``view``."""
        self.reader.wait()  # a read of the store being closed
        if self.store is not None:
            self.store.close()
        self.store = store
        self.outcomes.clear()
        self.settings.set(ORGANISER_STORE, remembered_form(store.url))
        self.status.clear()
        if view is not None:
            self.show_view(view)
        else:
            self.refresh()
        self.retranslate()
        self._update_enabled()
        waiting, self.waiting_paths = self.waiting_paths, []
        if waiting:  # bundles given before a store was open, merged once the opening ends
            self._after_task(lambda: self.add_paths(waiting))

    def _after_task(self, then) -> None:
        if self.busy:
            self._when_idle.append(then)
        else:
            then()

    def store_hint(self, url: bool | None = None) -> str:
        """The store to offer (a URL, a file, or either): the one last opened here, else the
        machine's default one."""
        hints = (self.settings.get(ORGANISER_STORE), self.defaults.central_store or "")
        return next((h for h in hints if h and (url is None or ("://" in h) == url)), "")

    def choose_store_file(self) -> ConnectTask | None:
        remembered = self.store_hint(url=False)
        start = remembered or str(
            Path(QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
            / "ministere-ouvert-central.sqlite")
        path = file_dialogs.save_file_name(
            self, self.tr("Open or create a central store"), start,
            self.tr("Central stores (*.sqlite *.db);;All files (*)"), confirm_overwrite=False)
        return self.open_store(path) if path else None

    def choose_postgres(self) -> PostgresDialog:
        remembered = self.store_hint(url=True)
        dialog = PostgresDialog(remembered, self)
        dialog.accepted.connect(lambda: self.connect_store(dialog.url.text().strip()))
        return self._open_dialog(dialog)

    def store_name(self) -> str:
        """The open store as the organiser named it: a file's path, or a URL (no password)."""
        if self.store is None:
            return ""
        if self.store.url.startswith("sqlite:///"):
            return self.store.url.removeprefix("sqlite:///")
        return self.store.display

    def refresh(self) -> ReadTask | None:
        """Read the store again, on a worker: bundles (with this session's verdicts),
        conflicts, keys; shown when read (``show_view``). Asked again while being read, it is
        read once more afterwards."""
        if self.store is None:
            for model in (self.bundle_model, self.key_model):
                model.set_rows([])
            self.conflicts.set_conflicts([])
            self.duplicates.show_store(None)
            self.syntheses.show_syntheses(None, [], {})
            self._retranslate_tabs()
            return None
        if self.reader.busy:
            self._stale = True
            return None
        task = ReadTask(self.store)
        # Bound methods only: a lambda connected to a task's signal would run on its thread.
        task.succeeded.connect(self.show_view)
        task.failed.connect(self._not_read)
        return self.reader.start(task)

    def _read_again(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def _not_read(self, sentence: str) -> None:
        self.show_error(self.tr("Central store not read"), sentence)

    def show_view(self, view: StoreView) -> None:
        """Show the store as read on a worker (unless another store was opened since)."""
        if self.store is None or view.url != self.store.url:
            return
        self.bundle_model.set_rows(bundle_rows(view.bundles, list(self.outcomes.values())))
        self.conflicts.set_conflicts(view.conflicts)
        self.key_model.set_rows(view.keys)
        self.duplicates.show_groups(self.store, view.groups, view.places)
        self.syntheses.show_syntheses(self.store, view.synthesis_places, view.syntheses)
        self._retranslate_tabs()
        if self._count_resolved:
            self._count_resolved = False
            self.status.resolved(len(self.conflicts.model.rows()))
            self.totals.setText(self.status.text)

    # -- merging ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def offer_store(self, paths: list[str]) -> QMessageBox:
        """Bundles given with no store open (``--open``, a double-click, a drop): offer to
        open the store used last, or to open or create one; the bundles are merged into
        whichever is opened."""
        self.waiting_paths = list(paths)
        last = self.store_hint(url=None)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("No central store open"),
                          self.tr("%n bundle(s) to merge. Into which central store?", "",
                                  len(paths)), QMessageBox.StandardButton.Cancel, self)
        self.offer_last = None
        if last:
            box.setInformativeText(self.tr("Last store opened: {store}").format(store=last))
            self.offer_last = box.addButton(self.tr("Open the &last one"),
                                            QMessageBox.ButtonRole.AcceptRole)
        self.offer_choose = box.addButton(self.tr("Open or &create a store…"),
                                          QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(self.offer_last or self.offer_choose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._store_offered(button, last))
        self.store_offer = box
        box.open()
        return box

    def _store_offered(self, button, last: str) -> None:
        opening = None  # merges the waiting bundles once opened
        if button is self.offer_last:
            opening = self.open_store(last)
        elif button is self.offer_choose:
            opening = self.choose_store_file()
        if opening is None:
            self.waiting_paths = []  # nothing opened: the bundles are not kept for later

    def choose_bundles(self) -> None:
        files = file_dialogs.open_file_names(
            self, self.tr("Add bundles"), "", self.tr("Bundles (*.fabundle);;All files (*)"))
        if files:
            self.add_paths(files)

    def add_paths(self, paths: list[str]) -> MergeTask | None:
        """Merge bundle files and folders (searched recursively) on a worker thread."""
        if self.store is None:
            self.offer_store(paths)
            return None
        if self.busy:
            self.show_error(self.tr("Please wait"), self.tr(
                "A task is running; add the bundles again when it has finished."))
            return None
        task = MergeTask(self.store.url, paths, require_known_keys=self.require_known.isChecked(),
                         dry_run=self.dry_run.isChecked())
        task.outcome.connect(self._outcome)
        task.succeeded.connect(self._merged)
        task.cancelled.connect(self._merged)
        return self._start(task, self.tr("Merging the bundles…"))

    def merge_quarantined(self) -> QuarantineTask | None:
        if self.store is None or self.busy:
            return None
        task = QuarantineTask(self.store.url, dry_run=self.dry_run.isChecked())
        task.outcome.connect(self._outcome)
        task.succeeded.connect(self._merged)
        task.cancelled.connect(self._merged)
        return self._start(task, self.tr("Merging the quarantined bundles…"))

    def _start(self, task: Task, label: str) -> Task:
        self.controls.show_progress(label)
        # Bound methods only: a lambda connected to a task's signal would run on its thread.
        task.progress.connect(self._progress)
        task.failed.connect(self._failed)
        task.viewed.connect(self.show_view)
        self.runner.start(task)
        self._update_enabled()
        return task

    def _progress(self, done: int, total: int) -> None:
        self.controls.set_progress(done, total)

    def _failed(self, sentence: str) -> None:
        self.show_error(self.tr("Task failed"), sentence)

    def _task_dry_run(self) -> bool:
        return bool(getattr(self.runner.task, "dry_run", False))

    def _outcome(self, done: int, total: int, outcome) -> None:
        row = BundleRow.from_outcome(outcome, dry_run=self._task_dry_run())
        self.outcomes[row.key] = row
        at = self.bundle_model.put(row)
        self.bundles_page.show_row(at)
        self.controls.progress_label.setText(self.tr("Merged: {file}").format(file=row.file_name))

    def _merged(self, report) -> None:
        self.status.merged(report, self._task_dry_run())
        self.totals.setText(self.status.text)
        accessibility.announce(self.totals)

    def cancel(self) -> None:
        if self.busy:
            self.runner.cancel()
            self.cancel_button.setEnabled(False)
            self.controls.progress_label.setText(self.tr("Cancelling after the current step…"))

    # -- conflicts and keys ----------------------------------------------------------------

    def resolve(self, conflict, keep: str) -> None:
        """Resolve ``conflict`` (as the organiser saw it) by ``keep``; when another merge has
        changed it meanwhile, nothing is resolved and the list shows it as it now is."""
        if self.store is None or self.busy:
            return
        try:
            self.store.resolve(conflict.contribution_uuid, keep, seen=conflict)
        except FacilitatorError as error:
            self.show_error(self.tr("Conflict not resolved"), str(error))
        self._count_resolved = True  # said once the conflicts are read again
        self.refresh()

    def show_trust_dialog(self) -> TrustKeyDialog | None:
        if self.store is None:
            return None
        index = self.key_view.currentIndex()
        chosen = self.key_model.row(index.row()) if index.isValid() else None
        # The fingerprint is typed as the facilitator reads it out: that is the check, so it
        # is never filled in from a key the store merely saw.
        dialog = TrustKeyDialog("", ", ".join(chosen.facilitators) if chosen else "", self)
        dialog.submitted.connect(lambda: self._trust(dialog))  # closes once the key is recorded
        return self._open_dialog(dialog)

    def _trust(self, dialog: TrustKeyDialog) -> None:
        fingerprint, names = dialog.values()
        try:
            self.store.trust_key(fingerprint, names)
        except FacilitatorError as error:
            dialog.show_error(str(error))
            return
        dialog.accept()
        self.refresh()
        self.status.trusted(fingerprint.upper())
        self.totals.setText(self.status.text)

    def _open_dialog(self, dialog):
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- the report ------------------------------------------------------------------------

    def show_report_dialog(self) -> ReportDialog | None:
        if self.store is None or self.busy:
            return None
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        dialog = ReportDialog(folder, self)
        last = self.settings.get(ORGANISER_REPORT)
        if last:
            dialog.xlsx.setText(last)
        dialog.accepted.connect(lambda: self.produce_report(*dialog.outputs()))
        return self._open_dialog(dialog)

    def produce_report(self, xlsx: Path, csv: Path | None = None, markdown: Path | None = None,
                       lang: str = "fr", open_data: Path | None = None) -> ReportTask | None:
        if self.store is None or self.busy:
            return None
        self.settings.set(ORGANISER_REPORT, str(xlsx))
        task = ReportTask(self.store.url, xlsx=xlsx, csv=csv, markdown=markdown, lang=lang,
                          open_data=open_data)
        task.succeeded.connect(self._reported)
        task.cancelled.connect(self._report_cancelled)
        return self._start(task, self.tr("Writing the report…"))

    def _reported(self, result) -> None:
        self.status.reported(result)
        self.totals.setText(self.status.text)
        accessibility.announce(self.totals)

    def _report_cancelled(self, _partial=None) -> None:
        self.status.report_cancelled()
        self.totals.setText(self.status.text)
        accessibility.announce(self.totals)

    # -- language and lifetime -------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _retranslate_tabs(self) -> None:
        counts = (self.bundle_model.rowCount(), self.conflicts.model.rowCount(),
                  self.key_model.rowCount(),
                  sum(v.state in ("open", "review") for v in self.duplicates.model.rows()),
                  len(self.syntheses.saved))
        titles = (self.tr("Bu&ndles ({count})"), self.tr("&Conflicts ({count})"),
                  self.tr("&Keys ({count})"), self.tr("Near-d&uplicates ({count})"),
                  self.tr("S&yntheses ({count})"))
        for i, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(i, title.format(count=count))

    def retranslate(self) -> None:
        name = self.store_name()
        self.setWindowTitle(self.tr("Ministère ouvert — organiser")
                            + (f" — {name}" if name else ""))
        self.controls.show_store(name)
        self.menus.retranslate()
        accessibility.describe(self.totals, self.tr("Result of the last task"))
        self.tabs.setAccessibleName(self.tr("Pages of the organiser window"))
        self.bundle_model.set_rows(self.bundle_model.rows())  # headers, verdicts translated
        self.conflicts.retranslate()
        self.duplicates.retranslate()
        self.syntheses.retranslate()
        self._retranslate_tabs()
        self.totals.setText(self.status.text)

    def closeEvent(self, event: QCloseEvent) -> None:
        if isinstance(self.runner.task, ConnectTask):
            # A server that does not answer holds the attempt up to its timeout: the window
            # closes now, and what the attempt opens is closed when it ends (_connected).
            self.runner.cancel()
        else:
            self.runner.wait()  # cancels: a merge stops between two bundles, a report at once
        self.reader.wait()
        self.settings.set(ORGANISER_GEOMETRY, self.saveGeometry())
        if self.store is not None:
            self.store.close()
            self.store = None
        super().closeEvent(event)


def open_organiser_window(parent: QWidget) -> OrganiserWindow:
    """Show the organiser window of ``parent`` (the main window, whose ``settings`` it uses),
    creating it the first time, raising it afterwards."""
    window = getattr(parent, "_organiser_window", None)
    if window is None:
        window = OrganiserWindow(parent.settings, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda: setattr(parent, "_organiser_window", None))
        parent._organiser_window = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window
