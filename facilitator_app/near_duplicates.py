"""Near-duplicate contributions proposed as groups (issue 19); pure core, no store, no Qt.

Two facilitators capturing one atelier, or two ateliers hearing one idea, give the same
contribution twice under different UUIDs. ``propose_groups`` finds them: only contributions to
the same engagement and guiding question are compared; texts whose ``normalise`` forms are
identical are always grouped; others are linked when their similarity reaches ``THRESHOLD``;
linked contributions form a group transitively. The organiser confirms, splits or dismisses a
proposal; this module only proposes.

Similarity is RapidFuzz's ``token_sort_ratio`` (Indel distance between the sorted words, 0-100)
on each text's ``matching_key``: the normalised text without French function words, with
digit groups joined ("3 500" is "3500") and a few workshop abbreviations spelt out ("open
data" is "données ouvertes"). It forgives typos, accents, word order and a word or two of
difference, and it is symmetric, so the links do not depend on which text is compared with
which. Texts that cite different numbers are never linked ("25 000 €" is not "90 000 €"). The
threshold and the measured precision and recall are in ``docs/near-duplicates.md`` and
``tests/test_near_duplicates.py``.

Fast enough for 20,000 contributions (benchmarks/bench_near_duplicates.py): each engagement
and question is a block of its own; in a block each distinct matching key is compared once
with each longer one, and only with those short enough for the ratio to reach the threshold
(an exact bound, no link lost); RapidFuzz's ``process.extract`` with ``score_cutoff`` does the
comparing in C. Comparisons still grow with the square of a block's size.

Result independent of input order: the links are a function of the set of contributions (each
block is sorted before comparing), connected components do not depend on the order links are
joined, and groups and their members are returned sorted.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

# Measured on tests/data/near-duplicates-fr.json (see docs/near-duplicates.md).
THRESHOLD = 84.0

# Letters NFKD leaves whole; folded so that « œuvre » and « oeuvre » match.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
                            "þ": "th", "ı": "i"})
# Apostrophes as typed on every keyboard and by every word processor, all made one.
_APOSTROPHES = re.compile("[\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\uff07]")
# French elisions (l’, d’, qu’, jusqu’…): the elided word carries no meaning for matching.
_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'")
_NOT_WORD = re.compile(r"[\W_]+")
# "3 500", "25 000": thousands written with a space are one number.
_DIGIT_GROUP = re.compile(r"(?<=\d) (?=\d{3}\b)")
_NUMBER = re.compile(r"\d+")
# Words every contribution has; left in, they make different proposals look alike.
_FUNCTION_WORDS = frozenset(
    "a au aux avec ce ces dans de des du en et la le les leur leurs ou par pour qui que se sa"
    " son ses sur un une y est sont chaque".split())
# Workshop abbreviations and anglicisms, each spelt as its French form (on normalised text).
_GLOSSARY = ((re.compile(r"\bopen ?data\b"), "donnees ouvertes"),
             (re.compile(r"\bopen ?source\b"), "source ouverte"),
             (re.compile(r"\bogp\b"), "pgo"))


@dataclass(frozen=True, order=True)
class Contribution:
    """What grouping needs of a contribution."""

    uuid: str
    engagement_number: int
    question_key: str
    text: str


@dataclass(frozen=True, order=True)
class Group:
    """A proposed group: two or more contributions to one engagement and question.

    ``uuids`` are sorted; ``score`` (0-100) is the weakest member's best link inside the group,
    100.0 when all normalised texts are identical; ``identical`` says the latter.
    """

    engagement_number: int
    question_key: str
    uuids: tuple[str, ...]
    score: float
    identical: bool


def normalise(text: str) -> str:
    """The text as compared: case and accents folded, apostrophes made one, French elisions
    dropped, punctuation and white space collapsed to single spaces."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c)).translate(_LIGATURES)
    folded = _ELISION.sub(" ", _APOSTROPHES.sub("'", folded))
    return _NOT_WORD.sub(" ", folded).strip()


