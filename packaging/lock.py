"""Refresh the lock files the installers are built from (the app's runtime dependencies and
PyInstaller, every version pinned, every wheel's SHA-256):

    python packaging/lock.py            # both platforms
    python packaging/lock.py windows    # or linux

``packaging/windows/requirements-windows.lock`` (win_amd64) and
``packaging/linux/requirements-linux.lock`` (manylinux x86_64), both for the CPython minor
version running this script (3.11). Pip resolves each platform with its own markers
(``--platform``), so Windows-only dependencies (tzdata for psycopg, pefile and pywin32-ctypes
for PyInstaller) are named here. Review the diff, run the packaging checks (``make
package-check``), then commit: Wine 8 may lack a function a newer Qt or cryptography imports,
and the Windows steps say so.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
PY = f"{sys.version_info.major}{sys.version_info.minor}"
PLATFORMS = {
    "windows": (PACKAGING / "windows" / "requirements-windows.lock", ["win_amd64"],
                ["tzdata", "pefile", "pywin32-ctypes"]),
    "linux": (PACKAGING / "linux" / "requirements-linux.lock",
              ["manylinux_2_36_x86_64", "manylinux_2_35_x86_64",
               "manylinux_2_34_x86_64", "manylinux_2_28_x86_64", "manylinux_2_17_x86_64",
               "manylinux2014_x86_64"], []),
}


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["dependencies"] + project["optional-dependencies"]["package"]


def lock(name: str) -> Path:
    target, platforms, extra = PLATFORMS[name]
    with tempfile.TemporaryDirectory(prefix="lock-") as tmp:
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:",
                   "--python-version", PY, "--implementation", "cp", "--abi", f"cp{PY}",
                   "-d", tmp]
        for platform in platforms:
            command += ["--platform", platform]
        subprocess.run(command + requirements() + extra, check=True)
        lines = [f"# {name}, CPython 3.{PY[1:]}: written by `python packaging/lock.py {name}`;"
                 " do not edit by hand.",
                 "# Used with pip --require-hashes by the installers' builds."]
        for wheel in sorted(Path(tmp).glob("*.whl"), key=lambda p: p.name.lower()):
            project, version = wheel.name.split("-")[:2]
            digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
            lines.append(f"{project.replace('_', '-').lower()}=={version} "
                         f"--hash=sha256:{digest}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def main(argv: list[str]) -> int:
    for name in argv or sorted(PLATFORMS):
        print(f"wrote {lock(name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
