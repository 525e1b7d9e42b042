"""The catalogue workbook's template, which organisers fill in to make their own catalogue.

It comes pre-filled with a worked example (the built-in catalogue by default): organisers learn
the format by overwriting a real catalogue rather than by reading rules alone. Its sheets and
columns are those :mod:`facilitator_app.catalogue.workbook` reads.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from facilitator_app.catalogue.model import MAX_FILE_BYTES, builtin_catalogue, catalogue_to_dict
from facilitator_app.catalogue.workbook import (
    AGENDA,
    AGENDA_COLUMNS,
    ATELIER_COLUMNS,
    ATELIERS,
    ENGAGEMENT_COLUMNS,
    ENGAGEMENTS,
    EVENT,
    EVENT_COLUMNS,
    EVENT_FIELDS,
    INSTRUCTIONS,
    MAX_ROWS,
    Column,
    is_number_column,
)
from facilitator_app.domain import Catalogue, Completion
from facilitator_app.errors import FacilitatorError, os_reason
from facilitator_app.i18n import msg

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
_WRAP = Alignment(wrap_text=True, vertical="top")


def _put(sheet: Any, row: int, col: int, value: Any, number_format: str = "") -> None:
    cell = sheet.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # a title starting with "=" must stay text, never become a formula
        cell.number_format = "@"
    elif number_format:
        cell.number_format = number_format
    cell.alignment = _WRAP


def _table_sheet(workbook: Any, name: str, columns: tuple[Column, ...], rows: list[list]) -> Any:
    sheet = workbook.create_sheet(name)
    for col, column in enumerate(columns, start=1):
        _, heading, _, width, _ = column
        _put(sheet, 1, col, heading)
        sheet.cell(row=1, column=col).font = _HEADER_FONT
        sheet.cell(row=1, column=col).fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(col)].width = width
        if not is_number_column(column):
            # Typed text stays text: "12,13" would otherwise become a decimal in a French Excel.
            sheet.column_dimensions[get_column_letter(col)].number_format = "@"
    for r, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            _put(sheet, r, col, value, "yyyy-mm-dd" if isinstance(value, date) else "")
    sheet.freeze_panes = "A2"
    return sheet


def _milestone_lines(milestones: list[dict]) -> str:
    # An undone milestone whose title starts with "[" gets an explicit "[ ]" to read back as is.
    return "\n".join(("[x] " if m["done"] else "[ ] " if m["title"].startswith("[") else "")
                     + m["title"] for m in milestones)


def _instructions() -> list[tuple[str, str]]:
    labels = ", ".join(f"« {c.label_fr} »" for c in Completion)
    return [("title", "Catalogue d'ateliers « Ministère ouvert » : mode d'emploi"), (
        "", "Ce classeur décrit un événement : son programme, ses ateliers et les engagements que "
        "chacun examine. Il est prérempli avec un exemple complet : remplacez ses valeurs par "
        "celles de votre événement, puis vérifiez le fichier (voir la fin). Ne renommez ni les "
        "feuilles ni les en-têtes de la ligne 1 ; les colonnes ajoutées et les lignes vides sont "
        "ignorées."), ("section", "Feuille « Événement » (colonne A : le champ, B : sa valeur)"), (
        "", "Identifiant du catalogue : minuscules, chiffres, « . », « _ » ou « - » (80 caractères "
        "au plus), par exemple « ministere-ouvert-culture-1 ». Version : à changer à chaque "
        "diffusion, par exemple « 2025-03-14.1 ». Titre de l'événement, Institution hôte : "
        "obligatoires. Date : une date Excel ou le texte AAAA-MM-JJ (2016-06-21). Lieu : "
        "facultatif."),
        ("section", "Feuille « Programme » (une ligne par moment de la soirée)"), (
        "", "Début : obligatoire, HH:MM (18:20) ou une heure Excel. Fin : facultative, de même. "
        "Intitulé : obligatoire."), ("section", "Feuille « Ateliers » (une ligne par atelier)"), (
        "", "Numéro : entier de 1 à 9999, différent pour chaque atelier. Titre : obligatoire. "
        "Salle : facultative. Animateurs : noms séparés par « ; » (« Paula Forteza ; Céline "
        "Pelletier »). Engagements : au moins un numéro, séparés par « ; » (« 12 ; 13 ») ; chaque "
        "numéro doit figurer dans la colonne Numéro de la feuille « Engagements »."),
        ("section", "Feuille « Engagements » (une ligne par engagement du plan d'action)"), (
        "", "Numéro : celui de l'engagement dans le plan d'action national, différent pour chaque "
        "ligne. Titre et Porteur : obligatoires. Intitulé officiel, Identifiant OGP (FR0006) et "
        f"Description : facultatifs. Avancement : l'une des valeurs {labels}, ou vide s'il n'a "
        "pas été évalué. Jalons : un par ligne dans la cellule (Alt+Entrée dans Excel, "
        "Ctrl+Entrée dans LibreOffice), « [x] » devant un jalon atteint (« [x] Rapport publié »)."),
        ("section", "Vérifier le fichier"), (
        "", "Enregistrez au format .xlsx puis lancez dans un terminal : facilitator-app catalogue "
        "check FICHIER.xlsx — la commande annonce un catalogue valide, ou la première erreur avec "
        "la feuille, la ligne et la colonne à corriger. Recommencez jusqu'à ce qu'il soit valide. "
        f"Limites : {MAX_FILE_BYTES // 2**20} Mo et {MAX_ROWS} lignes remplies par feuille."),
    ]


def write_template(path: Path | str, catalogue: Catalogue | None = None) -> None:
    """Write the catalogue workbook for organisers, pre-filled with ``catalogue`` (by default
    the built-in one, so that the template is a worked example)."""
    path = Path(path)
    data = catalogue_to_dict(catalogue or builtin_catalogue())
    event = data["event"]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = INSTRUCTIONS
    sheet.column_dimensions["A"].width = 110
    for row, (style, line) in enumerate(_instructions(), start=1):
        _put(sheet, row, 1, line)
        if style:
            sheet.cell(row=row, column=1).font = Font(bold=True, size=12 + 2 * (style == "title"))
    values = [data["id"], data["version"], event["title"], date.fromisoformat(event["date"]),
              event["host"], event["venue"]]
    _table_sheet(workbook, EVENT, EVENT_COLUMNS,
                 [[field[1], value] for field, value in zip(EVENT_FIELDS, values, strict=True)])
    _table_sheet(workbook, AGENDA, AGENDA_COLUMNS,
                 [[a["start"], a["end"], a["label"]] for a in event["agenda"]])
    _table_sheet(workbook, ATELIERS, ATELIER_COLUMNS, [
        [a["number"], a["title"], a["room"], " ; ".join(a["facilitators"]),
         " ; ".join(str(n) for n in a["engagements"])] for a in data["ateliers"]])
    engagements = _table_sheet(workbook, ENGAGEMENTS, ENGAGEMENT_COLUMNS, [
        [e["number"], e["title"], e["official_title"], e["carrier"], e["ogp_id"],
         Completion(e["completion"]).label_fr if e["completion"] else "",
         _milestone_lines(e["milestones"]), e["description"]] for e in data["engagements"]])
    labels = [c.label_fr for c in Completion]
    column = get_column_letter(1 + [c[0] for c in ENGAGEMENT_COLUMNS].index("completion"))
    choices = DataValidation(
        type="list", formula1='"' + ",".join(labels) + '"', allow_blank=True,
        showErrorMessage=True, errorTitle="Avancement",
        error="Choisissez " + ", ".join(labels) + ", ou laissez la cellule vide.")
    choices.add(f"{column}2:{column}{MAX_ROWS + 1}")
    engagements.add_data_validation(choices)
    # Written beside the target and renamed, so a failed save never leaves half a workbook.
    partial = path.with_name(path.name + ".part")
    try:
        workbook.save(partial)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise FacilitatorError(msg("impossible d'écrire {path} ({e})", "cannot write {path} ({e})",
                                   path=str(path), e=os_reason(exc))) from None
