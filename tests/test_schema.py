"""Schema versions: upgrade of the committed old file, refusal of newer and foreign files,
rollback of a failed upgrade, rotating backups."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from facilitator_app.errors import (
    MigrationError,
    StoreCorruptError,
    StoreForeignError,
    StoreNewerError,
)
from facilitator_app.storage import LocalStore, migrations
from facilitator_app.storage.backup import KEEP_RECENT, backups_of, prune, take_backup
from facilitator_app.storage.models import Base

from .conftest import DATA


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_schema1(tmp_path) -> Path:
    target = tmp_path / "old" / "facilitator.sqlite"
    target.parent.mkdir()
    shutil.copy(DATA / "store-schema1.sqlite", target)
    return target


def test_committed_schema1_file_opens_at_the_current_version_with_its_content(tmp_path):
    path = copy_schema1(tmp_path)
    with LocalStore(path) as store:
        run = store.runs()[0]
        assert run.atelier_number == 3 and run.participant_count == 19
        live = store.contributions(run.uuid)
        assert [c.text for c in live if c.question_key == "indicators"] == [
            "Nombre de jeux de données réutilisés", "Délai de publication 📈"]
        tomb = store.contribution("00000000-0000-4000-8000-000000000004")
        assert tomb.deleted and tomb.revision == 2
        assert store.contribution("00000000-0000-4000-8000-000000000001").starred
        assert store.notes(run.uuid)[15].text.startswith("Q : calendrier")
        assert store.state(run.uuid)["draft:15:challenges"] == "Formation des agents"
        assert run.started_at == datetime(2016, 6, 21, 16, 20, tzinfo=UTC)
    assert migrations.inspect(path) == (migrations.APPLICATION_ID, migrations.SCHEMA_VERSION)


def test_migrated_schema_matches_the_orm_models(tmp_path):
    path = tmp_path / "fresh.sqlite"
    migrations.prepare(path, tmp_path / "backups")
    engine = create_engine(f"sqlite:///{path}")
    try:
        found = inspect(engine)
        assert set(found.get_table_names()) == set(Base.metadata.tables)
        for name, table in Base.metadata.tables.items():
            assert [c["name"] for c in found.get_columns(name)] == [
                c.name for c in table.columns], name
            assert {tuple(fk["constrained_columns"]) for fk in found.get_foreign_keys(name)} == {
                tuple(c.parent.name for c in fk.elements) for fk in table.foreign_key_constraints}
    finally:
        engine.dispose()


def test_newer_file_is_refused_and_left_byte_for_byte(tmp_path):
    path = tmp_path / "newer.sqlite"
    migrations.prepare(path, tmp_path / "b")
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version={migrations.SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(StoreNewerError) as err:
        LocalStore(path)
    assert "version plus récente" in str(err.value) and \
        "mettez l’application à jour" in str(err.value)
    assert digest(path) == before
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_foreign_database_and_garbage_are_refused_untouched(tmp_path):
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (x)")
    conn.close()
    before = digest(foreign)
    with pytest.raises(StoreForeignError):
        LocalStore(foreign)
    assert digest(foreign) == before

    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    with pytest.raises(StoreCorruptError) as err:
        LocalStore(garbage)
    assert "endommagé" in str(err.value)
    assert garbage.read_bytes().startswith(b"PK")


def test_failed_upgrade_rolls_back_and_keeps_a_copy(tmp_path):
    path = copy_schema1(tmp_path)
    before = digest(path)

    def broken_step(conn):
        conn.execute("ALTER TABLE contributions ADD COLUMN mood TEXT")
        raise RuntimeError("simulated failure half-way through the step")

    with pytest.raises(MigrationError) as err:
        migrations.prepare(path, tmp_path / "backups", steps=migrations.MIGRATIONS + (broken_step,))
    assert err.value.version == migrations.SCHEMA_VERSION + 1
    assert migrations.inspect(path)[1] == migrations.SCHEMA_VERSION
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(contributions)")]
    conn.close()
    assert "mood" not in columns
    copies = list((tmp_path / "backups").glob("*.sqlite"))
    assert len(copies) == 1 and migrations.inspect(copies[0])[1] == migrations.SCHEMA_VERSION
    assert digest(path) == before


def test_successful_upgrade_runs_new_steps_after_a_backup(tmp_path):
    path = copy_schema1(tmp_path)

    def add_mood(conn):
        conn.execute("ALTER TABLE contributions ADD COLUMN mood TEXT")

    version = migrations.prepare(path, tmp_path / "backups",
                                 steps=migrations.MIGRATIONS + (add_mood,))
    assert version == migrations.SCHEMA_VERSION + 1
    assert migrations.inspect(path)[1] == version
    assert len(list((tmp_path / "backups").glob("*-schema1-*.sqlite"))) == 1


def test_backups_use_the_backup_api_and_rotate(store, catalogue):
    run = store.start_run(catalogue, 1)
    store.add_contribution(run.uuid, 4, "indicators", "Nombre d’évaluations publiées")
    copy = store.backup()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT text FROM contributions").fetchone()[0].startswith("Nombre")
    conn.close()
    # Twenty backups over twenty days: the rotation keeps the recent ones and one per day/week.
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    for day in range(20):
        take_backup(store.path, store.backups, now=start + timedelta(days=day))
    kept = backups_of(store.backups, store.path.stem)
    assert KEEP_RECENT <= len(kept) < 21
    assert kept[0][0] >= start + timedelta(days=19)
    assert prune(store.backups, store.path.stem) == []
