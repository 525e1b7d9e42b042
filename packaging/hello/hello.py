"""The performance baseline: a hello-world frozen with the same spec and trimming as the
application, which imports SQLAlchemy Core and shows a PySide6 window. ``--smoke`` shows the
window, prints the marker and quits, as the app's ``--quit-after-start`` does. SQLAlchemy is
imported before PySide6, as the app does (PySide6's import hook slows every later import)."""

import sys
import time

started = time.perf_counter()

import sqlalchemy  # noqa: E402, F401  (Core only: the app does not use the ORM)

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

MARKER = "hello-world smoke: OK"


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Bonjour, Ministère ouvert"))
    window.show()
    if "--smoke" in sys.argv:
        def ready() -> None:
            print(f"{MARKER} in {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
