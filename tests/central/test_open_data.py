"""The open-data package (`report --open-data DIR`): a Frictionless Data Package of the
contributions and of the facilitators' notes, in UTF-8 with commas and the participants' exact
texts, that `frictionless validate` accepts and Python's csv module reads back."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.report_source import CentralReportSource
from facilitator_app.errors import ExportError
from facilitator_app.report import write_report
from tests.conftest import PYTHON, child_env
from tests.support.merging import ENGAGEMENTS, RUN
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle

FORMULA_LIKE = ["=1+1", "+33 1 23 45 67 89", "-20 % de délais", "@ministère", "'déjà cité"]
AWKWARD = 'Un texte "cité", sur\ndeux lignes ; avec une virgule, et « guillemets »'
OTHER_RUN = "20000000-0000-4000-8000-000000000002"


def _frictionless() -> str:
    found = shutil.which("frictionless", path=str(Path(PYTHON).parent))
    if found is None:
        pytest.fail("the frictionless command is a test dependency (pip install -e .[test])")
    return found


def _rows(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf"), "no byte-order mark in open data"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


@pytest.fixture
def merged(central, bundles_dir):
    texts = [*FORMULA_LIKE, AWKWARD]
    write_bundle(bundles_dir, "premier", [c(i + 1, text=t) for i, t in enumerate(texts)],
                 notes={ENGAGEMENTS[0]: "Q : quand ? R : fin 2016.",
                        ENGAGEMENTS[1]: "Q : qui décide ?\nR : le comité."})
    write_bundle(bundles_dir, "second", [], run_uuid=OTHER_RUN, facilitators=("Zoé Second",),
                 notes={ENGAGEMENTS[0]: "Q : et les données ? R : ouvertes."})
    assert [o.verdict for o in merge_paths(central, [bundles_dir]).outcomes] == ["merged"] * 2
    return central


def test_the_package_validates_and_holds_the_exact_texts_and_the_notes(merged, tmp_path):
    folder = tmp_path / "donnees"
    result = write_report(CentralReportSource(merged), open_data=folder)
    assert sorted(p.name for p in result.open_data) == [
        "contributions.csv", "datapackage.json", "notes.csv"]
    checked = subprocess.run([_frictionless(), "validate", str(folder / "datapackage.json")],
                             capture_output=True, text=True, timeout=300, env=child_env())
    assert checked.returncode == 0, checked.stdout + checked.stderr

    rows = _rows(folder / "contributions.csv")
    assert sorted(r["text"] for r in rows) == sorted([*FORMULA_LIKE, AWKWARD])
    assert {r["event_id"] for r in rows} == {"ministere-ouvert-1"}
    assert all(r["created_at"].endswith("Z") for r in rows)
    raw = (folder / "contributions.csv").read_bytes()
    assert b"\r\n" in raw and b";" not in raw.split(b"\r\n")[0]

    notes = _rows(folder / "notes.csv")
    attributed = {(n["run_uuid"], n["engagement_number"], n["facilitators"], n["text"])
                  for n in notes}
    first = ", ".join(RUN.facilitators)
    assert attributed == {
        (RUN.uuid, str(ENGAGEMENTS[0]), first, "Q : quand ? R : fin 2016."),
        (RUN.uuid, str(ENGAGEMENTS[1]), first, "Q : qui décide ?\nR : le comité."),
        (OTHER_RUN, str(ENGAGEMENTS[0]), "Zoé Second", "Q : et les données ? R : ouvertes."),
    }
    assert {n["atelier_number"] for n in notes} == {str(RUN.atelier_number)}

    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["licenses"][0]["name"] == "etalab-2.0"
    shipped = Path(__file__).parents[2] / "resources" / "schemas"
    for resource in package["resources"]:
        schema = json.loads((shipped / f"open-data-{resource['name']}.schema.json").read_text())
        assert resource["schema"] == schema
        assert [f["name"] for f in schema["fields"]] == list(_rows(folder / resource["path"])[0])


def test_a_changed_byte_fails_the_packages_check(merged, tmp_path):
    folder = tmp_path / "donnees"
    write_report(CentralReportSource(merged), open_data=folder)
    data = (folder / "notes.csv").read_bytes()
    (folder / "notes.csv").write_bytes(data.replace("fin 2016".encode(), "fin 2017".encode()))
    checked = subprocess.run([_frictionless(), "validate", str(folder / "datapackage.json")],
                             capture_output=True, text=True, timeout=300, env=child_env())
    assert checked.returncode != 0
    assert "hash" in checked.stdout.lower()


def test_a_package_that_cannot_be_written_leaves_nothing(merged, tmp_path, monkeypatch):
    from facilitator_app.report import open_data

    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(open_data, "write_descriptor", refuse)
    folder = tmp_path / "nouveau" / "donnees"
    with pytest.raises(ExportError):
        write_report(CentralReportSource(merged), open_data=folder)
    assert not (tmp_path / "nouveau").exists()


def test_the_command_line_writes_the_package(merged, tmp_path):
    folder = tmp_path / "out"
    done = subprocess.run([PYTHON, "-m", "facilitator_app", "report", "--from", merged.url,
                           "--open-data", str(folder)], env=child_env(),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "paquet de données ouvertes" in done.stdout
    assert len(_rows(folder / "contributions.csv")) == len(FORMULA_LIKE) + 1


def test_the_notes_of_two_runs_are_in_the_workbook_and_the_pages_attributed(merged, tmp_path):
    from openpyxl import load_workbook

    write_report(CentralReportSource(merged), xlsx=tmp_path / "r.xlsx",
                 markdown=tmp_path / "pages")
    found = {}
    for sheet in load_workbook(tmp_path / "r.xlsx").worksheets:
        for row in sheet.iter_rows(values_only=True):
            if row[1] and str(row[1]).startswith("Q :"):
                found[(sheet.title, row[1])] = row[2:4]
    from facilitator_app.report.labels import names

    first = names(RUN.facilitators, "fr")
    by_text = {text: where for (_title, text), where in found.items()}
    assert set(by_text) == {"Q : quand ? R : fin 2016.", "Q : qui décide ?\nR : le comité.",
                            "Q : et les données ? R : ouvertes."}
    assert by_text["Q : et les données ? R : ouvertes."][1] == "Zoé Second"
    assert by_text["Q : quand ? R : fin 2016."][1] == first
    assert all(where[0].startswith(f"{RUN.atelier_number} – ") for where in by_text.values())
    heading = [row[1] for s in load_workbook(tmp_path / "r.xlsx").worksheets
               for row in s.iter_rows(values_only=True)
               if row[1] and "Questions des participants" in str(row[1])]
    assert heading == ["5. Questions des participants et réponses"] * 2

    page = (tmp_path / "pages" / f"engagement-{ENGAGEMENTS[0]}.md").read_text()
    notes = page.split("## Questions des participants et réponses", 1)[1]
    assert "Q : quand ? R : fin 2016." in notes and "Zoé Second" in notes
    assert "Q : et les données ? R : ouvertes." in notes
    other = (tmp_path / "pages" / f"engagement-{ENGAGEMENTS[1]}.md").read_text()
    other_notes = other.split("## Questions des participants et réponses", 1)[1]
    assert "Q : qui décide ?  \n  R : le comité." in other_notes
    assert "Zoé Second" not in other_notes
