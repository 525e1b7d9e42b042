"""Pictures of the report's workbook as printed: docs/screenshots/report-*.png.

Builds a plausible report of the built-in catalogue (Ministère ouvert #1: five ateliers, ten
engagements, French contributions from ``facilitator_app.report.sample``), prints the workbook
to PDF with LibreOffice headless, and turns chosen pages into PNG with pdftoppm. Needs
``libreoffice-calc`` and ``poppler-utils`` (Debian), and for faithful widths the Calibri-metric
font Carlito (``fonts-crosextra-carlito``).

    python scripts/report_screenshots.py [--out docs/screenshots] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from facilitator_app.catalogue import builtin_catalogue  # noqa: E402
from facilitator_app.report import MemorySource, write_report  # noqa: E402
from facilitator_app.report.sample import sample_source  # noqa: E402

NOW = datetime(2016, 6, 22, 8, 30, tzinfo=UTC)
# picture name -> (language, sheet shown in the page's footer, which of its pages, crop)
# crop: None for the whole page, else the fractions (width, height) of its top-left part kept.
PICTURES = {
    "report-summary-fr": ("fr", "Synthèse", 0, None),
    "report-chart-fr": ("fr", "Synthèse", 1, (1.0, 0.75)),
    "report-engagement-fr": ("fr", "Eng. 15 –", 0, None),
    "report-contributions-fr": ("fr", "Toutes les contributions", 0, (0.62, 0.5)),
    "report-sources-fr": ("fr", "Sources", 0, (1.0, 0.4)),
    "report-conflicts-fr": ("fr", "Conflits", 0, (1.0, 0.4)),
    "report-summary-en": ("en", "Summary", 0, None),
    # A 26,000-character contribution flowing over the pages, each row saying which part it is.
    "report-long-text-fr": ("fr", "Eng. 4 –", 1, None),
}
LONG = " ".join(f"Phrase {i} : il faut publier les données des marchés publics dans un format "
                "ouvert et réutilisable." for i in range(1, 301))
DPI = 110
DPI_CROPPED = 170  # cropped pages are enlarged: their print is small


def _source() -> MemorySource:
    """The sample report, its first contribution (engagement 4's) made very long."""
    from dataclasses import replace

    source = sample_source(builtin_catalogue())
    contributions = list(source.contributions())
    contributions[0] = replace(contributions[0], text=LONG)
    return MemorySource(source.events(), source.ateliers(), source.engagements(), contributions,
                        source.sources(), source.conflicts())


def _pdf(xlsx: Path, folder: Path) -> Path:
    profile = folder / "lo-profile"
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(xlsx)],
                   check=True, capture_output=True, timeout=300)
    return folder / (xlsx.stem + ".pdf")


def _page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return out.split("\f")


def _find(texts: list[str], footer: str, which: int) -> int:
    """1-based number of the ``which``-th page whose footer starts with ``footer``."""
    found = [i + 1 for i, t in enumerate(texts)
             if any(line.strip().startswith(footer) for line in t.strip().splitlines()[-2:])]
    if len(found) <= which:
        raise SystemExit(f"no page {which} of sheet {footer!r} in the PDF")
    return found[which]


def _png(pdf: Path, page: int, crop: tuple[float, float] | None, target: Path) -> None:
    dpi = DPI if crop is None else DPI_CROPPED
    args = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
            "-singlefile"]
    if crop is not None:
        # A4 landscape is 11.69 x 8.27 inches; the left margin and the text start at 0.35 in.
        args += ["-x", str(int(0.3 * dpi)), "-y", str(int(0.5 * dpi)),
                 "-W", str(int(11.69 * dpi * crop[0] - 0.3 * dpi)),
                 "-H", str(int(8.27 * dpi * crop[1]))]
    subprocess.run([*args, str(pdf), str(target.with_suffix(""))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--keep", type=Path, help="also keep the workbooks and PDFs here")
    args = parser.parse_args()
    for tool in ("libreoffice", "pdftoppm", "pdftotext"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install libreoffice-calc poppler-utils")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="report-screenshots-") as tmp:
        folder = Path(tmp)
        pdfs: dict[str, tuple[Path, list[str]]] = {}
        for lang in ("fr", "en"):
            xlsx = folder / f"rapport-{lang}.xlsx"
            write_report(_source(), xlsx=xlsx, lang=lang, now=NOW)
            pdf = _pdf(xlsx, folder)
            pdfs[lang] = (pdf, _page_texts(pdf))
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(xlsx, args.keep)
                shutil.copy(pdf, args.keep)
        for name, (lang, footer, which, crop) in PICTURES.items():
            pdf, texts = pdfs[lang]
            target = args.out / f"{name}.png"
            _png(pdf, _find(texts, footer, which), crop, target)
            print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
