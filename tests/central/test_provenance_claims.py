"""Claims read the provenance of versions (``docs/merge.md``, rules 11 and 12): a forger's exact
copy of a trusted facilitator's bundle, with earlier times and its own key, takes no credit
for the versions it copied; the notes of a disputed run are those of its trusted key; reusing
a run's contribution UUIDs under another run UUID is a claim on that run."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from facilitator_app.bundle.writer import build_bundle
from facilitator_app.central.claims import read_claims
from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import CentralStore
from facilitator_app.domain import EngagementNotes
from tests.support.bundles import INSTALLATION, OTHER_KEY, T0, TEST_KEY
from tests.support.merging import CATALOGUE, ENGAGEMENTS, RUN, contribution, write_bundle
from tests.support.outputs import differences, report_outputs

NOTE = "Note de la révision 2"
OTHER_RUN = "30000000-0000-4000-8000-000000000003"
DAY = timedelta(days=1)


def _copy(contributions, *, run_uuid: str = RUN.uuid, facilitators=None,
          notes: dict[int, str] | None = None, earlier: timedelta = DAY) -> bytes:
    """Another key's bundle of the same content (run, contributions, notes), every time moved
    ``earlier``: its ``created_at`` comes before the copied bundle's."""
    run = replace(RUN, uuid=run_uuid, revision=2, participant_count=20,
                  facilitators=facilitators or RUN.facilitators,
                  started_at=RUN.started_at - earlier, created_at=RUN.created_at - earlier,
                  updated_at=RUN.updated_at - earlier,
                  ended_at=RUN.ended_at - earlier if RUN.ended_at else None)
    copied = [replace(c, run_uuid=run_uuid, created_at=c.created_at - earlier,
                      updated_at=c.updated_at - earlier) for c in contributions]
    kept = [EngagementNotes(run_uuid, number, text, T0 + timedelta(minutes=40) - earlier, 1)
            for number, text in (notes or {}).items()]
    return build_bundle(run, CATALOGUE, copied, kept, INSTALLATION, OTHER_KEY)


@pytest.fixture
def bundles(bundles_dir) -> dict[str, Path]:
    """The trusted facilitator's two bundles (revision 1, then 2 with a note) and the forger's
    exact copy of the second, earlier than both."""
    second = [contribution(n, 2) for n in range(1, 5)]
    found = {
        "own1": write_bundle(bundles_dir, "own1", [contribution(n) for n in range(1, 5)]),
        "own2": write_bundle(bundles_dir, "own2", second, run_revision=2,
                             notes={ENGAGEMENTS[0]: NOTE}),
        "forged": bundles_dir / "forged.fabundle"}
    found["forged"].write_bytes(_copy(second, notes={ENGAGEMENTS[0]: NOTE}))
    return found


@pytest.fixture
def second_url(central_url, request, tmp_path):
    if central_url.endswith(".sqlite"):
        return str(tmp_path / "second.sqlite")
    return request.getfixturevalue("postgres_server").new_database()


def _merged(url: str, paths, trusted=(TEST_KEY,)):
    with CentralStore(url) as store:
        for key in trusted:
            store.trust_key(key.fingerprint, ["Anne Dupont"])
        return [merge_paths(store, [path]).outcomes[0] for path in paths]


def _sources(outputs: dict) -> dict[str, tuple]:
    rows = next(rows for name, rows in outputs.items() if name.startswith("sheet Sources"))
    return {r[0]: r for r in rows[1:]}


