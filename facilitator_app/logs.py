"""Logging, configured once at start-up: a rotating file in the user's log folder, and the
console too with ``--verbose``."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

LOG_FILENAME = "facilitator-app.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(folder: Path, *, verbose: bool = False) -> Path | None:
    """Send every module's log records to ``folder/facilitator-app.log`` (1 MB x 5 files).

    Returns the log file, or ``None`` when the folder cannot be written (the app still runs)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_facilitator", False):
            root.removeHandler(handler)
            handler.close()
    path: Path | None = folder / LOG_FILENAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        file_handler.setFormatter(logging.Formatter(_FORMAT))
        file_handler._facilitator = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    except OSError as exc:
        print(f"facilitator-app: cannot write the log in {folder}: {exc}", file=sys.stderr)
        path = None
    if verbose:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter(_FORMAT))
        console._facilitator = True  # type: ignore[attr-defined]
        root.addHandler(console)
    return path
