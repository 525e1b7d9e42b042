"""The central report: an Excel workbook, an open-data CSV and one Markdown page per engagement,
made from a :class:`ReportSource` (the central store, or :class:`MemorySource`) by
:func:`write_report`. No Qt here; openpyxl is imported only when a workbook is written.
``docs/report-format.md`` describes the outputs.
"""

from facilitator_app.report.build import ReportResult, write_report
from facilitator_app.report.data import (
    CONTRIBUTION_ORDER,
    MemorySource,
    ReportAtelier,
    ReportBundleSource,
    ReportConflict,
    ReportContribution,
    ReportEngagement,
    ReportEvent,
    ReportNote,
    ReportSource,
    sort_contributions,
)
from facilitator_app.report.errors import ReportCancelled, ReportError, ReportSourceError

__all__ = [
    "CONTRIBUTION_ORDER",
    "MemorySource",
    "ReportAtelier",
    "ReportBundleSource",
    "ReportCancelled",
    "ReportConflict",
    "ReportContribution",
    "ReportEngagement",
    "ReportError",
    "ReportEvent",
    "ReportNote",
    "ReportResult",
    "ReportSource",
    "ReportSourceError",
    "sort_contributions",
    "write_report",
]
