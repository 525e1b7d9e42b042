"""Pieces of the report: text safety, sheet names, labels in both languages, the source."""

from __future__ import annotations

from datetime import UTC, datetime

import openpyxl
import pytest

from facilitator_app.report import MemorySource, ReportSource, write_report
from facilitator_app.report import sheet as sheet_module
from facilitator_app.report.data import sort_contributions
from facilitator_app.report.labels import LABELS, QUESTION_HEADING, QUESTION_SHORT
from facilitator_app.report.sheetnames import MAX_LENGTH, SheetNames
from facilitator_app.report.text import (
    EXCEL_CELL_LIMIT,
    clean_for_excel,
    is_dangerous,
    protect_csv,
    split_for_excel,
    unprotect_csv,
    utf16_length,
)

from .test_report_fixtures import report_source

NOW = datetime(2016, 6, 22, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx"])
def test_dangerous_texts(text):
    assert is_dangerous(text)
    assert protect_csv(text) == "'" + text
    assert unprotect_csv(protect_csv(text)) == text


def test_error_codes_are_strings_in_the_workbook_and_plain_in_the_csv():
    assert is_dangerous("#N/A") and is_dangerous("#REF!")  # openpyxl would store an error
    assert protect_csv("#N/A") == "#N/A"  # a spreadsheet shows it as it is


@pytest.mark.parametrize("text", ["", "a=1", " =1", "'quoted", "''", "'=x", "#hashtag"])
def test_csv_protection_is_reversible(text):
    assert unprotect_csv(protect_csv(text)) == text
    assert not protect_csv(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_clean_for_excel():
    assert clean_for_excel("a\x00b\x1fc\td\ne") == "a␀b␟c\td\ne"
    assert clean_for_excel("a\r\nb\rc") == "a\nb\nc"
    assert clean_for_excel("x\ud83dy\ufffe") == "x\ufffdy\ufffd"
    assert clean_for_excel("déjà vu 🙂") == "déjà vu 🙂"


@pytest.mark.parametrize("text", [
    "a" * EXCEL_CELL_LIMIT, "a" * (EXCEL_CELL_LIMIT + 1), "mot " * 25_000,
    "🙂" * 16_384, "x" + "🙂" * 16_383 + "y", "a" * 100_000,
])
def test_split_for_excel(text):
    parts = split_for_excel(text)
    assert "".join(parts) == text
    assert all(0 < utf16_length(p) <= EXCEL_CELL_LIMIT for p in parts)
    assert len(parts) == -(-utf16_length(text) // EXCEL_CELL_LIMIT) or " " in text
    for part in parts:  # a surrogate pair is never cut
        assert not ("\ud800" <= part[-1] <= "\udfff")


def test_split_prefers_spaces():
    parts = split_for_excel("mot " * 10_000)
    assert parts[0].endswith(" ") and parts[1].startswith("mot")


def test_sheet_names():
    names = SheetNames()
    assert names.add("Synthèse") == "Synthèse"
    assert names.add("SYNTHÈSE") == "SYNTHÈSE (2)"
    assert names.add("History") == "History (2)"
    assert names.add("a/b\\c?d*e[f]g:h") == "a-b-c-d-e-f-g-h"
    assert names.add("'quoted'") == "quoted"
    assert names.add("") == "Sheet"
    assert names.add("   ") == "Sheet (2)"
    long = "x" * 40
    first, second = names.add(long), names.add(long)
    assert len(first) == MAX_LENGTH and first.endswith("…")
    assert len(second) == MAX_LENGTH and second.endswith("… (2)")
    assert names.add("ligne\nsaut") == "ligne-saut"
    many = [names.add("Eng. 1 – même titre très long pour une feuille") for _ in range(12)]
    assert len({n.casefold() for n in many}) == 12 and all(len(n) <= MAX_LENGTH for n in many)


def test_every_label_in_both_languages():
    for table in (LABELS, QUESTION_SHORT, QUESTION_HEADING):
        for key, message in table.items():
            assert message.fr.strip() and message.en.strip(), key
            assert len(message.fr) <= 300 and len(message.en) <= 300
    assert {"indicators", "inspirations", "challenges", "commitments"} == set(QUESTION_SHORT)


def test_memory_source_orders_and_counts():
    source = report_source(hostile=False)
    assert isinstance(source, ReportSource)
    contributions = list(source.contributions())
    shuffled = MemorySource(source.events(), source.ateliers(), source.engagements(),
                            reversed(contributions))
    assert list(shuffled.contributions()) == contributions
    assert sort_contributions(reversed(contributions), source.events()) == contributions
    assert sum(source.counts().values()) == len(contributions)


def test_openpyxl_cell_path_gives_the_same_workbook(tmp_path, monkeypatch):
    """With lxml installed openpyxl writes through lxml, where the report builds cells instead
    of XML: both paths must give the same values, types and styles."""
    source = report_source()
    write_report(source, xlsx=tmp_path / "fast.xlsx", now=NOW)
    monkeypatch.setattr(sheet_module, "LXML", True)
    write_report(source, xlsx=tmp_path / "cells.xlsx", now=NOW)
    fast = openpyxl.load_workbook(tmp_path / "fast.xlsx")
    cells = openpyxl.load_workbook(tmp_path / "cells.xlsx")
    assert fast.sheetnames == cells.sheetnames
    for a, b in zip(fast.worksheets, cells.worksheets, strict=True):
        rows_a = [[(c.value, c.value is not None and c.data_type, c.style_id, c.quotePrefix)
                   for c in r] for r in a.iter_rows()]
        rows_b = [[(c.value, c.value is not None and c.data_type, c.style_id, c.quotePrefix)
                   for c in r] for r in b.iter_rows()]
        assert rows_a == rows_b, a.title
        assert [a.row_dimensions[i].height for i in range(1, a.max_row + 1)] == \
            [b.row_dimensions[i].height for i in range(1, b.max_row + 1)]
