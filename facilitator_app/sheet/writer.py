"""Writing capture workbooks: the blank template of an atelier and a run's own filled copy.

Both have the same layout (see :mod:`facilitator_app.sheet.layout`), so a copy can be imported
like a filled template. Participants' text is only ever written as text: a cell starting with
"=" gets Excel's quote prefix and stays text when edited.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from facilitator_app import __version__
from facilitator_app.atomic import write_atomically
from facilitator_app.catalogue import catalogue_sha256
from facilitator_app.domain import GUIDING_QUESTIONS, Catalogue, Engagement, completion_label
from facilitator_app.i18n import french_typography as _fr
from facilitator_app.sheet import layout as L

_TITLE_FONT = Font(bold=True, size=14)
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")  # as the catalogue workbook
_GREY = Font(color="666666")
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(horizontal="center", vertical="top")
_THIN = Side(style="thin", color="AAAAAA")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_OPEN = Protection(locked=False)
_DANGEROUS = ("=", "+", "-", "@", "\t")
_ROW_HEIGHT = 30  # points: two handwritten lines on paper
_EXCEL_MAX_ROW_HEIGHT = 409


@dataclass(frozen=True)
class Row:
    """A filled writing row of a run's copy."""

    ordinal: int
    text: str
    starred: bool
    uuid: str


@dataclass(frozen=True)
class Filled:
    """What a run's copy holds for one engagement."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    notes: str = ""


@dataclass(frozen=True)
class Fields:
    """The atelier sheet's fields."""

    facilitators: tuple[str, ...]
    participant_count: int | None = None
    organisations: tuple[str, ...] = ()


def put_text(sheet: Any, row: int, col: int, value: str, *, style: dict | None = None) -> Any:
    """Write ``value`` as a text cell, never a formula nor an error value."""
    cell = sheet.cell(row=row, column=col)
    value = L.cell_text(value)
    cell.value = value
    cell.data_type = "s"  # openpyxl would make "=..." a formula and "#N/A" an error
    cell.number_format = "@"
    cell.alignment = _WRAP
    if value.startswith(_DANGEROUS):
        cell.quotePrefix = True
    for name, attribute in (style or {}).items():
        setattr(cell, name, attribute)
    return cell


def _open_cell(sheet: Any, row: int, col: int, *, centre: bool = False) -> Any:
    cell = sheet.cell(row=row, column=col)
    cell.protection = _OPEN
    cell.border = _BOX
    cell.number_format = "@"
    cell.alignment = _CENTRE if centre else _WRAP
    return cell


def _key(sheet: Any, row: int, key: str, uuid: str = "") -> None:
    sheet.cell(row=row, column=L.COL_KEY, value=key).data_type = "s"
    if uuid:
        sheet.cell(row=row, column=L.COL_UUID, value=uuid).data_type = "s"


def _printable(sheet: Any, title_rows: str = "1:1") -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.oddFooter.center.text = "&A — page &P / &N"
    sheet.page_margins.left = sheet.page_margins.right = 0.5


def _protect(sheet: Any) -> None:
    # No password: the protection keeps people from overwriting labels and hidden keys by
    # mistake; rows may still be resized and inserted (the reader understands inserted rows).
    protection = sheet.protection
    protection.sheet = True
    protection.formatRows = protection.formatColumns = protection.formatCells = False
    protection.insertRows = False
    protection.selectLockedCells = protection.selectUnlockedCells = False


def _hide_keys(sheet: Any) -> None:
    for letter in (L.KEY_COLUMN, L.UUID_COLUMN):
        sheet.column_dimensions[letter].hidden = True


