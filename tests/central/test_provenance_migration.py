"""Schema step 3 (``central/migrations.py``): the provenance of versions and notes, filled for
an older store from what it holds, and the index on ``versions.run_uuid``; from the committed
schema-1 store and from a schema-2 store, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from facilitator_app.central import migrations
from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import CentralStore
from tests.support.bundles import OTHER_KEY
from tests.support.central_schema1 import recreate_on_postgresql, sqlite_copy
from tests.support.merging import ENGAGEMENTS, contribution, write_bundle

OTHER_RUN = "20000000-0000-4000-8000-000000000001"


def _engine(target: str):
    return create_engine(target if "://" in target else f"sqlite:///{target}")


def _read(target: str, sql: str) -> list[tuple]:
    engine = _engine(target)
    try:
        with engine.connect() as conn:
            return sorted(tuple(r) for r in conn.execute(text(sql)).all())
    finally:
        engine.dispose()


def _indexes(target: str) -> set[str]:
    engine = _engine(target)
    try:
        with engine.connect() as conn:
            return {i["name"] for i in inspect(conn).get_indexes("versions")}
    finally:
        engine.dispose()


VERSIONS = ("SELECT contribution_uuid, revision, content_hash, bundle_sha256, created_at, "
            "updated_at FROM versions")
PROVENANCE = ("SELECT contribution_uuid, revision, content_hash, bundle_sha256, created_at, "
              "updated_at FROM provenance")
NOTES = "SELECT bundle_sha256, run_uuid, engagement_number, text FROM note_provenance"


@pytest.fixture(params=["sqlite", "postgresql"])
def schema1_store(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(sqlite_copy(tmp_path))
    url = request.getfixturevalue("postgres_server").new_database()
    recreate_on_postgresql(url)
    return url


def test_schema1_is_upgraded_with_the_provenance_it_holds(schema1_store):
    with CentralStore(schema1_store, create=False) as store:
        assert store.read(lambda c: int(c.scalar(text(
            "SELECT value FROM central_meta WHERE key = 'schema_version'")))) == \
            migrations.schema_version()
    assert "ix_versions_run" in _indexes(schema1_store)
    versions = _read(schema1_store, VERSIONS)
    assert len(versions) == 14 and _read(schema1_store, PROVENANCE) == versions
    assert _read(schema1_store, NOTES) == []  # it holds no notes


@pytest.fixture
def schema2_store(central_url, bundles_dir, monkeypatch) -> tuple[str, dict]:
    """A store as schema 2 left it: a run of one key with a note, a run of two keys with one,
    merged, then what step 3 adds taken away (schema 2 had none of it)."""
    own = write_bundle(bundles_dir, "own", [contribution(n) for n in range(1, 4)],
                       notes={ENGAGEMENTS[0]: "Note du déroulé"})
    forged = write_bundle(bundles_dir, "forged", [contribution(n) for n in range(1, 4)],
                          key=OTHER_KEY, facilitators=("Mallory",),
                          notes={ENGAGEMENTS[0]: "Note falsifiée"})
    alone = write_bundle(bundles_dir, "alone", [contribution(9)], run_uuid=OTHER_RUN,
                         notes={ENGAGEMENTS[1]: "Note seule"})
    with CentralStore(central_url) as store:
        merge_paths(store, [own, forged, alone])
        shas = {b.file_name: b.sha256 for b in store.bundles()}
        store.write(lambda c: [c.execute(text(sql)) for sql in (
            "DROP TABLE provenance", "DROP TABLE note_provenance", "DROP INDEX ix_versions_run",
            "DROP TABLE duplicate_decisions",  # schema 4's, after provenance
            "UPDATE central_meta SET value = '2' WHERE key = 'schema_version'")])
    return central_url, shas


def test_schema2_is_upgraded_with_the_provenance_it_holds(schema2_store):
    url, shas = schema2_store
    assert _read(url, "SELECT value FROM central_meta WHERE key = 'schema_version'") == [("2",)]
    with CentralStore(url, create=False) as store:
        store.snapshot()
    assert _read(url, "SELECT value FROM central_meta WHERE key = 'schema_version'") == [
        (str(migrations.schema_version()),)]
    assert "ix_versions_run" in _indexes(url)
    versions = _read(url, VERSIONS)
    # Each version with the first bundle that carried it: the other one is not known.
    assert len(versions) == 4 and _read(url, PROVENANCE) == versions
    # The note of the run of one key is credited to its bundle; the run claimed by two keys
    # keeps the latest note, of no known bundle.
    assert _read(url, NOTES) == [
        (shas["alone.fabundle"], OTHER_RUN, ENGAGEMENTS[1], "Note seule")]


def test_a_new_store_records_every_bundle_that_carried_a_version(central_url, bundles_dir):
    own = write_bundle(bundles_dir, "own", [contribution(n) for n in range(1, 4)],
                       notes={ENGAGEMENTS[0]: "Note"})
    copy = write_bundle(bundles_dir, "copy", [contribution(n) for n in range(1, 4)],
                        key=OTHER_KEY, facilitators=("Mallory",), notes={ENGAGEMENTS[0]: "Note"})
    with CentralStore(central_url) as store:
        merge_paths(store, [own, copy, own])
        shas = sorted(b.sha256 for b in store.bundles())
    assert len(_read(central_url, VERSIONS)) == 3
    pairs = _read(central_url, "SELECT contribution_uuid, bundle_sha256 FROM provenance")
    assert len(pairs) == 6 and sorted({sha for _, sha in pairs}) == shas
    assert [sha for sha, *_ in _read(central_url, NOTES)] == shas


def test_provenance_is_step_3():
    assert migrations.UPGRADES[1].__name__ == "_add_provenance"  # brings schema 2 to 3
