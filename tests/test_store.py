"""The local store: every edit committed at once, positions, tombstones, notes, resume state."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from facilitator_app.errors import NotFoundError
from facilitator_app.capture import MAX_CONTRIBUTION_CHARS


def texts(store, run, engagement=15, question="indicators"):
    return [c.text for c in store.contributions(run.uuid, engagement, question)]


def test_start_run_prefills_facilitators_from_catalogue(store, catalogue):
    run = store.start_run(catalogue, 2, participant_count=20)
    assert run.facilitators == ("Paula Forteza", "Céline Pelletier", "Françoise Waintrop")
    assert run.participant_count == 20
    assert run.catalogue_id == "ministere-ouvert-1"
    assert run.revision == 1
    assert store.run_in_progress() == run


def test_every_change_is_on_disk_before_the_call_returns(store, catalogue):
    run = store.start_run(catalogue, 3)
    c = store.add_contribution(run.uuid, 15, "indicators", "  Taux de réutilisation  ")
    store.edit_contribution(c.uuid, "Taux de réutilisation des données")
    # A second, independent connection sees the change: nothing waits for a "Save".
    with sqlite3.connect(store.path) as raw:
        text, revision = raw.execute(
            "SELECT text, revision FROM contributions WHERE uuid = ?", (c.uuid,)).fetchone()
    assert (text, revision) == ("Taux de réutilisation des données", 2)


def test_pragmas_make_the_file_crash_safe(store):
    with store._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == 0x46414331


def test_revision_grows_with_every_edit_and_timestamps_are_kept(store, catalogue):
    run = store.start_run(catalogue, 3)
    t0 = datetime(2016, 6, 21, 16, 30, tzinfo=UTC)
    c = store.add_contribution(run.uuid, 11, "challenges", "Gouvernance", now=t0)
    assert (c.revision, c.created_at, c.updated_at) == (1, t0, t0)
    c = store.edit_contribution(c.uuid, "Gouvernance partagée", now=t0 + timedelta(minutes=1))
    c = store.set_starred(c.uuid, True, now=t0 + timedelta(minutes=2))
    assert c.revision == 3 and c.starred
    assert c.created_at == t0 and c.updated_at == t0 + timedelta(minutes=2)


def test_delete_keeps_a_tombstone_and_restore_brings_it_back(store, catalogue):
    run = store.start_run(catalogue, 3)
    c = store.add_contribution(run.uuid, 15, "inspirations", "OpenStreetMap")
    gone = store.delete_contribution(c.uuid)
    assert gone.deleted and gone.revision == 2
    assert store.contributions(run.uuid) == []
    assert [x.uuid for x in store.contributions(run.uuid, include_deleted=True)] == [c.uuid]
    back = store.restore_contribution(c.uuid)
    assert not back.deleted and back.revision == 3
    assert texts(store, run, question="inspirations") == ["OpenStreetMap"]


def test_insert_at_position_and_move_within_and_across_questions(store, catalogue):
    run = store.start_run(catalogue, 3)
    a = store.add_contribution(run.uuid, 15, "indicators", "A")
    store.add_contribution(run.uuid, 15, "indicators", "B")
    store.add_contribution(run.uuid, 15, "indicators", "C", position=1)
    assert texts(store, run) == ["C", "A", "B"]
    store.move_contribution(a.uuid, 3)
    assert texts(store, run) == ["C", "B", "A"]
    moved = store.move_contribution(a.uuid, 1, question_key="commitments")
    assert texts(store, run) == ["C", "B"]
    assert texts(store, run, question="commitments") == ["A"]
    assert moved.question_key == "commitments" and moved.revision > a.revision
    store.move_contribution(a.uuid, 99, engagement_number=16, question_key="challenges")
    assert texts(store, run, 16, "challenges") == ["A"]
    positions = [c.position for c in store.contributions(run.uuid, 15, "indicators")]
    assert positions == [1, 2]


def test_rejects_bad_input_without_writing(store, catalogue):
    run = store.start_run(catalogue, 3)
    with pytest.raises(ValueError):
        store.add_contribution(run.uuid, 15, "wishes", "x")
    with pytest.raises(ValueError):
        store.add_contribution(run.uuid, 15, "indicators", "   ")
    with pytest.raises(ValueError):
        store.add_contribution(run.uuid, 15, "indicators", "x" * (MAX_CONTRIBUTION_CHARS + 1))
    with pytest.raises(NotFoundError):
        store.edit_contribution("no-such-uuid", "x")
    assert store.contributions(run.uuid, include_deleted=True) == []


def test_long_and_unusual_text_round_trips_exactly(store, catalogue):
    run = store.start_run(catalogue, 3)
    text = "Œuvre 🇫🇷 عربى — " + "é" * 10_000
    c = store.add_contribution(run.uuid, 16, "commitments", text)
    assert store.contribution(c.uuid).text == text


def test_run_update_notes_and_resume_state(store, catalogue):
    run = store.start_run(catalogue, 3)
    updated = store.update_run(run.uuid, participant_count=22,
                               organisations=["Etalab", " ", "Regards Citoyens"])
    assert updated.organisations == ("Etalab", "Regards Citoyens")
    assert updated.revision == 2
    store.set_notes(run.uuid, 15, "Q : calendrier ?")
    notes = store.set_notes(run.uuid, 15, "Q : calendrier ? R : 2017.")
    assert notes.revision == 2 and store.notes(run.uuid)[15].text.endswith("2017.")
    store.set_state(run.uuid, {"engagement": "15", "draft:15:indicators": "Taux de"})
    store.set_state(run.uuid, {"engagement": "16"})
    assert store.state(run.uuid) == {"engagement": "16", "draft:15:indicators": "Taux de"}
    ended = store.update_run(run.uuid, ended_at=datetime.now(UTC))
    assert ended.ended_at is not None and store.run_in_progress() is None


def test_catalogue_snapshot_belongs_to_the_run(store, catalogue):
    run = store.start_run(catalogue, 4)
    assert store.catalogue_of(run.uuid) == catalogue
    assert store.run(run.uuid).catalogue_version == catalogue.version


def test_installation_id_is_stable_across_reopen(data_dir):
    from facilitator_app.storage import LocalStore

    with LocalStore.in_folder(data_dir) as first:
        ident = first.installation_id
    with LocalStore.in_folder(data_dir) as again:
        assert again.installation_id == ident


def test_edit_fast_path_returns_aware_times_and_skips_unchanged_text(store, catalogue):
    run = store.start_run(catalogue, 3)
    c = store.add_contribution(run.uuid, 15, "indicators", "Même texte")
    same = store.edit_contribution(c.uuid, "  Même texte ")
    assert same == c
    changed = store.edit_contribution(c.uuid, "Autre texte")
    assert changed.revision == 2 and changed.updated_at.tzinfo is not None
    assert changed == store.contribution(c.uuid)


def test_refused_writes_raise_store_write_error_and_change_nothing(store, catalogue):
    from sqlalchemy import event

    from facilitator_app.errors import StoreWriteError

    run = store.start_run(catalogue, 3)
    c = store.add_contribution(run.uuid, 15, "indicators", "Avant")

    def read_only(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA query_only = ON")

    event.listen(store._engine, "connect", read_only)
    store._engine.dispose()
    try:
        with pytest.raises(StoreWriteError) as err:
            store.edit_contribution(c.uuid, "Après")
        assert "rien de cette opération n’y a été écrit" in str(err.value)
        with pytest.raises(StoreWriteError):
            store.add_contribution(run.uuid, 15, "indicators", "Nouvelle")
    finally:
        event.remove(store._engine, "connect", read_only)
        store._engine.dispose()
    assert [x.text for x in store.contributions(run.uuid)] == ["Avant"]
    assert store.edit_contribution(c.uuid, "Après").revision == 2
