"""A run started and left before anything was typed in it is deleted; any other run is kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.test_store_current_run import current_run_on_disk


def test_an_empty_run_is_deleted_with_its_looking_state_and_current_mark(store, catalogue):
    earlier = store.start_run(catalogue, 1)
    store.add_contribution(earlier.uuid, 1, "indicators", "Gardée")
    run = store.start_run(catalogue, 3)
    store.set_state(run.uuid, {"engagement": "15", "question": "challenges",
                               "scroll:15:challenges": "", "draft:11:indicators": ""})
    assert current_run_on_disk(store) == run.uuid

    assert store.discard_run_if_empty(run.uuid)
    assert [r.uuid for r in store.runs()] == [earlier.uuid]
    assert store.state(run.uuid) == {}
    assert current_run_on_disk(store) is None
    assert store.run_in_progress().uuid == earlier.uuid  # the newest run not ended
    assert not store.discard_run_if_empty(run.uuid)  # gone already: nothing to do


def test_the_current_mark_of_another_run_stays(store, catalogue):
    empty = store.start_run(catalogue, 3)
    other = store.start_run(catalogue, 1)
    assert store.discard_run_if_empty(empty.uuid)
    assert current_run_on_disk(store) == other.uuid


@pytest.mark.parametrize("typed", [
    "contribution", "deleted contribution", "notes", "emptied notes", "draft", "edit",
    "agenda", "participants", "ended",
])
def test_a_run_with_anything_typed_or_chosen_is_kept(store, catalogue, typed):
    run = store.start_run(catalogue, 3)
    if typed == "contribution":
        store.add_contribution(run.uuid, 11, "indicators", "Une idée")
    elif typed == "deleted contribution":
        store.delete_contribution(store.add_contribution(run.uuid, 11, "indicators", "x").uuid)
    elif typed == "notes":
        store.set_notes(run.uuid, 11, "Question posée")
    elif typed == "emptied notes":
        store.set_notes(run.uuid, 11, "Question posée")
        store.set_notes(run.uuid, 11, "")
    elif typed == "draft":
        store.set_state(run.uuid, {"draft:11:indicators": "Pas encore validé"})
    elif typed == "edit":
        store.set_state(run.uuid, {"edit:11:indicators": '["u", "t"]'})
    elif typed == "agenda":
        store.set_state(run.uuid, {"agenda": "accueil 10"})
    elif typed == "participants":
        store.update_run(run.uuid, participant_count=12)
    else:
        store.update_run(run.uuid, ended_at=datetime.now(UTC))
    before = store.state(run.uuid)

    assert not store.discard_run_if_empty(run.uuid)
    assert [r.uuid for r in store.runs()] == [run.uuid]
    assert store.state(run.uuid) == before
    assert current_run_on_disk(store) == run.uuid


def test_facilitators_typed_when_starting_keep_the_run(store, catalogue):
    """The start page asks for the facilitators (the catalogue's by default): when the
    facilitator typed other names, the run is theirs to keep."""
    planned = list(catalogue.atelier(3).facilitators)
    run = store.start_run(catalogue, 3, [*planned, "Awa Diallo"], 20)
    assert not store.discard_run_if_empty(run.uuid)
    assert [r.uuid for r in store.runs()] == [run.uuid]
    same = store.start_run(catalogue, 3, planned, 20)  # the catalogue's names: nothing typed
    assert store.discard_run_if_empty(same.uuid)
