"""Reading a filled capture workbook into plain data, refusing whatever does not fit.

Nothing here touches the store: :func:`read_capture` returns a :class:`Capture` or raises a
:class:`~facilitator_app.errors.SheetError` naming the sheet and the cell to correct. The file is
opened by :mod:`facilitator_app.sheet.files` within fixed limits.
"""

from __future__ import annotations

import logging
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from facilitator_app.domain import QUESTION_KEYS, QUESTIONS_BY_KEY, Catalogue
from facilitator_app.errors import SheetError
from facilitator_app.i18n import Message, msg
from facilitator_app.sheet import layout as L
from facilitator_app.sheet.files import SheetFileError, open_workbook, unreadable

log = logging.getLogger(__name__)

MAX_SHEET_ROWS = 100_000
EXCEL_CELL_UNITS = 32_767  # what Excel holds in a cell, in UTF-16 code units
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Meta:
    """What the hidden sheet says about the workbook; ``cells`` tells where each value is."""

    sheet_id: str
    run_uuid: str
    catalogue_id: str
    catalogue_version: str
    catalogue_sha256: str
    atelier: int
    cells: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Slot:
    """One writing row (with its continuation rows) of a question, filled or empty."""

    engagement: int
    question: str
    ordinal: int
    position: int
    text: str
    starred: bool
    uuid: str  # recorded in the workbook (a run's copy), else ""
    sheet: str
    cell: str


@dataclass(frozen=True)
class Capture:
    """Everything a filled workbook says."""

    source: str
    meta: Meta
    catalogue: Catalogue
    facilitators: tuple[str, ...]
    participant_count: int | None
    organisations: tuple[str, ...]
    slots: tuple[Slot, ...]
    notes: dict[int, str]


def _norm(label: str) -> str:
    text = unicodedata.normalize("NFKD", label)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def _count(n: int) -> Message:
    """``32 767`` (narrow no-break space) in French, ``32,767`` in English."""
    return msg(f"{n:,}".replace(",", "\u202f"), f"{n:,}")


