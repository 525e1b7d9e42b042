"""The run command's application starts: launched as a subprocess, it builds its main window."""

from __future__ import annotations

import subprocess

from facilitator_app.ui.app import READY_MARKER

from .conftest import PYTHON, child_env


def launch(data_dir, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "-m", "facilitator_app", "--data-dir", str(data_dir), "--quit-after-start",
         *extra],
        capture_output=True, text=True, timeout=120, env=child_env(QT_QPA_PLATFORM="offscreen"))


def test_app_starts_offscreen_on_the_builtin_catalogue_and_builds_its_window(data_dir):
    result = launch(data_dir)
    assert result.returncode == 0, result.stderr
    assert READY_MARKER in result.stdout
    assert (data_dir / "facilitator.sqlite").exists()
    assert list((data_dir / "backups").glob("facilitator-*.sqlite")), "a backup is taken at start"
    log = (data_dir / "logs" / "facilitator-app.log").read_text(encoding="utf-8")
    assert "opened local store" in log and "closed local store" in log


def test_second_instance_is_told_and_exits_non_zero(data_dir, store):
    result = launch(data_dir)
    assert result.returncode == 3
    assert READY_MARKER not in result.stdout
    assert "déjà ouvert" in result.stderr
    log = (data_dir / "logs" / "facilitator-app.log").read_text(encoding="utf-8")
    assert "déjà ouvert" in log


def test_version_and_help():
    version = subprocess.run([PYTHON, "-m", "facilitator_app", "--version"], capture_output=True,
                             text=True, env=child_env(), check=True).stdout
    assert version.startswith("facilitator-app ")
    helptext = subprocess.run([PYTHON, "-m", "facilitator_app", "--help"], capture_output=True,
                              text=True, env=child_env(LANG="fr_FR.UTF-8"), check=True).stdout
    assert "catalogue" in helptext and "--data-dir" in helptext
