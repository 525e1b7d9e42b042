"""What a capture workbook looks like, shared by its writer and its reader (no openpyxl here).

Every sheet keeps, in a hidden column D, a *key* per row saying what the row is; the reader goes
by these keys, not by row numbers, so a row inserted by the facilitator (the protection allows
it) is still understood. Column E (hidden too) holds the UUID of a contribution written by
:func:`~facilitator_app.sheet.write_run_copy`, so that a run's own copy can be imported again.
"""

from __future__ import annotations

import re
import uuid as uuidlib

from facilitator_app.domain import QUESTION_KEYS

FORMAT_NAME = "facilitator-app capture workbook"
FORMAT_VERSION = 1

INSTRUCTIONS, ATELIER, META = "Instructions", "Atelier", "facilitator-app"
# How many rows each guiding question offers in a blank template: a one-hour atelier rarely
# yields more per question and engagement; rows can be inserted when it does.
TEMPLATE_ROWS = 15
MAX_CONTRIBUTION_CHARS = 100_000  # as facilitator_app.capture.MAX_CONTRIBUTION_CHARS
MAX_NOTES_CHARS = 100_000
MAX_NAME_CHARS = 200
MAX_FACILITATORS = 20
MAX_ORGANISATIONS = 500
MAX_PARTICIPANTS = 100_000
# Excel holds at most 32,767 characters (UTF-16 units) in a cell; longer texts continue on the
# following rows (keys ending in ":2", ":3"...). Half of it, as a character beyond the BMP
# counts twice in Excel.
CELL_CHARS = 16_000

# Columns of the engagement and atelier sheets.
COL_NUMBER, COL_TEXT, COL_STAR, COL_KEY, COL_UUID = 1, 2, 3, 4, 5
KEY_COLUMN, UUID_COLUMN = "D", "E"

# Keys of the hidden column. Engagement sheets: "engagement:N" (first row), "h" (reference
# rows), "question:KEY", "c:KEY:ORDINAL" (a writing row), "c:KEY:ORDINAL:PART" (its
# continuation), "notes-heading", "notes" and "notes:PART". Atelier sheet: "h" and the fields.
HEADER = "h"
FIELD_FACILITATORS, FIELD_PARTICIPANTS, FIELD_ORGANISATIONS = (
    "facilitators", "participants", "organisations")
NOTES_HEADING, NOTES = "notes-heading", "notes"

_ROW_KEY = re.compile(r"c:([a-z_]{1,32}):([1-9][0-9]{0,6})(?::([2-9]|[1-9][0-9]{1,3}))?")
_NOTES_KEY = re.compile(r"notes(?::([2-9]|[1-9][0-9]{1,3}))?")
_QUESTION_KEY = re.compile(r"question:([a-z_]{1,32})")


def sheet_name(engagement: int) -> str:
    """The name of an engagement's sheet (stable: the reader looks for it)."""
    return f"Engagement {engagement}"


def engagement_key(engagement: int) -> str:
    return f"engagement:{engagement}"


def question_key(question: str) -> str:
    return f"question:{question}"


def row_key(question: str, ordinal: int, part: int = 1) -> str:
    return f"c:{question}:{ordinal}" + (f":{part}" if part > 1 else "")


def notes_key(part: int = 1) -> str:
    return NOTES + (f":{part}" if part > 1 else "")


def parse_question_key(key: str) -> str | None:
    match = _QUESTION_KEY.fullmatch(key)
    return match[1] if match and match[1] in QUESTION_KEYS else None


def parse_row_key(key: str) -> tuple[str, int, int] | None:
    """(question, ordinal, part) of a writing row's key, or None."""
    match = _ROW_KEY.fullmatch(key)
    if not match or match[1] not in QUESTION_KEYS:
        return None
    return match[1], int(match[2]), int(match[3] or 1)


def parse_notes_key(key: str) -> int | None:
    """The part number of a notes row's key, or None."""
    match = _NOTES_KEY.fullmatch(key)
    return int(match[1] or 1) if match else None


def run_uuid_of(sheet_id: str) -> str:
    """The run a capture workbook becomes: importing it twice updates the same run."""
    return str(uuidlib.uuid5(uuidlib.UUID(sheet_id), "run"))


def contribution_uuid_of(sheet_id: str, engagement: int, question: str, ordinal: int) -> str:
    """The contribution a writing row becomes, the same at every import of the workbook."""
    return str(uuidlib.uuid5(uuidlib.UUID(sheet_id),
                             f"contribution/{engagement}/{question}/{ordinal}"))


def canonical_uuid(text: str) -> str | None:
    """``text`` as a lower-case canonical UUID, or None when it is not one."""
    try:
        value = uuidlib.UUID(text.strip())
    except (ValueError, AttributeError):
        return None
    return str(value) if str(value) == text.strip().lower() else None


def split_text(text: str, size: int = CELL_CHARS) -> list[str]:
    """``text`` in cell-sized parts (``"".join(parts) == text``), cut after a space when one is
    near the end of a part so that each reads naturally."""
    parts = []
    while len(text) > size:
        cut = text.rfind(" ", size - 500, size)
        cut = cut + 1 if cut > 0 else size
        parts.append(text[:cut])
        text = text[cut:]
    parts.append(text)
    return parts


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_PICTURES = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)}


def cell_text(text: str) -> str:
    """A text as a workbook cell holds it: line feeds for line breaks, control characters
    (which a workbook cannot hold) shown by their Unicode pictures (U+2400...). Reading the cell
    gives this text back, so a text equal to it after this change was not edited."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(lambda m: _PICTURES[ord(m[0])], text)
