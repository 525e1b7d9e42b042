"""The report's outputs of a central store in a comparable form: the CSV's and the Markdown
pages' bytes, and every cell of every sheet of the workbook as openpyxl reads it back."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import load_workbook

from facilitator_app.central.report_source import CentralReportSource
from facilitator_app.central.store import CentralStore
from facilitator_app.report.build import write_report

NOW = datetime(2016, 7, 1, 12, 0, tzinfo=UTC)  # the report's own time, fixed


def report_outputs(target: str | Path, lang: str = "fr") -> dict[str, object]:
    """Every output of the report of the store at ``target``, by file name."""
    with tempfile.TemporaryDirectory(prefix="outputs-") as tmp:
        folder = Path(tmp)
        with CentralStore(target, create=False) as store:
            write_report(CentralReportSource(store), xlsx=folder / "report.xlsx",
                         csv=folder / "report.csv", markdown=folder / "pages", lang=lang,
                         now=NOW)
        found: dict[str, object] = {"report.csv": (folder / "report.csv").read_bytes()}
        for page in sorted((folder / "pages").iterdir()):
            found[f"pages/{page.name}"] = page.read_bytes()
        workbook = load_workbook(folder / "report.xlsx")
        for sheet in workbook.worksheets:
            found[f"sheet {sheet.title}"] = [tuple(row) for row in
                                             sheet.iter_rows(values_only=True)]
        workbook.close()
    return found


def differences(first: dict[str, object], second: dict[str, object]) -> list[str]:
    """What differs between two reports' outputs, for an assertion's message."""
    found = []
    for name in sorted(set(first) | set(second)):
        a, b = first.get(name), second.get(name)
        if a == b:
            continue
        if isinstance(a, bytes) and isinstance(b, bytes):
            a_lines, b_lines = a.splitlines(), b.splitlines()
            lines = [f"  {x!r}\n  {y!r}" for x, y in zip(a_lines, b_lines) if x != y][:3]
            found.append(f"{name}: {len(a_lines)} / {len(b_lines)} lines\n" + "\n".join(lines))
        elif isinstance(a, list) and isinstance(b, list):
            rows = [f"  row {i + 1}: {x!r}\n         {y!r}"
                    for i, (x, y) in enumerate(zip(a, b)) if x != y][:3]
            found.append(f"{name}: {len(a)} / {len(b)} rows\n" + "\n".join(rows))
        else:
            found.append(f"{name}: only in one")
    return found
