"""``write_report``: one ordered pass over the contributions feeds every output at once.

Each output is written to a temporary file beside its destination (``.NAME.*.part``); only when
all are complete, and the person has not cancelled, are they renamed over their destinations.
A cancel or an error removes the temporary files, so earlier reports stay intact and nothing is
left behind (openpyxl's own temporary sheet files included).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from facilitator_app.atomic import UMASK, sync_folder
from facilitator_app.errors import ExportError, os_reason
from facilitator_app.i18n import LANGUAGES, msg
from facilitator_app.report.context import ReportContext
from facilitator_app.report.data import ReportSource, question_rank
from facilitator_app.report.errors import ReportCancelled, ReportSourceError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
CHECK_EVERY = 256  # contributions between two looks at ``cancelled``
REPORT_EVERY = 2_048  # contributions between two progress calls (a multiple of CHECK_EVERY)


@dataclass(frozen=True, slots=True)
class ReportResult:
    """What was written: the paths (``None`` when not asked) and how many contributions."""

    xlsx: Path | None
    csv: Path | None
    markdown: tuple[Path, ...]
    contributions: int
    open_data: tuple[Path, ...] = ()


class _Temporaries:
    """Temporary files beside their destinations, renamed over them together at the end."""

    def __init__(self) -> None:
        self.pending: list[tuple[Path, Path]] = []  # (temporary, destination)
        self.created_folders: list[Path] = []

    def folder(self, folder: Path) -> None:
        """Make the output folder ``folder`` if missing; a discard removes it again."""
        missing = [f for f in (folder, *folder.parents) if not f.exists()]
        if not missing:
            return
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            raise ExportError(str(folder), os_reason(exc)) from exc
        self.created_folders.extend(reversed(missing))  # outermost first

    def make(self, destination: Path) -> Path:
        folder = destination.parent if str(destination.parent) else Path(".")
        try:
            fd, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part",
                                        dir=folder)
        except OSError as exc:
            raise ExportError(str(destination), os_reason(exc)) from exc
        try:
            os.fchmod(fd, 0o666 & ~UMASK)  # mkstemp makes 0600; a report is an ordinary file
        except (AttributeError, OSError):
            pass
        os.close(fd)
        self.pending.append((Path(name), destination))
        return Path(name)

    def commit(self) -> None:
        folders = set()
        for temporary, destination in self.pending:
            _fsync(temporary)
            folders.add(destination.parent)
        for temporary, destination in self.pending:
            try:
                os.replace(temporary, destination)
            except OSError as exc:
                raise ExportError(str(destination), os_reason(exc)) from exc
        self.pending.clear()
        for folder in folders:
            sync_folder(folder)

    def discard(self) -> None:
        for temporary, _ in self.pending:
            with contextlib.suppress(OSError):
                temporary.unlink()
        self.pending.clear()
        for folder in reversed(self.created_folders):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def write_report(source: ReportSource, *, xlsx: str | os.PathLike | None = None,
                 csv: str | os.PathLike | None = None,
                 markdown: str | os.PathLike | None = None,
                 open_data: str | os.PathLike | None = None, lang: str = "fr",
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 now: datetime | None = None) -> ReportResult:
    """Write the report of ``source``: an Excel workbook, an open-data CSV and/or one Markdown
    page per engagement in the folder ``markdown``; and/or the open-data package (a Data
    Package of two CSV files, :mod:`~facilitator_app.report.open_data`) in the folder
    ``open_data``. ``progress(done, total)`` is called as
    contributions stream; ``cancelled()`` returning true stops with :class:`ReportCancelled`.
    Raises :class:`~facilitator_app.errors.ExportError` when a file cannot be written."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    generated_at = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    ctx = ReportContext(source, lang, generated_at)
    stop = cancelled or (lambda: False)
    temporaries = _Temporaries()
    handles: list = []
    outputs: list = []
    xlsx_writer = None
    pages: dict[int, object] = {}
    page_paths: list[Path] = []
    package: dict[str, Path] = {}  # the open-data package: its files' temporaries by name
    package_writer = None
    try:
        if stop():
            raise ReportCancelled()
        xlsx_path = Path(xlsx) if xlsx is not None else None
        csv_path = Path(csv) if csv is not None else None
        if xlsx_path is not None:
            from facilitator_app.report.xlsx import XlsxWriter

            xlsx_temporary = temporaries.make(xlsx_path)
            xlsx_writer = XlsxWriter(ctx)
            xlsx_writer.begin()
            outputs.append(xlsx_writer)
        if csv_path is not None:
            from facilitator_app.report.csv_out import ENCODING, CsvWriter

            handle = open(temporaries.make(csv_path), "w", encoding=ENCODING, newline="")
            handles.append(handle)
            outputs.append(CsvWriter(ctx, handle))
        if markdown is not None:
            from facilitator_app.report.markdown import MarkdownPage, page_name

            folder = Path(markdown)
            temporaries.folder(folder)
            for e in ctx.engagements:
                path = folder / page_name(e.number)
                handle = open(temporaries.make(path), "w", encoding="utf-8", newline="\n")
                handles.append(handle)
                pages[e.number] = MarkdownPage(ctx, e, handle)
                page_paths.append(path)
        if open_data is not None:
            from facilitator_app.report import open_data as od

            data_folder = Path(open_data)
            temporaries.folder(data_folder)
            package = {name: temporaries.make(data_folder / name) for name in od.FILES}
            handle = open(package[od.CONTRIBUTIONS], "w", encoding=od.ENCODING, newline="")
            handles.append(handle)
            package_writer = od.OpenDataWriter(ctx, handle)
            outputs.append(package_writer)
        count = _stream(source, ctx, xlsx_writer, outputs, pages, progress, stop)
        for page in pages.values():
            page.finish()  # type: ignore[attr-defined]
        with _writing(csv_path or markdown or open_data or xlsx_path):
            for handle in handles:
                handle.close()
        handles.clear()
        if package_writer is not None:
            with _writing(open_data):
                _finish_package(ctx, package_writer, package)
        if xlsx_writer is not None:
            xlsx_writer.finish()
            if stop():
                raise ReportCancelled()
            weight = _save_weight(ctx, xlsx_writer)
            total = max(count, ctx.expected_total) + weight

            def saved(fraction: float) -> None:
                if stop():
                    raise ReportCancelled()
                if progress:
                    progress(min(total, count + int(weight * fraction)), total)

            with _writing(xlsx_path):
                xlsx_writer.save(str(xlsx_temporary), saved)
        if stop():
            raise ReportCancelled()
        temporaries.commit()
        total = max(count, ctx.expected_total) + _save_weight(ctx, xlsx_writer)
        if progress:
            progress(total, total)
        log.info("report written: %d contributions (xlsx=%s csv=%s markdown=%s open data=%s)",
                 count, xlsx_path, csv_path, markdown, open_data)
        return ReportResult(xlsx_path, csv_path, tuple(page_paths), count,
                            tuple(Path(open_data) / name for name in package))
    except BaseException:
        for handle in handles:
            with contextlib.suppress(Exception):
                handle.close()
        if xlsx_writer is not None:
            xlsx_writer.discard()
        temporaries.discard()
        raise


