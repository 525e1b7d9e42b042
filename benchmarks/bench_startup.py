"""Start-up to a usable window with a 500-contribution run, beside the floor of this stack.

The app is started as the facilitator starts it (``python -m facilitator_app``) with
``--quit-after-start``, which prints a marker once the main window is shown and the run is
loaded. The floor is a script that imports ``sqlalchemy.orm`` and shows a bare PySide6 window.
Both are whole processes, alternated, offscreen; the median of each is compared.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import machine_line, verdict
from facilitator_app.catalogue import builtin_catalogue
from facilitator_app.domain import QUESTION_KEYS
from facilitator_app.storage import LocalStore

TITLE = "Start-up to a usable window"
RUNS = 15
CONTRIBUTIONS = 500
TARGET = 1.2
FLOOR = (
    "import sqlalchemy.orm\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.show()\n"
    "QTimer.singleShot(0, lambda: (print('ready', flush=True), app.quit()))\n"
    "app.exec()\n"
)
ROOT = Path(__file__).resolve().parent.parent


def _seed(folder: Path) -> None:
    with LocalStore.in_folder(folder) as store:
        run = store.start_run(builtin_catalogue(), 3, participant_count=20)
        engagements = builtin_catalogue().atelier(3).engagement_numbers
        for i in range(CONTRIBUTIONS):
            store.add_contribution(run.uuid, engagements[i % 3], QUESTION_KEYS[(i // 3) % 4],
                                   f"Contribution n°{i} : une idée à creuser pendant l'atelier")


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
    return time.perf_counter() - start


def run() -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        # Both sides start as an installed copy does, with compiled bytecode: cached under
        # one prefix (written by the warm-up runs) rather than recompiled at every start, as
        # PYTHONDONTWRITEBYTECODE (set on some development machines) would do to the app's
        # own modules while the floor's libraries kept their installed .pyc.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        folder = Path(tmp) / "data"
        _seed(folder)
        app = [sys.executable, "-m", "facilitator_app", "--data-dir", str(folder),
               "--quit-after-start"]
        floor = [sys.executable, "-c", FLOOR]
        _time(app, env), _time(floor, env)  # warm the file cache
        app_times, floor_times = [], []
        for _ in range(RUNS):
            app_times.append(_time(app, env))
            floor_times.append(_time(floor, env))
    a, f = statistics.median(app_times), statistics.median(floor_times)
    ratio = a / f
    fastest = min(app_times) / min(floor_times)
    return f"""{machine_line()}

**Target:** `facilitator-app` started on a run of {CONTRIBUTIONS} contributions (atelier 3, resumed
at start) shows its window in at most {TARGET}× the floor of this stack: a script that imports
`sqlalchemy.orm` and shows a bare PySide6 window. **Result:** \
{ratio:.2f}× {verdict(ratio <= TARGET)}
(ratio of the medians; of the fastest runs, less sensitive to other processes: {fastest:.2f}×).

| process | runs | median | min | max |
|---|--:|--:|--:|--:|
| facilitator-app `--quit-after-start` | {RUNS} | {a * 1000:.0f} ms \
| {min(app_times) * 1000:.0f} ms | {max(app_times) * 1000:.0f} ms |
| floor (sqlalchemy.orm + bare window) | {RUNS} | {f * 1000:.0f} ms \
| {min(floor_times) * 1000:.0f} ms | {max(floor_times) * 1000:.0f} ms |

How: whole processes, offscreen, alternated, after one warm-up each (which also writes both
sides' bytecode caches under one temporary `PYTHONPYCACHEPREFIX`); the app's time includes
opening and checking the store (`quick_check`), loading the run, building and showing the
window, and the backup taken at start (on a worker thread once the window is shown; the
process waits for it before exiting).
"""
