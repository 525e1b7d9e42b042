"""The wheel built from the repository (not an editable install) carries every resource the app
needs, and ``facilitator-app --smoke`` passes from a virtual environment that holds it.

The new environment gets the wheel with ``--no-deps``; its dependencies are the test
environment's, reached through a ``.pth`` line (a plain path: the editable install's finder
there is not run), so the app and its resources can only come from the wheel. It runs from a
folder outside the repository, with ``FACILITATOR_APP_RESOURCES`` unset and without the
checkout on ``PYTHONPATH``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SMOKE_MARKER = "facilitator-app smoke: OK"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w",
                    str(out), str(ROOT)], check=True, capture_output=True, timeout=600)
    (built,) = out.glob("facilitator_app-*.whl")
    return built


def test_wheel_holds_the_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    packaged = "facilitator_app/_resources/"
    for part in ("catalogues/", "schemas/", "icons/facilitator-app.png",
                 "translations/facilitator_app_fr.qm", "translations/facilitator_app_en.qm"):
        assert any(n.startswith(packaged + part) for n in names), f"{part} not in the wheel"
    source = {p.relative_to(ROOT / "resources").as_posix()
              for p in (ROOT / "resources").rglob("*") if p.is_file() and p.suffix != ".ts"}
    missing = {s for s in source if packaged + s not in names}
    assert not missing, f"resources left out of the wheel: {sorted(missing)[:10]}"
    assert not any(n.endswith(".ts") for n in names), "translation sources are not shipped"
    assert not any(n.startswith("resources/") for n in names), "no top-level resources/"


def test_wheel_smoke_in_a_new_venv(wheel, tmp_path):
    venv = tmp_path / "venv"
    # The suite's PYTHONPATH puts the checkout first (tests/conftest.py): none here.
    env = {k: v for k, v in os.environ.items()
           if k not in ("FACILITATOR_APP_RESOURCES", "PYTHONPATH")}
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / "bin" / "python"
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path("
                              "'purelib'))"], check=True, capture_output=True, text=True
                             ).stdout.strip()
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                    "--quiet", "--no-deps", str(wheel)], check=True, timeout=300, env=env)
    (Path(purelib) / "test-dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    env.update(QT_QPA_PLATFORM="offscreen", FACILITATOR_APP_DATA_DIR=str(tmp_path / "data"))
    where = subprocess.run([python, "-c", "import facilitator_app, facilitator_app.resources"
                            " as r; print(facilitator_app.__file__); print(r.resources_dir())"],
                           cwd=tmp_path, env=env, capture_output=True, text=True)
    assert where.returncode == 0, where.stderr
    module, resources = where.stdout.split("\n")[:2]
    assert Path(module).is_relative_to(venv), f"facilitator_app imported from {module}"
    assert Path(resources).is_relative_to(venv), f"resources read from {resources}"
    result = subprocess.run([venv / "bin" / "facilitator-app", "--smoke"], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert SMOKE_MARKER in result.stdout
