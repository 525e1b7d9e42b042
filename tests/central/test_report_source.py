"""The central store read by the report: what the organiser merged is what the report shows."""

from __future__ import annotations

import csv
import subprocess

from openpyxl import load_workbook

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.report_source import CentralReportSource
from facilitator_app.domain import QUESTION_KEYS
from tests.conftest import PYTHON, child_env
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle


def _merged(central, bundles_dir):
    write_bundle(bundles_dir, "a", [c(1, 1, "=SUM(A1)"), c(2, question="challenges"),
                                    c(3, 2, "version A", starred=True), c(4, deleted=True)])
    write_bundle(bundles_dir, "b", [c(3, 2, "version B"), c(5, starred=True)])
    merge_paths(central, [bundles_dir])
    return CentralReportSource(central)


def test_the_source_gives_exactly_the_live_contributions_in_report_order(central, bundles_dir):
    source = _merged(central, bundles_dir)
    streamed = list(source.contributions())
    assert sorted(r.uuid[-2:] for r in streamed) == ["01", "02", "03", "05"]  # 04 is deleted
    order = [(r.engagement_number, QUESTION_KEYS.index(r.question_key), not r.starred,
              r.position) for r in streamed]
    assert order == sorted(order)
    assert sum(source.counts().values()) == len(streamed)
    [atelier] = source.ateliers()
    assert (atelier.number, atelier.participant_count) == (3, 20)
    assert [s.file_name for s in source.sources()] == ["a.fabundle", "b.fabundle"]
    assert [(b.contributions, b.deleted) for b in source.sources()] == [(3, 1), (2, 0)]
    assert sum(b.cited for b in source.sources()) == len(streamed)
    [conflict] = source.conflicts()
    assert {conflict.current_text, conflict.incoming_text} == {"version A", "version B"}


def test_versions_kept_side_by_side_are_both_reported(central, bundles_dir):
    source = _merged(central, bundles_dir)
    [conflict] = central.conflicts()
    central.resolve(conflict.contribution_uuid, "both")
    source = CentralReportSource(central)
    texts = [r.text for r in source.contributions()]
    assert "version A" in texts and "version B" in texts
    assert source.conflicts() == ()
    assert sum(source.counts().values()) == len(texts) == 5


def test_the_report_command_writes_the_workbook_and_csv_of_the_store(tmp_path, bundles_dir):
    store = tmp_path / "central.sqlite"
    write_bundle(bundles_dir, "a", [c(1, 1, "=SUM(A1)"), c(2, 1, "Données ouvertes 📊")])
    env = child_env()
    run = [PYTHON, "-m", "facilitator_app"]
    assert subprocess.run([*run, "merge", str(bundles_dir), "--into", str(store)],
                          env=env, capture_output=True, timeout=120).returncode == 0
    result = subprocess.run([*run, "report", "--from", str(store), "--xlsx",
                             str(tmp_path / "r.xlsx"), "--csv", str(tmp_path / "r.csv"),
                             "--markdown", str(tmp_path / "pages"), "--lang", "en"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "2 contributions in the report." in result.stdout
    workbook = load_workbook(tmp_path / "r.xlsx")
    cells = [cell.value for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert "=SUM(A1)" in cells and "Données ouvertes 📊" in cells
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 3
    assert any(p.name.startswith("engagement-") for p in (tmp_path / "pages").iterdir())
    missing = subprocess.run([*run, "report", "--from", str(tmp_path / "none.sqlite"),
                              "--xlsx", str(tmp_path / "x.xlsx")], env=env,
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode != 0 and "Traceback" not in missing.stderr


def test_two_versions_of_a_catalogue_give_one_atelier_with_the_newest_title(central,
                                                                            bundles_dir):
    """One laptop was prepared with the catalogue as first published, another with a corrected
    version ("10" comes after "9"): the atelier is reported once, under the corrected title,
    with both laptops' facilitators and contributions, the larger participant count (the same
    atelier, counted twice), in one event."""
    from dataclasses import replace

    from tests.support.merging import CATALOGUE, RUN

    def edition(version: str, title: str):
        ateliers = tuple(replace(a, title=title) if a.number == RUN.atelier_number else a
                         for a in CATALOGUE.ateliers)
        return replace(CATALOGUE, version=version, ateliers=ateliers)

    write_bundle(bundles_dir, "corrigé", [c(1)], catalogue=edition("10", "Titre corrigé"),
                 run_uuid="20000000-0000-4000-8000-000000000002", facilitators=("Awa",),
                 participants=12)
    write_bundle(bundles_dir, "premier", [c(2)], catalogue=edition("9", "Titre avec coquille"),
                 facilitators=("Simon",), participants=8)
    merge_paths(central, [bundles_dir])
    source = CentralReportSource(central)
    [event] = source.events()
    assert (event.catalogue_id, event.catalogue_version) == (CATALOGUE.id, "10")
    [atelier] = source.ateliers()
    assert (atelier.number, atelier.title) == (RUN.atelier_number, "Titre corrigé")
    assert set(atelier.facilitators) == {"Awa", "Simon"} and atelier.participant_count == 12
    streamed = list(source.contributions())
    assert sorted(r.uuid[-2:] for r in streamed) == ["01", "02"]
    assert {r.event_id for r in streamed} == {CATALOGUE.id}


def test_a_catalogue_version_with_other_digits_does_not_break_the_report(central, bundles_dir):
    """Versions are ordered by their ASCII numbers; "²" or "①" are text (int() refuses them)."""
    from dataclasses import replace

    from tests.support.merging import CATALOGUE

    for n, (name, version) in enumerate((("exposant", "2²"), ("cercle", "①"), ("dix", "10"))):
        write_bundle(bundles_dir, name, [c(n + 1)], catalogue=replace(CATALOGUE, version=version),
                     run_uuid=f"30000000-0000-4000-8000-{n:012d}")
    assert [o.verdict for o in merge_paths(central, [bundles_dir]).outcomes] == ["merged"] * 3
    source = CentralReportSource(central)
    [event] = source.events()
    assert event.catalogue_version == "①"  # text after numbers: the last of "2²", "10", "①"
    assert len(source.ateliers()) == 1 and len(list(source.contributions())) == 3
