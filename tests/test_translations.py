"""Every user-visible string of the UI has a French and an English translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import ROOT

FOLDER = ROOT / "resources" / "translations"
UI = ROOT / "facilitator_app" / "ui"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {(ctx.findtext("name"), msg.findtext("source")): msg
            for ctx in tree.iter("context") for msg in ctx.iter("message")}


def translations(message: ET.Element) -> list[str]:
    """The translation's text, or each of its forms for a counted (``%n``) message."""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def current_sources(tmp_path: Path) -> set[tuple[str, str]]:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    out = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sorted(str(p) for p in UI.glob("*.py")), "-ts", str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return set(messages(out))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_ui_string_is_translated(lang, tmp_path):
    found = messages(FOLDER / f"facilitator_app_{lang}.ts")
    missing = current_sources(tmp_path) - set(found)
    assert not missing, f"run scripts/update_translations.py; new strings: {sorted(missing)[:10]}"
    unfinished = [key for key, m in found.items()
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not all(text.strip() for text in translations(m))]
    assert not unfinished, f"{len(unfinished)} untranslated in {lang}: {unfinished[:10]}"
    for (context, source), m in found.items():
        wanted = set(re.findall(r"\{(\w+)\}|(%n)", source))
        for text in translations(m):
            got = set(re.findall(r"\{(\w+)\}|(%n)", text))
            assert wanted == got, f"{lang} {context}: placeholders of {source!r} differ"


def test_french_is_really_french(tmp_path):
    found = messages(FOLDER / "facilitator_app_fr.ts")
    same = [s for (_, s), m in found.items() if m.findtext("translation") == s and len(s) > 12]
    assert len(same) <= len(found) // 10, f"copied, not translated: {same[:10]}"


def test_compiled_french_is_loaded_by_qt(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load("facilitator_app_fr", str(FOLDER)), "make setup compiles the .qm"
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    finally:
        QCoreApplication.removeTranslator(translator)
