"""Refresh the Qt Linguist sources from the UI code:
resources/translations/facilitator_app_{fr,en}.ts.

Run after changing user-visible strings in facilitator_app/ui/, then translate the new French
entries (Qt Linguist, or any editor). Source strings are English, so the English file is filled
with the source text itself and marked finished; existing translations are kept. Counted
messages (``%n``) get their English singular and plural by hand, as the French ones do.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "facilitator_app" / "ui"
FOLDER = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def update(lang: str) -> Path:
    target = FOLDER / f"facilitator_app_{lang}.ts"
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "en",
                    "-target-language", lang, "-ts", str(target)], check=True,
                   stdout=subprocess.DEVNULL)
    return target


def fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            continue  # a counted message: its singular and plural are written by hand
        if translation is not None and (translation.get("type") == "unfinished"
                                        or not (translation.text or "").strip()):
            translation.text = message.findtext("source")
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    update("fr")
    fill_english(update("en"))
    print(f"updated {FOLDER.relative_to(ROOT)}/facilitator_app_{{fr,en}}.ts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
