"""French typography in every French text of the app, on screen and printed: a no-break space
(U+00A0 or the narrow U+202F) before « ; : ! ? » and inside « », so that a « ? » never starts
a line, and the typographic apostrophe (’) in the app's own words. Checked in the window's
French translations and in every French message of the core."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET

from .conftest import ROOT

LETTER = r"[^\W\d_]"
RULES = (
    (r" [;:!?»]", "a plain space before ; : ! ? »"),
    (r"« ", "a plain space after «"),
    (r"«(?=[^\s\u00a0\u202f])", "no space after «"),
    (r"(?<=[\w)…])[!?»]", "no space before ! ? »"),
    (rf"(?<={LETTER})'(?={LETTER})", "a straight apostrophe"),
)
# The calls whose argument (by position) is a French text of the core.
FRENCH_ARGUMENTS = {"msg": 0, "_t": 0, "_n": 1, "Message": 0, "GuidingQuestion": 1}


def violations(text: str) -> list[str]:
    return [f"{why}: …{text[max(0, m.start() - 20):m.end() + 20]!r}…"
            for rule, why in RULES for m in re.finditer(rule, text)]


def french_translations() -> list[str]:
    tree = ET.parse(ROOT / "resources" / "translations" / "facilitator_app_fr.ts")
    texts = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        forms = list(translation.iter("numerusform"))
        texts += [f.text or "" for f in forms] if forms else [translation.text or ""]
    return texts


def core_french_messages() -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "facilitator_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name in FRENCH_ARGUMENTS and len(node.args) > FRENCH_ARGUMENTS[name]:
                argument = node.args[FRENCH_ARGUMENTS[name]]
                for part in ast.walk(argument):
                    if isinstance(part, ast.Constant) and isinstance(part.value, str):
                        found.append((f"{path.relative_to(ROOT)}:{part.lineno}", part.value))
    return found


def test_the_windows_french_follows_french_typography():
    texts = french_translations()
    assert len(texts) > 300
    wrong = [(text[:60], v) for text in texts for v in violations(text)]
    assert not wrong, wrong[:10]


def test_the_cores_french_messages_follow_french_typography():
    """Every French template of the core, as a message renders it (i18n.french_typography)."""
    from facilitator_app.i18n import french_typography

    messages = core_french_messages()
    assert len(messages) > 300
    wrong = [(where, v) for where, text in messages for v in violations(french_typography(text))]
    assert not wrong, wrong[:10]
    # Written typographically at the source too where the template is not a message.
    from facilitator_app.domain import GUIDING_QUESTIONS

    assert not [v for q in GUIDING_QUESTIONS for v in violations(q.label("fr"))]


def test_a_message_puts_french_typography_in_its_template_not_in_what_it_holds():
    from facilitator_app.i18n import msg

    message = msg("Fichier « {name} » refusé : l'en-tête manque ?", "File '{name}' refused: why?",
                  name="l'atelier : 3?.xlsx")
    assert message.render("fr") == (
        "Fichier «\u00a0l'atelier : 3?.xlsx\u00a0» refusé\u00a0: l’en-tête manque\u00a0?")
    assert message.render("en") == "File 'l'atelier : 3?.xlsx' refused: why?"


def test_the_rules_find_what_they_are_for():
    assert violations("Terminé ? Oui : « non »") and violations("l'atelier")
    assert violations("«\u00a0pivots\u00a0»)") == [] and violations("l’atelier\u00a0?") == []
    assert violations("09:59, Ctrl+{number}, https://x.fr, (*.sqlite);;Tous") == []
