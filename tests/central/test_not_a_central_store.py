"""What is not a central store (a text file, JSON, a bundle, a folder, a facilitator's local
store, another program's database, a misspelt URL) is refused in one sentence, unchanged."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from facilitator_app.central.store import CentralStore
from facilitator_app.errors import (
    CentralStoreMissingError,
    NotCentralStoreError,
    StoreError,
    StoreForeignError,
)
from facilitator_app.i18n import set_language
from facilitator_app.storage import LocalStore
from tests.conftest import PYTHON, child_env
from tests.support.merging import bundle_bytes
from tests.support.merging import contribution as c


def _app(*args: str, lang: str = "fr", cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "facilitator_app", "--lang", lang, *args],
                          capture_output=True, text=True, env=child_env(), timeout=120, cwd=cwd)


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of ``folder`` with its bytes: what must not change (and no -wal, -shm)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as conn:  # a rollback-journal database of another program
        conn.execute("CREATE TABLE accounts (id INTEGER)")
        conn.execute("INSERT INTO accounts VALUES (1)")
    conn.close()


def _foreign_wal(path: Path) -> None:
    _foreign_sqlite(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()  # the last connection: its -wal and -shm files go
    assert not Path(f"{path}-wal").exists()


def _local_store(path: Path) -> None:
    LocalStore.in_folder(path.parent).close()
    (path.parent / "facilitator.sqlite").rename(path)
    for lock in path.parent.glob("*.lock"):
        lock.unlink()


FILES = {
    "text": lambda p: p.write_text("text\n"),
    "json": lambda p: p.write_text('{"catalogue": 1}\n'),
    "bundle": lambda p: p.write_bytes(bundle_bytes([c(1)])),
    "short": lambda p: p.write_bytes(b"SQLite format 3\x00"),
    "foreign": _foreign_sqlite,
    "foreign_wal": _foreign_wal,
    "local": _local_store,
}
EXPECTED = {"foreign": StoreForeignError, "foreign_wal": StoreForeignError}


@pytest.mark.parametrize("kind", sorted(FILES))
@pytest.mark.parametrize("create", [True, False])
def test_a_file_that_is_not_a_central_store_is_refused_unchanged(tmp_path, kind, create):
    folder = tmp_path / "place"
    folder.mkdir()
    path = folder / f"given.{kind}"
    FILES[kind](path)
    before = _snapshot(folder)
    with pytest.raises(EXPECTED.get(kind, NotCentralStoreError)) as refused:
        CentralStore(path, create=create)
    assert _snapshot(folder) == before
    said = str(refused.value)
    assert str(path) in said and "sqlite:" not in said
    assert ("animateur" in said) == (kind == "local")
    assert refused.value.exit_code == StoreError.exit_code == 3


def test_the_sentence_names_the_path_as_typed_in_each_language(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("notes.txt").write_text("text")
    with pytest.raises(NotCentralStoreError) as french:
        CentralStore("notes.txt")
    assert str(french.value) == ("notes.txt n’est pas une base centrale (ni un fichier SQLite, "
                                 "ni une URL postgresql://…) ; elle n’a pas été modifiée.")
    set_language("en")
    assert str(french.value) == ("notes.txt is not a central store (neither a SQLite file nor "
                                 "a postgresql://… URL); it was not changed.")
    Path("folder").mkdir()
    with pytest.raises(NotCentralStoreError) as folder:
        CentralStore("folder")
    assert folder.value.kind == "folder" and "folder/central.sqlite" in str(folder.value)
    assert list(Path("folder").iterdir()) == []


@pytest.mark.parametrize("url", ["postgresq://organiser:secret@db.example/central",
                                 "http://example.org/central", "nosuchdb://host/central",
                                 "://nothing"])
def test_a_misspelt_url_is_refused_in_one_sentence(url):
    with pytest.raises(NotCentralStoreError) as refused:
        CentralStore(url)
    said = str(refused.value)
    assert "n’est pas une base centrale" in said and "secret" not in said
    assert said.startswith(url.split("://")[0])


def test_a_malformed_server_address_is_said_without_its_password():
    with pytest.raises(NotCentralStoreError) as refused:
        CentralStore("postgresql://organiser:secret@server:port/central")
    assert refused.value.kind == "url" and "secret" not in str(refused.value)
    assert str(refused.value).startswith("La base centrale postgresql://organiser:***@"
                                         "server:port/central n’a pas pu être ouverte (adresse "
                                         "mal formée) : vérifiez son adresse")


def test_an_empty_database_is_not_made_a_store_when_none_is_to_be_created(tmp_path,
                                                                            postgres_server):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(CentralStoreMissingError):
        CentralStore(empty, create=False)
    assert empty.read_bytes() == b""
    url = postgres_server.new_database()
    with pytest.raises(CentralStoreMissingError):
        CentralStore(url, create=False)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
    finally:
        engine.dispose()
    CentralStore(url).close()  # created when asked to
    CentralStore(url, create=False).close()


@pytest.mark.parametrize("command", [["merge", "a.fabundle", "--into"], ["report", "--csv",
                         "out.csv", "--from"], ["conflicts", "--in"], ["keys", "--in"]])
def test_every_command_says_it_in_a_sentence_and_leaves_the_file(tmp_path, command):
    (tmp_path / "a.fabundle").write_bytes(bundle_bytes([c(1)]))
    (tmp_path / "notes.json").write_text('{"not": "a store"}')
    before = _snapshot(tmp_path)
    for lang, sentence in (("fr", "notes.json n’est pas une base centrale"),
                           ("en", "notes.json is not a central store")):
        result = _app(*command, "notes.json", lang=lang, cwd=tmp_path)
        assert result.returncode == 3, result.stderr
        assert "Traceback" not in result.stderr and sentence in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    misspelt = _app(*command, "postgresq://me:pw@host/db", lang="en", cwd=tmp_path)
    assert misspelt.returncode == 3 and "Traceback" not in misspelt.stderr
    assert "postgresq://me:***@host/db is not a central store" in misspelt.stderr
    assert _snapshot(tmp_path) == before
