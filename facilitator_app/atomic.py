"""Write a file so that readers see either the old file or the whole new one, never a part.

The content goes to a temporary file beside the destination, is flushed to the disk, then
renamed over the destination in one step. A crash or a full disk before the rename leaves the
destination as it was and no temporary file behind (a crash of the process may leave one named
``.NAME.*.part``, which is never the destination).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from facilitator_app.errors import ExportError, os_reason


def write_atomically(path: Path | str, content: bytes | Callable[[BinaryIO], None]) -> Path:
    """Write ``content`` (bytes, or a function writing to a binary file) to ``path``."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(str(path), os_reason(exc)) from exc
    try:
        if os.name != "nt":  # mkstemp makes the file owner-only; give it a new file's mode
            os.fchmod(fd, 0o666 & ~UMASK)
        with os.fdopen(fd, "wb") as handle:
            if isinstance(content, bytes | bytearray | memoryview):
                handle.write(content)
            else:
                content(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise ExportError(str(path), os_reason(exc)) from exc
        raise
    sync_folder(folder)
    return path


def read_umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux:
    /proc/self/status): setting it to read it back would, for a moment, give files that other
    threads create meanwhile the wrong permissions. Elsewhere it is set and restored, once, at
    import (before the app starts any thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


UMASK = read_umask()  # what a new file's mode is masked with, read once


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to sync)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
