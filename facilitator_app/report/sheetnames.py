"""Worksheet names Excel accepts: at most 31 characters, none of ``[ ] : * ? / \\``, not
starting or ending with an apostrophe, not empty, not ``History``, unique ignoring case."""

from __future__ import annotations

import re

MAX_LENGTH = 31
_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_RESERVED = frozenset(("history",))


class SheetNames:
    """Hands out names, each valid and different from every earlier one."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def add(self, wanted: str) -> str:
        """A valid, unused name as close to ``wanted`` as can be; remembered as taken."""
        base = _clean(wanted)
        name, n = base, 1
        while name.casefold() in self._taken or name.casefold() in _RESERVED:
            n += 1
            suffix = f" ({n})"
            name = _shorten(base, MAX_LENGTH - len(suffix)) + suffix
        self._taken.add(name.casefold())
        return name


def _clean(wanted: str) -> str:
    name = _FORBIDDEN.sub("-", wanted)
    name = " ".join(name.split())  # no line breaks, no runs of spaces
    name = name.strip("'").strip() or "Sheet"
    return _shorten(name, MAX_LENGTH)


def _shorten(name: str, limit: int) -> str:
    if len(name) <= limit:
        return name
    return name[:limit - 1].rstrip(" '") + "…"
