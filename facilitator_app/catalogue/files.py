"""A catalogue's file, whichever its kind: the JSON format or a workbook made from the template.

Apart from :mod:`~facilitator_app.catalogue.model` so that the model never imports the workbook
reader, which imports the model (and openpyxl, loaded here only when a workbook is read)."""

from __future__ import annotations

from pathlib import Path

from facilitator_app.catalogue.model import load_json_catalogue
from facilitator_app.domain import Catalogue


def load_catalogue(path: Path | str) -> Catalogue:
    """Read a catalogue from a ``.json`` file or an ``.xlsx`` workbook made from the template."""
    path = Path(path)
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        from facilitator_app.catalogue.workbook import load_workbook_catalogue

        return load_workbook_catalogue(path)
    return load_json_catalogue(path)
