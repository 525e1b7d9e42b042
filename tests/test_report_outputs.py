"""The open-data CSV and the Markdown pages; progress, cancel and errors leave nothing behind."""

from __future__ import annotations

import csv
import io
import os
import tempfile
import tracemalloc
from datetime import UTC, datetime

import pytest

from facilitator_app.errors import ExportError
from facilitator_app.report import (
    MemorySource,
    ReportCancelled,
    ReportContribution,
    ReportSourceError,
    write_report,
)
from facilitator_app.report.csv_out import CSV_COLUMNS
from facilitator_app.report.labels import question_full
from facilitator_app.report.markdown import escape_markdown
from facilitator_app.report.text import DANGEROUS_PREFIXES, clean_unencodable, unprotect_csv

from .test_report_fixtures import DANGEROUS, LONG, report_source, two_event_source

NOW = datetime(2016, 6, 22, 9, 0, tzinfo=UTC)


def _read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark"
    text = raw.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_csv_read_back_gives_the_same_rows(tmp_path):
    source = report_source()
    path = tmp_path / "contributions.csv"
    write_report(source, csv=path, now=NOW)
    rows = _read_csv(path)
    assert tuple(rows[0]) == CSV_COLUMNS
    expected = list(source.contributions())
    assert len(rows) == len(expected) + 1
    events = {e.catalogue_id: e for e in source.events()}
    ateliers = {(a.event_id, a.number): a for a in source.ateliers()}
    titles = {e.number: e.title for e in source.engagements()}
    for row, c in zip(rows[1:], expected, strict=True):
        record = dict(zip(CSV_COLUMNS, row, strict=True))
        # only what UTF-8 cannot carry (lone surrogates, U+FFFE/U+FFFF) becomes U+FFFD
        assert unprotect_csv(record["text"]) == clean_unencodable(c.text)
        assert record == {
            "uuid": c.uuid, "event_id": c.event_id, "event_title": events[c.event_id].title,
            "event_date": "2016-06-21", "atelier_number": str(c.atelier_number),
            "atelier_title": ateliers[(c.event_id, c.atelier_number)].title,
            "engagement_number": str(c.engagement_number),
            "engagement_title": titles[c.engagement_number], "question_key": c.question_key,
            "question_label": question_full(c.question_key, "fr"), "text": record["text"],
            "starred": "true" if c.starred else "false",
            "facilitators": ", ".join(c.facilitators),
            "created_at": c.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "updated_at": c.updated_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "bundle_uuid": c.bundle_uuid, "bundle_file": c.bundle_file,
            **dict.fromkeys(("group_id", "group_size", "group_ateliers", "group_runs",
                             "group_uuids"), "")}
    texts = [unprotect_csv(r[CSV_COLUMNS.index("text")]) for r in rows[1:]]
    assert LONG in texts, "no cell limit in the CSV: the long text is whole"


def test_csv_formula_protection_and_rfc4180_quoting(tmp_path):
    path = tmp_path / "c.csv"
    write_report(report_source(), csv=path, now=NOW)
    raw = path.read_bytes().decode("utf-8-sig")
    assert "\r\n" in raw and raw.endswith("\r\n")
    fields = [r[CSV_COLUMNS.index("text")] for r in _read_csv(path)[1:]]
    for text in DANGEROUS:
        protected = "'" + text if text.startswith((*DANGEROUS_PREFIXES, "'")) else text
        assert protected in fields, text
    assert not any(f.startswith(DANGEROUS_PREFIXES) for f in fields)
    assert '"ligne 1\nligne 2\r\nligne 3"' in raw  # quoted, line breaks kept
    facilitators = {r[CSV_COLUMNS.index("facilitators")] for r in _read_csv(path)[1:]}
    assert "Simon Chignard, =cmd|' /C calc'!A0" in facilitators


