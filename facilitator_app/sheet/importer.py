"""Turning a filled capture workbook into a workshop run of the local store.

Everything is read and checked first; only then is the store written, the contributions and
notes in one :meth:`LocalStore.save`. Identities come from the workbook's ``sheet_id``, so a
second import of the same workbook updates the same run: changed rows get a new revision,
emptied rows become tombstones, unchanged rows are left alone (what a bundle and the organisers'
merge need to see the edits).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from facilitator_app.catalogue import catalogue_sha256
from facilitator_app.domain import Catalogue, Contribution, EngagementNotes, WorkshopRun
from facilitator_app.errors import NotFoundError, SheetError
from facilitator_app.i18n import msg
from facilitator_app.sheet import layout as L
from facilitator_app.sheet.reader import Capture, Meta, read_capture
from facilitator_app.storage.local_store import RunStart
from facilitator_app.storage.types import utcnow
from facilitator_app.text_rules import is_blank, sanitise_name, sanitise_text


@dataclass(frozen=True)
class ImportResult:
    """The run a workbook became and what the import did to its contributions."""

    run: WorkshopRun
    added: int
    updated: int
    deleted: int
    unchanged: int


def _existing_run(store, run_uuid: str) -> WorkshopRun | None:
    try:
        return store.run(run_uuid)
    except NotFoundError:
        return None


def _chooser(store, catalogues: list[Catalogue]):
    def choose(meta: Meta, source: str) -> Catalogue:
        candidates = list(catalogues)
        run = _existing_run(store, meta.run_uuid)
        if run is not None:
            candidates.insert(0, store.catalogue_of(run.uuid))
        for catalogue in candidates:
            if catalogue_sha256(catalogue) == meta.catalogue_sha256:
                return catalogue
        raise SheetError(source, L.META, meta.cells.get("catalogue_sha256", ""), msg(
            "ce classeur a été fait pour le catalogue « {id} », version {version}, que cette "
            "installation ne connaît pas sous cette forme ; indiquez son fichier avec "
            "--catalogue FICHIER",
            "this workbook was made for the catalogue '{id}', version {version}, which this "
            "installation does not know in that form; give its file with --catalogue FILE",
            id=meta.catalogue_id, version=meta.catalogue_version))
    return choose


def _check_owners(store, capture: Capture, run_uuid: str, uuids: dict[str, object],
                  known: dict[str, Contribution]) -> None:
    """A UUID read from the workbook must not name another run's contribution."""
    for uuid, slot in uuids.items():
        if uuid in known:
            continue
        try:
            other = store.contribution(uuid)
        except NotFoundError:
            continue
        if other.run_uuid != run_uuid:
            raise SheetError(capture.source, slot.sheet, slot.cell, msg(
                "cette ligne désigne une contribution d'un autre atelier tenu ; le classeur a été "
                "copié ou modifié", "this row names a contribution of another run; the "
                "workbook was copied or changed"))


def import_sheet(store, path: Path, catalogues: list[Catalogue]) -> ImportResult:
    """Import a filled capture workbook into ``store`` (a LocalStore) as an ended run. A
    workbook that does not fit is refused with a SheetError and the store is left unchanged."""
    capture = read_capture(path, _chooser(store, catalogues))
    meta = capture.meta
    run_uuid = meta.run_uuid
    run = _existing_run(store, run_uuid)
    if run is not None and (run.atelier_number != meta.atelier or catalogue_sha256(
            store.catalogue_of(run_uuid)) != meta.catalogue_sha256):
        raise SheetError(capture.source, L.META, meta.cells.get("run_uuid", ""), msg(
            "l'atelier tenu {uuid} existe déjà, mais pour un autre atelier ou un autre catalogue",
            "the run {uuid} already exists for another atelier or catalogue", uuid=run_uuid))
    known = ({c.uuid: c for c in store.contributions(run_uuid, include_deleted=True)}
             if run is not None else {})
    by_uuid = {}
    for slot in capture.slots:
        uuid = slot.uuid or L.contribution_uuid_of(meta.sheet_id, slot.engagement,
                                                   slot.question, slot.ordinal)
        if uuid in by_uuid:  # only a changed hidden cell can name a row twice
            raise SheetError(capture.source, slot.sheet, slot.cell, msg(
                "cette ligne désigne la même contribution qu'une autre ; le classeur a été "
                "modifié hors du modèle", "this row names the same contribution as another; "
                "the workbook was changed outside its template"))
        by_uuid[uuid] = slot
    _check_owners(store, capture, run_uuid, {u: s for u, s in by_uuid.items() if s.text}, known)

    now = utcnow()
    rows: list[Contribution] = []
    added = updated = deleted = unchanged = 0
    for uuid, slot in by_uuid.items():
        old = known.get(uuid)
        # A cell may hold what a contribution may not (control characters, CR LF line ends).
        cleaned = sanitise_text(slot.text).strip()
        if is_blank(cleaned):
            if old is not None and not old.deleted:
                rows.append(replace(old, deleted=True, updated_at=now, revision=old.revision + 1))
                deleted += 1
            continue
        if old is None:
            rows.append(Contribution(uuid, run_uuid, slot.engagement, slot.question, cleaned,
                                     slot.position, slot.starred, now, now, 1))
            added += 1
            continue
        # A text the workbook could only hold differently (line ends, control characters) and
        # that comes back as written is the same text, not an edit.
        text = old.text if L.cell_text(old.text) == slot.text else cleaned
        new = replace(old, engagement_number=slot.engagement, question_key=slot.question,
                      text=text, position=slot.position, starred=slot.starred, deleted=False)
        if new == old:
            unchanged += 1
        else:
            rows.append(replace(new, updated_at=now, revision=old.revision + 1))
            updated += 1

    before = store.notes(run_uuid) if run is not None else {}
    notes = []
    for engagement, cell in capture.notes.items():
        text = sanitise_text(cell)
        old_notes = before.get(engagement)
        # The workbook holds notes without the blank lines around them (the reader strips).
        if L.cell_text(old_notes.text if old_notes else "").strip() != text:
            notes.append(EngagementNotes(run_uuid, engagement, text, now,
                                         old_notes.revision + 1 if old_notes else 1))

    # A new run begins in the same transaction as its rows: a failed write leaves no empty run.
    changes: dict = {}
    start = None
    facilitators = tuple(n for n in map(sanitise_name, capture.facilitators) if n)
    organisations = tuple(n for n in map(sanitise_name, capture.organisations) if n)
    if run is None:
        start = RunStart(capture.catalogue, meta.atelier, list(facilitators),
                         capture.participant_count, now, run_uuid)
    else:
        if run.facilitators != facilitators:
            changes["facilitators"] = list(facilitators)
        if run.participant_count != capture.participant_count:
            changes["participant_count"] = capture.participant_count
    if (run.organisations if run else ()) != organisations:
        changes["organisations"] = list(organisations)
    if run is None or run.ended_at is None:
        changes["ended_at"] = now  # the atelier is over when its workbook is imported
    if start or rows or notes or changes:
        store.save(contributions=rows, notes=notes, runs={run_uuid: changes} if changes else None,
                   start=start)
    return ImportResult(store.run(run_uuid), added, updated, deleted, unchanged)
