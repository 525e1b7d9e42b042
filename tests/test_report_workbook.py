"""The report's workbook reopened with openpyxl and compared with its source, sheet by sheet;
and the raw XML of every sheet checked for formulas."""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from datetime import UTC, datetime

import openpyxl
import pytest

from facilitator_app.domain import QUESTION_KEYS
from facilitator_app.report import write_report
from facilitator_app.report.labels import question_full, question_short
from facilitator_app.report.text import EXCEL_CELL_LIMIT, clean_for_excel, utf16_length
from facilitator_app.report.sheet import ROW_LINES
from facilitator_app.report.xlsx import ALL_COLUMNS, TABLE_NAME

from .test_report_fixtures import CONTROL, DANGEROUS, EMOJI_LONG, LONG, report_source, \
    two_event_source

NOW = datetime(2016, 6, 22, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    source = report_source()
    path = tmp_path_factory.mktemp("report") / "rapport.xlsx"
    write_report(source, xlsx=path, now=NOW)
    return source, path, openpyxl.load_workbook(path)


def _rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _joined_all_rows(ws):
    """The all-contributions table with split texts joined back: {uuid: row}."""
    header = [c.value for c in ws[1]]
    text_at, uuid_at, note_at = header.index("Contribution"), header.index("UUID"), \
        header.index("Remarque")
    out: dict[str, list] = {}
    for row in ws.iter_rows(min_row=2, values_only=True):
        row = list(row)
        if row[uuid_at] in out:
            assert row[note_at], "a continuation row says it is one"
            out[row[uuid_at]][text_at] += row[text_at] or ""
        else:
            out[row[uuid_at]] = row
    return header, out


def test_sheets_in_order_with_valid_names(built):
    source, _, wb = built
    names = wb.sheetnames
    assert names[0] == "Synthèse"
    assert names[-3:] == ["Toutes les contributions", "Sources", "Conflits"]
    engagement_sheets = names[1:-3]
    assert len(engagement_sheets) == len(source.engagements())
    for name, e in zip(engagement_sheets, source.engagements(), strict=True):
        assert name.startswith(f"Eng. {e.number} – ")
        assert len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name)
    assert len({n.casefold() for n in names}) == len(names)


def test_all_contributions_table_equals_the_source(built):
    source, _, wb = built
    ws = wb["Toutes les contributions"]
    header, rows = _joined_all_rows(ws)
    assert header == ["Engagement", "Question", "Contribution", "Mise en avant", "Événement",
                      "Atelier", "Animé par", "Remarque", "Créée le (UTC)", "Modifiée le (UTC)",
                      "Paquet", "UUID"]
    expected = list(source.contributions())
    assert list(rows) == [c.uuid for c in expected]  # the source's order, once each
    ateliers = {(a.event_id, a.number): a for a in source.ateliers()}
    for c in expected:
        row = rows[c.uuid]
        assert row[0] == c.engagement_number
        assert row[1] == question_short(c.question_key, "fr")
        assert row[2] == clean_for_excel(c.text)
        assert row[3] == ("oui" if c.starred else "non")
        assert row[4] == "Ministère ouvert #1"
        assert row[5] == f"{c.atelier_number} – {ateliers[(c.event_id, c.atelier_number)].title}"
        assert row[6] == " et ".join(c.facilitators) if len(c.facilitators) == 2 else True
        assert row[8] == c.created_at.replace(tzinfo=None)
        assert row[9] == c.updated_at.replace(tzinfo=None)
        assert row[10] == c.bundle_file
    table = ws.tables[TABLE_NAME]
    assert table.ref == f"A1:L{ws.max_row}"
    assert [col.name for col in table.tableColumns] == header
    assert ws.freeze_panes == "D2"
    assert ws.column_dimensions["C"].width == dict(ALL_COLUMNS)["col.text"]
    assert ws["C2"].alignment.wrap_text


