"""Where two versions of a text differ, word by word: what the organiser's eye needs to choose
between two versions of a contribution in conflict."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
# Comparing is quadratic in the worst case: two very different long texts are not marked.
# 1,500 tokens (about 750 words, far beyond a spoken contribution) take about 0.2 s.
MAX_TOKENS = 1_500


def changed_spans(text: str, other: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` character ranges of ``text`` that are not in ``other``: words,
    punctuation and spaces replaced or added, in order, adjacent ranges joined, spaces at
    their ends left out. Nothing is marked when either text is longer than ``MAX_TOKENS``
    words, spaces and signs."""
    mine = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    theirs = [m.group() for m in _TOKEN.finditer(other)]
    if len(mine) > MAX_TOKENS or len(theirs) > MAX_TOKENS:
        return []
    matcher = SequenceMatcher(None, [t for _, _, t in mine], theirs, autojunk=False)
    spans: list[tuple[int, int]] = []
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag in ("replace", "delete") and i2 > i1:
            start, end = mine[i1][0], mine[i2 - 1][1]
            if spans and spans[-1][1] == start:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return [_trimmed(text, start, end) for start, end in spans]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The range without the spaces at its ends (unless it is only spaces): a mark starts and
    ends on a word."""
    inner = text[start:end]
    if not inner.strip():
        return start, end
    return start + len(inner) - len(inner.lstrip()), end - len(inner) + len(inner.rstrip())
