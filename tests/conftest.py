"""Shared fixtures: every test gets its own temporary data folder and database."""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys
from pathlib import Path

import pytest

from facilitator_app import i18n
from facilitator_app.machine_defaults import forget_defaults

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _trim_rules():
    spec = importlib.util.spec_from_file_location("_trim_rules", ROOT / "packaging" / "trim.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _LeftOutOfTheBuild(importlib.abc.MetaPathFinder):
    """Refuses to import what the frozen build leaves out of the libraries it bundles
    (``packaging/trim.py``), as the frozen app would: a path of the app that needs one of them
    fails its test here instead of failing on the user's machine."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names

    def refuses(self, name: str) -> bool:
        return any(name == left or name.startswith(left + ".") for left in self.names)

    def find_spec(self, name, path=None, target=None):
        if self.refuses(name):
            raise ModuleNotFoundError(f"{name} is left out of the frozen build "
                                      "(packaging/trim.py)", name=name)
        return None


_LEFT_OUT = _LeftOutOfTheBuild(_trim_rules().UNUSED_LIBRARY_PARTS)
assert not [m for m in sys.modules if _LEFT_OUT.refuses(m)], "imported before it could be refused"
sys.meta_path.insert(0, _LEFT_OUT)


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """No test ever touches the user's real data folder or the machine's defaults file, and
    each starts in French."""
    monkeypatch.setenv("FACILITATOR_APP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FACILITATOR_APP_DEFAULTS", str(tmp_path / "no-machine-defaults.toml"))
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