def test_markdown_pages(tmp_path):
    source = report_source()
    folder = tmp_path / "pages"
    result = write_report(source, markdown=folder, now=NOW)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"engagement-{e.number}.md" for e in source.engagements())
    assert result.markdown == tuple(folder / f"engagement-{e.number}.md"
                                    for e in source.engagements())
    page = (folder / "engagement-15.md").read_text(encoding="utf-8")
    lines = page.splitlines()
    assert lines[0] == ("# Engagement 15 – Renforcer la politique d'ouverture et de circulation "
                        "des données")
    assert "**Institution porteuse** : Secrétariat d'État chargé de la Réforme de l'État et de " \
           "la Simplification  " in lines
    headings = [line for line in lines if line.startswith("#")]
    assert headings == [lines[0], "## Enjeux", "## Feuille de route",
                        "## Contributions des ateliers Ministère ouvert",
                        "### Indicateurs de suivi", "### Initiatives inspirantes",
                        "### Défis de mise en œuvre", "### Engagements futurs"]
    assert "- [ ] Poursuivre l'ouverture des données à fort impact économique et social " \
           "(« données pivots »)" in lines
    assert any(line.startswith("_Atelier 3 – Ouverture des données et des codes sources "
                               "(Ministère ouvert #1, 21 juin 2016), animé par Simon Chignard")
               for line in lines)
    challenges = page.split("### Défis de mise en œuvre")[1].split("###")[0]
    items = [line for line in challenges.splitlines() if line.startswith("- ")]
    expected = [c for c in source.contributions()
                if c.engagement_number == 15 and c.question_key == "challenges"]
    assert len(items) == len(expected)
    for item, c in zip(items, expected, strict=True):
        first_line = escape_markdown(c.text).split("  \n")[0]
        assert first_line in item
        assert item.startswith("- ★ **") == c.starred
    assert r"\# pas un titre" in page and r"\<b\>pas du HTML\</b\>" in page
    assert r"\[pas un lien\](x) \*ni\* \_ça\_" in page
    assert "  \n  \\- pas une liste" in page  # a later line cannot start a list
    empty = [e.number for e in source.engagements()
             if not any(c.engagement_number == e.number for c in source.contributions())]
    for number in empty:
        assert (folder / f"engagement-{number}.md").read_text().count("Aucune contribution.") == 4


def test_markdown_in_english_and_attribution_with_several_ateliers(tmp_path):
    folder = tmp_path / "md"
    write_report(two_event_source(), markdown=folder, lang="en", now=NOW)
    page = (folder / "engagement-7.md").read_text(encoding="utf-8")
    assert page.startswith("# Engagement 7 – Synthèse\n")
    assert "### Monitoring indicators" in page and "**Lead institution**: X" in page
    # two ateliers reviewed engagement 7: each item says which
    assert "- ★ **retenue** _(1 – Données)_" in page
    assert "- deuxième soirée _(1 – Données encore)_" in page
    assert page.count("No contribution.") == 3


def test_all_outputs_at_once_and_progress(tmp_path):
    source = report_source()
    seen = []
    result = write_report(source, xlsx=tmp_path / "r.xlsx", csv=tmp_path / "r.csv",
                          markdown=tmp_path / "md", progress=lambda d, t: seen.append((d, t)),
                          now=NOW)
    count = len(list(source.contributions()))
    assert result.contributions == count
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))
    assert all(d <= t for d, t in seen)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["md", "r.csv", "r.xlsx"]
    assert oct((tmp_path / "r.csv").stat().st_mode & 0o777) != "0o600"


def _listing(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _calls_to_cancelled(source, tmp_path) -> int:
    calls = []
    write_report(source, xlsx=tmp_path / "x.xlsx", csv=tmp_path / "x.csv",
                 markdown=tmp_path / "x", cancelled=lambda: calls.append(1) and False)
    return len(calls)


@pytest.mark.parametrize("when", ["start", "first block", "middle", "before save",
                                  "last moment"])
def test_cancel_leaves_nothing_and_keeps_earlier_files(tmp_path, monkeypatch, when):
    """Cancelled at the start, during the pass, or at the end (before the files replace the
    earlier ones): earlier outputs intact, no temporary file here or in the temp folder."""
    openpyxl_temp = tmp_path / "tmp"
    openpyxl_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(openpyxl_temp))
    out = tmp_path / "out"
    out.mkdir()
    (out / "r.xlsx").write_bytes(b"earlier workbook")
    (out / "r.csv").write_bytes(b"earlier csv")
    before = _listing(out)
    source = report_source(per_question=40)  # over a thousand contributions
    assert len(list(source.contributions())) > 4 * 256
    total = _calls_to_cancelled(source, tmp_path / "tmp")
    for name in ("x.xlsx", "x.csv"):
        (tmp_path / "tmp" / name).unlink()
    for page in (tmp_path / "tmp" / "x").iterdir():
        page.unlink()
    (tmp_path / "tmp" / "x").rmdir()
    allowed = {"start": 0, "first block": 1, "middle": total // 2, "before save": total - 2,
               "last moment": total - 1}[when]
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] > allowed
    with pytest.raises(ReportCancelled) as caught:
        write_report(source, xlsx=out / "r.xlsx", csv=out / "r.csv", markdown=out / "md",
                     cancelled=cancelled, now=NOW)
    assert "annulé" in str(caught.value)
    assert _listing(out) == before
    assert (out / "r.xlsx").read_bytes() == b"earlier workbook"
    assert list(openpyxl_temp.iterdir()) == []