def test_an_earlier_exact_copy_hides_nothing_of_the_trusted_key(central_url, second_url,
                                                                 bundles, tmp_path):
    own1, own2, forged = bundles["own1"], bundles["own2"], bundles["forged"]
    _merged(central_url, [own1, own2, forged])
    outcomes = _merged(second_url, [forged, own2, own1])
    assert outcomes[0].claim is None and outcomes[1].claim is not None
    first, last = report_outputs(central_url), report_outputs(second_url)
    assert first == last, differences(first, last)
    reference = str(tmp_path / "without-forger.sqlite")
    _merged(reference, [own1, own2])
    alone = report_outputs(reference)
    # Every contribution at its latest revision, from the trusted key's bundle, with its times:
    # the CSV is the one the trusted key's bundles alone give.
    assert first["report.csv"] == alone["report.csv"]
    text = first["report.csv"].decode("utf-8")
    assert all(f"Contribution {n}, révision 2" in text for n in range(1, 5))
    assert "révision 1" not in text
    sources = _sources(first)
    assert sources["own2.fabundle"][11] == 4 and sources["forged.fabundle"][11] == 0
    assert "revendiqué par une autre clé" in sources["forged.fabundle"][7]
    # The disputed run's note, carried by the trusted key's bundle, is shown.
    pages = b"".join(v for k, v in first.items() if k.startswith("pages/")).decode("utf-8")
    assert NOTE in pages and NOTE in repr(first)
    assert [k for k in first if k.startswith("pages/")] == [k for k in alone
                                                           if k.startswith("pages/")]


def test_held_back_while_no_key_is_trusted_shows_no_note(central_url, bundles):
    _merged(central_url, [bundles["forged"], bundles["own2"]], trusted=())
    outputs = report_outputs(central_url)
    assert "révision 2" not in outputs["report.csv"].decode("utf-8")
    assert NOTE not in repr(outputs)


def test_the_forgers_own_note_is_not_shown(central_url, bundles_dir):
    second = [contribution(n, 2) for n in range(1, 5)]
    own = write_bundle(bundles_dir, "own", second, run_revision=2,
                       notes={ENGAGEMENTS[0]: NOTE})
    forged = bundles_dir / "forged.fabundle"
    forged.write_bytes(_copy(second, notes={ENGAGEMENTS[0]: "Note falsifiée",
                                            ENGAGEMENTS[1]: "Autre note falsifiée"}))
    _merged(central_url, [forged, own])
    outputs = repr(report_outputs(central_url))
    assert NOTE in outputs and "falsifiée" not in outputs


@pytest.fixture
def moved(bundles_dir) -> tuple[Path, Path]:
    """The facilitator's bundle, and a forger's bundle reusing its contributions' UUIDs, at a
    higher revision with other texts, under another run UUID and another name."""
    own = write_bundle(bundles_dir, "own", [contribution(n) for n in range(1, 5)])
    forged = bundles_dir / "moved.fabundle"
    forged.write_bytes(_copy([contribution(n, 3, f"Texte déplacé {n}") for n in range(1, 5)],
                             run_uuid=OTHER_RUN, facilitators=("Mallory",)))
    return own, forged


def test_reused_contribution_uuids_under_another_run_are_a_claim(central_url, second_url,
                                                                  moved):
    own, forged = moved
    outcomes = _merged(central_url, [own, forged], trusted=())
    assert outcomes[1].claim is not None
    assert "held back until one key is trusted" in outcomes[1].claim.render("en")
    with CentralStore(central_url, create=False) as store:
        claims = store.read(read_claims)
    assert [c.runs for c in claims.values()] == [tuple(sorted((RUN.uuid, OTHER_RUN)))]
    assert [c.winner for c in claims.values()] == [None]
    text = report_outputs(central_url)["report.csv"].decode("utf-8")
    assert "déplacé" not in text and "Contribution 1" not in text  # held back


def test_reused_contribution_uuids_the_trusted_run_wins_whatever_the_order(
        central_url, second_url, moved):
    own, forged = moved
    _merged(central_url, [own, forged])
    _merged(second_url, [forged, own])
    first, last = report_outputs(central_url), report_outputs(second_url)
    assert first == last, differences(first, last)
    text = first["report.csv"].decode("utf-8")
    assert all(f"Contribution {n}, révision 1" in text for n in range(1, 5))
    assert "déplacé" not in text and "Mallory" not in text
    with CentralStore(central_url, create=False) as store:
        claims = store.read(read_claims)
    assert list(claims) == [RUN.uuid]  # a claim on the trusted key's run
    assert claims[RUN.uuid].winner == TEST_KEY.fingerprint
