"""A stand-in for the Windows one-folder build, to build and sign the MSI on Linux in CI.

The real payload is the PyInstaller build made on Windows (``python packaging/build.py`` there).
Here: a minimal but valid PE32+ ``facilitator-app.exe`` (its entry point returns 0) and DLL,
which ``osslsigncode`` signs and verifies like the real ones, plus the resources of the app.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILE_ALIGN, SECTION_ALIGN = 0x200, 0x1000
CODE = b"\x31\xc0\xc3"  # xor eax, eax; ret


def minimal_pe(dll: bool = False) -> bytes:
    """A PE32+ image for x64 with one code section and no imports."""
    dos = bytearray(0x40)
    dos[0:2] = b"MZ"
    struct.pack_into("<I", dos, 0x3C, 0x40)
    characteristics = 0x0022 | (0x2000 if dll else 0)  # executable, large address aware, DLL
    coff = struct.pack("<HHIIIHH", 0x8664, 1, 0, 0, 0, 240, characteristics)
    optional = struct.pack(
        "<HBBIIIII" "Q" "II" "HHHHHH" "I" "III" "HH" "QQQQ" "II",
        0x20B, 14, 0, FILE_ALIGN, 0, 0, SECTION_ALIGN, SECTION_ALIGN,
        0x180000000 if dll else 0x140000000,
        SECTION_ALIGN, FILE_ALIGN,
        6, 0, 0, 0, 6, 0,
        0,
        2 * SECTION_ALIGN, FILE_ALIGN, 0,
        3, 0x8100,  # console subsystem; NX compatible, terminal-server aware
        0x100000, 0x1000, 0x100000, 0x1000,
        0, 16,
    ) + bytes(16 * 8)
    assert len(optional) == 240
    section = struct.pack("<8sIIIIIIHHI", b".text", len(CODE), SECTION_ALIGN, FILE_ALIGN,
                          FILE_ALIGN, 0, 0, 0, 0, 0x60000020)
    headers = bytes(dos) + b"PE\0\0" + coff + optional + section
    return headers.ljust(FILE_ALIGN, b"\0") + CODE.ljust(FILE_ALIGN, b"\0")


def make_payload(folder: Path) -> Path:
    """The stand-in one-folder build in ``folder`` (emptied first)."""
    if folder.exists():
        shutil.rmtree(folder)
    internal = folder / "_internal"
    internal.mkdir(parents=True)
    for exe in ("facilitator-app.exe", "facilitator-app-cli.exe"):  # windowed, console twin
        (folder / exe).write_bytes(minimal_pe())
    (internal / "python311.dll").write_bytes(minimal_pe(dll=True))
    resources = ROOT / "resources"
    for part in ("catalogues", "icons"):
        shutil.copytree(resources / part, internal / "resources" / part)
    (internal / "STAND-IN.txt").write_text(
        "Stand-in payload made by packaging/windows/standin.py to test the MSI on Linux.\n",
        encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    print(f"stand-in payload in {make_payload(args.folder)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
