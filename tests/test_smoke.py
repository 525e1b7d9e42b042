"""``facilitator-app --smoke``: every step passes from the source tree; a failing step is named."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from facilitator_app.ui import smoke

from .conftest import PYTHON, child_env


def test_smoke_passes_from_source_and_prints_one_marker_line(tmp_path):
    result = subprocess.run([PYTHON, "-m", "facilitator_app", "--smoke"], capture_output=True,
                            text=True, timeout=180, env=child_env(QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(smoke.SMOKE_MARKER)]
    assert len(lines) == 1, result.stdout
    assert f"{len(smoke.STEPS)} steps" in lines[0] and "source" in lines[0]


def test_steps_are_named_once_and_cover_the_issue():
    names = [step.name for step in smoke.STEPS]
    assert len(names) == len(set(names))
    for wanted in ("qt-modules", "resources", "machine-defaults", "translations", "store",
                   "main-window", "bundle-export-verify", "merge-and-report",
                   "postgresql-driver", "organiser-window"):
        assert wanted in names


def test_a_failing_step_stops_the_check_and_says_which(tmp_path):
    ran = []

    def ok(ctx):
        ran.append("ok")

    def broken(ctx):
        raise smoke.SmokeFailure("the translation is missing")

    def never(ctx):
        ran.append("never")

    out, err = io.StringIO(), io.StringIO()
    steps = (smoke.Step("first", ok), smoke.Step("second", broken), smoke.Step("third", never))
    assert smoke.run_steps(steps, tmp_path, out=out, err=err) == 1
    assert ran == ["ok"]
    assert out.getvalue() == ""
    assert f"{smoke.FAILED_MARKER} at step second: the translation is missing" in err.getvalue()


def test_an_unexpected_error_is_a_failure_with_its_type(tmp_path):
    def boom(ctx):
        raise KeyError("x")

    err = io.StringIO()
    assert smoke.run_steps((smoke.Step("boom", boom),), tmp_path, out=io.StringIO(),
                           err=err) == 1
    assert "at step boom: KeyError" in err.getvalue()


def test_a_missing_libpq_fails_the_smoke_check_with_what_to_install(monkeypatch, tmp_path):
    """The frozen Linux build loads the system's libpq: without it the check must say so."""
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg raises ImportError
    with pytest.raises(smoke.SmokeFailure, match="libpq5"):
        smoke.step_postgresql_driver(smoke.Context(tmp_path))
