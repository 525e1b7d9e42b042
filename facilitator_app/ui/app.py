"""Start-up of the desktop application: Qt, translations, error hook, store, main window."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
import threading
import time
import traceback

# Everything the start needs that is not Qt is imported before PySide6: once PySide6 is loaded,
# its import hook reads the source of every module imported afterwards (to look for
# ``__feature__``), which made SQLAlchemy's ~250 modules cost about 150 ms more.
from facilitator_app.catalogue import builtin_catalogue, load_catalogue
from facilitator_app.machine_defaults import machine_defaults
from facilitator_app.storage import LocalStore

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator_app import APP_NAME, __version__, i18n
from facilitator_app.errors import FacilitatorError, StoreLockedError
from facilitator_app.paths import data_dir
from facilitator_app.resources import resource_path
from facilitator_app.ui import settings as keys
from facilitator_app.ui import text_size
from facilitator_app.ui.settings import Settings

log = logging.getLogger(__name__)
READY_MARKER = "facilitator-app: main window ready"
BACKUP_INTERVAL_MS = 10 * 60 * 1000


class Translations:
    """Qt's own and the application's translators for the chosen language."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []

    def use(self, lang: str) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = str(resource_path("translations"))
        # Installed in this order, searched in the reverse: the app's own strings, then what
        # Qt's catalogue lacks (qt_extra, French only), then Qt's own (its dialogs' words).
        for name, folder in (("qtbase", qt_folder), ("qt_extra", ours),
                             ("facilitator_app", ours)):
            translator = QTranslator(self.app)
            if translator.load(f"{name}_{lang}", folder):
                self.app.installTranslator(translator)
                self._installed.append(translator)
            elif name == "facilitator_app" or (name == "qtbase" and lang != "en"):
                log.warning("no %s translation %s found in %s", name, lang, folder)
        i18n.set_language(lang)
        QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr"
                                   else QLocale.Language.English))


def install_error_hook() -> None:
    """Log unexpected errors and show them instead of letting the window vanish."""

    def hook(kind, value, tb) -> None:
        log.critical("unexpected error", exc_info=(kind, value, tb))
        if QApplication.instance() is not None:
            box = QMessageBox(QMessageBox.Icon.Critical,
                              QApplication.translate("app", "Unexpected error"),
                              QApplication.translate(
                                  "app", "Something went wrong. Everything typed so far is saved; "
                                         "the details are in the log."))
            box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
            box.exec()

    sys.excepthook = hook


def _backup(store) -> None:
    try:
        store.backup()
    except (OSError, FacilitatorError, sqlite3.Error) as exc:
        log.warning("backup failed: %s", exc)


class Backups:
    """Rotating copies taken on a worker thread: the copy reads the file through its own SQLite
    connection (a consistent snapshot, WAL), so typing never waits for it."""

    def __init__(self, store) -> None:
        self.store = store
        self._thread: threading.Thread | None = None

    def take(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return  # the previous copy is still being written
        self._thread = threading.Thread(target=_backup, args=(self.store,), name="backup",
                                        daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Let a copy in progress finish (before the store is closed)."""
        if self._thread is not None:
            self._thread.join()


def _application(args: argparse.Namespace) -> tuple[QApplication, Settings, Translations]:
    """Qt's application object with its name, icon, preferences, language and error hook."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("facilitator-app")
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource_path("icons", "facilitator-app.png"))))
    settings = Settings(data_dir(args.data_dir) / "settings.ini")
    text_size.restore(settings)
    translations = Translations(app)
    defaults = machine_defaults()
    lang = args.lang or settings.chosen(keys.LANGUAGE) or defaults.language
    translations.use(lang if lang in i18n.LANGUAGES else "fr")
    install_error_hook()
    if defaults.problem and not getattr(args, "quit_after_start", False):
        # IT's file is ignored as a whole: the person at the keyboard can still work, and says
        # so to IT (the sentence names the file and the key).
        QMessageBox.warning(None, app.translate("app", "Machine defaults ignored"),
                            defaults.problem.render())
    return app, settings, translations


