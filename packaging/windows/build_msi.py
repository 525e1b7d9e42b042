"""Build the MSI from a Windows one-folder build with ``wixl`` (msitools), on Linux.

    python packaging/windows/build_msi.py PAYLOAD --out DIR [--version X.Y.Z]

PAYLOAD is the Windows one-folder build (``wine_build.py`` under Wine, or ``build.py`` on
Windows: ``facilitator-app``). Its files become components with ``wixl-heat``;
``facilitator-app.wxs`` adds the start-menu entry, the ``.fabundle`` association and the
upgrade rules. Sign the executables of PAYLOAD before (``sign.sh``), and the MSI after.

wixl 0.101 writes the registry root HKMU as 4 where Windows Installer wants -1 (HKCU for a
per-user install, HKLM for a per-machine one): the Registry table is corrected with msibuild.
On Windows, the WiX toolset builds the same source: see packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

WINDOWS = Path(__file__).resolve().parent
ROOT = WINDOWS.parents[1]
WXS = WINDOWS / "facilitator-app.wxs"
UPGRADE_CODE = "{7B8DF133-C30F-44E6-878B-155591142CFD}"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from facilitator_app import __version__

    return __version__


def _run(command: list[str], **kwargs) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs).stdout


def table(msi: Path, name: str) -> list[list[str]]:
    """Rows of one MSI table (after its three header lines)."""
    text = _run(["msiinfo", "export", str(msi), name])
    return [line.rstrip("\r").split("\t") for line in text.splitlines()[3:] if line.strip()]


def _fix_hkmu(msi: Path, work: Path) -> None:
    text = _run(["msiinfo", "export", str(msi), "Registry"])
    lines = text.split("\n")
    fixed = []
    for i, line in enumerate(lines):
        cells = line.split("\t")
        if i >= 3 and len(cells) > 1 and cells[1] == "4":
            cells[1] = "-1"
        fixed.append("\t".join(cells))
    idt = work / "Registry.idt"
    idt.write_text("\n".join(fixed), encoding="utf-8", newline="")
    _run(["msibuild", str(msi), "-i", str(idt)])


def build_msi(payload: Path, out: Path, ver: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    msi = out / f"facilitator-app-{ver}-x64.msi"
    files = sorted(p.relative_to(payload).as_posix() for p in payload.rglob("*") if p.is_file())
    if "facilitator-app.exe" not in files:
        raise SystemExit(f"{payload} has no facilitator-app.exe")
    with tempfile.TemporaryDirectory(prefix="msi-") as tmp:
        work = Path(tmp)
        # wixl reads sources by paths relative to where it runs.
        os.symlink(payload, work / "payload")
        shutil.copy(ROOT / "resources" / "icons" / "facilitator-app.ico", work / "app.ico")
        fragment = _run(["wixl-heat", "--prefix", "", "--component-group", "AppFiles",
                         "--directory-ref", "INSTALLDIR", "--var", "var.SourceDir", "--win64"],
                        input="\n".join(files) + "\n")
        (work / "files.wxs").write_text(fragment, encoding="utf-8")
        _run(["wixl", "-a", "x64", "-D", "Win64=yes", "-D", f"Version={ver}",
              "-D", "SourceDir=payload", "-D", "IconFile=app.ico", "-o", "out.msi",
              str(WXS), "files.wxs"], cwd=work)
        _fix_hkmu(work / "out.msi", work)
        shutil.move(work / "out.msi", msi)
    return msi


def check_msi(msi: Path) -> list[str]:
    """What is wrong with the MSI's tables (empty when it is as designed)."""
    problems = []
    props = {row[0]: row[1] for row in table(msi, "Property") if len(row) > 1}
    if props.get("UpgradeCode") != UPGRADE_CODE:
        problems.append(f"UpgradeCode is {props.get('UpgradeCode')}, not {UPGRADE_CODE}")
    if props.get("ALLUSERS") != "2":
        problems.append("ALLUSERS is not 2 (per-machine with a per-user option)")
    upgrades = table(msi, "Upgrade")
    if not any(r[0] == UPGRADE_CODE and r[-1] == "WIX_UPGRADE_DETECTED" for r in upgrades):
        problems.append("no major upgrade of earlier versions")
    registry = table(msi, "Registry")
    if any(r[1] != "-1" for r in registry):
        problems.append("registry values not under HKMU (-1)")
    keys = {r[2] for r in registry}
    for key in ("Software\\Classes\\.fabundle",
                "Software\\Classes\\FacilitatorApp.Bundle\\shell\\open\\command"):
        if key not in keys:
            problems.append(f"no registry key {key} (file association)")
    shortcuts = table(msi, "Shortcut")
    if not any(r[1] == "ProgramMenuFolder" for r in shortcuts):
        problems.append("no start-menu shortcut")
    files = table(msi, "File")
    for exe in ("facilitator-app.exe", "facilitator-app-cli.exe"):
        if not any(len(r) > 2 and r[2].endswith(exe) for r in files):
            problems.append(f"{exe} is not in the File table")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("payload", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--version", default=None)
    args = parser.parse_args(argv)
    msi = build_msi(args.payload.resolve(), args.out.resolve(), args.version or version())
    problems = check_msi(msi)
    for problem in problems:
        print(f"MSI: {problem}", file=sys.stderr)
    print(f"wrote {msi} ({msi.stat().st_size} bytes)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
