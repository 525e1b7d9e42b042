"""Facilitators' names are compared without case, accents or extra spaces, in every script:
a name in Cyrillic, Chinese or Arabic is not taken for another."""

from __future__ import annotations

import pytest

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import name_key
from tests.support.bundles import OTHER_KEY
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle


@pytest.mark.parametrize("name, key", [
    ("Ольга Петрова", "ольга петрова"),
    ("李雷", "李雷"),
    ("محمد", "محمد"),
    ("  Élodie   DUPRÉ ", "elodie dupre"),
    ("Ｐａｕｌ", "paul"),  # full-width letters are the same letters
    ("Йосиф", "иосиф"),  # й is и with a breve: the mark goes, as for Latin accents
    ("\u0301", ""),  # nothing but a mark: no name
])
def test_the_key_keeps_the_letters_of_every_script(name, key):
    assert name_key(name) == key


def test_different_names_in_other_scripts_are_different():
    names = ["Ольга Петрова", "Мария Иванова", "李雷", "韩梅梅", "محمد", "فاطمة"]
    assert len({name_key(n) for n in names}) == len(names)


def _second(central, bundles_dir, first: tuple[str, ...], second: tuple[str, ...]):
    merge_paths(central, [write_bundle(bundles_dir, "a", [c(1)], facilitators=first)])
    return merge_paths(central, [write_bundle(bundles_dir, "b", [c(2)], key=OTHER_KEY,
                                              facilitators=second)]).outcomes[0]


def test_two_facilitators_with_non_latin_names_are_not_flagged(central, bundles_dir):
    outcome = _second(central, bundles_dir, ("Ольга Петрова",), ("李雷",))
    assert (outcome.verdict, outcome.trust, outcome.trust_note) == ("merged", "new", None)


def test_the_same_non_latin_name_on_another_key_is_flagged(central, bundles_dir):
    outcome = _second(central, bundles_dir, ("Ольга Петрова", "Anne"), ("ОЛЬГА  петрова",))
    assert outcome.trust == "flagged"
    assert "ОЛЬГА  петрова" in outcome.trust_note.render() and "Anne" not in \
        outcome.trust_note.render()


def test_names_without_letters_match_no_one(central, bundles_dir):
    outcome = _second(central, bundles_dir, ("\u0301",), ("\u0300",))
    assert outcome.trust == "new" and outcome.trust_note is None