def _utf16_units(text: str) -> int:
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def _text(value: Any) -> str:
    """A cell's value as the text a person typed (a formula is its text, never computed)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == time():
        return value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if not isinstance(value, str | int | float):
        value = getattr(value, "text", None) or str(value)  # array and table formulas
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _SURROGATE.sub("\ufffd", text)


def _cell(col: int, row: int) -> str:
    return f"{get_column_letter(col)}{row}"


class _Reader:
    def __init__(self, workbook: Any, source: str) -> None:
        self.workbook, self.source = workbook, source
        self.used: set[str] = set()
        self.uuids: dict[str, tuple[str, str]] = {}

    def fail(self, sheet: str, cell: str, problem: Message) -> SheetError:
        return SheetError(self.source, sheet, cell, problem)

    def sheet(self, name: str) -> Any:
        for sheet in self.workbook.worksheets:
            if _norm(sheet.title) == _norm(name):
                self.used.add(sheet.title)
                return sheet
        raise self.fail(name, "", msg(
            "la feuille manque (feuilles trouvées : {found}) ; ne renommez et ne supprimez pas "
            "les feuilles du modèle",
            "the sheet is missing (sheets found: {found}); do not rename or delete the "
            "template's sheets", found=", ".join(
                f"« {s} »" for s in self.workbook.sheetnames if s != L.META) or "-"))

    def rows(self, sheet: Any) -> Iterator[tuple[int, list[str]]]:
        """The rows of a sheet as texts (at least five columns), numbered from 1."""
        sheet.reset_dimensions()  # declared dimensions may be wrong: read what is there
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_SHEET_ROWS:
                raise self.fail(sheet.title, "", msg(
                    "la feuille dépasse {limit} lignes ; un atelier en remplit bien moins",
                    "the sheet goes past {limit} rows; an atelier fills far fewer",
                    limit=MAX_SHEET_ROWS))
            texts = [_text(v) for v in values]
            for column, text in enumerate(texts, start=1):
                if len(text) > EXCEL_CELL_UNITS // 2 and _utf16_units(text) > EXCEL_CELL_UNITS:
                    raise self.fail(sheet.title, f"{get_column_letter(column)}{number}", msg(
                        "la cellule contient {n} caractères ; une cellule en contient au plus "
                        "{limit}, la limite d'Excel ; raccourcissez le texte",
                        "the cell holds {n} characters; a cell holds at most {limit}, Excel's "
                        "limit; shorten the text",
                        n=_count(_utf16_units(text)), limit=_count(EXCEL_CELL_UNITS)))
            yield number, texts + [""] * (5 - len(texts))

    def meta(self) -> Meta:
        if L.META not in self.workbook.sheetnames:
            raise SheetFileError(self.source, msg(
                "ce n'est pas un classeur de saisie de facilitator-app (la feuille cachée "
                "« {meta} » manque) ; faites-en un avec : facilitator-app template --atelier N "
                "-o FICHIER.xlsx",
                "this is not a facilitator-app capture workbook (the hidden sheet '{meta}' is "
                "missing); make one with: facilitator-app template --atelier N -o FILE.xlsx",
                meta=L.META))
        sheet = self.sheet(L.META)
        values: dict[str, tuple[str, str]] = {}
        for number, texts in self.rows(sheet):
            if texts[0].strip():
                values[texts[0].strip()] = (texts[1].strip(), f"B{number}")

        def get(key: str) -> tuple[str, str]:
            if key not in values:
                raise self.fail(L.META, "", msg(
                    "la valeur « {key} » manque : le classeur n'est plus celui du modèle",
                    "the value '{key}' is missing: the workbook no longer matches its template",
                    key=key))
            return values[key]

        def bad(key: str) -> SheetError:
            return self.fail(L.META, get(key)[1], msg(
                "valeur « {key} » invalide : cette feuille cachée ne doit pas être modifiée",
                "invalid value '{key}': this hidden sheet must not be changed", key=key))

        if get("format")[0] != L.FORMAT_NAME:
            raise bad("format")
        version = get("format_version")[0]
        if not version.isdigit():
            raise bad("format_version")
        if int(version) > L.FORMAT_VERSION:
            raise self.fail(L.META, get("format_version")[1], msg(
                "le classeur a été fait par une version plus récente de facilitator-app (format "
                "{found}, celle-ci lit jusqu'au format {known}) ; mettez l'application à jour",
                "the workbook was made by a newer version of facilitator-app (format {found}; "
                "this one reads up to format {known}); update the application",
                found=version, known=L.FORMAT_VERSION))
        sheet_id = L.canonical_uuid(get("sheet_id")[0])
        if sheet_id is None:
            raise bad("sheet_id")
        run_uuid = values.get("run_uuid", ("", ""))[0]
        if run_uuid and L.canonical_uuid(run_uuid) is None:
            raise bad("run_uuid")
        atelier = get("atelier")[0]
        if not re.fullmatch(r"[1-9][0-9]{0,3}", atelier):
            raise bad("atelier")
        return Meta(sheet_id, run_uuid or L.run_uuid_of(sheet_id), get("catalogue_id")[0],
                    get("catalogue_version")[0], get("catalogue_sha256")[0], int(atelier),
                    {key: cell for key, (_, cell) in values.items()})

    def names(self, sheet: str, cell: str, value: str, limit: int, what: Message) -> list[str]:
        found = [part.strip() for part in re.split(r"[;\n]", value) if part.strip()]
        if len(found) > limit:
            raise self.fail(sheet, cell, msg("au plus {limit} {what}", "at most {limit} {what}",
                                             limit=limit, what=what))
        for name in found:
            if len(name) > L.MAX_NAME_CHARS:
                raise self.fail(sheet, cell, msg(
                    "« {start}… » dépasse {limit} caractères ; séparez les noms par « ; »",
                    "'{start}…' is longer than {limit} characters; separate names with ';'",
                    start=name[:40], limit=L.MAX_NAME_CHARS))
        return found

    def atelier(self) -> tuple[list[str], int | None, list[str]]:
        sheet = self.sheet(L.ATELIER)
        found: dict[str, tuple[str, str]] = {}
        for number, texts in self.rows(sheet):
            key = texts[L.COL_KEY - 1].strip()
            self.beyond(sheet.title, number, texts)
            if key in (L.FIELD_FACILITATORS, L.FIELD_PARTICIPANTS, L.FIELD_ORGANISATIONS):
                if key in found:
                    raise self.fail(sheet.title, f"{L.KEY_COLUMN}{number}", msg(
                        "cette ligne figure deux fois", "this row appears twice"))
                found[key] = (texts[1], f"B{number}")
            elif key and key != L.HEADER:
                raise self.hidden_key(sheet.title, number)
            elif not key and texts[1].strip():
                raise self.outside(sheet.title, f"B{number}")
        labels = {L.FIELD_FACILITATORS: "Animateurs",
                  L.FIELD_PARTICIPANTS: "Nombre de participants",
                  L.FIELD_ORGANISATIONS: "Organisations présentes"}
        for key, label in labels.items():
            if key not in found:
                raise self.fail(sheet.title, "", msg(
                    "la ligne « {label} » manque ; ne supprimez pas les lignes du modèle",
                    "the row '{label}' is missing; do not delete the template's rows",
                    label=label))
        facilitators = self.names(sheet.title, found[L.FIELD_FACILITATORS][1],
                                  found[L.FIELD_FACILITATORS][0], L.MAX_FACILITATORS,
                                  msg("animateurs", "facilitators"))
        organisations = self.names(sheet.title, found[L.FIELD_ORGANISATIONS][1],
                                   found[L.FIELD_ORGANISATIONS][0], L.MAX_ORGANISATIONS,
                                   msg("organisations", "organisations"))
        text, cell = found[L.FIELD_PARTICIPANTS]
        count = text.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
        if count and not (count.isascii() and count.isdigit()
                          and int(count) <= L.MAX_PARTICIPANTS):
            raise self.fail(sheet.title, cell, msg(
                "le nombre de participants doit être un nombre entier entre 0 et {max}, pas "
                "« {v} »", "the participant count must be a whole number from 0 to {max}, not "
                "'{v}'", max=L.MAX_PARTICIPANTS, v=text.strip()[:40]))
        return facilitators, int(count) if count else None, organisations

    def beyond(self, sheet: str, row: int, texts: list[str]) -> None:
        for col, text in enumerate(texts[5:], start=6):
            if text.strip():
                raise self.fail(sheet, _cell(col, row), msg(
                    "cette cellule est hors du modèle et ne serait pas importée ; écrivez dans "
                    "la colonne B (et un x dans la colonne C pour l'étoile)",
                    "this cell is outside the template and would not be imported; write in "
                    "column B (and an x in column C for a star)"))

    def hidden_key(self, sheet: str, row: int) -> SheetError:
        return self.fail(sheet, f"{L.KEY_COLUMN}{row}", msg(
            "cette cellule d'une colonne cachée a été modifiée ; elle doit rester telle que le "
            "modèle l'a écrite",
            "this cell of a hidden column was changed; it must stay as the template wrote it"))

    def outside(self, sheet: str, cell: str) -> SheetError:
        return self.fail(sheet, cell, msg(
            "cette ligne ne fait pas partie d'une question ; écrivez les contributions dans les "
            "lignes numérotées sous chaque question",
            "this row belongs to no question; write contributions in the numbered rows under "
            "each question"))

    def engagement(self, number: int) -> tuple[list[Slot], str]:
        sheet = self.sheet(L.sheet_name(number))
        name = sheet.title
        groups: list[dict] = []  # each: question, ordinal (0 = an inserted row), rows, parts...
        notes: list[str] = []
        section: str | None = None  # a question key, "notes", or None in the header
        first = True
        seen_questions: set[str] = set()
        seen_rows: set[tuple[str, int]] = set()
        last_notes_part, notes_cell = 0, ""
        for row, texts in self.rows(sheet):
            key = texts[L.COL_KEY - 1].strip()
            text, star, uuid = texts[1], texts[2].strip(), texts[4].strip()
            self.beyond(name, row, texts)
            if first and key:
                first = False
                if key != L.engagement_key(number):
                    raise self.fail(name, f"{L.KEY_COLUMN}{row}", msg(
                        "cette feuille ne porte pas l'engagement {n} : les feuilles ont été "
                        "renommées ou échangées ; reprenez les noms du modèle",
                        "this sheet does not hold engagement {n}: sheets were renamed or "
                        "swapped; give them back the template's names", n=number))
                continue
            if key == L.HEADER or (first and not key):
                continue
            question = L.parse_question_key(key)
            parsed = L.parse_row_key(key)
            notes_part = L.parse_notes_key(key)
            if uuid and not (parsed and parsed[2] == 1):
                raise self.fail(name, f"{L.UUID_COLUMN}{row}", msg(
                    "cette cellule d'une colonne cachée a été modifiée",
                    "this cell of a hidden column was changed"))
            if question:
                if question in seen_questions:
                    raise self.hidden_key(name, row)
                seen_questions.add(question)
                section = question
            elif key == L.NOTES_HEADING:
                section = L.NOTES
            elif parsed:
                q, ordinal, part = parsed
                if q != section:
                    raise self.fail(name, f"A{row}", msg(
                        "cette ligne a été déplacée hors de la question « {q} » ; remettez-la "
                        "dans sa section", "this row was moved out of the question '{q}'; put "
                        "it back in its section", q=QUESTIONS_BY_KEY[q].label_fr))
                if part == 1:
                    if (q, ordinal) in seen_rows:
                        raise self.hidden_key(name, row)
                    seen_rows.add((q, ordinal))
                    groups.append({"q": q, "ordinal": ordinal, "row": row, "parts": [text],
                                   "stars": [(star, row)], "uuid": uuid})
                elif (groups and groups[-1]["ordinal"] == ordinal and groups[-1]["q"] == q
                      and len(groups[-1]["parts"]) == part - 1):
                    groups[-1]["parts"].append(text)
                    groups[-1]["stars"].append((star, row))
                else:
                    raise self.hidden_key(name, row)
            elif notes_part:
                if section != L.NOTES or notes_part != last_notes_part + 1:
                    raise self.hidden_key(name, row)
                last_notes_part = notes_part
                notes_cell = notes_cell or f"B{row}"
                notes.append(text)
            elif key:
                raise self.hidden_key(name, row)
            elif text.strip() or star:  # a row the facilitator inserted
                if section in QUESTION_KEYS:
                    groups.append({"q": section, "ordinal": 0, "row": row, "parts": [text],
                                   "stars": [(star, row)], "uuid": ""})
                elif section == L.NOTES:
                    notes.append("\n" + text)
                else:
                    raise self.outside(name, f"B{row}")
        for key in QUESTION_KEYS:
            if key not in seen_questions:
                raise self.fail(name, "", msg(
                    "la section de la question « {q} » manque ; ne supprimez pas les lignes du "
                    "modèle", "the section of the question '{q}' is missing; do not delete the "
                    "template's rows", q=QUESTIONS_BY_KEY[key].label_fr))
        notes_text = "".join(notes).strip()
        if len(notes_text) > L.MAX_NOTES_CHARS:
            raise self.too_long(name, notes_cell, notes_text, L.MAX_NOTES_CHARS)
        return self.slots(number, name, groups), notes_text

    def too_long(self, sheet: str, cell: str, text: str, limit: int) -> SheetError:
        return self.fail(sheet, cell, msg(
            "le texte fait {n} caractères ; {limit} au plus sont permis",
            "the text is {n} characters long; at most {limit} are allowed",
            n=f"{len(text):,}".replace(",", " "), limit=f"{limit:,}".replace(",", " ")))

    def slots(self, number: int, name: str, groups: list[dict]) -> list[Slot]:
        top = {q: max([g["ordinal"] for g in groups if g["q"] == q], default=0)
               for q in QUESTION_KEYS}
        positions = dict.fromkeys(QUESTION_KEYS, 0)
        slots = []
        for group in groups:
            q, row = group["q"], group["row"]
            if group["ordinal"] == 0:
                top[q] += 1
                group["ordinal"] = top[q]
            positions[q] += 1
            text = "".join(group["parts"]).strip()
            if len(text) > L.MAX_CONTRIBUTION_CHARS:
                raise self.too_long(name, f"B{row}", text, L.MAX_CONTRIBUTION_CHARS)
            starred = False
            for star, star_row in group["stars"]:
                if star and star.casefold() not in ("x", "★"):
                    raise self.fail(name, f"C{star_row}", msg(
                        "la colonne ★ attend un « x » ou rien, pas « {v} »",
                        "the ★ column takes an 'x' or nothing, not '{v}'", v=star[:40]))
                starred = starred or bool(star)
            if starred and not text:
                raise self.fail(name, f"C{row}", msg(
                    "une étoile sans contribution : écrivez la contribution en B{row} ou "
                    "effacez le x", "a star without a contribution: write the contribution in "
                    "B{row} or remove the x", row=row))
            uuid = group["uuid"]
            if uuid:
                if L.canonical_uuid(uuid) is None or uuid in self.uuids:
                    raise self.fail(name, f"{L.UUID_COLUMN}{row}", msg(
                        "cette cellule d'une colonne cachée a été modifiée ou copiée",
                        "this cell of a hidden column was changed or copied"))
                self.uuids[uuid] = (name, f"{L.UUID_COLUMN}{row}")
            slots.append(Slot(number, q, group["ordinal"], positions[q], text, starred, uuid,
                              name, f"B{row}"))
        return slots

    def unknown_sheets(self) -> None:
        for sheet in self.workbook.worksheets:
            if sheet.title in self.used:
                continue
            for row, texts in self.rows(sheet):
                for col, text in enumerate(texts, start=1):
                    if text.strip():
                        raise self.fail(sheet.title, _cell(col, row), msg(
                            "cette feuille ne fait pas partie du modèle et ne serait pas "
                            "importée ; écrivez dans les feuilles des engagements",
                            "this sheet is not part of the template and would not be "
                            "imported; write in the engagements' sheets"))


def read_capture(path: Path | str, choose: Callable[[Meta, str], Catalogue]) -> Capture:
    """Read and check a filled capture workbook. ``choose(meta, source)`` returns the
    catalogue the workbook was made from, or raises a SheetError."""
    path = Path(path)
    source = path.name
    workbook = open_workbook(path, source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = _Reader(workbook, source)
            meta = reader.meta()
            catalogue = choose(meta, source)
            try:
                atelier = catalogue.atelier(meta.atelier)
            except KeyError:
                raise reader.fail(L.META, meta.cells.get("atelier", ""), msg(
                    "l'atelier {n} n'existe pas dans le catalogue", "atelier {n} is not in the "
                    "catalogue", n=meta.atelier)) from None
            facilitators, count, organisations = reader.atelier()
            slots: list[Slot] = []
            notes: dict[int, str] = {}
            for number in atelier.engagement_numbers:
                found, notes[number] = reader.engagement(number)
                slots += found
            reader.used.update(s for s in workbook.sheetnames
                               if _norm(s) == _norm(L.INSTRUCTIONS))
            reader.unknown_sheets()
    except SheetError:
        raise
    except Exception:  # a damaged sheet inside a readable zip
        log.warning("cannot read capture workbook %s", path, exc_info=True)
        raise unreadable(source) from None
    finally:
        workbook.close()
    return Capture(source, meta, catalogue, tuple(facilitators), count, tuple(organisations),
                   tuple(slots), notes)
