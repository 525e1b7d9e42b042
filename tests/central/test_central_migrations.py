"""The central store's schema migrations: the committed schema-1 store (SQLite, and re-created
on PostgreSQL) opens, is upgraded to a next step (here a test-only one), and a newer store is
refused unchanged; a failing step leaves the store as it was."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from facilitator_app.central import migrations
from facilitator_app.central.store import CentralStore
from facilitator_app.errors import MigrationError, StoreNewerError
from tests.support.central_schema1 import recreate_on_postgresql, sqlite_copy


@pytest.fixture(params=["sqlite", "postgresql"])
def schema1_store(request, tmp_path) -> str:
    """A store of schema 1 with bundles, a trusted key, conflicts and a quarantined bundle."""
    if request.param == "sqlite":
        return str(sqlite_copy(tmp_path))
    url = request.getfixturevalue("postgres_server").new_database()
    recreate_on_postgresql(url)
    return url


def _next() -> int:
    """The version the test-only step below brings: it comes after every real step."""
    return migrations.schema_version() + 1


def _add_note_column(conn) -> None:
    """A test-only step (after the real ones) of the kind a real one would be: a column, filled."""
    conn.execute(text("ALTER TABLE runs ADD COLUMN test_note TEXT"))
    conn.execute(text("UPDATE runs SET test_note = 'étape 2'"))


def _engine(target: str):
    return create_engine(target if "://" in target else f"sqlite:///{target}")


def _version_and_notes(target: str) -> tuple[int, list]:
    engine = _engine(target)
    try:
        with engine.connect() as conn:
            version = int(conn.scalar(text(
                "SELECT value FROM central_meta WHERE key = 'schema_version'")))
            columns = {c["name"] for c in inspect(conn).get_columns("runs")}
            notes = conn.scalars(text("SELECT test_note FROM runs")).all() \
                if "test_note" in columns else []
        return version, notes
    finally:
        engine.dispose()


def _folder(target: str) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in Path(target).parent.iterdir()}


def test_the_schema1_store_opens_with_everything_it_holds(schema1_store):
    with CentralStore(schema1_store, create=False) as store:
        current = store.current(include_deleted=True)
        conflicts = store.conflicts(open_only=False)
        statuses = sorted(b.status for b in store.bundles())
        keys = store.keys()
    assert len(current) == 6 and sum(c["deleted"] for c in current) == 1
    assert sorted(c.status for c in conflicts) == ["open", "resolved"]
    assert statuses == ["merged"] * 6 + ["quarantined"]
    assert [k.status for k in keys if k.facilitators == ("Camille Autre",)] == ["trusted"]


def test_the_schema1_store_is_upgraded_to_the_next_step(schema1_store, monkeypatch):
    with CentralStore(schema1_store) as store:  # every real step
        before = store.snapshot()
    target = _next()
    monkeypatch.setattr(migrations, "UPGRADES", (*migrations.UPGRADES, _add_note_column))
    with CentralStore(schema1_store) as store:
        after = store.snapshot()
    version, notes = _version_and_notes(schema1_store)
    assert version == target and notes == ["étape 2"]
    assert after == before  # every row kept
    if "://" not in schema1_store:  # SQLite: a copy of schema 1 beside it, made once
        CentralStore(schema1_store).close()
        copies = sorted(Path(schema1_store).parent.glob(
            f"central-schema1-schema{target - 1}-*.sqlite"))
        assert len(copies) == 1 and _version_and_notes(str(copies[0])) == (target - 1, [])


def test_several_organisers_opening_an_older_store_at_once_upgrade_it_once(schema1_store,
                                                                           monkeypatch):
    target = _next()
    monkeypatch.setattr(migrations, "UPGRADES", (*migrations.UPGRADES, _add_note_column))
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            CentralStore(schema1_store).close()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert _version_and_notes(schema1_store) == (target, ["étape 2"])
    if "://" not in schema1_store:  # one upgrade, so one copy
        assert len(list(Path(schema1_store).parent.glob("*-schema1-*.sqlite"))) == 1


def test_a_failing_step_leaves_the_store_as_it_was(schema1_store, monkeypatch):
    def half_done(conn) -> None:
        conn.execute(text("ALTER TABLE runs ADD COLUMN test_note TEXT"))
        raise RuntimeError("étape interrompue")

    target = _next()
    monkeypatch.setattr(migrations, "UPGRADES", (*migrations.UPGRADES, half_done))
    with pytest.raises(MigrationError) as failed:
        CentralStore(schema1_store)
    assert failed.value.version == target and "étape interrompue" in str(failed.value)
    assert _version_and_notes(schema1_store) == (1, [])
    monkeypatch.undo()
    with CentralStore(schema1_store, create=False) as store:  # still usable as it was
        assert len(store.current(include_deleted=True)) == 6


def test_a_newer_store_is_refused_and_left_byte_for_byte(schema1_store, monkeypatch):
    target = _next()
    monkeypatch.setattr(migrations, "UPGRADES", (*migrations.UPGRADES, _add_note_column))
    CentralStore(schema1_store).close()  # a schema the application below does not know
    monkeypatch.undo()
    before = _folder(schema1_store) if "://" not in schema1_store else None
    with pytest.raises(StoreNewerError) as refused:
        CentralStore(schema1_store)
    assert (refused.value.found, refused.value.supported) == (target, target - 1)
    assert "plus récente" in refused.value.message.render("fr")
    assert "newer version" in refused.value.message.render("en")
    if before is not None:
        assert _folder(schema1_store) == before  # same files, same bytes: nothing written
    assert _version_and_notes(schema1_store) == (target, ["étape 2"])


def _tables(target: str) -> dict:
    engine = _engine(target)
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            return {table: (
                [(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(table)],
                found.get_pk_constraint(table)["constrained_columns"],
                sorted((i["name"], tuple(i["column_names"])) for i in found.get_indexes(table)),
                sorted((tuple(f["constrained_columns"]), f["referred_table"])
                       for f in found.get_foreign_keys(table)),
                sorted(c["name"] for c in found.get_check_constraints(table)))
                for table in sorted(found.get_table_names())}
    finally:
        engine.dispose()


def test_the_upgraded_schema1_store_has_the_tables_of_a_new_store(schema1_store, request,
                                                                  tmp_path):
    """Every schema change comes with its step: schema 1 upgraded equals a new store."""
    if "://" in schema1_store:
        new = request.getfixturevalue("postgres_server").new_database()
    else:
        new = str(tmp_path / "new" / "central.sqlite")
    CentralStore(schema1_store).close()
    CentralStore(new).close()
    assert _tables(schema1_store) == _tables(new)
