"""Word-level differences between two versions of a contribution."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator_app.textdiff import changed_spans


def marked(text: str, other: str) -> list[str]:
    return [text[a:b] for a, b in changed_spans(text, other)]


def test_identical_texts_have_no_difference():
    assert changed_spans("Publier les données", "Publier les données") == []


def test_a_replaced_word_is_marked_on_both_sides():
    a, b = "Publier les données des marchés", "Publier les budgets des marchés"
    assert marked(a, b) == ["données"]
    assert marked(b, a) == ["budgets"]


def test_an_addition_is_marked_only_where_it_is():
    a, b = "Ouvrir le code source", "Ouvrir le code source et les algorithmes"
    assert marked(a, b) == []
    assert marked(b, a) == ["et les algorithmes"], "the mark starts and ends on a word"


def test_accents_punctuation_and_emoji_are_words_or_signs():
    assert marked("Défi : la qualité 👍", "Défi ; la qualite 👍") == [":", "qualité"]


@given(st.text(max_size=200), st.text(max_size=200))
def test_spans_are_ordered_disjoint_and_inside_the_text(a, b):
    spans = changed_spans(a, b)
    end = -1
    for start, stop in spans:
        assert end < start < stop <= len(a)
        end = stop
    if a == b:
        assert spans == []


def test_texts_too_long_to_compare_quickly_are_not_marked():
    from facilitator_app.textdiff import MAX_TOKENS

    long = " ".join(f"mot{i}" for i in range(MAX_TOKENS))
    assert changed_spans(long, "autre chose") == []
    assert changed_spans("autre chose", long) == []