def test_a_failing_source_leaves_nothing(tmp_path, monkeypatch):
    openpyxl_temp = tmp_path / "tmp"
    openpyxl_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(openpyxl_temp))
    base = report_source(hostile=False)

    def broken():
        for i, c in enumerate(base.contributions()):
            if i == 50:
                raise ConnectionError("database went away")
            yield c

    source = MemorySource(base.events(), base.ateliers(), base.engagements(),
                          stream=broken, counts=base.counts())
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ConnectionError):
        write_report(source, xlsx=out / "r.xlsx", csv=out / "r.csv", markdown=out / "md")
    assert _listing(out) == [] and list(openpyxl_temp.iterdir()) == []


def test_out_of_order_source_is_refused(tmp_path):
    base = report_source(hostile=False)
    backwards = list(base.contributions())[::-1]
    source = MemorySource(base.events(), base.ateliers(), base.engagements(),
                          stream=lambda: backwards, counts=base.counts())
    with pytest.raises(ReportSourceError) as refused:
        write_report(source, xlsx=tmp_path / "r.xlsx")
    assert list(tmp_path.iterdir()) == []
    french = refused.value.message.render("fr")
    assert "n’arrive pas dans l’ordre du rapport" in french and " is " not in french
    assert "out of the report's order" in refused.value.message.render("en")


def test_unwritable_destination_is_an_export_error(tmp_path):
    missing = tmp_path / "no" / "such" / "folder" / "r.xlsx"
    with pytest.raises(ExportError):
        write_report(report_source(hostile=False), xlsx=missing)
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        with pytest.raises(ExportError):
            write_report(report_source(hostile=False), csv=locked / "r.csv")


def _generated(count: int) -> MemorySource:
    """``count`` contributions from a generator, in the report's order, never in a list."""
    base = report_source(hostile=False, per_question=0)
    atelier = base.ateliers()[2]  # atelier 3 reviews 11, 15, 16
    keys = ("indicators", "inspirations", "challenges", "commitments")
    groups = [(e, q) for e in atelier.engagement_numbers for q in keys]
    per_group = count // len(groups)

    def stream():
        i = 0
        for engagement, question in groups:
            for k in range(per_group):
                i += 1
                yield ReportContribution(
                    f"{i:08x}-0000-4000-8000-{i:012x}", atelier.event_id, atelier.number,
                    engagement, question, f"contribution {i} " + "données ouvertes " * (i % 20),
                    k < per_group // 5, atelier.facilitators, NOW, NOW, "b", "b.fabundle", k)

    return MemorySource(base.events(), base.ateliers(), base.engagements(), stream=stream,
                        counts={g: per_group for g in groups})


def test_memory_does_not_grow_with_the_number_of_contributions(tmp_path):
    """Streaming: six times more contributions cost no more memory (Python allocations)."""
    write_report(_generated(240), xlsx=tmp_path / "warm-up.xlsx")  # imports, caches
    peaks = []
    for count in (1_200, 7_200):
        source = _generated(count)
        tracemalloc.start()
        write_report(source, xlsx=tmp_path / f"{count}.xlsx", csv=tmp_path / f"{count}.csv",
                     markdown=tmp_path / f"md-{count}", now=NOW)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] - peaks[0] < 500_000, peaks
