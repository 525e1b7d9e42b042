"""Render docs/screenshots/focus-*.png offscreen: the focus ring on a list (the engagements),
an entry line (a question's) and a button (the start page's default one), each with the
window around it, before and after it gets the keyboard.

Usage: ``python scripts/focus_screenshots.py [OUTPUT_FOLDER]``
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect, Qt  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator_app.catalogue import builtin_catalogue  # noqa: E402
from facilitator_app.storage import LocalStore  # noqa: E402
from facilitator_app.ui.app import Translations  # noqa: E402
from facilitator_app.ui.main_window import MainWindow  # noqa: E402
from facilitator_app.ui.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MARGIN = 16


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def grab_pair(app, window, widget, picture: Path) -> None:
    """The widget and its surround without the focus (left) and with it (right)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).adjusted(
        -MARGIN, -MARGIN, MARGIN, MARGIN).intersected(window.rect())
    window.setFocus()
    widget.clearFocus()
    settle(app)
    before = window.grab(rect).toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    settle(app)
    after = window.grab(rect).toImage()
    gap = 12
    pair = QImage(before.width() * 2 + gap, before.height(), QImage.Format.Format_RGB32)
    pair.fill(Qt.GlobalColor.white)
    painter = QPainter(pair)
    painter.drawImage(0, 0, before)
    painter.drawImage(before.width() + gap, 0, after)
    painter.end()
    pair.save(str(picture))
    print(picture)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    Translations(app).use("fr")
    with tempfile.TemporaryDirectory() as tmp:
        store = LocalStore.in_folder(Path(tmp) / "data")
        window = MainWindow(store, Settings(Path(tmp) / "settings.ini"), builtin_catalogue())
        window.resize(1200, 800)
        window.show()
        window.activateWindow()
        settle(app)
        grab_pair(app, window, window.start_page.start_button, out / "focus-button-fr.png")
        window.start_page.select_atelier(3)
        window.start_page.start_button.click()
        settle(app)
        capture = window.capture
        capture.session.add(capture.session.focus[0], "indicators",
                            "Nombre de registres coproduits")
        settle(app)
        grab_pair(app, window, capture.engagement_list, out / "focus-list-fr.png")
        entry = capture.current_panel().questions["indicators"].entry
        grab_pair(app, window, entry, out / "focus-entry-fr.png")
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
