"""The app, for tests/ui/test_atspi.py, in a real X11 session: the main window on a fresh data
folder, moved on by commands read from standard input (``capture``, ``export``, ``quit``);
prints ``ready`` once each step is on screen."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from facilitator_app.catalogue import builtin_catalogue
from facilitator_app.storage import LocalStore
from facilitator_app.ui.app import Translations
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.settings import Settings

APP_NAME = "facilitator-app-atspi-test"


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    Translations(app).use(sys.argv[1] if len(sys.argv) > 1 else "fr")
    folder = Path(tempfile.mkdtemp())
    store = LocalStore.in_folder(folder / "data")
    window = MainWindow(store, Settings(folder / "settings.ini"), builtin_catalogue())
    window.show()
    dialogs = []

    said = [""]

    def ready() -> None:
        print("ready", said[0], flush=True)

    def command() -> None:
        line = sys.stdin.readline().strip()
        if line == "capture":
            window.start_page.select_atelier(3)
            window.start_page.start_button.click()
            window.session.add(window.session.focus[0], "indicators", "Nombre de registres")
        elif line == "export":
            from facilitator_app.ui.export_dialog import ExportDialog

            dialog = ExportDialog(store, window.session.run.uuid, window)
            dialog.show()
            dialogs.append(dialog)
            said[0] = dialog.key.fingerprint
        elif line in ("quit", ""):
            for dialog in dialogs:
                dialog.close()
            window.close()
            store.close()
            app.quit()
            return
        QTimer.singleShot(300, ready)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    QTimer.singleShot(300, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
