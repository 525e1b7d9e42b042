"""One writer per database: an operating-system lock on a file beside it.

The lock belongs to the process that holds it, so the system releases it when that process
ends, however it ends: a lock left by a crash is simply taken over (and logged). A second
instance is refused with the first one's process ID and host name.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path

from facilitator_app.errors import StoreLockedError

log = logging.getLogger(__name__)

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class WriterLock:
    """Exclusive right to write one database, held until :meth:`release` or process exit."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`StoreLockedError` naming the current holder."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            owner = _read_owner(fd)
            os.close(fd)
            raise StoreLockedError(str(self.path.with_suffix("")), owner or "?")
        previous = _read_owner(fd)
        if previous and not previous.startswith(f"pid {os.getpid()},"):  # not our own reopen
            log.warning("took over the lock of %s left by a process that ended (%s)",
                        self.path, previous)
        info = (f"pid {os.getpid()}, {socket.gethostname()}, "
                f"{datetime.now(UTC).isoformat(timespec='seconds')}")
        # On Windows the first byte is the locked region; keep the owner text after it.
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, b"\n" + info.encode())
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        """Give the lock back and mark it as cleanly released."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)

    def abandon(self) -> None:
        """Let go of the lock without a word to its file, which may be on a filesystem that
        went away (a USB stick pulled): before taking it again by its path."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        except OSError:
            pass
        try:
            os.close(fd)
        except OSError:
            pass

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _read_owner(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 400).decode(errors="replace").strip()
    except OSError:
        return ""