def matching_key(normalised: str) -> str:
    """What ``similarity`` compares of a normalised text: function words dropped, digit
    groups joined, abbreviations spelt out."""
    key = _DIGIT_GROUP.sub("", normalised)
    for pattern, spelt in _GLOSSARY:
        key = pattern.sub(spelt, key)
    return " ".join(w for w in key.split() if w not in _FUNCTION_WORDS)


def similarity(a: str, b: str) -> float:
    """Similarity (0-100) of two texts as ``propose_groups`` measures it; 0 when they cite
    different numbers."""
    ka, kb = matching_key(normalise(a)), matching_key(normalise(b))
    if set(_NUMBER.findall(ka)) != set(_NUMBER.findall(kb)):
        return 0.0
    return fuzz.token_sort_ratio(ka, kb)


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        # The smaller root wins: the same components whatever the order of the unions.
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _as_contribution(item) -> Contribution:
    if isinstance(item, Contribution):
        return item
    uuid, engagement_number, question_key, text = item
    return Contribution(str(uuid), int(engagement_number), str(question_key), str(text))


def _block_groups(engagement: int, question: str, members: list[tuple[str, str]],
                  threshold: float) -> list[Group]:
    """Groups of one engagement and question; ``members`` are (normalised text, uuid)."""
    by_text: dict[str, list[str]] = defaultdict(list)
    for text, uuid in members:
        by_text[text].append(uuid)
    texts = sorted(by_text)  # sorted: the comparisons do not depend on the input order
    links = _UnionFind(len(texts))
    best = [100.0 if len(by_text[t]) > 1 else 0.0 for t in texts]
    # Texts with one matching key are linked at 100; each key is then compared once. A text
    # of only punctuation or function words (empty key) is grouped with its identical ones only.
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        by_key[matching_key(text)].append(i)
    by_key.pop("", None)
    for indices in by_key.values():
        for i in indices[1:]:
            links.union(indices[0], i)
        if len(indices) > 1:
            for i in indices:
                best[i] = 100.0
    keys = sorted(by_key, key=lambda k: (len(k), k))
    lengths = [len(k) for k in keys]
    numbers = [frozenset(_NUMBER.findall(k)) for k in keys]
    for a, key in enumerate(keys):
        # Only longer keys after this one (each pair once; the measure is symmetric), and
        # only as long as the Indel ratio can reach the threshold: 200 * la / (la + lb).
        stop = bisect_right(lengths, lengths[a] * (200.0 - threshold) / max(threshold, 1e-9))
        for _key, score, offset in process.extract(
                key, keys[a + 1:stop], scorer=fuzz.token_sort_ratio, processor=None,
                limit=None, score_cutoff=threshold):
            b = a + 1 + offset
            if numbers[a] != numbers[b]:
                continue
            i, j = by_key[key][0], by_key[keys[b]][0]
            links.union(i, j)
            for t in (*by_key[key], *by_key[keys[b]]):
                best[t] = max(best[t], score)
    components: dict[int, list[int]] = defaultdict(list)
    for i in range(len(texts)):
        components[links.find(i)].append(i)
    groups = []
    for indices in components.values():
        uuids = tuple(sorted(u for i in indices for u in by_text[texts[i]]))
        if len(uuids) < 2:
            continue
        identical = len(indices) == 1
        score = 100.0 if identical else min(best[i] for i in indices)
        groups.append(Group(engagement, question, uuids, round(score, 1), identical))
    return groups


def propose_groups(items: Iterable, threshold: float = THRESHOLD) -> list[Group]:
    """Near-duplicate groups among ``items``, each a ``Contribution`` or a tuple (uuid,
    engagement_number, question_key, text); sorted by engagement, question, then uuids."""
    blocks: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
    seen: set[str] = set()
    for item in items:
        c = _as_contribution(item)
        if c.uuid in seen:
            raise ValueError(f"contribution {c.uuid} given twice")
        seen.add(c.uuid)
        blocks[(c.engagement_number, c.question_key)].append((normalise(c.text), c.uuid))
    groups = []
    for (engagement, question), members in blocks.items():
        groups += _block_groups(engagement, question, members, threshold)
    return sorted(groups, key=lambda g: (g.engagement_number, g.question_key, g.uuids))
