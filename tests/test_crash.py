"""A writer killed at any moment loses nothing it reported as saved, and the store reopens.

Each trial runs ``tests.support.crash_child`` in its own process, kills it with SIGKILL at a
point chosen from its own output (between calls, inside a call, just before a commit, while
it starts up) and checks the store it leaves; five trials share each data folder, so that
every child also reopens what a killed one left, stale writer lock included.
"""

from __future__ import annotations

import os
import sys

import pytest

from tests.support.crash_check import INTEGRITY, LOCK, LOST, REOPEN, crash_trials

TRIALS = 50
SEED = int(os.environ.get("CRASH_TEST_SEED", "20160621"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and pipe polling are POSIX"),
]


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    result = crash_trials(tmp_path_factory.mktemp("crash"), TRIALS, seed=SEED)
    print(result.describe())  # shown with -rA: how much was checked, even when all passes
    return result


def test_every_trial_ran_and_reported_edits(summary):
    assert summary.trials == TRIALS, summary.describe()
    assert summary.reports >= TRIALS, f"too few edits reported to mean much: {summary.describe()}"


def test_no_reported_edit_is_lost(summary):
    assert summary.count(LOST) == 0, summary.describe()


def test_store_reopens_over_the_killed_writers_lock(summary):
    assert summary.count(LOCK) == 0 and summary.count(REOPEN) == 0, summary.describe()


def test_integrity_check_passes_after_every_kill(summary):
    assert summary.count(INTEGRITY) == 0, summary.describe()


def test_no_problem_of_any_kind(summary):
    """Interrupted calls commit whole or not at all; nothing appears that was not reported."""
    assert not summary.problems, summary.describe()
