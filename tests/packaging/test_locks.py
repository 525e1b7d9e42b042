"""The lock files the installers are built from: every line pinned with a SHA-256, each
platform's own dependencies present, and the builds install them with --require-hashes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCKS = {"linux": ROOT / "packaging" / "linux" / "requirements-linux.lock",
         "windows": ROOT / "packaging" / "windows" / "requirements-windows.lock"}
LINE = re.compile(r"^([a-z0-9][a-z0-9.-]*)==([0-9][^ ]*) --hash=sha256:[0-9a-f]{64}$")
RUNTIME = {"pyside6-essentials", "shiboken6", "sqlalchemy", "openpyxl", "platformdirs",
           "defusedxml", "cryptography", "psycopg", "psycopg-binary", "pyinstaller",
           "rapidfuzz"}


def pins(platform: str) -> dict[str, str]:
    found = {}
    for line in LOCKS[platform].read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        match = LINE.match(line)
        assert match, f"{platform}: not a pinned, hashed line: {line}"
        found[match[1]] = match[2]
    return found


@pytest.mark.parametrize("platform", sorted(LOCKS))
def test_lock_pins_every_dependency_with_a_hash(platform):
    assert RUNTIME <= set(pins(platform)), RUNTIME - set(pins(platform))


def test_windows_lock_has_the_windows_only_dependencies():
    # pip resolves win32 markers against Linux unless told: lock.py names them.
    assert {"tzdata", "pefile", "pywin32-ctypes"} <= set(pins("windows"))


def test_both_platforms_lock_the_same_versions_of_what_they_share():
    linux, windows = pins("linux"), pins("windows")
    differ = {n: (linux[n], windows[n]) for n in set(linux) & set(windows)
              if linux[n] != windows[n]}
    assert not differ, differ


def test_builds_install_the_locks_with_require_hashes():
    for script in ("build.py", "windows/wine_build.py"):
        text = (ROOT / "packaging" / script).read_text(encoding="utf-8")
        assert '"--require-hashes"' in text and "requirements-" in text, script
