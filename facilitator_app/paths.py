"""Where the application keeps its data, logs and backups on this machine."""

from __future__ import annotations

import os
from pathlib import Path

from facilitator_app import APP_AUTHOR, APP_NAME

ENV_DATA_DIR = "FACILITATOR_APP_DATA_DIR"
STORE_FILENAME = "facilitator.sqlite"


def chosen_data_dir(override: str | os.PathLike | None = None) -> Path | None:
    """The data folder chosen: ``--data-dir``, else ``$FACILITATOR_APP_DATA_DIR``, else the
    machine's defaults (``data_dir``)."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser()
    from facilitator_app.errors import DefaultsError
    from facilitator_app.machine_defaults import load_defaults

    try:  # asked before logging is set up: a refused file is reported by whoever reads it next
        return load_defaults().data_dir
    except DefaultsError:
        return None


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The folder of the local store: the chosen one, else the platform's user data folder
    (e.g. ``~/.local/share/facilitator-app``)."""
    chosen = chosen_data_dir(override)
    if chosen:
        return chosen
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir(override: str | os.PathLike | None = None) -> Path:
    """The folder of the rotating log: inside a chosen data folder, else the user's log folder."""
    chosen = chosen_data_dir(override)
    if chosen:
        return chosen / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def store_path(data: Path) -> Path:
    return data / STORE_FILENAME


def backups_dir(data: Path) -> Path:
    return data / "backups"
