"""The Excel workbook, streamed with openpyxl's write-only mode in bounded memory.

Every worksheet streams to its own temporary file, so the one ordered pass over contributions
feeds the engagement sheet it belongs to and the all-contributions table at the same time; the
summary, whose counts are made during that pass, is written last although it is the first tab.

Rows, styles and text safety are :class:`~facilitator_app.report.sheet.Sheet`'s business; this
module decides what each sheet holds.
"""

from __future__ import annotations

import contextlib
import os
import warnings
from collections.abc import Callable
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import ALL_TEMP_FILES
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.writer.excel import ExcelWriter

from facilitator_app.domain import QUESTION_KEYS, completion_label
from facilitator_app.report import labels as L
from facilitator_app.report.context import ReportContext
from facilitator_app.report.data import ReportContribution, ReportEngagement
from facilitator_app.report.sheet import Sheet, Styles
from facilitator_app.report.sheetnames import SheetNames

TABLE_NAME = "Contributions"
CHART_ROWS = 22  # blank rows under the chart (11 cm at the default 15-point row height)


class _EngagementSheet(Sheet):
    """One engagement: its title and follow-up, then the four questions as sections, each
    with its contributions in the source's order (starred first)."""

    def __init__(self, writer: XlsxWriter, engagement: ReportEngagement, title: str) -> None:
        ctx = writer.ctx
        self.event_column = ctx.several_events
        widths = [4, 84, 28, 24] + ([22] if self.event_column else []) + [12]
        super().__init__(writer, title, widths, title_rows="1:1")
        self.engagement = engagement
        self.next_question = 0  # index in QUESTION_KEYS of the next section to open
        self.note_column = len(widths) - 1
        s = self.styles
        self.body = [s.star, s.wrap, s.wrap, s.wrap] + ([s.wrap] if self.event_column else []) \
            + [s.note]
        self.body_starred = [s.star, s.starred] + self.body[2:]
        e = engagement
        self.row([None, ctx.t("eng.title", n=e.number, title=e.title)], [None, s.title])
        self.row([None, ctx.t("eng.carrier", carrier=e.carrier)], [None, s.meta])
        completion = completion_label(e.completion, ctx.lang)
        self.row([None, ctx.t("eng.completion", completion=completion)], [None, s.meta])
        for synthesis in ctx.syntheses_by_engagement.get(e.number, ()):
            self._synthesis(synthesis)
        if e.description:
            self.row([None, e.description], [None, s.meta])
        if e.milestones:
            self.row([None, ctx.t("eng.roadmap")], [None, s.table_header])
            for m in e.milestones:
                self.row(["✓" if m.done else "○", m.title], [s.star, s.meta])

    def _synthesis(self, synthesis) -> None:
        """The editors' synthesis at the top: what the ateliers said, in their words."""
        ctx, s = self.writer.ctx, self.styles
        heading = (ctx.t("eng.synthesis_event", event=ctx.event_title(synthesis.event_id))
                   if ctx.several_events else ctx.t("eng.synthesis"))
        self.blank()
        self.row([None, heading], [None, s.table_header])
        values: list[Any] = [None, synthesis.text] + [None] * (len(self.widths) - 2)
        self.split_row(values, [None, s.wrap] + [None] * (len(self.widths) - 3) + [s.note],
                       (1,), self.note_column)
        when = L.utc_naive(synthesis.updated_at).strftime("%Y-%m-%d %H:%M")
        self.row([None, ctx.t("eng.synthesis_by", author=synthesis.author, when=when)],
                 [None, s.empty])
        self.blank()

    def open_until(self, question_index: int) -> None:
        """Open the sections up to ``question_index``; those skipped had no contribution."""
        while self.next_question <= question_index:
            self._section(self.next_question)
            self.next_question += 1

    def _section(self, index: int) -> None:
        ctx, s = self.writer.ctx, self.styles
        key = QUESTION_KEYS[index]
        count = ctx.counts.get((self.engagement.number, key), 0)
        self.blank()
        heading = f"{index + 1}. {L.question_full(key, ctx.lang)}"
        if count:
            heading += f"  ({count})"
        self.section(heading)
        if not count:
            self.row([None, ctx.t("eng.none")], [None, s.empty])
            return
        labels = ["★", ctx.t("col.text"), ctx.t("col.atelier"), ctx.t("col.facilitators")]
        if self.event_column:
            labels.append(ctx.t("col.event"))
        labels.append(ctx.t("col.note"))
        self.header(labels)

    def add(self, c: ReportContribution, question_index: int) -> None:
        if question_index >= self.next_question:
            self.open_until(question_index)
        ctx = self.writer.ctx
        values: list[Any] = ["★" if c.starred else None, c.text, ctx.group_ateliers(c),
                             ctx.names(c.facilitators)]
        if self.event_column:
            values.append(ctx.event_title(c.event_id))
        values.append(ctx.group_note(c))
        self.split_row(values, self.body_starred if c.starred else self.body, (1,),
                       self.note_column)

    def finish(self) -> None:
        self.open_until(len(QUESTION_KEYS) - 1)
        notes = self.writer.ctx.notes_by_engagement.get(self.engagement.number)
        if notes:
            self._notes(notes)

    def _notes(self, notes) -> None:
        """The facilitators' notes after the four questions: the participants' questions and
        the answers given, one row per run, attributed to its atelier and facilitators."""
        ctx, s = self.writer.ctx, self.styles
        self.blank()
        self.section(f"{len(QUESTION_KEYS) + 1}. {ctx.t('eng.notes')}")
        labels = ["", ctx.t("col.notes"), ctx.t("col.atelier"), ctx.t("col.facilitators")]
        if self.event_column:
            labels.append(ctx.t("col.event"))
        labels.append(ctx.t("col.note"))
        self.header(labels)
        for n in notes:
            values: list[Any] = [None, n.text, ctx.atelier_label(n.event_id, n.atelier_number),
                                 ctx.names(n.facilitators)]
            if self.event_column:
                values.append(ctx.event_title(n.event_id))
            values.append(None)
            self.split_row(values, self.body, (1,), self.note_column)


