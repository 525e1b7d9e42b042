"""The open-data CSV: one row per contribution, UTF-8 with a byte-order mark, ``;`` between
fields, quoting per RFC 4180 (CRLF line ends), formula protection by a leading apostrophe.
Column names are stable English identifiers whatever the language; ``docs/report-format.md``
describes each."""

from __future__ import annotations

import csv
from typing import TextIO

from facilitator_app.report import labels as L
from facilitator_app.report.context import ReportContext
from facilitator_app.report.data import ReportContribution
from facilitator_app.report.text import clean_unencodable, protect_csv

CSV_COLUMNS = (
    "uuid", "event_id", "event_title", "event_date", "atelier_number", "atelier_title",
    "engagement_number", "engagement_title", "question_key", "question_label", "text",
    "starred", "facilitators", "created_at", "updated_at", "bundle_uuid", "bundle_file",
    # a confirmed near-duplicate group's one row: its id, size, ateliers, runs, member UUIDs
    "group_id", "group_size", "group_ateliers", "group_runs", "group_uuids",
)
ENCODING = "utf-8-sig"
DELIMITER = ";"


def _safe(text: str) -> str:
    return protect_csv(clean_unencodable(text))


class CsvWriter:
    """Writes rows as contributions stream past; the file is opened by the caller."""

    def __init__(self, ctx: ReportContext, handle: TextIO) -> None:
        self.ctx = ctx
        self.writer = csv.writer(handle, delimiter=DELIMITER, quotechar='"',
                                 quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        self.writer.writerow(CSV_COLUMNS)
        self._events = {e.catalogue_id: (_safe(e.title), e.date.isoformat())
                        for e in ctx.events}
        self._ateliers = {k: _safe(a.title) for k, a in ctx.atelier_by_key.items()}
        self._engagements = {e.number: _safe(e.title) for e in ctx.engagements}
        self._questions = {k: _safe(L.question_full(k, ctx.lang)) for k in L.QUESTION_SHORT}
        self._names: dict[tuple[str, ...], str] = {}

    def add(self, c: ReportContribution) -> None:
        event_title, event_date = self._events.get(c.event_id, ("", ""))
        names = self._names.get(c.facilitators)
        if names is None:
            names = self._names[c.facilitators] = _safe(", ".join(c.facilitators))
        self.writer.writerow((
            _safe(c.uuid), _safe(c.event_id), event_title, event_date, c.atelier_number,
            self._ateliers.get((c.event_id, c.atelier_number), ""), c.engagement_number,
            self._engagements.get(c.engagement_number, ""), _safe(c.question_key),
            self._questions.get(c.question_key) or _safe(c.question_key), _safe(c.text),
            "true" if c.starred else "false", names, L.iso_utc(c.created_at),
            L.iso_utc(c.updated_at), _safe(c.bundle_uuid), _safe(c.bundle_file),
            *group_fields(c),
        ))


def group_fields(c: ReportContribution) -> tuple:
    """The group columns of a row: empty for an ordinary contribution."""
    g = c.group
    if g is None:
        return ("", "", "", "", "")
    return (g.id, len(g.uuids), g.ateliers, g.runs, " ".join(g.uuids))
