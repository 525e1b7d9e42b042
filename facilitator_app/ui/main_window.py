"""The facilitator's main window: the start screen, then the capture of the running atelier."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QScreen,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import __version__, i18n, user_record
from facilitator_app.domain import Catalogue
from facilitator_app.errors import FacilitatorError, StoreWriteError
from facilitator_app.storage import LocalStore
from facilitator_app.storage.elsewhere import save_run_elsewhere
from facilitator_app.storage.types import utcnow
from facilitator_app.text_rules import sanitise_name
from facilitator_app.ui import accessibility
from facilitator_app.ui import settings as keys
from facilitator_app.ui import text_size, unsaved
from facilitator_app.ui.capture_view import CaptureView
from facilitator_app.ui.session import CaptureSession
from facilitator_app.ui.settings import Settings

if TYPE_CHECKING:  # built only when needed: a resumed run starts without them
    from facilitator_app.ui.room_display import RoomDisplay
    from facilitator_app.ui.start_page import StartPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Holds the store for the app's lifetime; shows the start page or the capture view."""

    languageRequested = Signal(str)
    storeChanged = Signal(object)  # the LocalStore the window goes on with (saved elsewhere)

    def __init__(self, store: LocalStore, settings: Settings, catalogue: Catalogue) -> None:
        super().__init__()
        accessibility.install()  # readable palette and focus ring, once per application
        self.setObjectName("main-window")
        self.store, self.settings = store, settings
        self.session: CaptureSession | None = None
        self.room: RoomDisplay | None = None
        self.capture: CaptureView | None = None
        self.agenda_dialog = None
        self.shortcuts_dialog = None  # Help ▸ Keyboard shortcuts, built when first asked
        self.stack = QStackedWidget()
        self._catalogue = catalogue
        self._start_page: StartPage | None = None
        # The red banner while the disk refuses: what is wrong, and « Save elsewhere… ».
        self.banner_bar = QWidget(objectName="write-failure-bar")
        self.banner_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.banner_bar.setStyleSheet("#write-failure-bar { background: #b3261e; }")
        self.banner = QLabel()
        self.banner.setObjectName("write-failure-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { color: white; padding: 8px; font-weight: bold; }")
        accessibility.set_role(self.banner, accessibility.Role.AlertMessage)
        self.save_elsewhere_button = QPushButton()
        self.save_elsewhere_button.clicked.connect(self.save_elsewhere)
        bar_layout = QHBoxLayout(self.banner_bar)
        bar_layout.setContentsMargins(0, 0, 8, 0)
        bar_layout.addWidget(self.banner, 1)
        bar_layout.addWidget(self.save_elsewhere_button)
        self.banner_bar.hide()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner_bar)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.save_label = QLabel()
        accessibility.set_role(self.save_label, accessibility.Role.StatusBar)
        self.statusBar().addPermanentWidget(self.save_label)
        self._build_actions()
        self.retranslate()
        geometry = settings.get(keys.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1200, 800)

        in_progress = store.run_in_progress()
        if in_progress is not None:
            self.resume_run(in_progress.uuid)
        else:
            self.stack.setCurrentWidget(self.start_page)
        QTimer.singleShot(0, self, self._tell_losses)

    def _tell_losses(self) -> None:
        """What was lost when the app was last left with changes the disk refused."""
        try:
            losses = user_record.take_losses(self.store.path.parent)
        except OSError as exc:
            log.warning("cannot read what was lost last time: %s", exc)
            return
        if losses:
            self.losses_box = unsaved.tell_losses(self, losses)

    @property
    def start_page(self) -> StartPage:
        """The start screen, built the first time it is needed (not when a run is resumed)."""
        if self._start_page is None:
            from facilitator_app.ui.start_page import StartPage

            self._start_page = StartPage(self._catalogue, self.store.runs())
            self._start_page.startRequested.connect(self.start_run)
            self._start_page.resumeRequested.connect(self.resume_run)
            self.stack.insertWidget(0, self._start_page)
        return self._start_page

    # -- actions ---------------------------------------------------------------------------

    def _action(self, menu, name: str, keys_: QKeySequence | str | None, slot) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if isinstance(keys_, QKeySequence.StandardKey):
            action.setShortcuts(keys_)  # every binding of the platform (Redo: Ctrl+Y, Ctrl+Maj+Z)
        elif keys_ is not None:
            action.setShortcut(QKeySequence(keys_))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.a_new = self._action(self.file_menu, "new-run", QKeySequence.StandardKey.New,
                                  self.show_start_page)
        self.a_end = self._action(self.file_menu, "end-run", None, self.end_run)
        self.file_menu.addSeparator()
        self.a_export = self._action(self.file_menu, "export", "Ctrl+Shift+E",
                                     lambda: self.export())
        self.a_organiser = self._action(self.file_menu, "organiser", None, self.open_organiser)
        self.file_menu.addSeparator()
        self.a_quit = self._action(self.file_menu, "quit", QKeySequence.StandardKey.Quit,
                                   self.close)

        self.edit_menu = bar.addMenu("")
        self.a_undo = self._action(self.edit_menu, "undo", QKeySequence.StandardKey.Undo,
                                   lambda: self.session and self.session.undo_stack.undo())
        self.a_redo = self._action(self.edit_menu, "redo", QKeySequence.StandardKey.Redo,
                                   lambda: self.session and self.session.undo_stack.redo())

        self.atelier_menu = bar.addMenu("")
        self.a_questions = [
            self._action(self.atelier_menu, f"question-{n}", f"Ctrl+{n}",
                         lambda _=False, n=n: self.capture and self.capture.focus_question(n))
            for n in range(1, 5)
        ]
        self.atelier_menu.addSeparator()
        self.a_next = self._action(self.atelier_menu, "next-engagement", "Ctrl+PgDown",
                                   lambda: self.capture and self.capture.step_engagement(+1))
        self.a_previous = self._action(self.atelier_menu, "previous-engagement", "Ctrl+PgUp",
                                       lambda: self.capture and self.capture.step_engagement(-1))
        self.atelier_menu.addSeparator()
        self.a_agenda = self._action(self.atelier_menu, "agenda", None, self.edit_agenda)
        self.a_restitution = self._action(self.atelier_menu, "restitution", "Ctrl+R",
                                          self.show_restitution)
        self.atelier_menu.addSeparator()
        self.a_room = self._action(self.atelier_menu, "room-display", "F5",
                                   self.toggle_room_display)
        self.screen_menu = self.atelier_menu.addMenu("")
        self.screen_menu.setObjectName("room-screen-menu")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.screen_group = QActionGroup(self)
        self._fill_screen_menu()
        for signal in (QGuiApplication.instance().screenAdded,
                       QGuiApplication.instance().screenRemoved):
            signal.connect(lambda _screen: self._fill_screen_menu())

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.a_languages = {}
        for lang, label in (("fr", "Français"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(lang == i18n.language())
            action.triggered.connect(lambda _=False, lang=lang: self.languageRequested.emit(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.a_languages[lang] = action
        self.view_menu.addSeparator()
        zoom = QKeySequence.StandardKey
        self.a_larger = self._action(self.view_menu, "text-larger", zoom.ZoomIn,
                                     lambda: self.set_text_scale(text_size.larger()))
        # Ctrl+= too: the same key without Shift on many keyboards
        self.a_larger.setShortcuts([*self.a_larger.shortcuts(), QKeySequence("Ctrl+=")])
        self.a_smaller = self._action(self.view_menu, "text-smaller", zoom.ZoomOut,
                                      lambda: self.set_text_scale(text_size.smaller()))
        self.a_normal_text = self._action(self.view_menu, "text-normal", "Ctrl+0",
                                          lambda: self.set_text_scale(text_size.NORMAL))
        self._update_text_size_actions()

        self.help_menu = bar.addMenu("")
        self.a_shortcuts = self._action(self.help_menu, "shortcuts",
                                        QKeySequence.StandardKey.HelpContents, self.show_shortcuts)
        self.a_key = self._action(self.help_menu, "signing-key", None, self.show_key)
        self.a_about = self._action(self.help_menu, "about", None, self.about)
        self._update_enabled()

    def set_text_scale(self, scale: float) -> None:
        """View ▸ Larger, Smaller, Normal text size: the whole application's text, kept for the
        next start."""
        text_size.choose(self.settings, scale)
        self._update_text_size_actions()

    def _update_text_size_actions(self) -> None:
        scale = text_size.current()
        self.a_larger.setEnabled(scale < text_size.STEPS[-1])
        self.a_smaller.setEnabled(scale > text_size.STEPS[0])
        self.a_normal_text.setEnabled(scale != text_size.NORMAL)

    def _update_enabled(self) -> None:
        capturing = self.capture is not None and self.stack.currentWidget() is self.capture
        for action in (self.a_end, self.a_undo, self.a_redo, self.a_next, self.a_previous,
                       self.a_agenda, self.a_restitution, self.a_room, *self.a_questions):
            action.setEnabled(capturing)

    # -- runs ------------------------------------------------------------------------------

    def start_run(self, catalogue: Catalogue, atelier: int, facilitators: list[str],
                  expected: int) -> None:
        names = [n for n in map(sanitise_name, facilitators) if n]  # one line, no control char
        run = self.store.start_run(catalogue, atelier, names, expected or None)
        log.info("started run %s of atelier %d", run.uuid, atelier)
        self.resume_run(run.uuid)

    def resume_run(self, run_uuid: str) -> None:
        if not self._leave_session():
            return
        if self.session is None or self.session.run.uuid != run_uuid:
            self._discard_if_empty()
        self._close_capture()
        try:  # the run a restart (after a crash) reopens, whichever changed last
            self.store.set_current_run(run_uuid)
        except StoreWriteError:
            log.exception("could not remember run %s as the current one", run_uuid)
        self._open_session(run_uuid)

    def _open_session(self, run_uuid: str) -> None:
        self.session = CaptureSession(self.store, self.store.run(run_uuid), self)
        self.session.writer.saved.connect(self._show_saved)
        self.session.writer.failed.connect(self._show_write_failure)
        self.session.writer.recovered.connect(self.banner_bar.hide)
        self.session.writer.recovered.connect(self._announce_recovered)
        self.capture = CaptureView(self.session)
        self.stack.addWidget(self.capture)
        self.stack.setCurrentWidget(self.capture)
        self._update_enabled()
        self.retranslate()
        self.capture.focus_current_entry()

    def _leave_session(self, quitting: bool = False) -> bool:
        """Write everything of the current run (waiting for the writer); when the disk refuses,
        ask: save elsewhere, keep the window open, or leave and lose them (said at the next
        start)."""
        if self.capture is not None:
            self.capture.save_drafts()
        if self.session is None or self.session.writer.flush():
            return True
        writer = self.session.writer
        count = writer.unsaved_work() or writer.pending
        reason = writer.reason or self.tr("the disk does not answer")
        choice = unsaved.ask(self, count, reason, quitting)
        if choice is unsaved.Choice.ELSEWHERE:
            return self.save_elsewhere()
        if choice is unsaved.Choice.KEEP:
            return False
        log.warning("the facilitator chose to lose %d changes the disk refused", count)
        try:
            user_record.record_loss(self.store.path.parent, count, utcnow())
        except (OSError, FacilitatorError) as exc:
            log.error("cannot record the loss for the next start: %s", exc)
        return True

    def save_elsewhere(self) -> bool:
        """« Save elsewhere… »: the whole run (what the file still holds, and what is in
        memory) into a folder the facilitator chooses, which the window then goes on with and
        the app opens next time. True once saved."""
        session = self.session
        if session is None:
            return False
        if self.capture is not None:
            self.capture.save_drafts()
        folder = unsaved.choose_folder(self)
        if folder is None:
            return False
        old = self.store
        try:
            store = save_run_elsewhere(old.path, folder, session.run, session.catalogue,
                                       session.doc, session.state())
        except StoreWriteError as exc:
            unsaved.refused(self, str(exc))
            return False
        session.writer.discard()  # every change is in the new store
        run_uuid = session.run.uuid
        self._close_capture()
        try:
            old.close()
        except Exception as exc:  # noqa: BLE001 - a file on a disk that is gone
            log.warning("closing the old store failed: %s: %s", type(exc).__name__, exc)
        self.store = store
        self.storeChanged.emit(store)
        try:
            user_record.record_move(old.path.parent, folder)
        except (OSError, FacilitatorError) as exc:
            log.error("cannot remember the new data folder for the next start: %s", exc)
        self._open_session(run_uuid)
        unsaved.saved_elsewhere(self, folder)
        if self.capture is not None:
            self.capture.focus_current_entry()  # typing goes on where it was
        return True

    def _discard_if_empty(self) -> bool:
        """Delete the run being left for another or for the start page if nothing was typed in
        it (a start cancelled): an empty run would be listed, reopened at the next start and
        exported. Only once everything is on disk (:meth:`_leave_session`), so the store sees
        all that was typed; the store keeps any run with something in it. Not on quitting: the
        next start reopens the run, its clock still counting from its start. True when the
        run was deleted."""
        session = self.session
        if session is None or session.writer.pending:
            return False  # what the facilitator chose to lose still says they typed something
        try:
            return self.store.discard_run_if_empty(session.run.uuid)
        except StoreWriteError:
            log.exception("could not discard the empty run %s", session.run.uuid)
            return False

    def _close_capture(self) -> None:
        if self.room is not None:
            self.toggle_room_display()
        if self.capture is not None:
            self.stack.removeWidget(self.capture)
            self.capture.deleteLater()
            self.capture = None
        if self.session is not None:
            # Written already, or lost by the facilitator's choice: never written later.
            self.session.writer.discard()
            self.session.writer.close()
            self.session.deleteLater()
            self.banner_bar.hide()  # it spoke of those changes
        self.session = None

    def show_start_page(self) -> None:
        if not self._leave_session():
            return
        self._discard_if_empty()
        self._close_capture()
        page = self.start_page
        page._runs = self.store.runs()
        page.retranslate()
        self.stack.setCurrentWidget(page)
        self._update_enabled()
        self.retranslate()

    def end_run(self) -> None:
        """One dialog: what is pending (texts not added, the export) and the choices."""
        if self.session is None:
            return
        from facilitator_app.ui.end_dialog import EndDialog

        unentered = self.capture.unentered() if self.capture is not None else {}
        dialog = EndDialog(self.session.atelier.number, unentered, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        add, export = dialog.add_unentered, dialog.export_now
        dialog.deleteLater()
        if not accepted:
            return
        if add:
            self.capture.enter_unentered()

        self.session.update_run(ended_at=utcnow())
        run_uuid = self.session.run.uuid
        self.show_start_page()
        if self.session is None and export:
            self.export(run_uuid)

    def export(self, run_uuid: str | None = None) -> None:
        """Export a run (the one being captured, else the most recent) for the organisers.
        Texts typed in the run's entry lines but not added with Enter are not contributions:
        the facilitator is asked whether to add them first."""
        if self.capture is not None:
            self.capture.save_drafts()
            if not self._offer_unentered(run_uuid):
                return
        if self.session is not None:
            if not self.session.writer.flush():
                QMessageBox.warning(self, self.tr("Export the atelier"), self.tr(
                    "Some changes are not on disk yet, so the bundle would miss them. Export "
                    "again once saving works (the red banner disappears)."))
                return
            run_uuid = run_uuid or self.session.run.uuid
        if run_uuid is None:
            runs = self.store.runs()
            if not runs:
                QMessageBox.information(self, self.tr("Export the atelier"), self.tr(
                    "No atelier has been held on this computer yet: there is nothing to export."))
                return
            run_uuid = runs[0].uuid
        from facilitator_app.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.store, run_uuid, self, self.settings)
        dialog.exec()
        dialog.deleteLater()

    def _offer_unentered(self, run_uuid: str | None) -> bool:
        """Before exporting the run being captured: texts typed but not added with Enter
        would be left out of the bundle; add them, leave them out, or cancel (False)."""
        if self.session is None or (run_uuid is not None and run_uuid != self.session.run.uuid):
            return True
        unentered = len(self.capture.unentered())
        if not unentered:
            return True
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Export the atelier"), self.tr(
            "Texts typed but not added with Enter: {count}. Add them to the atelier before "
            "exporting? Otherwise the bundle leaves them out.").format(count=unentered),
            buttons.Yes | buttons.No | buttons.Cancel, self)
        box.button(buttons.Yes).setText(self.tr("&Add them and export"))
        box.button(buttons.No).setText(self.tr("Export &without them"))
        box.setDefaultButton(buttons.Yes)
        answer = box.exec()
        if answer == buttons.Yes:
            self.capture.enter_unentered()
        return answer in (buttons.Yes, buttons.No)

    def open_organiser(self) -> None:
        from facilitator_app.ui.organiser_window import open_organiser_window

        open_organiser_window(self)

    def show_shortcuts(self):
        """Help ▸ Keyboard shortcuts (F1), beside the window, with the keyboard for Escape;
        what is typed there goes back to the entry line (see ShortcutsDialog)."""
        from facilitator_app.ui.shortcuts_dialog import ShortcutsDialog

        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(
                [self.file_menu, self.edit_menu, self.atelier_menu, self.view_menu,
                 self.help_menu], self)
        self.shortcuts_dialog.refresh()  # the menus' current language and keys
        focused = QApplication.focusWidget()
        self.shortcuts_dialog.show_beside(
            focused if focused is not None and focused.window() is self else None)
        return self.shortcuts_dialog

    def show_key(self) -> None:
        from facilitator_app.ui.export_dialog import show_key

        show_key(self.store, self)

    def toggle_room_display(self) -> None:
        """Open the room display on its screen (see :meth:`room_screen`), or close it."""
        if self.room is not None:
            self.room.close()
            self.room.deleteLater()
            self.room = None
            return
        if self.session is None:
            return
        from facilitator_app.ui.room_display import RoomDisplay

        self.room = RoomDisplay(self.session)
        self.room.resize(1280, 720)
        self.room.show_on(self.room_screen())
        self.activateWindow()  # typing goes on here, whatever the window manager did

    def room_screen(self) -> QScreen | None:
        """The screen chosen for the room display when it is connected; otherwise the screen
        other than the facilitator's, if any; None (a normal window) with one screen."""
        from facilitator_app.ui.room_display import projector_screen, screen_key

        wanted = self.settings.get(keys.ROOM_SCREEN)
        chosen = next((s for s in QGuiApplication.screens() if screen_key(s) == wanted), None)
        return chosen if wanted and chosen is not None else projector_screen()

    def choose_room_screen(self, name: str) -> None:
        """Remember the room display's screen ("" for automatic); move the display there."""
        self.settings.set(keys.ROOM_SCREEN, name)
        self._fill_screen_menu()
        if self.room is not None:
            self.room.show_on(self.room_screen())
            self.activateWindow()

    def _fill_screen_menu(self) -> None:
        from facilitator_app.ui.room_display import screen_key

        wanted = self.settings.get(keys.ROOM_SCREEN)
        screens = QGuiApplication.screens()
        present = any(screen_key(s) == wanted for s in screens)
        self.screen_menu.clear()
        for action in self.screen_group.actions():
            self.screen_group.removeAction(action)
        choices = [("", self.tr("&Automatic: the screen other than this window's"))]
        for i, screen in enumerate(screens, 1):
            size = screen.size()
            label = self.tr("&{number}. {name} ({width}×{height})").format(
                number=i, name=(screen.name() or screen.model() or self.tr("screen"))
                .replace("&", "&&"),
                width=size.width(),
                height=size.height())
            if screen is QGuiApplication.primaryScreen():
                label += " — " + self.tr("main screen")
            choices.append((screen_key(screen), label))
        if wanted and not present:
            choices.append((wanted, self.tr("{name} (not connected: automatic until it is)")
                            .format(name=wanted.replace("&", "&&"))))
        for name, label in choices:
            action = QAction(label, self, checkable=True)
            action.setData(name)
            action.setChecked(name == wanted)
            action.triggered.connect(lambda _=False, name=name: self.choose_room_screen(name))
            self.screen_group.addAction(action)
            self.screen_menu.addAction(action)

    def edit_agenda(self) -> None:
        """The agenda dialog, window-modal and not blocking: the clock keeps running."""
        if self.session is None:
            return
        from facilitator_app.ui.agenda_dialog import AgendaDialog

        session = self.session
        dialog = AgendaDialog(session.agenda(), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.agendaChosen.connect(session.set_agenda)
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(lambda: setattr(self, "agenda_dialog", None))
        self.agenda_dialog = dialog
        dialog.open()

    def show_restitution(self) -> None:
        if self.session is None:
            return
        from facilitator_app.ui.restitution_dialog import RestitutionDialog

        # Modal: leaving the run drops its session, which an open dialog would still show.
        dialog = RestitutionDialog(self.session, self)
        dialog.exec()
        dialog.deleteLater()

    def _show_write_failure(self, message: str) -> None:
        self.banner.setText(message)
        self.banner_bar.show()
        self.save_label.setText(self.tr("Not saved (changes kept in memory: {count})").format(
            count=self.session.writer.pending if self.session else 0))
        accessibility.changed(self.save_label)
        accessibility.announce(self.banner, assertive=True)

    def _show_saved(self, when: datetime) -> None:
        self.save_label.setText(self.tr("Saved at {time}").format(
            time=when.astimezone().strftime("%H:%M:%S")))
        accessibility.changed(self.save_label)  # a status; not spoken at each save

    def _announce_recovered(self) -> None:
        accessibility.announce(self.save_label, self.tr(
            "Saving works again: every change is on disk."))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About facilitator-app"), self.tr(
            "facilitator-app {version}\nCapture of the Ministère ouvert ateliers.\n"
            "Atelier data: {path}").format(version=__version__, path=self.store.path))

    # -- language and lifetime -------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = self.tr("Ministère ouvert — facilitator")
        if self.session is not None:
            title = self.tr("Atelier {number} — {title}").format(
                number=self.session.atelier.number, title=self.session.atelier.title)
        self.setWindowTitle(title)
        accessibility.describe(self.banner, self.tr("Saving problem"))
        self.save_elsewhere_button.setText(self.tr("&Save elsewhere…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.a_new.setText(self.tr("&New or resume an atelier…"))
        self.a_end.setText(self.tr("&End the atelier…"))
        self.a_export.setText(self.tr("E&xport for the organisers…"))
        self.a_organiser.setText(self.tr("&Merge bundles (organisers)…"))
        self.a_quit.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.a_undo.setText(self.tr("&Undo"))
        self.a_redo.setText(self.tr("&Redo"))
        self.atelier_menu.setTitle(self.tr("&Atelier"))
        names = [self.tr("Indicators"), self.tr("Inspirations"), self.tr("Challenges"),
                 self.tr("Future commitments")]
        for action, name in zip(self.a_questions, names):
            action.setText(name)
        self.a_next.setText(self.tr("&Next engagement"))
        self.a_previous.setText(self.tr("&Previous engagement"))
        self.a_agenda.setText(self.tr("A&genda of the hour…"))
        self.a_restitution.setText(self.tr("P&lenary summary…"))
        self.a_room.setText(self.tr("Room &display"))
        self.screen_menu.setTitle(self.tr("Room display &screen"))
        self._fill_screen_menu()
        if self.room is not None:
            self.room.refresh()
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.a_larger.setText(self.tr("Lar&ger text"))
        self.a_smaller.setText(self.tr("S&maller text"))
        self.a_normal_text.setText(self.tr("&Normal text size"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.a_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.a_key.setText(self.tr("My &signing key…"))
        self.a_about.setText(self.tr("&About"))
        if self._start_page is not None:
            self._start_page.retranslate()
        if self.capture is not None:
            self.capture.retranslate()
        if not self.save_label.text():  # until the first commit: only what was read from disk
            self.save_label.setText(self.tr("Everything is on disk"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_session(quitting=True):
            event.ignore()
            return
        if self.session is not None:  # reopened at the next start: only its writer ends
            self.session.writer.close()
        geometry = self.saveGeometry()
        if geometry != self.settings.get(keys.GEOMETRY):  # no needless write of the file
            self.settings.set(keys.GEOMETRY, geometry)
        if self.room is not None:
            self.toggle_room_display()
        super().closeEvent(event)