# The all-contributions table: (label key, width). What a reader needs comes first and is what
# is printed (PRINTED_COLUMNS, about 80 % on A4 landscape); times, bundle and UUID follow, for
# filtering on screen.
ALL_COLUMNS = (
    ("col.engagement", 12), ("col.question", 19), ("col.text", 70), ("col.starred", 9),
    ("col.event", 19), ("col.atelier", 26), ("col.facilitators", 22), ("col.note", 14),
    ("col.created", 16), ("col.updated", 17), ("col.bundle", 25), ("col.uuid", 36),
)
PRINTED_COLUMNS = 8
NOTE_COLUMN = 7


class XlsxWriter:
    """Builds the workbook while contributions stream past, then saves it to a path."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self.wb = Workbook(write_only=True)
        self.styles = Styles(self.wb)
        self._sheets: list[Sheet] = []

    def begin(self) -> None:
        """Create the sheets and write those that do not depend on the contributions (kept
        apart from ``__init__`` so that :meth:`discard` can clean up after a failure here)."""
        ctx = self.ctx
        names = SheetNames()
        summary_name = names.add(ctx.t("sheet.summary"))
        all_name = names.add(ctx.t("sheet.all"))
        sources_name = names.add(ctx.t("sheet.sources"))
        conflicts_name = names.add(ctx.t("sheet.conflicts"))
        self.summary = Sheet(self, summary_name, [8, 62, 13, 13, 13, 13, 13, 13, 30],
                             title_rows="1:1", hidden=(8,), printed=8)
        self.engagement_sheets = [
            _EngagementSheet(self, e, names.add(ctx.t("sheet.engagement", n=e.number,
                                                      title=e.title)))
            for e in ctx.engagements]
        self.all = Sheet(self, all_name, [w for _, w in ALL_COLUMNS], title_rows="1:1",
                         freeze="D2", printed=PRINTED_COLUMNS)
        self.all.header([ctx.t(key) for key, _ in ALL_COLUMNS])
        s = self.styles
        self.all_styles = [s.number, s.wrap, s.wrap, s.top, s.wrap, s.wrap, s.wrap, s.note,
                           s.datetime, s.datetime, s.top, s.top]
        self._write_sources(sources_name)
        if ctx.conflicts:
            self._write_conflicts(conflicts_name)
        self.conflicts_name = conflicts_name

    # -- the pass over contributions -------------------------------------------------------

    def add(self, c: ReportContribution, engagement_index: int, question_index: int) -> None:
        self.engagement_sheets[engagement_index].add(c, question_index)
        ctx = self.ctx
        self.all.split_row([
            c.engagement_number, ctx.question(c.question_key), c.text,
            ctx.yes if c.starred else ctx.no, ctx.event_title(c.event_id),
            ctx.group_ateliers(c), ctx.names(c.facilitators), ctx.group_note(c),
            L.utc_naive(c.created_at), L.utc_naive(c.updated_at), c.bundle_file,
            c.uuid if c.group is None else " ".join(c.group.uuids),
        ], self.all_styles, (2,), NOTE_COLUMN)

    def finish(self) -> None:
        for sheet in self.engagement_sheets:
            sheet.finish()
        headers = [self.ctx.t(key) for key, _ in ALL_COLUMNS]
        last = get_column_letter(len(headers))
        table = Table(displayName=TABLE_NAME, ref=f"A1:{last}{max(2, self.all.rows)}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        table._initialise_columns()
        for column, name in zip(table.tableColumns, headers, strict=True):
            column.name = name
        with warnings.catch_warnings():  # openpyxl warns in write-only mode; columns are set
            warnings.simplefilter("ignore", UserWarning)
            self.all.ws.add_table(table)
        self._write_summary()

    def save(self, path: str, on_sheet: Callable[[float], None] | None = None) -> None:
        """Zip the sheets into ``path`` (what ``Workbook.save`` does), calling ``on_sheet``
        with the fraction of rows saved so far after each sheet, so that a caller can show
        progress and cancel between sheets."""
        wb, ctx = self.wb, self.ctx
        wb.properties.creator = "facilitator-app"
        wb.properties.title = ctx.t("summary.title")
        wb.properties.language = ctx.lang
        wb.properties.created = wb.properties.modified = ctx.generated_at
        for sheet in self._sheets:
            sheet.set_print_area()
        rows = {id(sheet.ws): max(1, sheet.rows) for sheet in self._sheets}
        total, done = sum(rows.values()), 0

        class _Writer(ExcelWriter):
            def write_worksheet(self, ws: Any) -> None:
                nonlocal done
                super().write_worksheet(ws)
                done += rows.get(id(ws), 0)
                if on_sheet is not None:
                    on_sheet(done / total)

        with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True) as archive:
            _Writer(wb, archive).save()

    def discard(self) -> None:
        """Close every sheet's stream and delete its temporary file (after an error or a
        cancel: the workbook is never saved)."""
        for ws in self.wb.worksheets:
            writer = getattr(ws, "_writer", None)
            if writer is None:
                continue
            rows = getattr(ws, "_rows", None)
            with contextlib.suppress(Exception):
                if rows is not None:
                    rows.close()
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(OSError, ValueError):
                os.remove(writer.out)
            with contextlib.suppress(ValueError):
                ALL_TEMP_FILES.remove(writer.out)

    # -- small sheets ----------------------------------------------------------------------

    def _write_sources(self, name: str) -> None:
        ctx, s = self.ctx, self.styles
        keys = ("col.file", "col.facilitators", "col.atelier", "col.participants",
                "col.catalogue", "col.fingerprint", "col.verification", "col.trust",
                "col.exported", "col.contributions", "col.deleted", "col.cited",
                "col.bundle_uuid")
        # Narrow enough to print at about 75 % on A4 landscape (was about 55 %); the bundle's
        # UUID, last, is for the screen and not printed.
        sheet = Sheet(self, name, [24, 20, 24, 11, 20, 21, 13, 16, 16, 12, 10, 10, 37],
                      title_rows="1:1", freeze="B2", printed=len(keys) - 1)
        sheet.row([ctx.t(k) for k in keys], [s.header] * 3 + [s.header_number]
                  + [s.header] * 5 + [s.header_number] * 4 + [s.header_apart])
        styles = ([s.wrap] * 3 + [s.top] + [s.wrap, s.top, s.wrap, s.wrap, s.datetime]
                  + [s.top] * 4 + [s.top_apart])
        for b in ctx.sources:
            atelier = ""
            if b.atelier_number is not None:
                atelier = ctx.atelier_label(b.event_id, b.atelier_number)
                if ctx.several_events:
                    atelier = f"{ctx.event_title(b.event_id)}, {atelier}"
            catalogue = b.catalogue
            if b.divergent:
                catalogue = ctx.t("sources.divergent", catalogue=catalogue, sha=b.divergent)
            sheet.row([b.file_name, ctx.names(b.facilitators), atelier, b.participant_count,
                       catalogue, b.key_fingerprint, L.status(b.verification, ctx.lang),
                       L.status(b.trust, ctx.lang), L.utc_naive(b.exported_at),
                       b.contributions, b.deleted, b.cited, b.bundle_uuid], styles)
        if not ctx.sources:
            sheet.row([ctx.t("sources.none")], [s.empty])
        sheet.ws.auto_filter.ref = f"A1:{get_column_letter(len(keys))}{max(2, sheet.rows)}"

    def _write_conflicts(self, name: str) -> None:
        ctx, s = self.ctx, self.styles
        # The two texts side by side, then what is printed no more (revisions, bundles, UUID).
        keys = ("col.engagement", "col.question", "col.atelier", "col.current_text",
                "col.incoming_text", "col.note", "col.revision", "col.bundle", "col.revision",
                "col.bundle", "col.uuid")
        sheet = Sheet(self, name, [12, 19, 24, 55, 55, 14, 9, 24, 9, 24, 37],
                      title_rows="1:2", freeze="A3", printed=6)
        sheet.row([ctx.t("conflicts.intro")], [s.line])
        sheet.header([ctx.t(k) for k in keys])
        styles = [s.number, s.wrap, s.wrap, s.wrap, s.wrap, s.note, s.number, s.wrap, s.number,
                  s.wrap, s.top]
        for c in ctx.conflicts:
            atelier = ctx.atelier_label(c.event_id, c.atelier_number)
            if ctx.several_events:
                atelier = f"{ctx.event_title(c.event_id)}, {atelier}"
            sheet.split_row([c.engagement_number, ctx.question(c.question_key), atelier,
                             c.current_text, c.incoming_text, None, c.current_revision,
                             c.current_bundle, c.incoming_revision, c.incoming_bundle,
                             c.contribution_uuid], styles, (3, 4), 5)

    def _write_summary(self) -> None:
        ctx, s, sheet = self.ctx, self.styles, self.summary
        tally = ctx.tally
        participants = sum(a.participant_count or 0 for a in ctx.ateliers)
        sheet.row([None, ctx.t("summary.title")], [None, s.title])
        sheet.row([None, ctx.t("summary.made", when=ctx.generated_at.strftime("%Y-%m-%d %H:%M"),
                               contributions=tally.total, ateliers=len(ctx.ateliers),
                               participants=participants, bundles=len(ctx.sources))],
                  [None, s.meta])
        if ctx.conflicts:
            key = "summary.conflict" if len(ctx.conflicts) == 1 else "summary.conflicts"
            sheet.row([None, ctx.t(key, n=len(ctx.conflicts), sheet=self.conflicts_name)],
                      [None, s.note])
        # events
        sheet.blank()
        sheet.section(ctx.t("summary.events"))
        sheet.row(["", ctx.t("col.event"), ctx.t("col.ateliers"), ctx.t("col.participants"),
                   ctx.t("col.contributions")], [s.header] * 2 + [s.header_number] * 3)
        for e in ctx.events:
            ateliers = [a for a in ctx.ateliers if a.event_id == e.catalogue_id]
            label = (f"{e.title} – {L.long_date(e.date, ctx.lang)}\n"
                     f"{ctx.t('col.catalogue')} {e.catalogue_id}, "
                     f"{ctx.t('col.version').lower()} {e.catalogue_version}")
            sheet.row([None, label, len(ateliers),
                       sum(a.participant_count or 0 for a in ateliers),
                       tally.per_event[e.catalogue_id]], [None, s.wrap, s.top, s.top, s.top])
        # engagement x question
        sheet.blank()
        sheet.section(ctx.t("summary.matrix"))
        questions = [ctx.question(k) for k in QUESTION_KEYS]
        sheet.row([ctx.t("col.number"), ctx.t("col.engagement"), *questions,
                   ctx.t("summary.total"), ctx.t("summary.starred")],
                  [s.header] * 2 + [s.header_number] * 6)
        first = sheet.rows + 1
        for e in ctx.engagements:
            cells = [tally.per_cell[(e.number, k)] for k in QUESTION_KEYS]
            # Column I, hidden: the chart's category, "Eng. 15 – Renforcer la politique…".
            sheet.row([e.number, e.title, *cells, sum(cells),
                       tally.starred_per_engagement[e.number], L.short_engagement(e)],
                      [s.number, s.wrap] + [s.top] * 6 + [None])
        last = sheet.rows
        totals = [sum(tally.per_cell[(e.number, k)] for e in ctx.engagements)
                  for k in QUESTION_KEYS]
        sheet.row(["", ctx.t("summary.total"), *totals, sum(totals),
                   sum(tally.starred_per_engagement.values())], [s.total] * 8)
        if last >= first:
            # The chart on a page of its own, on blank rows reserved for it.
            sheet.ws.row_breaks.append(Break(id=sheet.rows))
            sheet.blank()
            self._chart(first, last, sheet.rows + 1)
            for _ in range(CHART_ROWS):
                sheet.blank()

        # ateliers
        sheet.blank()
        sheet.section(ctx.t("summary.ateliers"))
        sheet.row([ctx.t("col.number"), ctx.t("col.atelier"), ctx.t("col.participants"),
                   ctx.t("col.contributions")], [s.header] * 2 + [s.header_number] * 2)
        for a in ctx.ateliers:
            lines = [a.title]
            if ctx.several_events:
                lines[0] = f"{ctx.event_title(a.event_id)} – {a.title}"
            if a.facilitators:
                lines.append(f"{ctx.t('col.facilitators')} : {ctx.names(a.facilitators)}"
                             if ctx.lang != "en" else
                             f"{ctx.t('col.facilitators')}: {ctx.names(a.facilitators)}")
            if a.organisations:
                sep = ": " if ctx.lang == "en" else " : "
                lines.append(f"{ctx.t('col.organisations')}{sep}{', '.join(a.organisations)}")
            sheet.row([a.number, "\n".join(lines), a.participant_count,
                       tally.per_atelier[(a.event_id, a.number)]], [s.number, s.wrap, s.top, s.top])

    def _chart(self, first: int, last: int, anchor_row: int) -> None:
        ws = self.summary.ws
        chart = BarChart()
        chart.type = "col"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = self.ctx.t("summary.chart")
        chart.y_axis.title = self.ctx.t("col.contributions")
        chart.x_axis.title = self.ctx.t("col.engagement")
        chart.y_axis.delete = False
        chart.x_axis.delete = False
        chart.add_data(Reference(ws, min_col=3, max_col=6, min_row=first - 1, max_row=last),
                       titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=9, min_row=first, max_row=last))
        chart.visible_cells_only = False  # the labels' column is hidden
        chart.legend.position = "b"
        chart.width, chart.height = 26, 11
        ws.add_chart(chart, f"B{anchor_row}")


__all__ = ["ALL_COLUMNS", "TABLE_NAME", "XlsxWriter"]
