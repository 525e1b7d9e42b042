"""Map the repository's top-level ``resources/`` into the wheel, at build time.

``pyproject.toml`` names :class:`BuildPy` as setuptools' ``build_py``: besides the Python
modules, it copies ``resources/`` (catalogues, schemas, icons and the compiled ``.qm``
translations; not the ``.ts`` sources) to ``facilitator_app/_resources/`` of the build, so a
``pip install`` of the wheel (not editable) finds them next to the package
(``facilitator_app/resources.py``). The repository keeps ``resources/`` at its top.
Compile the translations first (``scripts/build_translations.py``; ``make setup`` does).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent.parent
PACKAGED = "_resources"


def _ignored(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n.endswith((".ts", ".pyc")) or n == "__pycache__"}


class BuildPy(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install (make setup) reads the checkout's resources/ itself
        source = ROOT / "resources"
        qm = list((source / "translations").glob("*.qm"))
        if not qm:
            raise SystemExit("no compiled translation in resources/translations: run "
                             "scripts/build_translations.py before building the wheel")
        if self.dry_run:
            return
        target = Path(self.build_lib) / "facilitator_app" / PACKAGED
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, ignore=_ignored)
