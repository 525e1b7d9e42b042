"""Every counted message agrees with its number in both languages, for 0, 1, 2 and 5: the
window's (Qt's %n forms in the .ts files) and the core's (the command line's counted words, the
plenary summary, the report). French puts 0 and 1 in the singular, English only 1."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET

import pytest

from ..conftest import ROOT

FOLDER = ROOT / "resources" / "translations"
COUNTS = (0, 1, 2, 5)
# Placeholders holding a number: a message that puts one of them before a word must be a
# counted (%n) message; "Label: {count}" and "({count})" read right for any number.
NUMBER = r"\{(count|n|minutes|live|starred|deleted|merged|already|quarantined|rejected|" \
         r"total|extra|missing|contributions)\}"
UNITS = (" min",)  # abbreviations that do not take a plural
# Words the same in the singular and the plural, by language.
INVARIABLE = {"en": {"%n starred", "%n deleted"}, "fr": set()}


def singular(lang: str, n: int) -> bool:
    return n == 1 if lang == "en" else n <= 1


def counted_messages(lang: str) -> list[tuple[str, str, list[str]]]:
    tree = ET.parse(FOLDER / f"facilitator_app_{lang}.ts")
    return [(ctx.findtext("name"), m.findtext("source"),
             [f.text or "" for f in m.find("translation").iter("numerusform")])
            for ctx in tree.iter("context") for m in ctx.iter("message")
            if m.get("numerus") == "yes"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_counted_window_message_agrees_with_its_number(qapp, translations, lang):
    from PySide6.QtCore import QCoreApplication

    translations.use(lang)
    found = counted_messages(lang)
    assert len(found) >= 6, "the counted messages of the window"
    for context, source, forms in found:
        assert len(forms) == 2, f"{lang} {source!r}: a singular and a plural"
        one, many = forms
        for form in forms:
            assert "%n" in form and "(s)" not in form, f"{lang} {source!r}: {form!r}"
        if one.replace("%n", "") not in INVARIABLE[lang] and source not in INVARIABLE[lang]:
            assert one != many, f"{lang} {source!r}: the plural is the singular"
        for n in COUNTS:
            shown = QCoreApplication.translate(context, source, None, n)
            wanted = (one if singular(lang, n) else many).replace("%n", str(n))
            assert shown == wanted, f"{lang} n={n}: {shown!r}"


def test_a_number_before_its_word_is_a_counted_message():
    tree = ET.parse(FOLDER / "facilitator_app_en.ts")
    uncounted = []
    for ctx in tree.iter("context"):
        for m in ctx.iter("message"):
            source = m.findtext("source")
            if m.get("numerus") == "yes":
                continue
            for found in re.finditer(NUMBER, source):
                before = source[:found.start()].rstrip(" \u00a0")
                after = source[found.end():]
                if before.endswith((":", "(", "=")) or after.startswith(UNITS) \
                        or not re.match(r"[ \u00a0]+[^\W\d_]", after):  # no word follows
                    continue
                uncounted.append(source)
    assert not uncounted, uncounted


def core_counted_words() -> list[tuple[str, str, str]]:
    """Each ``_n(n, "fr singular|plural", "en singular|plural")`` of the command line."""
    found = []
    for path in sorted((ROOT / "facilitator_app").glob("cli*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_n":
                fr, en = (a.value for a in node.args[1:3])
                found.append((path.name, fr, en))
    return found


def test_every_counted_word_of_the_core_agrees_with_its_number():
    from facilitator_app.cli_text import _n

    words = core_counted_words()
    assert len(words) >= 20
    for where, fr, en in words:
        for lang, spec in (("fr", fr), ("en", en)):
            one, _, many = spec.partition("|")
            many = many or one
            if "|" in spec:
                assert one != many, f"{where} {spec!r}"
            for n in COUNTS:
                shown = _n(n, fr, en).render(lang)
                assert shown == f"{n} {one if singular(lang, n) else many}", (where, shown)
    # The French plural of a word that changes is written: "1 mise en avant", "2 mises en avant".
    invariable_fr = {"en quarantaine", "en conflit"}
    for where, fr, _en in words:
        if "|" not in fr:
            assert fr in invariable_fr, f"{where}: {fr!r} needs its French plural"


def test_the_plenary_summary_and_the_report_count_right():
    from facilitator_app.report import labels
    from facilitator_app.restitution import _counts

    for n in COUNTS:
        for lang in ("fr", "en"):
            s = "" if singular(lang, n) else "s"
            assert _counts(n, 0, lang) == f"{n} contribution{s}"
            key = "label.participant" if singular(lang, n) else "label.participants"
            assert labels.t(key, lang, n=n) == f"{n} participant{s}"
