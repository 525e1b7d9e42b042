"""What the app must remember about a data folder *outside* it: where its work moved to, and
what was lost when it could not be written.

A data folder whose disk refuses writes cannot hold the note saying so, nor the address of the
folder the facilitator saved to instead. Both go to one small JSON file in the user's
configuration folder (``$FACILITATOR_APP_CONFIG_DIR``, else the platform's, e.g.
``~/.config/facilitator-app``), written atomically. Keys are the data folders' absolute paths.

Shape::

    {"moves": {"/media/stick/atelier": "/home/me/Documents/atelier"},
     "losses": {"/media/stick/atelier": [{"count": 3, "at": "2026-12-04T10:12:00+00:00"}]}}
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitator_app import APP_AUTHOR, APP_NAME
from facilitator_app.errors import FacilitatorError

log = logging.getLogger(__name__)
ENV_CONFIG_DIR = "FACILITATOR_APP_CONFIG_DIR"
FILENAME = "data-folders.json"


@dataclass(frozen=True)
class Loss:
    """Changes the facilitator chose to lose (the disk refused them) when quitting."""

    count: int
    at: datetime


def config_dir() -> Path:
    chosen = os.environ.get(ENV_CONFIG_DIR)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def record_path() -> Path:
    return config_dir() / FILENAME


def _key(folder: Path) -> str:
    return str(Path(folder).expanduser().absolute())


def _read() -> dict:
    try:
        data = json.loads(record_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:  # unreadable: as if empty, said in the log
        log.warning("ignoring %s: %s", record_path(), exc)
        return {}
    return data if isinstance(data, dict) else {}


def _write(data: dict) -> None:
    """Raises OSError or :class:`~facilitator_app.errors.ExportError` (the reason named) when
    the configuration folder cannot be written."""
    from facilitator_app.atomic import write_atomically

    record_path().parent.mkdir(parents=True, exist_ok=True)
    write_atomically(record_path(), json.dumps(data, ensure_ascii=False, indent=1).encode())


def moved_to(folder: Path) -> Path | None:
    """The folder the work of ``folder`` was moved to (saved elsewhere, another chosen at
    start), following several moves; None when it never moved."""
    moves = _read().get("moves", {})
    seen: set[str] = set()
    key, target = _key(folder), None
    while isinstance(moves.get(key), str) and key not in seen:
        seen.add(key)
        target = Path(moves[key])
        key = _key(target)
    return target


def record_move(original: Path, new: Path) -> None:
    """From now on the app opens ``new`` where it would have opened ``original``."""
    data = _read()
    moves = data.setdefault("moves", {})
    if not isinstance(moves, dict):
        moves = data["moves"] = {}
    moves[_key(original)] = _key(new)
    moves.pop(_key(new), None)  # never a loop
    _write(data)


def record_loss(folder: Path, count: int, at: datetime) -> None:
    data = _read()
    losses = data.setdefault("losses", {})
    if not isinstance(losses, dict):
        losses = data["losses"] = {}
    losses.setdefault(_key(folder), []).append({"count": int(count), "at": at.isoformat()})
    _write(data)


def take_losses(folder: Path) -> list[Loss]:
    """The losses recorded for ``folder`` since they were last taken (then forgotten)."""
    data = _read()
    entries = (data.get("losses") or {}).pop(_key(folder), None)
    if not entries:
        return []
    found = []
    for entry in entries:
        try:
            found.append(Loss(int(entry["count"]), datetime.fromisoformat(entry["at"])))
        except (KeyError, TypeError, ValueError):
            log.warning("ignoring a loss record %r", entry)
    try:
        _write(data)
    except (OSError, FacilitatorError) as exc:
        log.warning("could not forget the losses of %s: %s", folder, exc)
    return found
