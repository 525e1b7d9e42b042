"""Every store that merges reports: bundles of several events, of several versions of a
catalogue, of copies of a catalogue edited by hand, even bundles of different ateliers that
share a run's UUID. The report works from what each bundle carried."""

from __future__ import annotations

import csv
import io
import subprocess
from dataclasses import replace
from pathlib import Path

from openpyxl import load_workbook

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.report_source import CentralReportSource
from tests.conftest import PYTHON, child_env
from tests.support.merging import CATALOGUE, RUN
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle
from tests.support.outputs import report_outputs

PAIR = Path(__file__).parents[1] / "data" / "two-catalogues"


def _csv_rows(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_the_two_catalogues_pair_merges_and_reports(tmp_path):
    """Two valid bundles captured with two catalogues (another event's, and the built-in one)
    that share a run's UUID: `report` wrote nothing and exited 8 ("engagement 11 is not in
    engagements()"). Each contribution is now reported in its own bundle's event and atelier."""
    store = tmp_path / "central.sqlite"
    run = [PYTHON, "-m", "facilitator_app"]
    merged = subprocess.run([*run, "merge", str(PAIR), "--into", str(store)], env=child_env(),
                            capture_output=True, text=True, timeout=120)
    assert merged.returncode == 0, merged.stderr
    out = tmp_path / "out"
    out.mkdir()
    result = subprocess.run([*run, "report", "--from", str(store), "--xlsx", str(out / "r.xlsx"),
                             "--csv", str(out / "r.csv"), "--markdown", str(out / "pages")],
                            env=child_env(), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    rows = _csv_rows((out / "r.csv").read_bytes())
    placed = {(r["event_id"], r["atelier_number"], r["engagement_number"], r["facilitators"])
              for r in rows}
    assert placed == {("peer-test-1", "1", "1", "Zoé Testeuse"),
                      ("peer-test-1", "1", "2", "Zoé Testeuse"),
                      ("ministere-ouvert-1", "3", "11", "Simon Chignard"),
                      ("ministere-ouvert-1", "3", "16", "Simon Chignard")}
    assert len(rows) == 8
    summary = load_workbook(out / "r.xlsx")["Synthèse"]
    events = [row for row in summary.iter_rows(values_only=True)
              if isinstance(row[1], str) and "\nCatalogue " in row[1]]
    assert [(row[1].split(" – ")[0], row[2], row[4]) for row in events] == [
        ("Ministère ouvert #1", 1, 4), ("Atelier de test pair à pair", 1, 4)]


LOCAL = replace(CATALOGUE, id="soiree-locale-1")  # a catalogue the application does not ship


def _edited(title: str):
    """That catalogue, same id and version, with atelier 3 retitled by hand. (A divergent copy
    of a catalogue the application ships is refused by the reader: rule catalogue-divergent.)"""
    ateliers = tuple(replace(a, title=title) if a.number == RUN.atelier_number else a
                     for a in LOCAL.ateliers)
    return replace(LOCAL, ateliers=ateliers)


def test_a_divergent_copy_of_a_catalogue_is_named_in_the_sources(central, bundles_dir):
    write_bundle(bundles_dir, "original", [c(1)], catalogue=LOCAL)
    write_bundle(bundles_dir, "copie", [c(2)], catalogue=_edited("Titre retouché à la main"),
                 run_uuid="20000000-0000-4000-8000-000000000002")
    write_bundle(bundles_dir, "autre-soirée", [c(3)],
                 run_uuid="20000000-0000-4000-8000-000000000003")
    assert [o.verdict for o in merge_paths(central, [bundles_dir]).outcomes] == ["merged"] * 3
    sources = {b.file_name: b for b in CentralReportSource(central).sources()}
    assert sources["original.fabundle"].divergent and sources["copie.fabundle"].divergent
    assert sources["original.fabundle"].divergent != sources["copie.fabundle"].divergent
    assert sources["autre-soirée.fabundle"].divergent == ""
    outputs = report_outputs(central.url)
    sheet = outputs["sheet Sources"]
    catalogue = {row[0]: row[4] for row in sheet[1:]}
    version = f"{LOCAL.id} {LOCAL.version}"
    for name in ("original.fabundle", "copie.fabundle"):
        sha = sources[name].divergent
        assert catalogue[name] == f"{version}\u00a0: copie divergente (empreinte {sha})"
    assert catalogue["autre-soirée.fabundle"] == f"{CATALOGUE.id} {CATALOGUE.version}"
    rows = _csv_rows(outputs["report.csv"])
    assert sorted(r["uuid"][-2:] for r in rows) == ["01", "02", "03"]
    assert {r["event_id"] for r in rows} == {CATALOGUE.id, LOCAL.id}
