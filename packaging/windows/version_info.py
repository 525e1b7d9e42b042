"""The Windows version resource of facilitator-app.exe and facilitator-app-cli.exe (file and
product version, names), written by the spec for PyInstaller's ``version=`` on Windows builds."""

from __future__ import annotations

import re

TEMPLATE = """# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={t}, prodvers={t}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040C04B0', [
      StringStruct('CompanyName', 'Ministère ouvert'),
      StringStruct('FileDescription', 'Ministère ouvert — animation des ateliers'),
      StringStruct('FileVersion', '{v}'),
      StringStruct('InternalName', '{name}'),
      StringStruct('LegalCopyright', 'MIT licence'),
      StringStruct('OriginalFilename', '{name}.exe'),
      StringStruct('ProductName', 'facilitator-app'),
      StringStruct('ProductVersion', '{v}')])]),
    VarFileInfo([VarStruct('Translation', [0x040C, 1200, 0x0409, 1200])])
  ]
)
"""


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(re.match(r"\d*", part).group() or 0) for part in version.split(".")[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_file_text(version: str, name: str = "facilitator-app") -> str:
    """The resource of executable ``name`` (each executable its own OriginalFilename, so that
    AppLocker or WDAC rules can tell the windowed one from its console twin)."""
    return TEMPLATE.format(t=version_tuple(version), v=version, name=name)
