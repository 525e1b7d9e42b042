"""The report is a function of the set of bundles merged and of the organisers' decisions:
never of the order in which they were merged, of repeats, or of concurrent merges."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import CentralStore
from tests.support.bundles import OTHER_KEY
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle
from tests.support.outputs import differences, report_outputs

SECOND_RUN = "6e2a9b1f-8d4c-4f3b-9a72-3c0e1d5f8b46"


def _later(contribution, minutes: int = 60):
    """The same version (same content, same revision) with other times: a laptop that
    exported it again after its clock moved on."""
    return replace(contribution, created_at=contribution.created_at + timedelta(minutes=minutes),
                   updated_at=contribution.updated_at + timedelta(minutes=minutes))


def two_laptops(folder: Path) -> list[Path]:
    """Laptop 1 exports atelier 3, then (later) a corrected bundle; laptop 2 captures the same
    atelier (its own run, its own key, the same facilitators) and exports after both; a copy
    brings a conflict."""
    folder.mkdir(parents=True, exist_ok=True)
    return [
        write_bundle(folder, "laptop1", [c(1), c(2), c(3), c(4)], participants=21),
        write_bundle(folder, "laptop1-corrected",
                     [_later(c(1)), c(2, 2, "corrigée"), _later(c(3)), c(4)],
                     participants=21, run_revision=2),
        write_bundle(folder, "laptop2", [_later(c(11), 70), _later(c(12, starred=True), 70)],
                     key=OTHER_KEY,
                     run_uuid=SECOND_RUN, participants=19),
        write_bundle(folder, "copy", [c(4, 1, "une autre version")], participants=21),
    ]


def _merged_outputs(url: str, paths: list[Path]) -> dict:
    with CentralStore(url) as store:
        for path in paths:
            merge_paths(store, [path])
    return report_outputs(url)


def test_two_orders_give_the_same_outputs(central_url, tmp_path):
    paths = two_laptops(tmp_path / "bundles")
    forward = _merged_outputs(central_url, paths)
    other = str(tmp_path / "other.sqlite")
    backward = _merged_outputs(other, list(reversed(paths)) + paths[:2])
    assert not differences(forward, backward), "\n".join(differences(forward, backward))


def test_a_facilitators_own_corrected_bundle_is_never_flagged_whatever_the_order(tmp_path):
    """A second laptop naming the same facilitator is flagged, in every order; the first
    laptop's bundles are a new key, then a key already seen."""
    from facilitator_app.central.report_source import CentralReportSource

    paths = two_laptops(tmp_path / "bundles")[:3]
    found = []
    for n, order in enumerate((paths, paths[::-1], [paths[2], paths[1], paths[0]])):
        with CentralStore(tmp_path / f"store-{n}.sqlite") as store:
            merge_paths(store, order)
            found.append({b.file_name: b.trust for b in CentralReportSource(store).sources()})
    assert found[0] == {"laptop1.fabundle": "new", "laptop1-corrected.fabundle": "recorded",
                        "laptop2.fabundle": "flagged"}
    assert found[1] == found[0] and found[2] == found[0]


def test_a_key_an_organiser_trusts_owns_the_names_it_carries(tmp_path):
    """Trusting the second laptop's key (an organiser's decision) makes the first laptop's
    bundles the ones to check, in every order."""
    from facilitator_app.central.report_source import CentralReportSource

    paths = two_laptops(tmp_path / "bundles")[:3]
    found = []
    for n, order in enumerate((paths, paths[::-1])):
        with CentralStore(tmp_path / f"store-{n}.sqlite") as store:
            store.trust_key(OTHER_KEY.fingerprint, [])
            merge_paths(store, order)
            found.append({b.file_name: b.trust for b in CentralReportSource(store).sources()})
    assert found[0] == found[1] == {"laptop1.fabundle": "flagged",
                                    "laptop1-corrected.fabundle": "flagged",
                                    "laptop2.fabundle": "trusted"}


def test_two_laptops_runs_of_one_atelier_report_one_participant_count(central, tmp_path):
    """Atelier 3 captured on two laptops (21 and 19 participants counted): one atelier held,
    21 participants in the summary and the Markdown pages, not 40; both runs in the sources."""
    paths = two_laptops(tmp_path / "bundles")
    merge_paths(central, [paths[0], paths[2]])
    outputs = report_outputs(central.url)
    summary = outputs["sheet Synthèse"]
    ateliers = [row for row in summary if row[0] == 3 and isinstance(row[1], str)
                and row[1].startswith("Ouverture")]
    assert [row[2] for row in ateliers] == [21]
    [event] = [row for row in summary if isinstance(row[1], str)
               and row[1].startswith("Ministère ouvert #1")]
    assert event[2:4] == (1, 21)
    produced = next(r[1] for r in summary if r[1] and str(r[1]).startswith("Produit le"))
    assert "ateliers\u00a0: 1\u00a0; participants\u00a0: 21\u00a0;" in produced
    pages = [v.decode() for k, v in outputs.items() if k.startswith("pages/")]
    lines = {line for page in pages for line in page.splitlines() if "participants_" in line}
    assert lines and all(line.endswith("21 participants_  ") for line in lines), lines
    sources = outputs["sheet Sources"]
    assert sorted(row[3] for row in sources[1:]) == [19, 21]
