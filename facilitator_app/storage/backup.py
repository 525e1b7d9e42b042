"""Rotating backups of the local store, taken with SQLite's backup API while it is open.

Kept: the newest few, plus the newest of each of the last days and weeks, so that a mistake
noticed late can still be undone without the folder growing without bound.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from pathlib import Path

from facilitator_app.storage.migrations import copy_database

log = logging.getLogger(__name__)

KEEP_RECENT = 6
KEEP_DAYS = 7
KEEP_WEEKS = 4
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\d{6}Z)\.sqlite$")


def take_backup(database: Path, folder: Path, *, now: datetime | None = None) -> Path:
    """Copy ``database`` into ``folder`` under a time-stamped name, then prune old copies."""
    now = now or datetime.now(UTC)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{database.stem}-{now.strftime('%Y%m%dT%H%M%S%f')}Z.sqlite"
    copy_database(database, target)
    prune(folder, database.stem)
    log.info("backup written to %s", target)
    return target


def backups_of(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """The backups of one database in ``folder``, newest first."""
    found = []
    for path in folder.glob(f"{stem}-*.sqlite"):
        match = _NAME.match(path.name)
        if match and match["stem"] == stem:
            when = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            found.append((when, path))
    return sorted(found, reverse=True)


def prune(folder: Path, stem: str) -> list[Path]:
    """Delete the backups that the rotation no longer keeps; return them."""
    backups = backups_of(folder, stem)
    keep: set[Path] = {path for _, path in backups[:KEEP_RECENT]}
    days: dict = {}
    weeks: dict = {}
    for when, path in backups:  # newest first, so the first seen per period is the newest
        days.setdefault(when.date(), path)
        weeks.setdefault(when.isocalendar()[:2], path)
    keep.update(list(days.values())[:KEEP_DAYS])
    keep.update(list(weeks.values())[:KEEP_WEEKS])
    removed = []
    for _, path in backups:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
