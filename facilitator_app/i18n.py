"""Messages of the core in French (first) and English, without Qt.

The UI translates its own widgets with Qt Linguist; the core's messages (errors, command-line
verdicts) are written in both languages where they are raised, and rendered in the language
chosen for the process when they are shown.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

LANGUAGES = ("fr", "en")
_current = "fr"


def set_language(lang: str) -> None:
    """Choose the language core messages are rendered in ("fr" or "en")."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _current = lang


def language() -> str:
    return _current


def language_from_environment() -> str:
    """French unless the environment's locale asks for English."""
    for var in ("FACILITATOR_APP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


_NO_BREAK = "\u00a0"
_LETTER = r"[^\W\d_]"
_FRENCH_RULES = (
    (re.compile(r"[ \u202f]([;:!?»])"), _NO_BREAK + r"\1"),  # a plain space before ; : ! ? »
    (re.compile(r"(?<=[\w)…}])([!?»])(?![rsa]?})"), _NO_BREAK + r"\1"),  # none before ! ? »
    (re.compile(r"«[ \u202f\u00a0]?"), "«" + _NO_BREAK),  # after «, always a no-break space
    (re.compile(rf"(?<={_LETTER})'(?={_LETTER})"), "’"),  # the typographic apostrophe
)


@lru_cache(maxsize=4096)
def french_typography(text: str) -> str:
    """``text`` (a French template of the app's own words) with French typography: a no-break
    space before ; : ! ? » and after «, so that none of them starts a line, and ’ for '."""
    for rule, replacement in _FRENCH_RULES:
        text = rule.sub(replacement, text)
    return text


@dataclass(frozen=True)
class Message:
    """A sentence in both languages with named placeholders, rendered when shown."""

    fr: str
    en: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str | None = None) -> str:
        # French typography on the template only: what is put in it (a path, a participant's
        # text) is shown as it is.
        template = self.en if (lang or _current) == "en" else french_typography(self.fr)
        params = {k: (v.render(lang) if isinstance(v, Message) else v)
                  for k, v in self.params.items()}
        return template.format(**params)

    def __str__(self) -> str:
        return self.render()


def msg(fr: str, en: str, /, **params: Any) -> Message:
    """Shorthand for :class:`Message`."""
    return Message(fr, en, params)
