"""The open-data package: ``datapackage.json``, a Frictionless Data Package describing
``contributions.csv`` (one row per contribution) and ``notes.csv`` (the participants' questions
and the answers given, one row per run and engagement).

These files are for programs, the workbook and the Excel CSV for people: UTF-8 without a
byte-order mark, a comma between fields, quoting per RFC 4180 with CRLF line ends, ISO 8601
times, stable English column names, and each text exactly as the participant's words were
typed (no apostrophe before a text that starts with ``=``: no spreadsheet reads this output).
The Table Schema of each file is shipped under ``resources/schemas/`` and copied into the
descriptor, so the folder stands alone. ``docs/report-format.md`` describes it.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import TextIO

from facilitator_app.report import labels as L
from facilitator_app.report.context import ReportContext
from facilitator_app.report.csv_out import CSV_COLUMNS, group_fields
from facilitator_app.report.data import ReportContribution
from facilitator_app.report.text import clean_unencodable
from facilitator_app.resources import resource_path

CONTRIBUTIONS = "contributions.csv"
NOTES = "notes.csv"
DESCRIPTOR = "datapackage.json"
FILES = (CONTRIBUTIONS, NOTES, DESCRIPTOR)
NOTE_COLUMNS = (
    "event_id", "event_title", "event_date", "atelier_number", "atelier_title",
    "engagement_number", "engagement_title", "run_uuid", "facilitators", "text", "updated_at",
)
ENCODING = "utf-8"
LICENCE = {
    "name": "etalab-2.0",
    "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
    "title": "Licence Ouverte / Open Licence version 2.0",
}
DIALECT = {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "doubleQuote": True,
           "header": True}


def _writer(handle: TextIO):
    return csv.writer(handle, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL,
                      lineterminator="\r\n")


def _names(people: tuple[str, ...]) -> str:
    return clean_unencodable(", ".join(people))


class _Titles:
    """The titles of the source's records, exact (only what UTF-8 cannot hold replaced)."""

    def __init__(self, ctx: ReportContext) -> None:
        self.events = {e.catalogue_id: (clean_unencodable(e.title), e.date.isoformat())
                       for e in ctx.events}
        self.ateliers = {k: clean_unencodable(a.title) for k, a in ctx.atelier_by_key.items()}
        self.engagements = {e.number: clean_unencodable(e.title) for e in ctx.engagements}


class OpenDataWriter:
    """``contributions.csv``, row by row as contributions stream past (the caller opens the
    file); :meth:`write_notes` fills ``notes.csv`` from the context."""

    def __init__(self, ctx: ReportContext, handle: TextIO) -> None:
        self.ctx = ctx
        self.writer = _writer(handle)
        self.writer.writerow(CSV_COLUMNS)
        self.titles = _Titles(ctx)
        self._questions = {k: L.question_full(k, ctx.lang) for k in L.QUESTION_SHORT}
        self.rows = 0

    def add(self, c: ReportContribution) -> None:
        event_title, event_date = self.titles.events.get(c.event_id, ("", ""))
        self.writer.writerow((
            c.uuid, c.event_id, event_title, event_date, c.atelier_number,
            self.titles.ateliers.get((c.event_id, c.atelier_number), ""), c.engagement_number,
            self.titles.engagements.get(c.engagement_number, ""), c.question_key,
            self._questions.get(c.question_key, c.question_key), clean_unencodable(c.text),
            "true" if c.starred else "false", _names(c.facilitators), L.iso_utc(c.created_at),
            L.iso_utc(c.updated_at), c.bundle_uuid, clean_unencodable(c.bundle_file),
            *group_fields(c),
        ))
        self.rows += 1

    def write_notes(self, handle: TextIO) -> int:
        writer = _writer(handle)
        writer.writerow(NOTE_COLUMNS)
        for n in self.ctx.notes:
            event_title, event_date = self.titles.events.get(n.event_id, ("", ""))
            writer.writerow((
                n.event_id, event_title, event_date, n.atelier_number,
                self.titles.ateliers.get((n.event_id, n.atelier_number), ""),
                n.engagement_number, self.titles.engagements.get(n.engagement_number, ""),
                n.run_uuid, _names(n.facilitators), clean_unencodable(n.text),
                L.iso_utc(n.updated_at)))
        return len(self.ctx.notes)


def table_schema(name: str) -> dict:
    """The shipped Table Schema of ``contributions`` or ``notes``."""
    path = resource_path("schemas", f"open-data-{name}.schema.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _sha256(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def descriptor(ctx: ReportContext, files: dict[str, Path]) -> dict:
    """The Data Package describing the written ``files`` (by their names in the package),
    with each file's size and SHA-256 so that a copy can be checked."""
    events = " ; ".join(f"{e.title} ({e.date.isoformat()})" for e in ctx.events)
    resources = []
    for name, title in (("contributions", "Contributions des ateliers"),
                        ("notes", "Questions des participants et réponses")):
        path = f"{name}.csv"
        size, sha = _sha256(files[path])
        resources.append({
            "name": name, "path": path, "title": title, "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": ENCODING,
            "bytes": size, "hash": f"sha256:{sha}", "dialect": DIALECT,
            "schema": table_schema(name)})
    return {
        "profile": "tabular-data-package",
        "name": "ministere-ouvert-contributions",
        "title": "Contributions des ateliers Ministère ouvert",
        "description": (
            "Les contributions des participants aux ateliers Ministère ouvert (indicateurs, "
            "inspirations, défis, engagements futurs), par engagement du plan d’action "
            "national pour une action publique transparente et collaborative, et les "
            "questions des participants avec les réponses données. Événements\u00a0: "
            f"{events or 'aucun'}."),
        "language": "fr",
        "licenses": [LICENCE],
        "created": L.iso_utc(ctx.generated_at),
        "keywords": ["gouvernement ouvert", "Ministère ouvert", "participation citoyenne",
                     "Partenariat pour un gouvernement ouvert"],
        "resources": resources,
    }


def write_descriptor(ctx: ReportContext, files: dict[str, Path], handle: TextIO) -> None:
    json.dump(descriptor(ctx, files), handle, ensure_ascii=False, indent=2)
    handle.write("\n")
