"""Compile the Qt Linguist sources (resources/translations/*.ts) into .qm files beside them.

Run by ``make setup``; skips files whose .qm is newer than their .ts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def lrelease() -> str:
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    return str(candidate) if candidate.exists() else "pyside6-lrelease"


def main() -> int:
    for source in sorted(FOLDER.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
        print(f"compiled {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