def _finish_package(ctx: ReportContext, writer, files: dict[str, Path]) -> None:
    """The package's notes, then its descriptor (which holds the two files' sizes and hashes)."""
    from facilitator_app.report import open_data as od

    with open(files[od.NOTES], "w", encoding=od.ENCODING, newline="") as handle:
        writer.write_notes(handle)
    with open(files[od.DESCRIPTOR], "w", encoding=od.ENCODING, newline="\n") as handle:
        od.write_descriptor(ctx, files, handle)


@contextlib.contextmanager
def _writing(path: object):
    """Turn an OSError of writing an output into an ExportError naming it."""
    try:
        yield
    except OSError as exc:
        raise ExportError(str(path), os_reason(exc)) from exc


def _save_weight(ctx: ReportContext, xlsx_writer: object) -> int:
    """Progress units for saving the workbook (zipping the sheets): about a fifth of the time."""
    return max(1, ctx.expected_total // 5) if xlsx_writer is not None else 0


def _stream(source: ReportSource, ctx: ReportContext, xlsx_writer, outputs: list,
            pages: dict, progress: Progress | None, stop: Callable[[], bool]) -> int:
    """The one pass: each contribution to every output; checks the source's order."""
    total = ctx.expected_total + _save_weight(ctx, xlsx_writer)
    if progress:
        progress(0, total)
    others = [o for o in outputs if o is not xlsx_writer]
    tally = ctx.tally
    index_of = ctx.engagement_index
    previous = (-1, -1)
    engagement_number, engagement_index = None, -1
    done = 0
    from facilitator_app.report.groups import collapse

    for c in collapse(source.contributions(), ctx.groups):
        if c.engagement_number != engagement_number:
            engagement_number = c.engagement_number
            if engagement_number not in index_of:
                raise ReportSourceError(msg(
                    "l'engagement {n} d'une contribution n'est pas parmi les engagements du "
                    "rapport.", "a contribution's engagement {n} is not among the report's "
                    "engagements.", n=engagement_number))
            engagement_index = index_of[engagement_number]
        question_index = question_rank(c.question_key)
        if question_index >= 4:
            raise ReportSourceError(msg(
                "la question « {q} » de la contribution {uuid} est inconnue.",
                "the question '{q}' of contribution {uuid} is unknown.",
                q=c.question_key, uuid=c.uuid))
        place = (engagement_index, question_index)
        if place < previous:
            raise ReportSourceError(msg(
                "la contribution {uuid} n'arrive pas dans l'ordre du rapport.",
                "contribution {uuid} is out of the report's order.", uuid=c.uuid))
        previous = place
        try:  # an OSError here is the disk's; one from the source's iterator is not
            if xlsx_writer is not None:
                xlsx_writer.add(c, engagement_index, question_index)
            for output in others:
                output.add(c)
            page = pages.get(engagement_number)
            if page is not None:
                page.add(c, question_index)
        except OSError as exc:
            raise ExportError(exc.filename or "", os_reason(exc)) from exc
        tally.add(c)
        done += 1
        if done % CHECK_EVERY == 0:
            if stop():
                raise ReportCancelled()
            if progress and done % REPORT_EVERY == 0:
                total = max(total, done + _save_weight(ctx, xlsx_writer))
                progress(done, total)
    if progress:
        progress(done, max(total, done + _save_weight(ctx, xlsx_writer)))
    return done