def test_every_engagement_sheet_lists_its_contributions_by_question(built):
    source, _, wb = built
    by_engagement: dict[int, dict[str, list]] = {}
    for c in source.contributions():
        by_engagement.setdefault(c.engagement_number, {}).setdefault(c.question_key, []).append(c)
    for name, e in zip(wb.sheetnames[1:-3], source.engagements(), strict=True):
        rows = _rows(wb[name])
        assert rows[0][1] == f"Engagement {e.number} – {e.title}"
        assert rows[1][1] == f"Institution porteuse : {e.carrier}"
        headings = [i for i, r in enumerate(rows) if isinstance(r[1], str)
                    and re.match(r"^[1-4]\. ", r[1])]
        assert len(headings) == 4
        for n, key in enumerate(QUESTION_KEYS):
            start = headings[n]
            end = headings[n + 1] if n < 3 else len(rows)
            assert rows[start][1].startswith(f"{n + 1}. {question_full(key, 'fr')}")
            expected = by_engagement.get(e.number, {}).get(key, [])
            body = [r for r in rows[start + 1:end] if any(v is not None for v in r)]
            if not expected:
                assert body == [[None, "Aucune contribution."] + [None] * (len(body[0]) - 2)]
                continue
            assert body[0][1] == "Contribution"  # column headers of the section
            texts, stars = [], []
            for r in body[1:]:
                part = re.search(r"partie (\d+) sur", r[-1] or "")
                if part and part.group(1) != "1":
                    texts[-1] += r[1] or ""
                    continue
                texts.append(r[1])
                stars.append(r[0] == "★")
            assert texts == [clean_for_excel(c.text) for c in expected]
            assert stars == [c.starred for c in expected]
            assert stars == sorted(stars, reverse=True), "starred first"


def test_summary_counts_and_chart(built):
    source, path, wb = built
    rows = _rows(wb["Synthèse"])
    assert rows[0][1] == "Rapport des ateliers Ministère ouvert"
    total = len(list(source.contributions()))
    assert f"Contributions : {total} ; ateliers : 5 ;" in rows[1][1]
    start = next(i for i, r in enumerate(rows) if r[1] == "Contributions par engagement et "
                                                            "par question")
    # A section's band is tall enough for its title's accents under the thick border.
    assert wb["Synthèse"].row_dimensions[start + 1].height >= 21
    header = rows[start + 1]
    assert header[2:8] == ["Indicateurs", "Inspirations", "Défis", "Engagements futurs",
                           "Total", "dont ★"]
    counts = Counter((c.engagement_number, c.question_key) for c in source.contributions())
    starred = Counter(c.engagement_number for c in source.contributions() if c.starred)
    for offset, e in enumerate(source.engagements(), 2):
        row = rows[start + offset]
        assert row[0] == e.number and row[1] == e.title
        assert row[2:6] == [counts[(e.number, k)] for k in QUESTION_KEYS]
        assert row[6] == sum(counts[(e.number, k)] for k in QUESTION_KEYS)
        assert row[7] == starred[e.number]
    totals = rows[start + 2 + len(source.engagements())]
    assert totals[1] == "Total" and totals[6] == total
    atelier_rows = {r[0]: r for r in rows if isinstance(r[0], int) and r[0] <= 5
                    and isinstance(r[1], str) and "Animé par" in r[1]}
    for a in source.ateliers():
        assert atelier_rows[a.number][2] == a.participant_count
        assert atelier_rows[a.number][3] == sum(1 for c in source.contributions()
                                                if c.atelier_number == a.number)
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        chart = z.read(charts[0]).decode()
        assert "<barChart>" in chart and "'Synthèse'!" in chart


def test_sources_and_conflicts_sheets(built):
    source, _, wb = built
    rows = _rows(wb["Sources"])
    assert rows[0] == ["Fichier", "Animé par", "Atelier", "Participants", "Catalogue",
                       "Empreinte de la clé", "Vérification", "Confiance", "Exporté le (UTC)",
                       "Contributions", "Supprimées", "Citées dans le rapport",
                       "UUID du paquet"]
    for row, b in zip(rows[1:], source.sources(), strict=True):
        assert row[0] == b.file_name and row[5] == b.key_fingerprint
        assert row[2].startswith(f"{b.atelier_number} – ") and row[3] == b.participant_count
        assert row[4] == b.catalogue
        assert row[6] == "signature vérifiée"
        assert row[7] == ("clé de confiance" if b.trust == "trusted"
                          else "nouvelle clé, pas encore de confiance")
        assert row[8] == b.exported_at.replace(tzinfo=None)
        assert row[9:12] == [b.contributions, b.deleted, b.cited]
        assert row[12] == b.bundle_uuid
    rows = _rows(wb["Conflits"])
    assert rows[1][3] == "Version conservée" and rows[1][4] == "Version non retenue"
    for row, c in zip(rows[2:], source.conflicts(), strict=True):
        assert (row[0], row[3], row[6], row[7], row[4], row[8], row[9], row[10]) == (
            c.engagement_number, c.current_text, c.current_revision, c.current_bundle,
            c.incoming_text, c.incoming_revision, c.incoming_bundle, c.contribution_uuid)


def test_print_setup_of_every_sheet(built):
    _, _, wb = built
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows, ws.title


