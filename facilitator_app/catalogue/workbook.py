"""The Excel workbook organisers fill in to make their own catalogue: its layout and its reader
(the template is written by :mod:`facilitator_app.catalogue.template`).

Reading builds the same dict tree as a JSON file and goes through :func:`catalogue_from_dict`;
a ``locate`` function turns each tree path back into a sheet, a row and a column.
openpyxl is imported by this module and the template's, each only when a workbook is used.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from facilitator_app.catalogue.model import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    Path_,
    catalogue_from_dict,
)
from facilitator_app.domain import Catalogue, Completion
from facilitator_app.errors import CatalogueError, os_reason
from facilitator_app.i18n import Message, msg

log = logging.getLogger(__name__)

MAX_ROWS = 5_000
# A 20 MB zip can unpack to gigabytes; real catalogues unpack to well under a megabyte.
MAX_UNPACKED_BYTES = 10 * MAX_FILE_BYTES
_EXCEL_LAST_ROW = 1_048_576

INSTRUCTIONS, EVENT, AGENDA, ATELIERS, ENGAGEMENTS = (
    "Instructions", "Événement", "Programme", "Ateliers", "Engagements")


class _Bad(Exception):
    """A cell's value cannot be converted; the caller adds the cell's place."""

    def __init__(self, message: Message) -> None:
        self.message = message


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _norm(label: Any) -> str:
    """Headings and labels compare without case, accents or extra spaces: people retype them."""
    text = unicodedata.normalize("NFKD", str(label or ""))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == time():
        return value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    # Cells pasted from Windows text carry "\r", which the validator treats as a control character.
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _number(value: Any) -> int | None:
    if value is None or isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _Bad(msg("un numéro entier est attendu, pas {v} (séparez les numéros par « ; »)",
                       "expected a whole number, not {v} (separate numbers with ';')", v=value))
    text = _text(value).strip()
    if re.fullmatch(r"\d{1,9}", text):
        return int(text)
    if not text:
        return None
    raise _Bad(msg("« {v} » n'est pas un numéro entier", "'{v}' is not a whole number", v=text))


def _numbers(value: Any) -> list[int | None]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [_number(value)]
    return [_number(part) for part in re.split(r"[;,\n]", _text(value)) if part.strip()]


def _names(value: Any) -> list[str]:
    # Only ";" separates names: "Dupont, Jean" is one person.
    return [part.strip() for part in re.split(r"[;\n]", _text(value)) if part.strip()]


def _date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float | time | timedelta):
        raise _Bad(msg("une date est attendue (AAAA-MM-JJ), pas « {v} »",
                       "expected a date (YYYY-MM-DD), not '{v}'", v=_text(value)))
    return _text(value)  # the validator explains a malformed text date


def _time(value: Any) -> str:
    minutes = None
    if isinstance(value, time):
        minutes = value.hour * 60 + value.minute
    elif isinstance(value, datetime) and value.date() <= date(1900, 1, 1):
        minutes = value.hour * 60 + value.minute  # a time-only cell read against Excel's epoch
    elif isinstance(value, timedelta) and timedelta(0) <= value < timedelta(days=1):
        minutes = int(value.total_seconds()) // 60
    elif isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(value * 24 * 60)  # an unformatted time is a fraction of a day
    elif isinstance(value, date | int | float | timedelta):
        raise _Bad(msg("une heure est attendue (HH:MM), pas « {v} »",
                       "expected a time (HH:MM), not '{v}'", v=_text(value)))
    if minutes is not None:
        return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
    text = _text(value).strip()
    match = re.fullmatch(r"(\d{1,2})\s*[:hH]\s*(\d{2})", text)
    return f"{int(match[1]):02d}:{match[2]}" if match else text


_COMPLETIONS = {_norm(label): c.value for c in Completion
                for label in (c.label_fr, c.label_en, c.value)}


def _completion(value: Any) -> str | None:
    if _blank(value):
        return None
    found = _COMPLETIONS.get(_norm(_text(value)))
    if found is None:
        raise _Bad(msg("« {v} » n'est pas un avancement connu ; choisissez {choices} ou rien",
                       "'{v}' is not a known completion; choose {choices} or leave it empty",
                       v=_text(value).strip(), choices=", ".join(c.label_fr for c in Completion)))
    return found


def _milestones(value: Any) -> list[dict[str, Any]]:
    out = []
    for line in _text(value).split("\n"):
        line = line.strip()
        done = line[:3].casefold() == "[x]"
        if done or line.startswith("[ ]"):
            line = line[3:].strip()
        elif line.startswith("[]"):
            line = line[2:].strip()
        elif not line:
            continue
        out.append({"title": line, "done": done})
    return out


# key in the tree, heading written in the template, short heading also accepted, width, converter
# key, heading in row 1, short name in messages, width, converter of the cell's value
Column = tuple[str, str, str, int, Callable[[Any], Any]]
AGENDA_COLUMNS: tuple[Column, ...] = (
    ("start", "Début HH:MM", "Début", 14, _time),
    ("end", "Fin HH:MM", "Fin", 14, _time),
    ("label", "Intitulé", "Intitulé", 100, _text),
)
ATELIER_COLUMNS: tuple[Column, ...] = (
    ("number", "Numéro", "Numéro", 10, _number),
    ("title", "Titre", "Titre", 50, _text),
    ("room", "Salle", "Salle", 25, _text),
    ("facilitators", "Animateurs (séparés par « ; »)", "Animateurs", 45, _names),
    ("engagements", "Engagements (numéros séparés par « ; »)", "Engagements", 25, _numbers),
)
ENGAGEMENT_COLUMNS: tuple[Column, ...] = (
    ("number", "Numéro", "Numéro", 10, _number),
    ("title", "Titre", "Titre", 50, _text),
    ("official_title", "Intitulé officiel", "Intitulé officiel", 50, _text),
    ("carrier", "Porteur", "Porteur", 40, _text),
    ("ogp_id", "Identifiant OGP", "Identifiant OGP", 16, _text),
    ("completion", "Avancement", "Avancement", 16, _completion),
    ("milestones", "Jalons (un par ligne ; préfixer « [x] » pour un jalon atteint)", "Jalons", 60,
     _milestones),
    ("description", "Description", "Description", 70, _text),
)
# path in the tree, label in column A, converter; every field but the venue must be present
EVENT_FIELDS: tuple[tuple[Path_, str, Callable[[Any], Any]], ...] = (
    (("id",), "Identifiant du catalogue", _text),
    (("version",), "Version", _text),
    (("event", "title"), "Titre de l'événement", _text),
    (("event", "date"), "Date (AAAA-MM-JJ)", _date),
    (("event", "host"), "Institution hôte", _text),
    (("event", "venue"), "Lieu", _text),
)
EVENT_COLUMNS: tuple[Column, ...] = (
    ("field", "Champ", "Champ", 28, _text), ("value", "Valeur", "Valeur", 90, _text))


def is_number_column(column: Column) -> bool:
    """Whether a column holds numbers; the others hold text, typed as text."""
    return column[4] is _number


def _where(sheet: str, row: int | None = None, col: int | None = None, heading: str = "",
           item: int | None = None) -> Message:
    fr, en = "feuille « {sheet} »", "sheet '{sheet}'"
    if row:
        fr, en = fr + ", ligne {row}", en + ", row {row}"
    if col:
        fr, en = fr + ", colonne {col} ({heading})", en + ", column {col} ({heading})"
    if item:
        fr, en = fr + ", élément {item}", en + ", item {item}"
    return msg(fr, en, sheet=sheet, row=row, col=get_column_letter(col) if col else "",
               heading=heading, item=item)


class _Reader:
    def __init__(self, workbook: Any, source: str) -> None:
        self.workbook, self.source = workbook, source
        self.places: dict[Path_, tuple] = {}

    def locate(self, path: Path_) -> str | Message:
        for k in range(len(path), 0, -1):
            place = self.places.get(path[:k])
            if place:
                rest = path[k:]
                item = rest[0] + 1 if rest and isinstance(rest[0], int) else None
                return _where(*place, item=item)
        return ""

    def fail(self, where: Message, problem: Message) -> CatalogueError:
        return CatalogueError(self.source, where, problem)

    def sheet(self, name: str) -> Any:
        for sheet in self.workbook.worksheets:
            if _norm(sheet.title) == _norm(name) and hasattr(sheet, "iter_rows"):
                return sheet
        raise self.fail(_where(name), msg(
            "la feuille manque (feuilles trouvées : {found}) ; ne renommez pas celles du modèle",
            "the sheet is missing (sheets found: {found}); do not rename the template's sheets",
            found=", ".join(f"« {s} »" for s in self.workbook.sheetnames) or "-"))

    def table(self, name: str, columns: tuple[Column, ...]) -> list[tuple[int, dict]]:
        """The non-empty rows under the heading row, each as {key: (column, value)}."""
        sheet = self.sheet(name)
        sheet.reset_dimensions()  # declared dimensions are sometimes wrong; read what is there
        found: dict[str, int] | None = None
        rows = []
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            if number > _EXCEL_LAST_ROW:
                raise self.fail(_where(name), msg("la feuille dépasse la dernière ligne d'Excel",
                                                  "the sheet goes past Excel's last row"))
            if found is None:
                if not all(_blank(v) for v in values):
                    found = self.headings(name, number, values, columns)
                continue
            cells = {key: (col, values[col - 1] if col <= len(values) else None)
                     for key, col in found.items()}
            if all(_blank(v) for _, v in cells.values()):
                continue
            if len(rows) == MAX_ROWS:
                raise self.fail(_where(name, number), msg(
                    "la feuille compte plus de {limit} lignes remplies ; un catalogue en a moins",
                    "the sheet has more than {limit} filled rows; a catalogue has far fewer",
                    limit=MAX_ROWS))
            rows.append((number, cells))
        if found is None:
            self.headings(name, 1, (), columns)
        return rows

    def headings(self, name: str, row: int, values: tuple, columns: tuple[Column, ...]) -> dict:
        labels = [_norm(v) for v in values]
        anywhere = {_norm(c[i]) for c in columns for i in (1, 2)}
        found = {}
        for position, (key, heading, short, _, _) in enumerate(columns, start=1):
            for col, label in enumerate(labels, start=1):
                if label in (_norm(heading), _norm(short)):
                    found[key] = col
                    break
            else:
                there = values[position - 1] if position <= len(values) else None
                if not _blank(there) and _norm(there) not in anywhere:
                    raise self.fail(_where(name, row, position, _text(there).strip()), msg(
                        "l'en-tête « {h} » est attendu ici ; ne renommez pas ceux du modèle",
                        "the heading '{h}' is expected here; do not rename the template's headings",
                        h=heading))
                raise self.fail(_where(name, row), msg("la colonne « {h} » manque",
                                                       "the column '{h}' is missing", h=heading))
        return found

    def cell(self, path: Path_, place: tuple, convert: Callable[[Any], Any], value: Any) -> Any:
        self.places[path] = place
        try:
            return convert(value)
        except _Bad as bad:
            raise self.fail(_where(*place), bad.message) from None

    def items(self, path: Path_, name: str, columns: tuple[Column, ...]) -> list[dict]:
        self.places[path] = (name,)
        out = []
        for i, (row, cells) in enumerate(self.table(name, columns)):
            self.places[path + (i,)] = (name, row)
            item = {}
            for key, _, short, _, convert in columns:
                col, value = cells[key]
                item[key] = self.cell(path + (i, key), (name, row, col, short), convert, value)
            out.append(item)
        return out

    def tree(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
                                "event": {"venue": ""}}
        self.places[("event",)] = (EVENT,)
        known = {_norm(name): (path, label, convert) for path, label, convert in EVENT_FIELDS
                 for name in (label, label.split(" (")[0])}
        seen = set()
        for row, cells in self.table(EVENT, EVENT_COLUMNS):
            (label_col, label), (value_col, value) = cells["field"], cells["value"]
            if _norm(label) not in known:
                raise self.fail(_where(EVENT, row, label_col, "Champ"), msg(
                    "champ inconnu « {f} » ; les champs sont : {names}",
                    "unknown field '{f}'; the fields are: {names}", f=_text(label).strip(),
                    names=", ".join(f"« {lab} »" for _, lab, _ in EVENT_FIELDS)))
            path, full, convert = known[_norm(label)]
            if path in seen:
                raise self.fail(_where(EVENT, row, label_col, "Champ"), msg(
                    "le champ « {f} » figure deux fois", "the field '{f}' appears twice", f=full))
            seen.add(path)
            parent = data["event"] if path[0] == "event" else data
            parent[path[-1]] = self.cell(path, (EVENT, row, value_col, full.split(" (")[0]),
                                         convert, value)
        for path, label, _ in EVENT_FIELDS[:-1]:
            if path not in seen:
                raise self.fail(_where(EVENT), msg(
                    "la ligne « {f} » manque dans la colonne A (Champ)",
                    "the row '{f}' is missing from column A (Champ)", f=label))
        data["event"]["agenda"] = self.items(("event", "agenda"), AGENDA, AGENDA_COLUMNS)
        data["ateliers"] = self.items(("ateliers",), ATELIERS, ATELIER_COLUMNS)
        data["engagements"] = self.items(("engagements",), ENGAGEMENTS, ENGAGEMENT_COLUMNS)
        return data


def load_workbook_catalogue(path: Path | str) -> Catalogue:
    """Read and validate a catalogue workbook made from the template; every problem becomes a
    :class:`CatalogueError` naming the file, the sheet, the row and the column."""
    path = Path(path)
    source = path.name
    try:
        size = path.stat().st_size
        raw = path.read_bytes() if size <= MAX_FILE_BYTES else b""
    except OSError as exc:
        raise CatalogueError(source, "", msg("illisible ({e})", "cannot be read ({e})",
                                             e=os_reason(exc))) from None
    if size > MAX_FILE_BYTES:
        raise CatalogueError(source, "", msg(
            "le fichier fait {size} octets ; un catalogue en fait au plus {limit}",
            "the file is {size} bytes; a catalogue is at most {limit} bytes",
            size=size, limit=MAX_FILE_BYTES))
    workbook = None
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise CatalogueError(source, "", msg(
                "le classeur décompressé ferait {size} octets ; {limit} au plus sont permis",
                "the workbook would unpack to {size} bytes; at most {limit} are allowed",
                size=unpacked, limit=MAX_UNPACKED_BYTES))
        # Bytes rather than the path: openpyxl would otherwise judge the file by its extension.
        # Its warnings about Excel features it drops (styles, extensions) would only be noise here.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            reader = _Reader(workbook, source)
            data = reader.tree()
    except CatalogueError:
        raise
    except Exception:  # openpyxl and zipfile raise many kinds of error on a damaged file
        log.warning("cannot read workbook %s", path, exc_info=True)
        raise CatalogueError(source, "", msg(
            "n'est pas un classeur Excel lisible ; enregistrez-le en « Classeur Excel (.xlsx) »",
            "is not a readable Excel workbook; save it as 'Excel Workbook (.xlsx)'")) from None
    finally:
        if workbook is not None:
            workbook.close()
    return catalogue_from_dict(data, source=source, locate=reader.locate)