def _instructions(catalogue: Catalogue, atelier_number: int) -> list[tuple[str, str]]:
    """The instruction sheet's lines: French typography on the fixed wording only, the
    catalogue's titles put in as they are."""
    atelier = catalogue.atelier(atelier_number)
    sheets = _fr(", ".join(f"« {L.sheet_name(n)} »" for n in atelier.engagement_numbers))
    lines = [
        ("title", "Atelier {number} « {title} » : classeur de saisie"),
        ("", "{event}, {date}. Ce classeur sert à "
             "noter ce que disent les participants quand l'application ne peut pas être "
             "utilisée : remplissez-le dans Excel ou LibreOffice, ou imprimez-le et recopiez-le "
             "après l'atelier. Il est ensuite importé par facilitator-app et transmis aux "
             "organisateurs comme un atelier saisi dans l'application."),
        ("section", "Feuille « Atelier »"),
        ("", "Vérifiez les animateurs (noms séparés par « ; »), indiquez le nombre de "
             "participants (un nombre entier) et les organisations présentes (une par ligne, "
             "ou séparées par « ; »)."),
        ("section", "Une feuille par engagement : {sheets}"),
        ("", "Chaque feuille rappelle l'engagement (institution porteuse, avancement, jalons) "
             "puis pose les quatre questions. Écrivez une contribution par ligne, dans la colonne "
             "« Contribution » : une idée, un indicateur, un exemple, tel que dit. Les lignes "
             "vides sont ignorées ; s'il en manque, insérez des lignes dans la section (clic "
             "droit sur un numéro de ligne, « Insérer »)."),
        ("section", "L'étoile ★"),
        ("", "Mettez un « x » dans la colonne ★ d'une contribution pour la mettre en avant lors "
             "de la restitution en plénière. Laissez la case vide sinon ; toute autre valeur "
             "est refusée à l'import."),
        ("section", "Notes de l'animateur"),
        ("", "En bas de chaque feuille, notez les questions posées par les participants et les "
             "réponses apportées."),
        ("section", "À ne pas faire"),
        ("", "Ne renommez, ne supprimez et ne déplacez aucune feuille ; ne modifiez pas les "
             "intitulés. Un texte commençant par « = » reste un texte. Une cellule contient au "
             "plus 32 767 caractères, la limite d'Excel. Enregistrez au format « Classeur Excel "
             "(.xlsx) »."),
        ("section", "Importer le classeur"),
        ("", "Dans un terminal : facilitator-app import-sheet FICHIER.xlsx — l'atelier devient un "
             "atelier tenu, exporté ensuite avec facilitator-app export. Importer à nouveau le "
             "même classeur après correction met à jour le même atelier, sans doublon. Si une "
             "cellule ne convient pas, la commande nomme la feuille et la cellule à corriger."),
    ]
    values = {"number": atelier.number, "title": atelier.title, "event": catalogue.event.title,
              "date": catalogue.event.date.isoformat(), "sheets": sheets}
    return [(style, _fr(line).format(**values)) for style, line in lines]


def _instructions_sheet(workbook: Any, catalogue: Catalogue, atelier_number: int) -> None:
    sheet = workbook.active
    sheet.title = L.INSTRUCTIONS
    sheet.column_dimensions["A"].width = 110
    for row, (style, line) in enumerate(_instructions(catalogue, atelier_number), start=1):
        put_text(sheet, row, 1, line)
        if style:
            sheet.cell(row=row, column=1).font = Font(bold=True, size=12 + 2 * (style == "title"))
        sheet.row_dimensions[row].height = {"title": 40, "section": 20}.get(
            style, _height(line, 120, 18))
    _printable(sheet, "")
    _protect(sheet)


