"""The workbook as printed, through LibreOffice (headless, to PDF) and poppler's pdftotext: a
32,000-character contribution prints whole and flows from page to page, never over the footer;
the table and conflicts sheets print at a readable scale; the chart names its engagements.

LibreOffice is installed by scripts/system-packages.sh (make setup): these tests run in CI."""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator_app.catalogue import builtin_catalogue
from facilitator_app.report import MemorySource, write_report
from facilitator_app.report.sample import sample_source

SENTENCES = 420
LONG = " ".join(f"Phrase {i} : il faut publier les données des marchés publics."
                for i in range(1, SENTENCES + 1))  # about 26,000 characters
FOOTER_BAND = 60  # points at the bottom of a page where the footer is


@dataclass
class Page:
    number: int
    height: float
    words: list[tuple[float, float, float, float, str]]

    @property
    def sheet(self) -> str:
        """The sheet's name, from the footer (``&A`` on the left, ``&P / &N`` on the right)."""
        words = [w[4] for w in self.footer]
        return " ".join(words[:-3] if words[-2:-1] == ["/"] else words)

    @property
    def footer(self):
        return [w for w in self.words if w[1] > self.height - FOOTER_BAND]

    @property
    def body(self):
        return [w for w in self.words if w[1] <= self.height - FOOTER_BAND]

    @property
    def text(self) -> str:
        return " ".join(w[4] for w in self.body)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: make setup installs it (scripts/system-packages.sh)")
    return found


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> list[Page]:
    folder = tmp_path_factory.mktemp("print")
    source = sample_source(builtin_catalogue())
    contributions = list(source.contributions())
    contributions[0] = replace(contributions[0], text=LONG)
    source = MemorySource(source.events(), source.ateliers(), source.engagements(),
                          contributions, source.sources(), source.conflicts())
    xlsx = folder / "rapport.xlsx"
    write_report(source, xlsx=xlsx, now=datetime(2016, 6, 22, 8, 30, tzinfo=UTC))
    subprocess.run([_tool("soffice"), f"-env:UserInstallation=file://{folder / 'profile'}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(xlsx)],
                   check=True, capture_output=True, timeout=600)
    html = folder / "rapport.html"
    subprocess.run([_tool("pdftotext"), "-bbox", str(folder / "rapport.pdf"), str(html)],
                   check=True, capture_output=True, timeout=120)
    pages = []
    for i, (height, body) in enumerate(re.findall(
            r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', html.read_text(), re.S)):
        words = [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)'
            r"</word>", body)]
        pages.append(Page(i + 1, float(height), words))
    return pages


def _of(pages: list[Page], sheet: str) -> list[Page]:
    found = [p for p in pages if p.sheet.startswith(sheet)]
    assert found, f"no page of {sheet!r}: {[p.sheet for p in pages]}"
    return found


def _word_height(pages: list[Page]) -> float:
    return statistics.median(w[3] - w[1] for p in pages for w in p.body)


def _sentences(pages: list[Page]) -> list[int]:
    return [int(n) for p in pages for n in re.findall(r"Phrase (\d+) :", p.text)]


@pytest.mark.parametrize("sheet", ["Eng. 4 –", "Toutes les contributions"])
def test_a_long_text_prints_whole_and_flows_from_page_to_page(printed, sheet):
    pages = _of(printed, sheet)
    assert _sentences(pages) == list(range(1, SENTENCES + 1)), "every sentence, once, in order"
    for page in pages:
        footer_top = min(w[1] for w in page.footer)
        assert max(w[3] for w in page.body) < footer_top, f"page {page.number} over its footer"
    # No page left mostly blank before the text goes on (a row too tall for what remains of a
    # page moves whole to the next): each page but the sheet's last is filled to 60 % at least.
    for page in pages[:-1]:
        lowest = max(w[3] for w in page.body)
        assert lowest > 0.6 * (page.height - FOOTER_BAND), f"page {page.number} half blank"


@pytest.mark.parametrize("sheet", ["Toutes les contributions", "Conflits", "Sources"])
def test_wide_sheets_print_at_a_readable_scale(printed, sheet):
    """Words as tall as at least 70 % of the engagement sheets' (printed at full size)."""
    reference = _word_height(_of(printed, "Eng. "))
    assert _word_height(_of(printed, sheet)) >= 0.7 * reference


def test_the_chart_names_its_engagements(printed):
    chart = _of(printed, "Synthèse")[1].text
    assert "Eng. 15 – Renforcer la" in chart and "Eng. 4 – Evaluation" in chart
