"""``facilitator-app conflicts``: a conflict named by any unique start of its UUID, a start that
names none or several refused (the store unchanged), and each conflict listed with its event,
atelier, engagement and question; on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import CentralStore
from facilitator_app.cli import main
from tests.support.merging import CATALOGUE, RUN, contribution, write_bundle

# contributions 1 and 12 share their UUID's first 35 characters; 300 differs from the 34th on
FIRST, TWELFTH, THIRD = (contribution(n).uuid for n in (1, 12, 300))


@pytest.fixture
def store_url(central_url, bundles_dir) -> str:
    """A store with three open conflicts: contributions 1, 12 and 300, two versions each."""
    numbers = (1, 12, 300)
    write_bundle(bundles_dir, "a", [contribution(n, 2, f"version A de {n}") for n in numbers])
    write_bundle(bundles_dir, "b", [contribution(n, 2, f"version B de {n}") for n in numbers])
    with CentralStore(central_url) as store:
        merge_paths(store, [bundles_dir])
        assert len(store.conflicts()) == 3
    return central_url


def _run(capsys, *args: str, lang: str = "fr") -> tuple[int, str, str]:
    status = main(["--lang", lang, "conflicts", *args])
    out, err = capsys.readouterr()
    return status, out, err


def _hash_of(store_url: str, uuid: str, text: str) -> str:
    with CentralStore(store_url, create=False) as store:
        conflict = next(c for c in store.conflicts() if c.contribution_uuid == uuid)
    return next(v.content_hash for v in conflict.versions if v.text == text)


def _snapshot(store_url: str) -> dict:
    with CentralStore(store_url, create=False) as store:
        return store.snapshot()


def test_a_unique_start_of_the_uuid_resolves_its_conflict(store_url, capsys):
    keep = _hash_of(store_url, THIRD, "version B de 300")[:8]
    prefix = THIRD[:-2].upper()  # "…0000000003" names contribution 300 only; any case
    status, out, err = _run(capsys, "--in", store_url, "--resolve", prefix, "--keep", keep)
    assert status == 0, err
    assert out == f"Conflit de la contribution {THIRD} résolu.\n"
    with CentralStore(store_url, create=False) as store:
        left = {c.contribution_uuid for c in store.conflicts()}
        kept = next(c for c in store.current() if c["uuid"] == THIRD)
    assert left == {FIRST, TWELFTH} and kept["text"] == "version B de 300"
    # the whole UUID of contribution 1 is also the start of no other: it names it alone
    status, out, err = _run(capsys, "--in", store_url, "--resolve", FIRST, "--keep", "both",
                            lang="en")
    assert status == 0, err
    assert out == f"Conflict of contribution {FIRST} resolved.\n"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_ambiguous_start_is_refused_naming_the_candidates(store_url, capsys, lang):
    before = _snapshot(store_url)
    shared = FIRST[:-2]  # the start of contributions 1 and 12, not of 300
    status, out, err = _run(capsys, "--in", store_url, "--resolve", shared, "--keep", "both",
                            lang=lang)
    assert status == 1 and out == ""
    expected = {
        "fr": f"« {shared} » est le début de l’identifiant de 2 conflits ouverts "
              f"({FIRST}, {TWELFTH})\u00a0: rien n’est résolu.",
        "en": f"'{shared}' starts the id of 2 open conflicts ({FIRST}, {TWELFTH}): nothing was "
              "resolved.",
    }[lang].replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    assert expected in err, err
    assert _snapshot(store_url) == before


@pytest.mark.parametrize("prefix", ["2aa78e9a", "zz", " "])
def test_an_unknown_start_is_refused_and_changes_nothing(store_url, capsys, prefix):
    before = _snapshot(store_url)
    status, out, err = _run(capsys, "--in", store_url, "--resolve", prefix, "--keep", "both")
    assert status == 1 and out == ""
    assert f"Aucun conflit ouvert n’a d’identifiant commençant par «\u00a0{prefix.strip()}" \
           f"\u00a0»\u00a0: rien n’est résolu." in err, err
    assert _snapshot(store_url) == before
    status, _, err = _run(capsys, "--in", store_url, "--resolve", prefix, "--keep", "both",
                          lang="en")
    assert status == 1 and f"No open conflict has an id starting with '{prefix.strip()}'" in err


def test_a_resolved_conflict_is_no_longer_named_by_its_start(store_url, capsys):
    assert _run(capsys, "--in", store_url, "--resolve", THIRD, "--keep", "both")[0] == 0
    status, _, err = _run(capsys, "--in", store_url, "--resolve", THIRD[:-2], "--keep", "both")
    assert status == 1 and "Aucun conflit ouvert" in err


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_listing_says_event_atelier_engagement_and_question(store_url, capsys, lang):
    status, out, _ = _run(capsys, "--in", store_url, lang=lang)
    assert status == 0
    atelier = CATALOGUE.atelier(RUN.atelier_number)
    engagement = CATALOGUE.engagement(contribution(300).engagement_number)
    question = {"fr": "Quels indicateurs pour mesurer l’impact des actions entreprises\u00a0?",
                "en": "Which indicators would measure the impact of the actions taken?"}[lang]
    quote = {"fr": ("«\u00a0", "\u00a0»"), "en": ("'", "'")}[lang]
    place = (f"  {CATALOGUE.event.title} ({CATALOGUE.event.date.isoformat()}) · atelier "
             f"{atelier.number} {quote[0]}{atelier.title}{quote[1]} · engagement "
             f"{engagement.number} {quote[0]}{engagement.title}{quote[1]} · {question}")
    lines = out.splitlines()
    header = {"fr": f"Contribution {THIRD} (révision 2)\u00a0:",
              "en": f"Contribution {THIRD} (revision 2):"}[lang]
    at = lines.index(header)
    assert lines[at + 1] == place
    versions = sorted(line.split("  ")[2] for line in lines[at + 2:at + 4])
    assert versions == ["a.fabundle: version A de 300", "b.fabundle: version B de 300"]
    assert lines[-1] == {"fr": "3 conflits non résolus.", "en": "3 unresolved conflicts."}[lang]