def run_organiser(args: argparse.Namespace) -> int:
    """``--open FILE``: the organiser window alone (no facilitator store, so no lock), merging
    the bundles named into the remembered central store."""
    app, settings, _translations = _application(args)
    from facilitator_app.ui.organiser_window import OrganiserWindow

    window = OrganiserWindow(settings)
    window.show()
    from facilitator_app.ui.single_instance import serve_organiser

    QTimer.singleShot(0, window, lambda: serve_organiser(window, data_dir(args.data_dir)))
    QTimer.singleShot(0, window, lambda: window.add_paths(list(args.open)))
    return app.exec()


def run_app(args: argparse.Namespace) -> int:
    """Open the facilitator's window; return the process exit code."""
    started = time.perf_counter()
    folder = data_dir(args.data_dir)
    from facilitator_app.ui import single_instance

    # A window already open on this data folder takes this launch's bundles and comes forward.
    if single_instance.may_be_running(folder):
        QApplication.instance() or QApplication(sys.argv[:1])
        if single_instance.hand_over(folder, list(args.open or [])):
            return 0
    if getattr(args, "open", None):
        return run_organiser(args)
    app, settings, translations = _application(args)

    from facilitator_app.ui.main_window import MainWindow

    try:
        store = LocalStore.in_folder(folder)
    except StoreLockedError as exc:
        # Held by a window still starting, or one that does not listen: try it once more,
        # else one sentence, without the lock's technical details (they go to the log).
        log.error("the local store is held by another instance: %s", exc)
        if single_instance.hand_over(folder, [], timeout_ms=3000):
            return 0
        sentence = app.translate("app", "facilitator-app is already open on this computer: "
                                        "switch to its window.")
        print(f"facilitator-app: {sentence}", file=sys.stderr)
        if not getattr(args, "quit_after_start", False):
            QMessageBox.information(None, APP_NAME, sentence)
        return exc.exit_code
    except FacilitatorError as exc:
        log.error("cannot open the local store: %s", exc)
        print(f"facilitator-app: {exc}", file=sys.stderr)
        if not getattr(args, "quit_after_start", False):  # nobody is there to close a dialog
            QMessageBox.critical(None, app.translate("app", "Cannot open the atelier data"),
                                 str(exc))
        return exc.exit_code
    backups = Backups(store)
    try:
        catalogue = builtin_catalogue()
        chosen = args.catalogue or machine_defaults().catalogue
        if chosen:
            try:
                catalogue = load_catalogue(chosen)
            except FacilitatorError as exc:
                log.warning("catalogue refused: %s", exc)
                if not getattr(args, "quit_after_start", False):
                    QMessageBox.warning(None, app.translate("app", "Catalogue refused"),
                                        str(exc))
        log.info("catalogue %s version %s offered", catalogue.id, catalogue.version)
        window = MainWindow(store, settings, catalogue)

        def switch_language(new: str) -> None:
            translations.use(new)
            settings.set(keys.LANGUAGE, new)
            window.retranslate()

        window.languageRequested.connect(switch_language)
        # Rotating copies through SQLite's backup API: once the window is shown, then every ten
        # minutes, off the GUI thread.
        timer = QTimer(window, interval=BACKUP_INTERVAL_MS)
        timer.timeout.connect(backups.take)
        timer.start()
        QTimer.singleShot(0, window, backups.take)
        window.show()
        # Later launches hand over to this window; listened for once it is on screen.
        QTimer.singleShot(0, window, lambda: single_instance.serve(window, folder))
        if getattr(args, "quit_after_start", False):
            def ready() -> None:
                print(f"{READY_MARKER} in {(time.perf_counter() - started) * 1000:.0f} ms",
                      flush=True)
                window.close()
                app.quit()

            QTimer.singleShot(0, ready)
        return app.exec()
    finally:
        backups.wait()
        store.close()