def test_no_formula_anywhere_and_dangerous_texts_are_strings(built):
    _, path, wb = built
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml$", n)]
        assert sheets
        for name in sheets:
            xml = z.read(name).decode("utf-8")
            assert "<f>" not in xml and "<f " not in xml, name
            assert not re.search(r'<c [^>]*t="(e|str)"', xml), name
    table = wb["Toutes les contributions"]
    cells = {c.value: c for row in table.iter_rows(min_row=2, min_col=3, max_col=3)
             for c in row}
    for text in DANGEROUS:
        cell = cells[clean_for_excel(text)]
        assert cell.data_type == "s", text
        if text[0] in "=+-@\t":
            assert cell.quotePrefix, text
    facilitators = {c.value for row in table.iter_rows(min_row=2, min_col=7, max_col=7)
                    for c in row}
    assert "Simon Chignard et =cmd|' /C calc'!A0" in facilitators


def test_control_characters_replaced_visibly(built):
    _, _, wb = built
    texts = {c.value for row in wb["Toutes les contributions"].iter_rows(min_col=3, max_col=3)
             for c in row}
    assert "avant␀␁␇␈␋␌␛␟apres\ufffdfin\ufffd" in texts
    assert CONTROL not in texts


@pytest.mark.parametrize("text", [LONG, EMOJI_LONG], ids=["40000-chars", "emoji"])
def test_long_text_split_across_rows_with_a_note(built, text):
    """A text longer than a few printed lines continues on the next rows (a row never taller
    than a part of a page), each row saying which part it holds; the parts join back."""
    _, _, wb = built
    ws = wb["Toutes les contributions"]
    header = [c.value for c in ws[1]]
    text_at, uuid_at, note_at = (header.index("Contribution"), header.index("UUID"),
                                 header.index("Remarque"))
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    uuid = next(r[uuid_at] for r in rows if r[text_at] and text.startswith(r[text_at])
                and len(r[text_at]) > 1000)
    parts = [(r[text_at], r[note_at]) for r in rows if r[uuid_at] == uuid]
    assert len(parts) > 2
    assert "".join(p for p, _ in parts) == text
    per_line = int(dict(ALL_COLUMNS)["col.text"] * 1.2)
    assert all(len(p) <= per_line * ROW_LINES for p, _ in parts)
    n = len(parts)
    assert [note for _, note in parts] == [
        f"Texte long\u00a0: partie {k} sur {n}, la suite sur la ligne suivante."
        for k in range(1, n)] + [f"Texte long\u00a0: partie {n} sur {n} (fin)."]


def test_english_workbook(tmp_path):
    path = tmp_path / "report.xlsx"
    write_report(report_source(hostile=False, per_question=1), xlsx=path, lang="en", now=NOW)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "Summary" and wb.sheetnames[-3:] == [
        "All contributions", "Sources", "Conflicts"]
    assert wb["Summary"]["B1"].value == "Report of the Ministère ouvert ateliers"
    assert [c.value for c in wb["All contributions"][1]][:4] == [
        "Engagement", "Question", "Contribution", "Starred"]
    assert wb.worksheets[1]["B1"].value.startswith("Engagement 4 – ")


def test_two_events_and_awkward_sheet_names(tmp_path):
    path = tmp_path / "r.xlsx"
    source = two_event_source()
    write_report(source, xlsx=path, now=NOW)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Synthèse", "Eng. 7 – Synthèse",
                             "Eng. 8 – Ouvrir- les -données-…", "Toutes les contributions",
                             "Sources", "Conflits"]
    rows = _rows(wb["Eng. 7 – Synthèse"])
    body = [r for r in rows if r[1] in ("retenue", "première soirée", "deuxième soirée")]
    # starred first, then the events by date: #1 (June) before #2 (October)
    assert [r[1] for r in body] == ["retenue", "première soirée", "deuxième soirée"]
    assert [r[4] for r in body] == ["Ministère ouvert #1"] * 2 + ["Ministère ouvert #2"]
    conflict = _rows(wb["Conflits"])[2]
    assert conflict[4] == "=autre version"
    assert wb["Conflits"]["E3"].data_type == "s"


def test_empty_source_still_makes_a_valid_workbook(tmp_path):
    from facilitator_app.report import MemorySource

    path = tmp_path / "vide.xlsx"
    result = write_report(MemorySource(), xlsx=path, now=NOW)
    assert result.contributions == 0
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Synthèse", "Toutes les contributions", "Sources"]
    assert wb["Sources"]["A2"].value == "Aucun paquet fusionné."
