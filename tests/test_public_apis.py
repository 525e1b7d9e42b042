"""The app leans on other projects' public names only: a private module or name (``_x``) of
another distribution may change in any release without a word."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import facilitator_app

PACKAGE = Path(facilitator_app.__file__).parent
# Still to be replaced (issue 21: the report's rows written through a public API). An entry
# that no longer holds fails the test, so that the list only shrinks.
PENDING = {("report/xlsx.py", "openpyxl.worksheet._writer")}


def _private(dotted: str) -> bool:
    return any(part.startswith("_") and not part.startswith("__") for part in dotted.split("."))


def private_imports() -> set[tuple[str, str]]:
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module \
                    and node.module.split(".")[0] not in ("facilitator_app", "__future__"):
                found |= {(name, f"{node.module}.{a.name}") for a in node.names
                          if _private(a.name)}
                if _private(node.module):
                    found.add((name, node.module))
            elif isinstance(node, ast.Import):
                found |= {(name, a.name) for a in node.names
                          if a.name.split(".")[0] != "facilitator_app" and _private(a.name)}
    return found


def test_no_module_imports_another_distributions_private_names():
    assert private_imports() - PENDING == set()


def test_the_pending_list_only_names_what_is_still_there():
    assert PENDING <= private_imports()


def test_the_check_sees_a_private_import(tmp_path, monkeypatch):
    """The walk itself: a private import written in a module is found."""
    fake = tmp_path / "facilitator_app"
    fake.mkdir()
    (fake / "m.py").write_text("from re import _parser\nimport json.decoder\n"
                               "from sqlalchemy import _x as y\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert private_imports() == {("m.py", "re._parser"), ("m.py", "sqlalchemy._x")}