def _atelier_sheet(workbook: Any, catalogue: Catalogue, atelier_number: int,
                   fields: Fields) -> None:
    atelier = catalogue.atelier(atelier_number)
    event = catalogue.event
    sheet = workbook.create_sheet(L.ATELIER)
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = 80
    put_text(sheet, 1, 1, _fr("Atelier {n} : ").format(n=atelier.number) + atelier.title,
             style={"font": _TITLE_FONT})
    sheet.merge_cells("A1:B1")
    rows = [
        (L.HEADER, "Événement", f"{event.title} — {event.date.isoformat()} — {event.host}"),
        (L.HEADER, "Salle", atelier.room or "—"),
        (L.FIELD_FACILITATORS, _fr("Animateurs (séparés par « ; »)"),
         " ; ".join(fields.facilitators)),
        (L.FIELD_PARTICIPANTS, "Nombre de participants", fields.participant_count),
        (L.FIELD_ORGANISATIONS,
         _fr("Organisations présentes (une par ligne ou séparées par « ; »)"),
         "\n".join(fields.organisations)),
        (L.HEADER, "Engagements examinés",
         "\n".join(_fr("{n} : ").format(n=n) + catalogue.engagement(n).title
                   for n in atelier.engagement_numbers)),
    ]
    _key(sheet, 1, L.HEADER)
    for row, (key, label, value) in enumerate(rows, start=2):
        put_text(sheet, row, 1, label, style={"font": _HEADER_FONT, "fill": _HEADER_FILL})
        _key(sheet, row, key)
        sheet.row_dimensions[row].height = max(_height(label, 40, 18),
                                               _height(str(value or ""), 80, 18))
        if key == L.HEADER:
            put_text(sheet, row, 2, value)
            continue
        cell = _open_cell(sheet, row, 2)
        if key == L.FIELD_PARTICIPANTS:
            cell.number_format = "0"
            cell.alignment = Alignment(horizontal="left", vertical="top")
            cell.value = value
            count = DataValidation(
                type="whole", operator="between", formula1="0", formula2=str(L.MAX_PARTICIPANTS),
                allow_blank=True, showErrorMessage=True, errorTitle="Nombre de participants",
                error=f"Un nombre entier entre 0 et {L.MAX_PARTICIPANTS}.")
            count.add(cell.coordinate)
            sheet.add_data_validation(count)
        elif value:
            put_text(sheet, row, 2, value, style={"protection": _OPEN, "border": _BOX})
        least = 60 if key == L.FIELD_ORGANISATIONS else _ROW_HEIGHT  # room to write by hand
        sheet.row_dimensions[row].height = max(least, sheet.row_dimensions[row].height)
    _hide_keys(sheet)
    _printable(sheet)
    _protect(sheet)


def _milestones(engagement: Engagement) -> str:
    return "\n".join(("✔ " if m.done else "☐ ") + m.title for m in engagement.milestones) or "—"


