"""Saving elsewhere: a complete copy of the run being captured, in another folder, when the
disk of the data folder keeps refusing writes (a USB stick gone, a full disk).

The copy holds what the old file still lets itself be read for (every run, copied with SQLite's
backup API from a read-only connection), and over it the run as the window has it in memory:
every contribution (deleted ones too), the notes, the run's details and the resume state. The
window then goes on with the new store, which the app opens next time (see
:mod:`facilitator_app.user_record`).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from facilitator_app.capture import RunDocument
from facilitator_app.domain import Catalogue, WorkshopRun
from facilitator_app.errors import NotFoundError, StoreWriteError, os_reason
from facilitator_app.i18n import msg
from facilitator_app.paths import store_path
from facilitator_app.storage.local_store import LocalStore, RunStart

log = logging.getLogger(__name__)


class FolderNotEmptyError(StoreWriteError):
    """The folder chosen already holds atelier data: it is never written over."""


def _copy_readable(source: Path, target: Path) -> bool:
    """Copy what ``source`` can still be read for into ``target``; False when it cannot be
    read at all (gone, damaged): the copy then starts empty."""
    try:
        src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
        try:
            src.execute("SELECT count(*) FROM runs").fetchone()
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        log.warning("the old store %s cannot be read (%s): the copy holds only the run in "
                    "memory", source, exc)
        for leftover in (target, target.with_name(target.name + "-wal"),
                         target.with_name(target.name + "-shm")):
            leftover.unlink(missing_ok=True)
        return False
    return True


def save_run_elsewhere(source: Path, folder: Path, run: WorkshopRun, catalogue: Catalogue,
                       document: RunDocument, state: Mapping[str, str]) -> LocalStore:
    """A store in ``folder`` holding everything of ``source`` that can be read and, over it,
    ``run`` as it is in memory; returned open (its lock held). Raises
    :class:`StoreWriteError` naming the reason when ``folder`` cannot be written, and
    :class:`FolderNotEmptyError` when it already holds atelier data."""
    target = store_path(folder)
    if target.exists():
        raise FolderNotEmptyError(str(folder), msg(
            "ce dossier contient déjà des données d'atelier ; choisissez-en un autre",
            "this folder already holds atelier data; choose another one"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreWriteError(str(folder), os_reason(exc)) from exc
    copied = _copy_readable(source, target)
    store = LocalStore.in_folder(folder)
    try:
        try:
            store.run(run.uuid)
        except NotFoundError:
            store.save(start=RunStart(catalogue, run.atelier_number, run.facilitators,
                                      run.participant_count, run.started_at or run.created_at,
                                      run.uuid))
        store.save(document.all(include_deleted=True), document.all_notes(),
                   {run.uuid: dict(state)},
                   {run.uuid: {"facilitators": list(run.facilitators),
                               "participant_count": run.participant_count,
                               "organisations": list(run.organisations),
                               "started_at": run.started_at, "ended_at": run.ended_at}})
        store.set_current_run(run.uuid)
    except BaseException:
        store.close()
        raise
    log.info("run %s saved elsewhere in %s (%s)", run.uuid, folder,
             "with the old file's other runs" if copied else "the old file unreadable")
    return store
