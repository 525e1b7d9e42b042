"""The performance baseline: a PySide6 hello-world frozen with the same spec and trimming as the
application. ``--smoke`` shows the window, prints the marker and quits, as the app's does."""

import sys
import time

started = time.perf_counter()

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
