"""The organiser window's status line: the result of the last task, in the current language.

The last result is kept as data and rendered when asked, so that switching the language
redraws it. Counts come label first ("merged: 3"), which reads right in French and English
whatever the number."""

from __future__ import annotations

from PySide6.QtCore import QObject


class StatusText(QObject):
    """What the last merge, resolution, trust or report did."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last: tuple = ()

    def clear(self) -> None:
        self._last = ()

    def merged(self, report, dry_run: bool) -> None:
        self._last = ("merged", report, dry_run)

    def resolved(self, remaining: int) -> None:
        self._last = ("resolved", remaining)

    def trusted(self, fingerprint: str) -> None:
        self._last = ("trusted", fingerprint)

    def reported(self, result) -> None:
        self._last = ("reported", result)

    def report_cancelled(self) -> None:
        self._last = ("report-cancelled",)

    @property
    def text(self) -> str:
        if not self._last:
            return ""
        kind, *args = self._last
        return getattr(self, "_" + kind.replace("-", "_"))(*args)

    def _merged(self, report, dry_run: bool) -> str:
        totals = report.totals
        text = self.tr(
            "Bundles — merged: {merged}, already merged: {already}, quarantined: {quarantined}, "
            "rejected: {rejected}. Contributions — added: {added}, updated: {updated}, "
            "unchanged: {unchanged}, conflicting: {conflicting}, removed: {removed}.").format(
            merged=report.count("merged"), already=report.count("already"),
            quarantined=report.count("quarantined"), rejected=report.count("rejected"),
            added=totals.added, updated=totals.updated, unchanged=totals.unchanged,
            conflicting=totals.conflicting, removed=totals.removed)
        if report.cancelled:
            text = self.tr("Merge cancelled (bundles done: {done}); "
                           "each bundle merged is complete, "
                           "the others are untouched.").format(done=len(report.outcomes)) \
                + " " + text
        if dry_run:
            text = self.tr("Dry run, nothing was written.") + " " + text
        return text

    def _resolved(self, remaining: int) -> str:
        return self.tr("Conflict resolved. Unresolved conflicts left: {count}.").format(
            count=remaining)

    def _trusted(self, fingerprint: str) -> str:
        return self.tr("Key {fingerprint} is now trusted. Merge the quarantined bundles to "
                       "merge those it signed.").format(fingerprint=fingerprint)

    def _reported(self, result) -> str:
        written = [str(p) for p in (result.xlsx, result.csv) if p is not None]
        if result.markdown:
            written.append(str(result.markdown[0].parent))
        return self.tr("Report written (contributions: {count}): {files}").format(
            count=result.contributions, files=", ".join(written))

    def _report_cancelled(self) -> str:
        return self.tr("Report cancelled: no file was written or changed.")
