"""Near-duplicate proposals (facilitator_app/near_duplicates.py, issue 19).

The labelled sample ``tests/data/near-duplicates-fr.json`` holds 220 pairs of French
contributions written for these tests: 113 "same" (one idea retyped or reworded) and 107
"related" (same topic, another idea, many sharing most of their words). Each pair is given to
``propose_groups`` alone, as two contributions to one engagement and question; a pair counts as
proposed when they come back as one group.

Measured on that sample (threshold, precision, recall), matching key as in the module:

    threshold  80     82     83     84     85     86     88     90
    precision  0.857  0.882  0.913  0.920  0.925  0.933  0.949  0.966
    recall     0.956  0.929  0.929  0.912  0.876  0.867  0.823  0.743

``THRESHOLD`` = 84 keeps precision above 0.9 (9 false proposals in 112) with recall 0.912 (10
missed pairs of 113); below 83 precision falls fast, above 85 recall does. Plain
``token_sort_ratio`` on normalised texts without the function-word, number and abbreviation
rules gave at best precision 0.890 for recall 0.858 (threshold 84). The floors asserted below
are the measured values less a small margin, so that a change to ``normalise`` or the
measure that costs precision or recall fails here. The threshold was chosen on this same
sample (there is no held-out set), so the numbers are optimistic for new texts.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.near_duplicates import (
    THRESHOLD, Contribution, Group, normalise, propose_groups, similarity,
)

SAMPLE = Path(__file__).parent / "data" / "near-duplicates-fr.json"
PRECISION_FLOOR = 0.90
RECALL_FLOOR = 0.89


def _pairs() -> list[dict]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))["pairs"]


def _proposed(a: str, b: str, threshold: float = THRESHOLD) -> bool:
    groups = propose_groups([("a", 15, "commitments", a), ("b", 15, "commitments", b)],
                            threshold=threshold)
    return [g.uuids for g in groups] == [("a", "b")]


def measure(threshold: float = THRESHOLD) -> tuple[float, float, list[dict], list[dict]]:
    """Precision and recall on the sample, with the false proposals and the missed pairs."""
    false_proposals, missed, true = [], [], 0
    for pair in _pairs():
        proposed = _proposed(pair["a"], pair["b"], threshold)
        if pair["label"] == "same":
            true += proposed
            if not proposed:
                missed.append(pair)
        elif proposed:
            false_proposals.append(pair)
    return (true / max(true + len(false_proposals), 1), true / (true + len(missed)),
            false_proposals, missed)


def test_the_sample_has_at_least_200_distinct_pairs_of_both_labels():
    pairs = _pairs()
    labels = [p["label"] for p in pairs]
    assert len(pairs) >= 200
    assert set(labels) == {"same", "related"}
    assert min(labels.count("same"), labels.count("related")) >= 0.4 * len(pairs)
    assert len({(p["a"], p["b"]) for p in pairs}) == len(pairs)
    assert all(p["a"] != p["b"] for p in pairs)


def test_precision_and_recall_on_the_labelled_sample_stay_above_their_floors():
    precision, recall, false_proposals, missed = measure()
    print(f"\nthreshold {THRESHOLD}: precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= PRECISION_FLOOR, [(p["a"], p["b"]) for p in false_proposals]
    assert recall >= RECALL_FLOOR, [(p["a"], p["b"]) for p in missed]


def test_a_lower_threshold_trades_precision_for_recall_as_measured():
    # The numbers of the module docstring: the threshold is where the trade was chosen.
    low_precision, low_recall, _, _ = measure(80.0)
    precision, recall, _, _ = measure()
    assert low_recall > recall and low_precision < precision < 0.95
    assert low_precision < PRECISION_FLOOR


@pytest.mark.parametrize("a, b", [
    ("L’ouverture des données", "l'ouverture des donnees"),
    ("Données  ouvertes !", "données ouvertes"),
    ("MISE EN ŒUVRE", "mise en oeuvre"),
    ("d’abord", "D'ABORD"),
    ("Publier\u00a0: tout", "publier tout"),
])
def test_normalise_folds_case_accents_apostrophes_and_punctuation(a, b):
    assert normalise(a) == normalise(b)


def test_normalise_drops_french_elisions_and_keeps_words_whole():
    assert normalise("L’État et l'administration d’aujourd’hui") == (
        "etat et administration aujourd hui")
    assert normalise("Jusqu’où ? Qu’il vienne") == "ou il vienne"
    assert normalise("  —  ") == ""


def test_identical_normalised_texts_are_always_grouped_even_below_any_threshold():
    items = [("u2", 15, "commitments", "Ouvrir les données."),
             ("u1", 15, "commitments", "ouvrir les DONNÉES"),
             ("u3", 15, "commitments", "Ouvrir les données !")]
    assert propose_groups(items, threshold=100.0) == [
        Group(15, "commitments", ("u1", "u2", "u3"), 100.0, True)]


def test_texts_of_only_punctuation_are_grouped_with_their_identical_ones_only():
    items = [("a", 4, "challenges", "?"), ("b", 4, "challenges", "!"),
             ("c", 4, "challenges", "Et ?"), ("d", 4, "challenges", "Publier tout")]
    groups = propose_groups(items)
    assert [g.uuids for g in groups] == [("a", "b")]


def test_different_engagements_or_questions_are_never_grouped():
    text = "Publier le code source du calculateur des impôts"
    items = [("a", 15, "commitments", text), ("b", 16, "commitments", text),
             ("c", 15, "indicators", text), ("d", 16, "commitments", text + ".")]
    assert [g.uuids for g in propose_groups(items)] == [("b", "d")]
    assert propose_groups(items[:3]) == []


def test_different_numbers_are_never_linked_and_digit_groups_are_one_number():
    assert similarity("Seuil de 25 000 € pour publier", "Seuil de 90 000 € pour publier") == 0
    assert similarity("Communes de moins de 3 500 habitants",
                      "Communes de moins de 3500 habitants") == 100


def test_grouping_is_transitive_and_the_score_is_the_weakest_members_best_link():
    a = "Publier le budget des communes"
    b = "Publier le budget des communes rurales"
    c = "Publier le budget détaillé des communes rurales"
    assert similarity(a, c) < THRESHOLD <= min(similarity(a, b), similarity(b, c))
    items = [("c", 17, "commitments", c), ("a", 17, "commitments", a),
             ("b", 17, "commitments", b)]
    (group,) = propose_groups(items)
    assert group.uuids == ("a", "b", "c") and not group.identical
    assert group.score == round(min(similarity(a, b), similarity(b, c)), 1)


def test_groups_are_sorted_and_contributions_accepted_as_dataclasses():
    items = [Contribution("z", 21, "inspirations", "Hackathons"),
             Contribution("y", 21, "inspirations", "hackathons"),
             Contribution("x", 4, "inspirations", "Évaluer"),
             Contribution("w", 4, "inspirations", "evaluer")]
    assert [(g.engagement_number, g.uuids) for g in propose_groups(items)] == [
        (4, ("w", "x")), (21, ("y", "z"))]


def test_a_contribution_given_twice_is_refused():
    with pytest.raises(ValueError, match="u1"):
        propose_groups([("u1", 1, "indicators", "a"), ("u1", 1, "indicators", "b")])


def _workshop(seed: int) -> list[tuple[str, int, str, str]]:
    """Contributions from the sample, scattered over two engagements and two questions."""
    rng = random.Random(seed)
    items = []
    for n, pair in enumerate(_pairs()[::3]):
        place = (rng.choice((15, 16)), rng.choice(("indicators", "commitments")))
        items.append((f"{n:03d}a", *place, pair["a"]))
        items.append((f"{n:03d}b", *place, pair["b"]))
    return items


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 3), order=st.randoms(use_true_random=False))
def test_the_groups_do_not_depend_on_the_order_of_the_contributions(seed, order):
    items = _workshop(seed)
    expected = propose_groups(sorted(items))
    shuffled = list(items)
    order.shuffle(shuffled)
    assert propose_groups(shuffled) == expected
    assert propose_groups(reversed(shuffled)) == expected
    assert any(len(g.uuids) > 2 or not g.identical for g in expected)


def _every_pair(items) -> set[tuple[str, ...]]:
    """The groups by comparing every pair with ``similarity``: what the prefilter must keep."""
    parent = {u: u for u, *_ in items}

    def find(u):
        while parent[u] != u:
            u = parent[u]
        return u

    for n, (u, e, q, t) in enumerate(items):
        for v, f, r, s in items[n + 1:]:
            same_text = normalise(t) == normalise(s)
            if (e, q) == (f, r) and (same_text or similarity(t, s) >= THRESHOLD):
                parent[max(find(u), find(v))] = min(find(u), find(v))
    groups: dict[str, list[str]] = {}
    for u in parent:
        groups.setdefault(find(u), []).append(u)
    return {tuple(sorted(g)) for g in groups.values() if len(g) > 1}


@pytest.mark.parametrize("seed", [0, 1])
def test_the_length_prefilter_loses_no_link_that_every_pair_compared_would_find(seed):
    items = _workshop(seed)
    assert {g.uuids for g in propose_groups(items)} == _every_pair(items)
