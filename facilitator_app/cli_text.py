"""The words of the ``facilitator-app`` command: its help and errors wholly in the messages'
language (argparse's own words included), counts agreed in number, and text from bundles shown
to a terminal as text, never obeyed by it."""

from __future__ import annotations

import argparse
import re
import sys

from facilitator_app import i18n
from facilitator_app.i18n import Message, msg


def _t(fr: str, en: str) -> str:
    return msg(fr, en).render()


def _n(n: int, fr: str, en: str) -> Message:
    """``n`` then a word, agreed with ``n`` in each language; ``fr`` and ``en`` are written
    "singular|plural" ("paquet|paquets"), or once for a word that does not change. French puts
    0 and 1 in the singular ("0 paquet", "1 paquet"), English only 1 ("0 bundles")."""
    fr_one, _, fr_many = fr.partition("|")
    en_one, _, en_many = en.partition("|")
    return msg("{n} " + (fr_one if n <= 1 else fr_many or fr_one),
               "{n} " + (en_one if n == 1 else en_many or en_one), n=n)


# argparse's own words in French (it translates them with gettext, which has no French catalogue
# for it here): its errors, as argparse formats them, become French fragment by fragment.
_ARGPARSE_FR = (
    (r"^argument (\S+): ", r"argument \1 : "),
    (r"the following arguments are required: ", "ces arguments sont obligatoires : "),
    (r"unrecognized arguments: ", "arguments non reconnus : "),
    (r"invalid choice: (.*) \(choose from (.*)\)$",
     r"choix invalide : \1 (choix possibles : \2)"),
    (r"invalid (\S+) value: ", r"valeur invalide (\1) : "),
    (r"expected one argument", "un argument est attendu"),
    (r"expected at least one argument", "au moins un argument est attendu"),
    (r"ambiguous option: (\S+) could match ", r"option ambiguë : \1 peut désigner "),
    (r"ignored explicit argument ", "argument explicite ignoré : "),
)


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups,
                          _t("utilisation : ", "usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose help and errors are wholly in the messages' language (its
    sub-commands' parsers are of this class too)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **{**kwargs, "add_help": False})
        # argparse adds the colon; French puts a space before it
        self._positionals.title = _t("arguments positionnels ", "positional arguments")
        self._optionals.title = _t("options ", "options")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=_t(
            "afficher cette aide et quitter", "show this help message and exit"))

    def error(self, message: str):
        if i18n.language() == "fr":
            for english, french in _ARGPARSE_FR:
                message = re.sub(english, french, message)
        self.print_usage(sys.stderr)
        self.exit(2, msg("{prog} : erreur : {message}\n", "{prog}: error: {message}\n",
                         prog=self.prog, message=message).render())
# Line breaks, shown as one symbol so that a text keeps to its line.
_BREAKS = {ord(c): "⏎" for c in ("\n", "\r", "\x85", "\u2028", "\u2029")}
# C0 controls and DEL as their control pictures (ESC → ␛, as in the report's workbook); C1
# controls, which some terminals obey too, and the bidirectional overrides, which reorder a
# line, as their code.
_VISIBLE = {**{c: chr(0x2400 + c) for c in range(0x20)}, 0x7F: "\u2421",
            **{c: f"<U+{c:04X}>" for c in (*range(0x80, 0xA0), *range(0x202A, 0x202F),
                                            *range(0x2066, 0x206A))},
            **_BREAKS}
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def for_terminal(text: object) -> str:
    """``text`` (what came from a bundle: a contribution, a file or facilitator's name) safe to
    print: its control characters shown, never obeyed by the terminal, and its line breaks as
    ⏎, so that it cannot clear the screen, change the window's title nor fake a line."""
    text = str(text)
    if not _UNSAFE.search(text):
        return text
    text = text.replace("\r\n", "\n")
    return text.translate(_VISIBLE)


def _say(line) -> None:
    print(for_terminal(line))


def _contributions(n: int) -> Message:
    return _n(n, "contribution|contributions", "contribution|contributions")


def _contribution_counts(counts) -> Message:
    """What a merge did to contributions: added, updated, unchanged, conflicting, removed."""
    return msg("{a}, {u}, {n}, {c}, {r}", "{a}, {u}, {n}, {c}, {r}",
               a=_n(counts.added, "ajoutée|ajoutées", "added"),
               u=_n(counts.updated, "mise à jour|mises à jour", "updated"),
               n=_n(counts.unchanged, "inchangée|inchangées", "unchanged"),
               c=_n(counts.conflicting, "en conflit", "conflicting"),
               r=_n(counts.removed, "retirée|retirées", "removed"))