def _lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    per_line = max(1, int(width * 0.95))
    return sum(max(1, -(-len(line) // per_line)) for line in text.split("\n"))


def _height(text: str, width: float = 105, least: float = _ROW_HEIGHT) -> float:
    """A row height (points) showing the whole wrapped text, on screen and printed."""
    return min(_EXCEL_MAX_ROW_HEIGHT, max(least, 15 * _lines(text, width) + 3))


def _engagement_sheet(workbook: Any, engagement: Engagement, filled: Filled | None) -> None:
    sheet = workbook.create_sheet(L.sheet_name(engagement.number))
    for letter, width in (("A", 6), ("B", 105), ("C", 6)):
        sheet.column_dimensions[letter].width = width
    put_text(sheet, 1, 1, _fr("Engagement {n} : ").format(n=engagement.number)
             + engagement.title,
             style={"font": _TITLE_FONT})
    sheet.merge_cells("A1:C1")
    sheet.row_dimensions[1].height = 36
    _key(sheet, 1, L.engagement_key(engagement.number))
    completion = completion_label(engagement.completion, "fr")
    reference = [("Institution porteuse", engagement.carrier), ("Avancement", completion),
                 ("Jalons", _milestones(engagement))]
    row = 2
    for label, value in reference:
        text = _fr(f"{label} :") + (" " if "\n" not in value else "\n") + value
        put_text(sheet, row, 2, text, style={"font": _GREY})
        _key(sheet, row, L.HEADER)
        sheet.row_dimensions[row].height = 15 * (text.count("\n") + 1) + 3
        row += 1
    put_text(sheet, row, 2, _fr("Une contribution par ligne. Un « x » dans la colonne ★ la met "
             "en avant lors de la restitution."), style={"font": Font(italic=True)})
    _key(sheet, row, L.HEADER)
    row += 1
    stars = DataValidation(type="list", formula1='"x"', allow_blank=True, showErrorMessage=True,
                           errorTitle="★", error="Mettez un x pour mettre la contribution en "
                           "avant, ou laissez la case vide.")
    sheet.add_data_validation(stars)
    for number, question in enumerate(GUIDING_QUESTIONS, start=1):
        row += 1  # a blank line between sections
        style = {"font": _HEADER_FONT, "fill": _HEADER_FILL}
        put_text(sheet, row, 1, f"{number}.", style=style)
        put_text(sheet, row, 2, question.label_fr, style=style)
        put_text(sheet, row, 3, "★", style={**style, "alignment": _CENTRE})
        _key(sheet, row, L.question_key(question.key))
        row += 1
        rows = {r.ordinal: r for r in (filled.rows.get(question.key, []) if filled else [])}
        count = max([L.TEMPLATE_ROWS, *(o + 3 for o in rows)]) if filled else L.TEMPLATE_ROWS
        first = row
        for ordinal in range(1, count + 1):
            put_text(sheet, row, 1, str(ordinal), style={"font": _GREY, "alignment": _CENTRE})
            found = rows.get(ordinal)
            parts = L.split_text(L.cell_text(found.text)) if found else [""]
            for part, piece in enumerate(parts, start=1):
                _open_cell(sheet, row, L.COL_TEXT)
                _open_cell(sheet, row, L.COL_STAR, centre=True)
                if piece:
                    put_text(sheet, row, L.COL_TEXT, piece)
                if found and found.starred and part == 1:
                    put_text(sheet, row, L.COL_STAR, "x", style={"alignment": _CENTRE})
                _key(sheet, row, L.row_key(question.key, ordinal, part),
                     found.uuid if found and part == 1 else "")
                sheet.row_dimensions[row].height = _height(piece) if piece else _ROW_HEIGHT
                row += 1
        stars.add(f"C{first}:C{row - 1}")
    row += 1
    put_text(sheet, row, 2, _fr("Notes de l'animateur : questions posées par les participants, "
             "réponses apportées"), style={"font": _HEADER_FONT, "fill": _HEADER_FILL})
    _key(sheet, row, L.NOTES_HEADING)
    row += 1
    for part, piece in enumerate(L.split_text(L.cell_text(filled.notes if filled else "")),
                                 start=1):
        _open_cell(sheet, row, L.COL_TEXT)
        if piece:
            put_text(sheet, row, L.COL_TEXT, piece, style={"protection": _OPEN, "border": _BOX})
        _key(sheet, row, L.notes_key(part))
        sheet.row_dimensions[row].height = max(120, _height(piece))
        row += 1
    _hide_keys(sheet)
    _printable(sheet)
    _protect(sheet)


def _meta_sheet(workbook: Any, catalogue: Catalogue, atelier_number: int, sheet_id: str,
                run_uuid: str) -> None:
    sheet = workbook.create_sheet(L.META)
    values = [
        ("format", L.FORMAT_NAME), ("format_version", str(L.FORMAT_VERSION)),
        ("sheet_id", sheet_id), ("run_uuid", run_uuid), ("catalogue_id", catalogue.id),
        ("catalogue_version", catalogue.version),
        ("catalogue_sha256", catalogue_sha256(catalogue)), ("atelier", str(atelier_number)),
        ("app_version", __version__),
    ]
    for row, (key, value) in enumerate(values, start=1):
        put_text(sheet, row, 1, key)
        put_text(sheet, row, 2, value)
    sheet.sheet_state = "veryHidden"
    _protect(sheet)


def build_workbook(catalogue: Catalogue, atelier_number: int, fields: Fields,
                   filled: dict[int, Filled] | None = None, *, sheet_id: str | None = None,
                   run_uuid: str = "") -> Any:
    """The capture workbook of one atelier, blank (``filled`` None) or holding a run."""
    catalogue.atelier(atelier_number)  # KeyError for an unknown atelier
    workbook = openpyxl.Workbook()
    workbook.properties.creator = f"facilitator-app {__version__}"
    workbook.properties.title = f"Atelier {atelier_number} — {catalogue.event.title}"
    workbook.properties.language = "fr-FR"
    _instructions_sheet(workbook, catalogue, atelier_number)
    _atelier_sheet(workbook, catalogue, atelier_number, fields)
    for engagement in catalogue.engagements_of(atelier_number):
        _engagement_sheet(workbook, engagement,
                          (filled or {}).get(engagement.number, Filled()) if filled is not None
                          else None)
    _meta_sheet(workbook, catalogue, atelier_number, sheet_id or str(uuidlib.uuid4()), run_uuid)
    workbook.security = WorkbookProtection(lockStructure=True)
    return workbook


def save(workbook: Any, path: Path) -> None:
    """Write the workbook atomically (an earlier file at ``path`` stays whole on failure)."""
    write_atomically(Path(path), lambda handle: workbook.save(handle))


