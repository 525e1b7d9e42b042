"""A throwaway PostgreSQL server for the tests, from Debian's ``postgresql`` binaries.

One server per test session, in a temporary folder, listening only on a Unix socket there; each
test gets a fresh database. When running as root (CI), the server runs as the ``postgres``
user, since PostgreSQL refuses to run as root. Missing binaries are a failure, not a skip:
``make test`` installs them, and these tests must run in CI. Set
``FACILITATOR_APP_SKIP_POSTGRES=1`` to skip them on purpose on a machine without PostgreSQL.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

SKIP_VARIABLE = "FACILITATOR_APP_SKIP_POSTGRES"


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


class PostgresServer:
    """A server started in ``folder``; :meth:`url` names a database on it."""

    def __init__(self) -> None:
        binaries = _binaries()
        if binaries is None:
            if os.environ.get(SKIP_VARIABLE) == "1":
                pytest.skip(f"PostgreSQL binaries not installed and {SKIP_VARIABLE}=1")
            pytest.fail("PostgreSQL server binaries not found (Debian package 'postgresql'; "
                        "`make test` installs it). Set FACILITATOR_APP_SKIP_POSTGRES=1 to skip.")
        self.bin = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="facilitator-pg-"))
        self.data = self.folder / "data"
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            import pwd

            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--no-locale", "--no-sync")
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.folder}' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=60 -c shared_buffers=32MB")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l",
                  str(self.folder / "server.log"), "-w", "-t", "60", "start")
        self._count = 0

    def _run(self, tool: str, *args: str) -> None:
        result = subprocess.run([*self.as_user, str(self.bin / tool), *args],
                                capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = self.folder / "server.log"
            raise RuntimeError(f"{tool} failed: {result.stderr}\n"
                               f"{log.read_text() if log.exists() else ''}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.folder}"

    def new_database(self) -> str:
        """A fresh, empty database; its URL."""
        import psycopg

        self._count += 1
        name = f"test_{os.getpid()}_{self._count}"
        with psycopg.connect(host=str(self.folder), user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
