"""Participants' text made safe for a spreadsheet, without changing what it says.

- Formula protection: a text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
  is never a formula. In the workbook such a cell is written as a string with Excel's
  *quote prefix* (Excel shows the text and keeps it text when the cell is edited); in the CSV
  the field gets a leading apostrophe (see :func:`protect_csv` and docs/report-format.md).
- Line breaks become line feeds (CR LF and a lone CR alike), as Excel stores them.
- Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage return)
  become their visible *control pictures* (U+2400-U+241F, e.g. NUL → ␀); lone surrogates and
  U+FFFE/U+FFFF become U+FFFD.
- Excel holds at most 32,767 characters (UTF-16 units) in a cell: :func:`split_for_excel` cuts a
  longer text into parts, preferably after a space, that join back to the whole text.
- A row is at most 409 points tall, and a tall row that does not fit what is left of a printed
  page moves whole to the next one: :func:`split_for_print` cuts a text into parts of at most a
  few wrapped lines, so that a long text flows from page to page instead of being cut off.
"""

from __future__ import annotations

import re

EXCEL_CELL_LIMIT = 32_767
DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Strings openpyxl would otherwise store as Excel error values.
EXCEL_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
                               "#N/A"))

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_UNENCODABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")
_PICTURES = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)}


def clean_for_excel(text: str) -> str:
    """``text`` with the characters a workbook cannot hold replaced visibly, and line breaks
    as Excel writes them (a line feed: XML readers turn a bare carriage return into one)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        text = text.translate(_PICTURES)
    return clean_unencodable(text)


def clean_unencodable(text: str) -> str:
    """``text`` with lone surrogates and non-characters (not encodable as UTF-8 XML) → U+FFFD."""
    if _UNENCODABLE.search(text):
        text = _UNENCODABLE.sub("\ufffd", text)
    return text


def is_dangerous(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula (or an error value)."""
    return text.startswith(DANGEROUS_PREFIXES) or text in EXCEL_ERROR_CODES


def protect_csv(text: str) -> str:
    """The CSV field for ``text``: a leading apostrophe when it starts with a dangerous
    character or with an apostrophe, so that removing one leading apostrophe always restores it."""
    if text.startswith(DANGEROUS_PREFIXES) or text.startswith("'"):
        return "'" + text
    return text


def unprotect_csv(field: str) -> str:
    """Inverse of :func:`protect_csv`, for readers of the published CSV."""
    return field[1:] if field.startswith("'") else field


def utf16_length(text: str) -> int:
    """How many UTF-16 code units Excel counts in ``text``."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def split_for_excel(text: str, limit: int = EXCEL_CELL_LIMIT) -> list[str]:
    """``text`` in parts of at most ``limit`` UTF-16 units (Excel's count), cut after a space
    or line break near the end of each part when there is one; ``"".join(parts) == text``."""
    if len(text) * 2 <= limit or utf16_length(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text
    while utf16_length(rest) > limit:
        # The longest prefix within the limit: characters beyond the BMP count twice.
        end, units = 0, 0
        for ch in rest:
            step = 2 if ord(ch) > 0xFFFF else 1
            if units + step > limit:
                break
            units += step
            end += 1
        window = rest[max(0, end - 500):end]
        cut = max(window.rfind(" "), window.rfind("\n"))
        if cut >= 0:
            end = end - len(window) + cut + 1
        parts.append(rest[:end])
        rest = rest[end:]
    parts.append(rest)
    return parts


def split_for_print(text: str, per_line: int, max_lines: int) -> list[str]:
    """``text`` in parts that each wrap to at most ``max_lines`` lines of about ``per_line``
    characters (and fit in a cell), cut after a line break or a space where possible;
    ``"".join(parts) == text``."""
    budget = per_line * max_lines
    if len(text) <= per_line * 2 and text.count("\n") < max_lines:
        return split_for_excel(text)
    parts: list[str] = []
    start, lines, line_start = 0, 0, 0
    last_space = -1
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" or i - line_start + 1 > per_line:
            # A line ends here: after the line break, or where the wrap would cut (after the
            # last space of the line when there is one).
            if ch == "\n":
                end = i + 1
            elif last_space >= line_start:
                end = last_space + 1
            else:
                end = i
            lines += 1
            line_start = end
            if lines == max_lines:
                parts.append(text[start:end])
                start, lines = end, 0
            i = end
            last_space = -1
            continue
        if ch == " ":
            last_space = i
        i += 1
    if start < n:
        parts.append(text[start:])
    out = []
    for part in parts:  # a part is never longer than a cell holds (per_line * max_lines is)
        out.extend(split_for_excel(part) if len(part) > budget else [part])
    return out or [text]
