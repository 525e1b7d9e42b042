"""Opening a capture workbook safely: size limits before anything is unpacked, openpyxl's
read-only mode (defusedxml guards its XML), and one sentence for any file that is not a
readable workbook, never a traceback.
"""

from __future__ import annotations

import io
import logging
import warnings
import zipfile
from pathlib import Path
from typing import Any

import openpyxl

from facilitator_app.errors import FacilitatorError, SheetError, os_reason
from facilitator_app.i18n import Message, msg

log = logging.getLogger(__name__)

# A capture workbook of a whole evening is a megabyte or two; a zip can unpack to far more
# than it weighs, and read-only openpyxl still holds all the shared strings in memory.
MAX_FILE_BYTES = 50 * 2**20
MAX_UNPACKED_BYTES = 200 * 2**20


class SheetFileError(SheetError):
    """The file as a whole is refused (unreadable, not a capture workbook): no sheet to name."""

    def __init__(self, source: str, problem: Message) -> None:
        self.source, self.sheet, self.cell, self.problem = source, "", "", problem
        FacilitatorError.__init__(self, msg("{source} : {problem}", "{source}: {problem}",
                                            source=source, problem=problem))


def unreadable(source: str) -> SheetFileError:
    """The refusal of a file that openpyxl cannot read as a workbook."""
    return SheetFileError(source, msg(
        "n'est pas un classeur Excel lisible ; enregistrez-le en « Classeur Excel (.xlsx) »",
        "is not a readable Excel workbook; save it as 'Excel Workbook (.xlsx)'"))


def open_workbook(path: Path, source: str) -> Any:
    """The workbook at ``path`` in openpyxl's read-only mode, formulas as their text; a file
    too large, unpacking too large or unreadable is refused with a :class:`SheetFileError`."""
    try:
        size = path.stat().st_size
        raw = path.read_bytes() if size <= MAX_FILE_BYTES else b""
    except OSError as exc:
        raise SheetFileError(source, msg("illisible ({e})", "cannot be read ({e})",
                                         e=os_reason(exc))) from None
    if size > MAX_FILE_BYTES:
        raise SheetFileError(source, msg(
            "le fichier fait {size} octets ; un classeur de saisie en fait au plus {limit}",
            "the file is {size} bytes; a capture workbook is at most {limit} bytes",
            size=size, limit=MAX_FILE_BYTES))
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise unreadable(source) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise SheetFileError(source, msg(
            "le classeur décompressé ferait {size} octets ; {limit} au plus sont permis",
            "the workbook would unpack to {size} bytes; at most {limit} are allowed",
            size=unpacked, limit=MAX_UNPACKED_BYTES))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # Formulas are read as their text: what the facilitator typed, never a result.
            return openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False,
                                          keep_links=False)
    except Exception:  # openpyxl and zipfile raise many kinds of error on a damaged file
        log.warning("cannot open capture workbook %s", path, exc_info=True)
        raise unreadable(source) from None
