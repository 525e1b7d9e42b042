"""A run belongs to the key that signs it (``docs/merge.md``, rule 11): a bundle of another key
reusing a run's UUID and its contributions' UUIDs, at higher revisions, never replaces them
silently, in whatever order the bundles are merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.report_source import CentralReportSource
from facilitator_app.central.store import CentralStore
from facilitator_app.cli import main
from facilitator_app.report import write_report
from tests.support.bundles import OTHER_KEY, TEST_KEY
from tests.support.merging import ENGAGEMENTS, contribution, write_bundle
from tests.support.outputs import differences, report_outputs

OWN = "Contribution {n}, révision 1"
FORGED = "Texte falsifié {n}"


@pytest.fixture
def pair(bundles_dir) -> tuple[Path, Path]:
    """The facilitator's bundle, and a forger's copy of its run signed by another key."""
    own = write_bundle(bundles_dir, "own", [contribution(n) for n in range(1, 5)])
    forged = write_bundle(bundles_dir, "forged", [
        contribution(n, 2, FORGED.format(n=n)) for n in range(1, 5)],
        key=OTHER_KEY, facilitators=("Mallory",), participants=99,
        notes={ENGAGEMENTS[0]: "Note falsifiée"})
    return own, forged


def _csv(store_url: str) -> str:
    return report_outputs(store_url)["report.csv"].decode("utf-8")


def _sources(outputs: dict) -> list:
    return next(rows for name, rows in outputs.items() if name.startswith("sheet Sources"))


def _texts(store_url: str) -> tuple[set[str], set[str]]:
    text = _csv(store_url)
    return ({n for n in range(1, 5) if OWN.format(n=n) in text},
            {n for n in range(1, 5) if FORGED.format(n=n) in text})


@pytest.fixture
def second_url(central_url, request, tmp_path):
    """Another empty store on the same database as ``central_url``."""
    if central_url.endswith(".sqlite"):
        return str(tmp_path / "second.sqlite")
    return request.getfixturevalue("postgres_server").new_database()


def test_the_forgers_copy_first_or_last_gives_the_same_report(central_url, second_url, pair):
    own, forged = pair
    for url, order in ((central_url, [own, forged]), (second_url, [forged, own])):
        with CentralStore(url) as store:
            for path in order:
                merge_paths(store, [path])
    first, last = report_outputs(central_url), report_outputs(second_url)
    assert first == last, differences(first, last)
    assert _texts(central_url) == (set(), set())  # no key trusted: held back


def test_the_trusted_key_wins_whatever_the_order(central_url, second_url, pair):
    own, forged = pair
    for url, order in ((central_url, [own, forged]), (second_url, [forged, own])):
        with CentralStore(url) as store:
            store.trust_key(TEST_KEY.fingerprint, ["Anne Dupont"])
            for path in order:
                merge_paths(store, [path])
        assert _texts(url) == ({1, 2, 3, 4}, set())
        sources = _sources(report_outputs(url))
        forged_row = next(r for r in sources if r[0] == "forged.fabundle")
        assert "revendiqué par une autre clé" in forged_row[7]
        assert forged_row[11] == 0  # cited by no row
        own_row = next(r for r in sources if r[0] == "own.fabundle")
        assert own_row[11] == 4 and own_row[3] == 20  # its participants, not the forger's
    outputs = report_outputs(central_url)
    assert outputs == report_outputs(second_url)
    assert "Note falsifiée" not in repr(outputs) and "Mallory" not in repr(outputs[
        "report.csv"].decode("utf-8"))


def test_two_untrusted_keys_are_held_back_and_listed(central, central_url, pair, capsys):
    report = merge_paths(central, list(pair))
    assert report.outcomes[1].claim is not None
    assert TEST_KEY.fingerprint in report.outcomes[1].claim.render("en")
    assert "held back until one key is trusted" in report.outcomes[1].claim.render("en")
    assert _texts(central_url) == (set(), set())
    sources = _sources(report_outputs(central_url))
    assert all("revendiqué par une autre clé" in r[7] for r in sources[1:])
    assert main(["--lang", "en", "claims", "--in", central_url]) == 0
    out = capsys.readouterr().out
    assert "held back" in out
    assert TEST_KEY.fingerprint in out and OTHER_KEY.fingerprint in out
    assert "--trust FINGERPRINT" in out


def test_trusting_a_key_later_changes_the_report(central, central_url, pair, capsys):
    merge_paths(central, list(pair))
    assert _texts(central_url) == (set(), set())
    central.trust_key(OTHER_KEY.fingerprint, ["Mallory"])  # the organiser's choice
    assert _texts(central_url) == (set(), {1, 2, 3, 4})
    central.trust_key(TEST_KEY.fingerprint, ["Anne Dupont"])  # two trusted: held back again
    assert _texts(central_url) == (set(), set())


def test_the_merge_command_names_the_claim(central_url, pair, capsys):
    own, forged = pair
    assert main(["--lang", "en", "merge", str(own), "--into", central_url]) == 0
    assert "CLAIMED" not in capsys.readouterr().out
    assert main(["--lang", "en", "merge", str(forged), "--into", central_url]) == 0
    out = capsys.readouterr().out
    assert "CLAIMED" in out and TEST_KEY.fingerprint in out
    assert "held back until one key is trusted" in out


def test_the_open_data_package_holds_only_the_trusted_keys_versions(central, pair, tmp_path):
    central.trust_key(TEST_KEY.fingerprint, ["Anne Dupont"])
    merge_paths(central, list(reversed(pair)))
    folder = tmp_path / "donnees"
    write_report(CentralReportSource(central), open_data=folder)
    contributions = (folder / "contributions.csv").read_text(encoding="utf-8")
    assert all(OWN.format(n=n) in contributions for n in range(1, 5))
    assert "falsifié" not in contributions
    assert "Note falsifiée" not in (folder / "notes.csv").read_text(encoding="utf-8")
