"""What the frozen build leaves out of the libraries it bundles (``packaging/trim.py``), refused
to every Python of the test run as the frozen app would refuse it: a path of the app that
needs one of them fails its test instead of failing on the user's machine.

``tests/conftest.py`` installs the refusal in the test process and names the parts in
``REFUSE_ENV``; the Python processes tests start find ``child_site/sitecustomize.py`` on their
path, which installs it in them.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFUSE_ENV = "FACILITATOR_APP_TESTS_REFUSE"
CHILD_SITE = Path(__file__).resolve().parent / "child_site"


def trimmed_parts() -> tuple[str, ...]:
    """``UNUSED_LIBRARY_PARTS`` of packaging/trim.py (a script folder, not a package)."""
    spec = importlib.util.spec_from_file_location("_trim_rules", ROOT / "packaging" / "trim.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(module.UNUSED_LIBRARY_PARTS)


class LeftOutOfTheBuild(importlib.abc.MetaPathFinder):
    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names

    def refuses(self, name: str) -> bool:
        return any(name == left or name.startswith(left + ".") for left in self.names)

    def find_spec(self, name, path=None, target=None):
        if self.refuses(name):
            raise ModuleNotFoundError(f"{name} is left out of the frozen build "
                                      "(packaging/trim.py)", name=name)
        return None


def install(names: tuple[str, ...]) -> LeftOutOfTheBuild:
    refusal = LeftOutOfTheBuild(names)
    loaded = [m for m in sys.modules if refusal.refuses(m)]
    if loaded:
        raise RuntimeError(f"imported before it could be refused: {', '.join(loaded)}")
    sys.meta_path.insert(0, refusal)
    return refusal
