"""The run reopened at start-up is the one last started or resumed, not the last changed."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime


def current_run_on_disk(store) -> str | None:
    with sqlite3.connect(store.path) as raw:
        row = raw.execute("SELECT value FROM meta WHERE key = 'current_run'").fetchone()
    return row[0] if row else None


def test_the_run_resumed_last_is_reopened_even_if_another_changed_since(store, catalogue):
    first = store.start_run(catalogue, 1)
    second = store.start_run(catalogue, 3)
    assert store.run_in_progress().uuid == second.uuid  # started last
    store.set_current_run(first.uuid)  # resumed from the start page
    store.update_run(second.uuid, participant_count=12)  # changed after: not what counts
    assert current_run_on_disk(store) == first.uuid
    assert store.run_in_progress().uuid == first.uuid


def test_an_ended_current_run_gives_way_to_the_last_changed_run_not_ended(store, catalogue):
    first = store.start_run(catalogue, 1)
    second = store.start_run(catalogue, 3)
    store.update_run(first.uuid, participant_count=5)
    store.set_current_run(second.uuid)
    store.update_run(second.uuid, ended_at=datetime.now(UTC))
    assert store.run_in_progress().uuid == first.uuid
    store.update_run(first.uuid, ended_at=datetime.now(UTC))
    assert store.run_in_progress() is None

