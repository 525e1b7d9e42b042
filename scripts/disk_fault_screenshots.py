"""Render the pictures of the disk refusing writes (offscreen ``QWidget.grab()``): the capture
window with its red banner and « Save elsewhere… », and the question asked when leaving, in
French and English, at normal and 175 % font size.

Usage: ``python scripts/disk_fault_screenshots.py [OUTPUT_FOLDER]``
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if "QT_QPA_PLATFORM" not in os.environ:
    _SCREEN = Path(tempfile.mkdtemp()) / "screen.json"
    _SCREEN.write_text('{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, '
                       '"height": 1200, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator_app.catalogue import builtin_catalogue  # noqa: E402
from facilitator_app.errors import StoreWriteError  # noqa: E402
from facilitator_app.i18n import msg  # noqa: E402
from facilitator_app.storage import LocalStore  # noqa: E402
from facilitator_app.ui import unsaved  # noqa: E402
from facilitator_app.ui.app import Translations  # noqa: E402
from facilitator_app.ui.main_window import MainWindow  # noqa: E402
from facilitator_app.ui.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    base_font = QFont(app.font())
    translations = Translations(app)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "cle-usb"
        store = LocalStore.in_folder(folder)
        run = store.start_run(builtin_catalogue(), 3, participant_count=21)
        store.add_contribution(run.uuid, 15, "indicators",
                               "Nombre de jeux de données publiés par défaut")
        store.set_state(run.uuid, {"engagement": "15"})
        for lang in ("fr", "en"):
            for scale in (1.0, 1.75):
                font = QFont(base_font)
                font.setPointSizeF(base_font.pointSizeF() * scale)
                app.setFont(font)
                translations.use(lang)
                suffix = lang + ("-175" if scale != 1.0 else "")
                window = MainWindow(store, Settings(Path(tmp) / "s.ini"), builtin_catalogue())
                window.resize(int(1280 * scale), int(800 * scale))
                window.show()
                app.processEvents()
                refused = StoreWriteError(str(store.path), msg(
                    "le support a été retiré", "the medium was removed"))
                window._show_write_failure(window.session.writer.message(refused))
                app.processEvents()
                window.grab().save(str(out / f"banner-{suffix}.png"))

                def grab(name=f"unsaved-{suffix}.png"):
                    box = QApplication.activeModalWidget()
                    if box is None:
                        QTimer.singleShot(20, grab)
                        return
                    app.processEvents()
                    box.grab().save(str(out / name))
                    box.reject()

                QTimer.singleShot(0, grab)
                unsaved.ask(window, 6, refused.detail.render(), quitting=True)
                window.banner_bar.hide()
                window.close()
                window.deleteLater()
                app.processEvents()
        store.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
