"""Layers point down: nothing outside facilitator_app.ui loads Qt (or openpyxl at start-up)."""

from __future__ import annotations

import pkgutil
import subprocess

import facilitator_app

from .conftest import PYTHON, child_env


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(facilitator_app.__path__, "facilitator_app."):
        if (not info.name.startswith("facilitator_app.ui")
                and info.name != "facilitator_app.__main__"):
            names.append(info.name)
    return names


def test_core_modules_do_not_load_pyside6():
    modules = core_modules()
    assert "facilitator_app.storage.local_store" in modules and "facilitator_app.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(loaded)\n"
    )
    out = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, env=child_env(),
                         check=True).stdout.strip()
    assert out == "[]", f"core modules loaded Qt: {out}"


def test_opening_the_store_and_cli_do_not_load_openpyxl():
    code = (
        "import sys\n"
        "from facilitator_app import cli\n"
        "from facilitator_app.storage import LocalStore\n"
        "from facilitator_app.catalogue import builtin_catalogue\n"
        "builtin_catalogue()\n"
        "print('openpyxl' in sys.modules)\n"
    )
    out = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, env=child_env(),
                         check=True).stdout.strip()
    assert out == "False"


def test_what_the_frozen_build_leaves_out_cannot_be_imported_by_the_tests():
    """tests/conftest.py refuses the library parts packaging/trim.py leaves out, so that a path
    of the app needing one fails here; this checks that refusal is in force."""
    import importlib

    import pytest

    for name in ("sqlalchemy.orm", "sqlalchemy.ext.asyncio"):
        with pytest.raises(ModuleNotFoundError, match="left out of the frozen build"):
            importlib.import_module(name)
    # ... and in the Pythons tests start.
    child = subprocess.run([PYTHON, "-c", "import sqlalchemy; import sqlalchemy.orm"],
                           env=child_env(), capture_output=True, text=True, timeout=120)
    assert child.returncode != 0 and "left out of the frozen build" in child.stderr
