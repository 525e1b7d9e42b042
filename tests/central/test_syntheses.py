"""The editors' synthesis per engagement: saved in the central store with who and when, kept
across merges, at the top of the engagement's sheet and Markdown page; saving over another
editor's text is refused."""

from __future__ import annotations

import subprocess

import pytest
from openpyxl import load_workbook

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.report_source import CentralReportSource
from facilitator_app.central.syntheses import (
    SynthesisChangedError,
    save_synthesis,
    synthesis,
    syntheses,
)
from facilitator_app.report import write_report
from tests.conftest import PYTHON, child_env
from tests.support.merging import CATALOGUE, ENGAGEMENTS
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle

EVENT = CATALOGUE.id
TEXT = "Les ateliers demandent **des indicateurs publics**.\n\n- un tableau de bord\n- un suivi"


@pytest.fixture
def merged(central, bundles_dir):
    write_bundle(bundles_dir, "a", [c(1), c(2)])
    merge_paths(central, [bundles_dir])
    return central


def test_a_synthesis_is_kept_with_who_and_when_and_across_merges(merged, bundles_dir):
    saved = save_synthesis(merged, EVENT, ENGAGEMENTS[0], f"  {TEXT}  ", "Claire Éditrice",
                           replaces=0)
    assert (saved.text, saved.author, saved.revision) == (TEXT, "Claire Éditrice", 1)
    write_bundle(bundles_dir, "b", [c(1, 2), c(3)])
    assert [o.verdict for o in merge_paths(merged, [bundles_dir]).outcomes] == [
        "already", "merged"]
    assert synthesis(merged, EVENT, ENGAGEMENTS[0]) == saved
    again = save_synthesis(merged, EVENT, ENGAGEMENTS[0], "Autre texte", "Paul",
                           replaces=saved.revision)
    assert again.revision == 2 and again.author == "Paul"
    assert save_synthesis(merged, EVENT, ENGAGEMENTS[0], "   ", "Paul", replaces=2) is None
    assert syntheses(merged) == {}


def test_saving_over_another_editors_text_is_refused(merged):
    first = save_synthesis(merged, EVENT, ENGAGEMENTS[0], "Version de Claire", "Claire",
                           replaces=0)
    with pytest.raises(SynthesisChangedError, match="Claire") as refused:
        save_synthesis(merged, EVENT, ENGAGEMENTS[0], "Version de Paul", "Paul", replaces=0)
    assert refused.value.current == first
    assert synthesis(merged, EVENT, ENGAGEMENTS[0]).text == "Version de Claire"


def test_the_synthesis_heads_the_engagement_sheet_and_page(merged, tmp_path):
    save_synthesis(merged, EVENT, ENGAGEMENTS[0], TEXT, "Claire Éditrice", replaces=0)
    write_report(CentralReportSource(merged), xlsx=tmp_path / "r.xlsx",
                 markdown=tmp_path / "pages")
    sheet = next(ws for ws in load_workbook(tmp_path / "r.xlsx").worksheets
                 if ws.title.startswith(f"Eng. {ENGAGEMENTS[0]} "))
    column = [row[1] for row in sheet.iter_rows(values_only=True)]
    heading = column.index("Synthèse de la rédaction")
    assert heading < 6, "at the top, right after the title, institution and completion"
    assert column[heading + 1] == TEXT
    assert column[heading + 2].startswith("Rédigée par Claire Éditrice, le ")
    first_question = next(i for i, v in enumerate(column) if v and str(v).startswith("1. "))
    assert heading < first_question
    page = (tmp_path / "pages" / f"engagement-{ENGAGEMENTS[0]}.md").read_text()
    top = page.split("## Contributions des ateliers", 1)[0]
    assert f"## Synthèse de la rédaction\n\n{TEXT}\n\n" in top  # the editors' Markdown as is
    other = (tmp_path / "pages" / f"engagement-{ENGAGEMENTS[1]}.md").read_text()
    assert "Synthèse de la rédaction" not in other


def test_the_command_line_writes_lists_and_clears(merged, tmp_path):
    def run(*args):
        return subprocess.run([PYTHON, "-m", "facilitator_app", "synthesis", "--in", merged.url,
                               *args], env=child_env(), capture_output=True, text=True,
                              timeout=120)

    source = tmp_path / "synthese.md"
    source.write_text(TEXT, encoding="utf-8")
    done = run("--engagement", str(ENGAGEMENTS[0]), "--file", str(source), "--author", "Claire")
    assert done.returncode == 0, done.stderr
    assert "révision 1" in done.stdout
    listed = run()
    assert "par Claire" in listed.stdout and "des indicateurs publics" in listed.stdout
    assert run("--engagement", str(ENGAGEMENTS[0]), "--text", "Bis").returncode == 0
    assert synthesis(merged, EVENT, ENGAGEMENTS[0]).revision == 2
    wrong = run("--engagement", "1", "--event", "autre-soiree", "--text", "x")
    assert wrong.returncode != 0 and "autre-soiree" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    assert run("--engagement", str(ENGAGEMENTS[0]), "--clear").returncode == 0
    assert syntheses(merged) == {}


def test_a_store_of_schema_1_gets_the_syntheses_table(central_url):
    """Schema 2 adds the table: a store made before it is upgraded when opened, its data kept."""
    from sqlalchemy import create_engine, inspect, text

    from facilitator_app.central import migrations
    from facilitator_app.central.store import CentralStore

    with CentralStore(central_url) as store:
        url = store.url
    engine = create_engine(url)
    with engine.begin() as conn:  # back to schema 1, as a store of the previous release
        conn.execute(text("DROP TABLE syntheses"))
        for later in ("DROP TABLE provenance", "DROP TABLE note_provenance",
                      "DROP INDEX ix_versions_run",  # what schema 3 adds
                      "DROP TABLE duplicate_decisions"):  # and schema 4
            conn.execute(text(later))
        conn.execute(text("UPDATE central_meta SET value = '1' WHERE key = 'schema_version'"))
    with CentralStore(central_url) as store:
        assert save_synthesis(store, EVENT, 4, "Après la mise à jour", "Claire",
                              replaces=0).revision == 1
    with engine.connect() as conn:
        assert "syntheses" in inspect(conn).get_table_names()
        assert conn.scalar(text("SELECT value FROM central_meta WHERE key = "
                                "'schema_version'")) == str(migrations.schema_version())
    engine.dispose()
