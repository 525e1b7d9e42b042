"""Shared fixtures: every test gets its own temporary data folder and database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from facilitator_app import i18n
from facilitator_app.machine_defaults import forget_defaults
from tests.support import left_out

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# What the frozen build leaves out cannot be imported here, nor in the Pythons tests start.
_LEFT_OUT = left_out.install(left_out.trimmed_parts())
os.environ[left_out.REFUSE_ENV] = ",".join(_LEFT_OUT.names)
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(left_out.CHILD_SITE), str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """No test ever touches the user's real data folder or the machine's defaults file, and
    each starts in French."""
    monkeypatch.setenv("FACILITATOR_APP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FACILITATOR_APP_DEFAULTS", str(tmp_path / "no-machine-defaults.toml"))
    monkeypatch.setenv("FACILITATOR_APP_CONFIG_DIR", str(tmp_path / "config"))
    forget_defaults()  # the machine's file is read once per process: once per test here
    i18n.set_language("fr")
    yield
    i18n.set_language("fr")
    forget_defaults()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir):
    from facilitator_app.storage import LocalStore

    s = LocalStore.in_folder(data_dir)
    yield s
    s.close()


@pytest.fixture
def refuse_writes():
    """``refuse_writes(store, listener=read_only)``: the store's file refuses writes (across the
    writer's reopening) until the returned refusal's ``heal()``, or the end of the test."""
    from tests.support.disk_faults import Refusal, read_only

    made = []

    def refuse(store, listener=read_only):
        made.append(Refusal(store, listener))
        return made[-1]

    yield refuse
    for refusal in reversed(made):
        refusal.heal()


@pytest.fixture
def catalogue():
    from facilitator_app.catalogue import builtin_catalogue

    return builtin_catalogue()


def child_env(**extra: str) -> dict[str, str]:
    """Environment for a child Python that must import this checkout's packages."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.update(extra)
    return env


PYTHON = sys.executable


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL server for the whole session, started when a test first asks."""
    from tests.support.postgres import PostgresServer

    server = PostgresServer()
    yield server
    server.stop()
