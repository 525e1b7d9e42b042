"""The rules of capture, in memory: what each facilitator action does to a run's rows.

A :class:`RunDocument` holds a run's contributions and notes as frozen dataclasses. Every action
returns the rows it changed, with their new revision and time stamp; the caller writes exactly
those rows (an idempotent "put"), so the same rules serve the local store's methods and the
window, which keeps working in memory while the disk refuses writes.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from facilitator_app.domain import QUESTION_KEYS, Contribution, EngagementNotes
from facilitator_app.text_rules import contribution_problem, notes_problem

MAX_CONTRIBUTION_CHARS = 100_000

Place = tuple[int, str]  # engagement number, question key


def clean_text(text: str) -> str:
    """The text as stored: trimmed, non-empty, within the size limit, and within the text rules
    of :mod:`~facilitator_app.text_rules` (text pasted or imported goes through
    :func:`~facilitator_app.text_rules.sanitise_text` first)."""
    text = text.strip()
    problem = contribution_problem(text)
    if problem:
        raise ValueError(problem)
    if len(text) > MAX_CONTRIBUTION_CHARS:
        raise ValueError(f"a contribution holds at most {MAX_CONTRIBUTION_CHARS} characters")
    return text


def check_question(question_key: str) -> None:
    if question_key not in QUESTION_KEYS:
        raise ValueError(f"unknown guiding question {question_key!r}")


def _order(c: Contribution) -> tuple:
    return (c.position, c.created_at, c.uuid)


class RunDocument:
    """A run's contributions (tombstones included) and notes, with the capture rules."""

    def __init__(self, run_uuid: str, contributions: Iterable[Contribution] = (),
                 notes: Iterable[EngagementNotes] = ()) -> None:
        self.run_uuid = run_uuid
        self._rows: dict[str, Contribution] = {c.uuid: c for c in contributions}
        self._notes: dict[int, EngagementNotes] = {n.engagement_number: n for n in notes}

    # -- reading ---------------------------------------------------------------------------

    def get(self, uuid: str) -> Contribution:
        return self._rows[uuid]

    def live(self, engagement: int, question: str) -> list[Contribution]:
        """One question's contributions in display order, without tombstones."""
        return sorted((c for c in self._rows.values()
                       if c.engagement_number == engagement and c.question_key == question
                       and not c.deleted), key=_order)

    def all(self, *, include_deleted: bool = False) -> list[Contribution]:
        rows = (c for c in self._rows.values() if include_deleted or not c.deleted)
        return sorted(rows, key=lambda c: (c.engagement_number, c.question_key, *_order(c)))

    def count(self, engagement: int) -> int:
        return sum(1 for c in self._rows.values()
                   if c.engagement_number == engagement and not c.deleted)

    def notes(self, engagement: int) -> str:
        found = self._notes.get(engagement)
        return found.text if found else ""

    def all_notes(self) -> list[EngagementNotes]:
        return [self._notes[n] for n in sorted(self._notes)]

    # -- actions ---------------------------------------------------------------------------

    def add(self, engagement: int, question: str, text: str, now: datetime, *,
            position: int | None = None, starred: bool = False,
            uuid: str | None = None) -> list[Contribution]:
        """A new contribution at the end of its list, or at 1-based ``position``."""
        check_question(question)
        row = Contribution(
            uuid=uuid or str(uuidlib.uuid4()), run_uuid=self.run_uuid,
            engagement_number=engagement, question_key=question, text=clean_text(text),
            position=0, starred=starred, created_at=now, updated_at=now, revision=1)
        siblings = self.live(engagement, question)
        if position is None or position > len(siblings):
            row = replace(row, position=(siblings[-1].position if siblings else 0) + 1)
            self._rows[row.uuid] = row
            return [row]
        siblings.insert(max(position, 1) - 1, row)
        return self._renumber(siblings, now, fresh=row.uuid)

    def edit(self, uuid: str, text: str, now: datetime) -> list[Contribution]:
        return self._change(uuid, now, text=clean_text(text))

    def set_starred(self, uuid: str, starred: bool, now: datetime) -> list[Contribution]:
        return self._change(uuid, now, starred=bool(starred))

    def delete(self, uuid: str, now: datetime) -> list[Contribution]:
        """Keep a tombstone: the deletion must travel in bundles."""
        return self._change(uuid, now, deleted=True)

    def restore(self, uuid: str, now: datetime) -> list[Contribution]:
        return self._change(uuid, now, deleted=False)

    def move(self, uuid: str, position: int, now: datetime, *, question: str | None = None,
             engagement: int | None = None) -> list[Contribution]:
        """Move to 1-based ``position`` of its list or of another question's/engagement's list."""
        current = self._rows[uuid]
        question = question or current.question_key
        engagement = engagement or current.engagement_number
        check_question(question)
        source = [c for c in self.live(current.engagement_number, current.question_key)
                  if c.uuid != uuid]
        same = (engagement, question) == (current.engagement_number, current.question_key)
        target = source if same else self.live(engagement, question)
        position = min(max(position, 1), len(target) + 1)
        moved = replace(current, engagement_number=engagement, question_key=question)
        target.insert(position - 1, moved)
        changed = self._renumber(target, now, fresh=None, moved=current)
        if not same:
            changed += self._renumber(source, now, fresh=None)
        return changed

    def set_notes(self, engagement: int, text: str, now: datetime) -> EngagementNotes | None:
        """The notes of one engagement; ``None`` when the text did not change."""
        problem = notes_problem(text)
        if problem:
            raise ValueError(problem)
        before = self._notes.get(engagement)
        if before is not None and before.text == text:
            return None
        if before is None and not text:
            return None
        notes = EngagementNotes(self.run_uuid, engagement, text, now,
                                before.revision + 1 if before else 1)
        self._notes[engagement] = notes
        return notes

    def place(self, places: Iterable[tuple[str, Place, int]], now: datetime) -> list[Contribution]:
        """Put rows where they were: each ``(uuid, (engagement, question), position)`` given,
        exactly, as a new revision of the row; the rows already there are not changed. What
        undo of a move writes: moving back to a rank among the live rows would put a row among
        the deleted ones (which keep their position) in the wrong order once they come back."""
        changed: list[Contribution] = []
        for uuid, (engagement, question), position in places:
            check_question(question)
            changed += self._change(uuid, now, engagement_number=engagement,
                                    question_key=question, position=position)
        return changed

    # -- applying rows decided elsewhere ---------------------------------------------------

    def put(self, rows: Iterable[Contribution]) -> None:
        for row in rows:
            self._rows[row.uuid] = row

    def _change(self, uuid: str, now: datetime, **values) -> list[Contribution]:
        before = self._rows[uuid]
        if all(getattr(before, k) == v for k, v in values.items()):
            return []
        row = replace(before, **values, updated_at=now, revision=before.revision + 1)
        self._rows[uuid] = row
        return [row]

    def _renumber(self, ordered: list[Contribution], now: datetime, *, fresh: str | None,
                  moved: Contribution | None = None) -> list[Contribution]:
        """Give ``ordered`` the positions 1..n; every row whose place changed is a new revision."""
        changed = []
        for index, row in enumerate(ordered, start=1):
            original = moved if moved is not None and row.uuid == moved.uuid else row
            if row.uuid == fresh:
                new = replace(row, position=index)
            elif (original.position, original.engagement_number, original.question_key) == (
                    index, row.engagement_number, row.question_key):
                continue
            else:
                new = replace(row, position=index, updated_at=now, revision=original.revision + 1)
            self._rows[new.uuid] = new
            changed.append(new)
        return changed
