"""The core's types hold: mypy over the modules listed in pyproject.toml's [tool.mypy]."""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[1]


def test_the_core_type_checks(tmp_path):
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                "--cache-dir", str(tmp_path / "cache")])
    assert status == 0, out + err
    assert "Success" in out


def test_the_check_finds_a_type_error(tmp_path):
    """The same settings refuse a module with a type error: the check can fail."""
    wrong = tmp_path / "wrong.py"
    wrong.write_text("def f(n: int) -> str:\n    return n\n", encoding="utf-8")
    out, _, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                              "--cache-dir", str(tmp_path / "cache"), str(wrong)])
    assert status == 1 and "Incompatible return value type" in out
