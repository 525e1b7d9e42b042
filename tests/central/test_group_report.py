"""A confirmed near-duplicate group appears once in every output (workbook, Excel CSV, Markdown
pages, open-data package) with all its sources and the count of ateliers and runs that raised
it; and the same decisions on the same bundles merged in any order give identical outputs. On
SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import random
import subprocess

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from facilitator_app.central import groups as g
from facilitator_app.central.merge import merge_paths
from facilitator_app.central.report_source import CentralReportSource
from facilitator_app.central.store import CentralStore
from facilitator_app.report import write_report
from tests.central.test_open_data import _frictionless
from tests.conftest import child_env
from tests.support.merging import bundle_bytes
from tests.support.merging import contribution as c
from tests.support.outputs import differences, report_outputs

OTHER_RUN = "6e2a9b1f-8d4c-4f3b-9a72-3c0e1d5f8b46"
SAME = "Publier les données des marchés publics en open data chaque trimestre"
NEAR = "Publier les donnees des marches publics en open data chaque trimestre."
OTHER = "Publier chaque trimestre les données des marchés publics en open data !"
MERGED = "Publier chaque trimestre les données des marchés publics (texte fusionné)"


def _bundles(folder) -> list:
    """Two runs of atelier 3: the first captured SAME and NEAR, the second OTHER."""
    first = folder / "a.fabundle"
    first.write_bytes(bundle_bytes([c(3, text=SAME), c(6, text=NEAR),
                                    c(12, text="Former les agents")]))
    second = folder / "b.fabundle"
    second.write_bytes(bundle_bytes([c(9, text=OTHER)], run_uuid=OTHER_RUN,
                                    facilitators=("Axelle Lemaire",)))
    return [first, second]


def test_a_confirmed_group_appears_once_in_every_output(central, bundles_dir, tmp_path):
    merge_paths(central, _bundles(bundles_dir))
    (view,) = g.group_views(central)
    g.decide(central, view, "confirm", "Claire", merged_text=MERGED)
    out = tmp_path / "out"
    out.mkdir()
    write_report(CentralReportSource(central), xlsx=out / "r.xlsx", csv=out / "r.csv",
                 markdown=out / "pages", open_data=out / "data")
    excel_csv = (out / "r.csv").read_text(encoding="utf-8-sig")
    for text in (SAME, NEAR, OTHER):
        assert text not in excel_csv
    for name, text, delimiter in (("Excel CSV", excel_csv, ";"), ("open data", (
            out / "data" / "contributions.csv").read_text(encoding="utf-8"), ",")):
        rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))
        grouped = [r for r in rows if r["text"] == MERGED]
        assert len(grouped) == 1, name
        assert len(rows) == 2, f"{name}: the group and the unrelated contribution"
        row = grouped[0]
        assert (row["group_id"], row["group_size"], row["group_ateliers"],
                row["group_runs"]) == (view.short_id, "3", "1", "2"), name
        assert row["group_uuids"].split() == list(view.uuids), name
        assert set(row["facilitators"].split(", ")) == {"Simon Chignard", "Axelle Lemaire"}
    checked = subprocess.run([_frictionless(), "validate", str(out / "data" /
                                                               "datapackage.json")],
                             capture_output=True, text=True, timeout=300, env=child_env())
    assert checked.returncode == 0, checked.stdout + checked.stderr
    pages = "".join(p.read_text() for p in (out / "pages").iterdir())
    assert pages.count("texte fusionné") == 1 and SAME not in pages
    assert pages.count("Groupe de 3 contributions semblables – ateliers\u00a0: 1\u00a0; "
                       "sessions\u00a0: 2.") == 1
    workbook = load_workbook(out / "r.xlsx")
    for sheet in workbook.worksheets:
        cells = [v for row in sheet.iter_rows(values_only=True) for v in row
                 if isinstance(v, str)]
        assert not any(t in cells for t in (SAME, NEAR, OTHER)), sheet.title
        if sheet.title.startswith("Eng. ") or sheet.title == "Toutes les contributions":
            if MERGED in cells:
                assert cells.count(MERGED) == 1
                assert any(v.startswith("Groupe de 3 contributions") for v in cells)
    everything = [v for ws in workbook.worksheets for row in ws.iter_rows(values_only=True)
                  for v in row]
    assert everything.count(MERGED) == 2, "once on the engagement's sheet, once in the table"
    summary = workbook.worksheets[0]
    made = next(v for row in summary.iter_rows(values_only=True) for v in row
                if isinstance(v, str) and v.startswith("Produit le"))
    assert "Contributions\u00a0: 2\u00a0;" in made


def test_keep_one_shows_the_kept_text_and_undo_brings_all_back(central, bundles_dir, tmp_path):
    merge_paths(central, _bundles(bundles_dir))
    (view,) = g.group_views(central)
    kept = next(m for m in view.members if m.text == OTHER)
    g.decide(central, view, "confirm", "Claire", keep=kept.uuid)
    write_report(CentralReportSource(central), csv=tmp_path / "one.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "one.csv").read_text("utf-8-sig"),
                                           newline=""), delimiter=";"))
    assert [r["text"] for r in rows if r["group_id"]] == [OTHER]
    assert next(r for r in rows if r["group_id"])["uuid"] == kept.uuid
    g.undo(central, view.short_id, "Claire")
    write_report(CentralReportSource(central), csv=tmp_path / "all.csv")
    texts = (tmp_path / "all.csv").read_text("utf-8-sig")
    assert all(t in texts for t in (SAME, NEAR, OTHER))


# Versions of contributions 3, 6, 9, 12, 15 (one engagement): (n, revision, text index).
_TEXTS = (SAME, NEAR, OTHER, "Former les agents à la participation",
          "Former les agents a la participation.")
_version = st.tuples(st.sampled_from([3, 6, 9, 12, 15]), st.integers(1, 2),
                     st.integers(0, len(_TEXTS) - 1))
_bundle = st.tuples(st.lists(_version, min_size=1, max_size=4, unique_by=lambda v: v[0]),
                    st.integers(0, 1))


def _decide_all(store: CentralStore, seed: int) -> None:
    """The same decisions, by the groups' members: confirm groups whose smallest UUID ends in an
    odd digit (keeping their smallest member), dismiss the others."""
    for view in g.group_views(store):
        if view.state != "open":
            continue
        if int(view.uuids[0][-1]) % 2:
            g.decide(store, view, "confirm", "Claire", keep=view.uuids[0])
        elif seed % 2:
            g.decide(store, view, "confirm", "Paul", merged_text=f"Fusion {view.short_id}")
        else:
            g.decide(store, view, "dismiss", "Paul")


@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(specs=st.lists(_bundle, min_size=2, max_size=4), seed=st.integers(0, 3))
def test_same_decisions_any_merge_order_same_outputs(specs, seed, central_url, request,
                                                    tmp_path_factory):
    folder = tmp_path_factory.mktemp("bundles")
    paths = [folder / "base.fabundle"]  # always one group to decide on
    paths[0].write_bytes(bundle_bytes([c(3, text=SAME), c(6, text=NEAR), c(9, text=OTHER)]))
    for i, (versions, run) in enumerate(specs):
        made = [c(n, r, f"{_TEXTS[t]} {r}" if r > 1 else _TEXTS[t]) for n, r, t in versions]
        path = folder / f"{i}.fabundle"
        path.write_bytes(bundle_bytes(made, run_uuid=OTHER_RUN if run else None))
        paths.append(path)
    results = []
    for order in range(2):
        target = (str(tmp_path_factory.mktemp("db") / "central.sqlite")
                  if not central_url.startswith("postgresql") else
                  request.getfixturevalue("postgres_server").new_database())
        shuffled = paths[:]
        random.Random(seed * 10 + order).shuffle(shuffled)
        with CentralStore(target) as store:
            for path in shuffled:  # one bundle at a time, in this order
                merge_paths(store, [path])
            _decide_all(store, seed)
            assert store.read(g.read_decisions), "some group was decided"
        results.append(report_outputs(target))
    assert results[0] == results[1], "\n".join(differences(*results))

