"""Undo and redo give back exactly the order the facilitator saw, deleted contributions and
moves mixed in any way, on screen and on disk, each change a higher revision."""

from __future__ import annotations

import random
from datetime import datetime, timezone

import pytest

from facilitator_app.capture import RunDocument
from facilitator_app.domain import Contribution
from facilitator_app.ui.session import CaptureSession

PLACES = [(11, "indicators"), (11, "challenges"), (15, "indicators")]


def texts(session: CaptureSession, engagement: int = 11, question: str = "indicators"):
    return [c.text for c in session.contributions(engagement, question)]


def on_disk(session: CaptureSession, engagement: int = 11, question: str = "indicators"):
    assert session.writer.flush()  # the writer thread's commit returned
    return [c.text for c in session.writer.store.contributions(session.run.uuid, engagement,
                                                                 question)]


def test_undoing_moves_around_a_deletion_gives_back_the_order(session):
    for text in "ABC":
        session.add(11, "indicators", text)
    uuid = {c.text: c.uuid for c in session.contributions(11, "indicators")}
    session.move(uuid["A"], 3)  # Alt+Down twice: B C A
    session.delete(uuid["C"])  # B A
    session.move(uuid["A"], 1)  # Alt+Up: A B
    assert texts(session) == list("AB")
    session.undo_stack.undo()
    assert texts(session) == list("BA")
    session.undo_stack.undo()  # the deletion: C back between B and A, where it was
    assert texts(session) == on_disk(session) == list("BCA")
    session.undo_stack.undo()
    assert texts(session) == on_disk(session) == list("ABC")
    for expected in ("BCA", "BA", "AB"):
        session.undo_stack.redo()
        assert texts(session) == on_disk(session) == list(expected)


def test_undoing_an_insertion_puts_the_renumbered_contributions_back(session):
    for text in "ABC":
        session.add(11, "indicators", text)
    uuid = {c.text: c.uuid for c in session.contributions(11, "indicators")}
    session.move(uuid["C"], 1)  # C A B
    session.delete(uuid["A"])  # C B
    session.add(11, "indicators", "D", position=1)  # D C B
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert texts(session) == on_disk(session) == list("CAB")


def _state(session: CaptureSession) -> dict:
    return {place: [c.uuid for c in session.contributions(*place)] for place in PLACES}


def _check_revisions(session: CaptureSession, seen: dict[str, Contribution]) -> None:
    """Every row changed since ``seen`` has a higher revision; the disk has the document."""
    rows = {c.uuid: c for c in session.doc.all(include_deleted=True)}
    for uuid, row in rows.items():
        before = seen.get(uuid)
        if before is not None and before != row:
            assert row.revision > before.revision, (before, row)
    seen.update(rows)
    assert session.writer.flush()
    stored = session.writer.store.contributions(session.run.uuid, include_deleted=True)
    assert {c.uuid: c for c in stored} == rows


@pytest.mark.parametrize("seed", range(3))
def test_any_sequence_of_actions_undoes_and_redoes_exactly(session, seed):
    rng = random.Random(seed)
    stack = session.undo_stack
    history = [_state(session)]  # the lists at each index of the undo stack
    seen: dict[str, Contribution] = {}
    for step in range(40):
        live = [c for place in PLACES for c in session.contributions(*place)]
        action = rng.choice(["add", "insert", "delete", "move", "move", "undo", "redo"])
        if action == "undo" and stack.canUndo():
            stack.undo()
            assert _state(session) == history[stack.index()], (seed, step)
        elif action == "redo" and stack.canRedo():
            stack.redo()
            assert _state(session) == history[stack.index()], (seed, step)
        elif action in ("undo", "redo"):
            continue
        else:
            index = stack.index()
            if action in ("add", "insert") or not live:
                place = rng.choice(PLACES)
                position = rng.randint(1, 5) if action == "insert" else None
                session.add(*place, f"{seed}-{step}", position=position)
            elif action == "delete":
                session.delete(rng.choice(live).uuid)
            else:
                engagement, question = rng.choice(PLACES)
                session.move(rng.choice(live).uuid, rng.randint(1, 6), question=question,
                             engagement=engagement)
            if stack.index() == index:
                continue  # a move to where it already was: no undo step
            del history[stack.index():]
            history.append(_state(session))
        _check_revisions(session, seen)
    while stack.canUndo():
        stack.undo()
        assert _state(session) == history[stack.index()], seed
    while stack.canRedo():
        stack.redo()
        assert _state(session) == history[stack.index()], seed
    _check_revisions(session, seen)


def test_place_puts_rows_back_with_a_new_revision_and_leaves_the_others():
    now = datetime(2024, 5, 1, tzinfo=timezone.utc)
    doc = RunDocument("run")
    a, = doc.add(11, "indicators", "A", now)
    b, = doc.add(11, "indicators", "B", now)
    changed = doc.place([(a.uuid, (11, "challenges"), 4), (b.uuid, (11, "indicators"), 2)],
                        now)
    assert [(c.uuid, c.question_key, c.position, c.revision) for c in changed] == [
        (a.uuid, "challenges", 4, 2)]
    assert doc.get(b.uuid) == b
    with pytest.raises(ValueError):
        doc.place([(a.uuid, (11, "nonsense"), 1)], now)
