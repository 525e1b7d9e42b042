"""The paper and spreadsheet fallback: capture workbooks for facilitators without the app.

:func:`write_template` writes the blank workbook of an atelier (instructions in French, the
atelier's fields, one sheet per engagement with the four guiding questions);
:func:`import_sheet` turns a filled one into an ended workshop run of the local store, ready to
export as a bundle; :func:`write_run_copy` writes a run as the same workbook, filled, for the
facilitator to keep (and import again if need be). No Qt here; openpyxl is loaded with this
package, which the command line imports only for these commands.
"""

from __future__ import annotations

import logging
from pathlib import Path

from facilitator_app.domain import Catalogue
from facilitator_app.errors import FacilitatorError
from facilitator_app.i18n import msg
from facilitator_app.sheet.importer import ImportResult, import_sheet
from facilitator_app.sheet.files import SheetFileError
from facilitator_app.sheet.writer import Fields, Filled, Row, build_workbook, save

log = logging.getLogger(__name__)

__all__ = ["ImportResult", "SheetFileError", "import_sheet", "write_run_copy", "write_template"]

_MAX_LAID_OUT_POSITION = 5_000


def write_template(catalogue: Catalogue, atelier_number: int, path: Path) -> None:
    """Write the blank capture workbook of one atelier to ``path``, atomically. Each call makes
    a new workbook identity (``sheet_id``): one workbook per atelier held."""
    try:
        atelier = catalogue.atelier(atelier_number)
    except KeyError:
        raise FacilitatorError(msg(
            "Le catalogue « {id} » n'a pas d'atelier {n} ; ses ateliers sont : {known}.",
            "The catalogue '{id}' has no atelier {n}; its ateliers are: {known}.",
            id=catalogue.id, n=atelier_number,
            known=", ".join(str(a.number) for a in catalogue.ateliers))) from None
    save(build_workbook(catalogue, atelier_number, Fields(atelier.facilitators)), Path(path))


def write_run_copy(store, run_uuid: str, path: Path) -> None:
    """Write a run of ``store`` as a filled capture workbook: the facilitator's own copy, with
    stars and notes, which :func:`import_sheet` can read back into the same run."""
    run = store.run(run_uuid)
    catalogue = store.catalogue_of(run_uuid)
    reviewed = set(catalogue.atelier(run.atelier_number).engagement_numbers)
    lists: dict[tuple[int, str], list] = {}
    for c in store.contributions(run_uuid):
        if c.engagement_number not in reviewed:
            log.warning("run %s: contribution %s of engagement %s left out of the copy",
                        run_uuid, c.uuid, c.engagement_number)
            continue
        lists.setdefault((c.engagement_number, c.question_key), []).append(c)
    filled = {n: Filled(rows={}, notes="") for n in reviewed}
    for (engagement, question), rows in lists.items():
        positions = [c.position for c in rows]
        # A row goes where its position says, so that an import gives back the same positions;
        # odd positions (repeated, or far apart) are laid out in order instead.
        keep = (len(set(positions)) == len(positions) and min(positions) >= 1
                and max(positions) <= _MAX_LAID_OUT_POSITION)
        filled[engagement].rows[question] = [
            Row(c.position if keep else index, c.text, c.starred, c.uuid)
            for index, c in enumerate(rows, start=1)]
    for engagement, notes in store.notes(run_uuid).items():
        if engagement in filled:
            filled[engagement] = Filled(filled[engagement].rows, notes.text)
    fields = Fields(run.facilitators, run.participant_count, run.organisations)
    save(build_workbook(catalogue, run.atelier_number, fields, filled, run_uuid=run_uuid),
         Path(path))

