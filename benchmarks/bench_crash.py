"""Kill the writer 200 times at random moments; count what it reported saved and then lost.

The same procedure as ``tests/test_crash.py`` (shared code in ``tests/support/crash_check.py``),
with more trials.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from benchmarks import filesystem_of, machine_line, verdict

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the shared checker lives in tests/support
    sys.path.insert(0, str(ROOT))

from tests.support.crash_check import (  # noqa: E402
    CHILD, HALF_DONE, INTEGRITY, LOCK, LOST, REOPEN, UNEXPECTED, crash_trials,
)

TITLE = "Edits kept across killed writers"
TRIALS = 200
PER_FOLDER = 5
SEED = 20160621

_KILL_POINTS = {
    "op": "just after a call returned (between calls)",
    "begin": "just after a call was announced",
    "sql": "just before one of the call's statements",
    "COMMIT": "just before the call's COMMIT",
    "startup": "while the writer opened the store",
}


def _progress(trial: int, summary) -> None:
    if (trial + 1) % 20 == 0:
        print(f"  crash: {trial + 1}/{TRIALS} trials, {len(summary.problems)} problems",
              file=sys.stderr, flush=True)


def run() -> str:
    # Every trial takes over a killed writer's lock, which the store rightly logs as a warning.
    logging.getLogger("facilitator_app.storage.lock").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="bench-crash-") as tmp:
        s = crash_trials(Path(tmp), TRIALS, seed=SEED, per_folder=PER_FOLDER, progress=_progress)
    lost, integrity = s.count(LOST), s.count(INTEGRITY)
    reopen = s.count(REOPEN) + s.count(LOCK)
    other = s.count(HALF_DONE) + s.count(UNEXPECTED) + s.count(CHILD)
    kills = "\n".join(f"| {text} | {s.kill_points.get(key, 0)} |"
                      for key, text in _KILL_POINTS.items())
    problems = "\n".join(f"- {p}" for p in s.problems[:20]) or "None."
    return f"""
{machine_line()}

**Targets (absolute, no baseline needed):** no edit the writer reported as saved is lost,
and the file passes `PRAGMA integrity_check` after every kill. **Result:** lost edits {lost}
{verdict(lost == 0)}, integrity failures {integrity} {verdict(integrity == 0)}.

| Measure | Value |
|---|--:|
| Trials (writer killed with SIGKILL) | {s.trials} |
| Data folders (each reopened after every kill) | {-(-s.trials // PER_FOLDER)} |
| Reported edits verified on disk | {s.reports:,} |
| Contribution rows compared after the kills | {s.contributions_checked:,} |
| Interrupted calls found committed whole | {s.interrupted_committed} |
| Interrupted calls found absent | {s.interrupted_absent} |
| **Lost edits** (target 0) | **{lost}** |
| **Integrity failures** (target 0) | **{integrity}** |
| Reopen failures, stale lock refused (target 0) | {reopen} |
| Other problems: half-done calls, unreported changes, writer errors (target 0) | {other} |
| Time taken | {s.seconds:.1f} s ({s.seconds / max(s.trials, 1) * 1000:.0f} ms per trial) |

| Kill point | Trials |
|---|--:|
{kills}

How: `tests/support/crash_child.py` edits a store at random (add, edit, star, move, delete,
notes; texts up to 2,000 characters with accents, emoji, NUL and line separators) and prints
one line before each call and one after it returned, plus a line before each SQL statement
and commit. The runner waits on those lines, never on a clock, to kill at the chosen point,
then checks the store with `tests/support/crash_check.py`: every contribution and note exactly
as last reported (text, place, position, flags, revision; deletions kept as tombstones), the
interrupted call whole or absent, the killed writer's lock taken over, integrity and foreign
keys checked with plain `sqlite3`. Seed {s.seed}; files on
{filesystem_of(Path(tempfile.gettempdir()))}.

Problems: {problems}
"""
