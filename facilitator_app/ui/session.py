"""The capture session: the thin layer between the facilitator's widgets and the local store.

Every action becomes a QUndoCommand whose redo and undo are store calls, so undo and redo are
committed to disk like any other edit. Widgets never call the store directly: they call this
session and redraw when it tells them which list changed.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator_app.domain import Catalogue, Contribution, WorkshopRun
from facilitator_app.storage import LocalStore
from facilitator_app.storage.types import utcnow

log = logging.getLogger(__name__)


class CaptureSession(QObject):
    """One run being captured: its catalogue, its contributions, its undo history."""

    listChanged = Signal(int, str)  # engagement number, question key
    runChanged = Signal()
    notesChanged = Signal(int)
    saved = Signal(datetime)

    def __init__(self, store: LocalStore, run: WorkshopRun, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.run = run
        self.catalogue: Catalogue = store.catalogue_of(run.uuid)
        self.engagements = self.catalogue.engagements_of(run.atelier_number)
        self.atelier = self.catalogue.atelier(run.atelier_number)
        self.undo_stack = QUndoStack(self)

    # -- reading ---------------------------------------------------------------------------

    def contributions(self, engagement: int, question: str) -> list[Contribution]:
        return self.store.contributions(self.run.uuid, engagement, question)

    def notes(self, engagement: int) -> str:
        found = self.store.notes(self.run.uuid).get(engagement)
        return found.text if found else ""

    def state(self) -> dict[str, str]:
        return self.store.state(self.run.uuid)

    # -- actions (undoable) ----------------------------------------------------------------

    def add(self, engagement: int, question: str, text: str, position: int | None = None) -> None:
        if text.strip():
            self.undo_stack.push(_Add(self, engagement, question, text, position))

    def edit(self, uuid: str, text: str) -> None:
        current = self.store.contribution(uuid)
        if text.strip() and text.strip() != current.text:
            self.undo_stack.push(_Edit(self, current, text.strip()))

    def toggle_star(self, uuid: str) -> None:
        self.undo_stack.push(_Star(self, self.store.contribution(uuid)))

    def delete(self, uuid: str) -> None:
        self.undo_stack.push(_Delete(self, self.store.contribution(uuid)))

    def move(self, uuid: str, position: int, question: str | None = None,
             engagement: int | None = None) -> None:
        current = self.store.contribution(uuid)
        question = question or current.question_key
        engagement = engagement or current.engagement_number
        if (question, engagement) == (current.question_key, current.engagement_number):
            last = len(self.contributions(engagement, question))
            if min(max(position, 1), last) == current.position:
                return
        self.undo_stack.push(_Move(self, current, position, question, engagement))

    # -- not undoable: saved as typed ------------------------------------------------------

    def set_notes(self, engagement: int, text: str) -> None:
        self.store.set_notes(self.run.uuid, engagement, text)
        self._saved()

    def update_run(self, **changes) -> None:
        self.run = self.store.update_run(self.run.uuid, **changes)
        self.runChanged.emit()
        self._saved()

    def remember(self, values: dict[str, str]) -> None:
        self.store.set_state(self.run.uuid, values)

    def _saved(self) -> None:
        self.saved.emit(utcnow())

    def _changed(self, *places: tuple[int, str]) -> None:
        for engagement, question in dict.fromkeys(places):
            self.listChanged.emit(engagement, question)
        self._saved()


class _Add(QUndoCommand):
    def __init__(self, session: CaptureSession, engagement: int, question: str, text: str,
                 position: int | None) -> None:
        super().__init__(session.tr("Add contribution"))
        self.s, self.engagement, self.question = session, engagement, question
        self.text, self.position = text, position
        self.uuid: str | None = None

    def redo(self) -> None:
        if self.uuid is None:
            self.uuid = self.s.store.add_contribution(
                self.s.run.uuid, self.engagement, self.question, self.text,
                position=self.position).uuid
        else:
            self.s.store.restore_contribution(self.uuid)
        self.s._changed((self.engagement, self.question))

    def undo(self) -> None:
        self.s.store.delete_contribution(self.uuid)
        self.s._changed((self.engagement, self.question))


class _Edit(QUndoCommand):
    def __init__(self, session: CaptureSession, before: Contribution, text: str) -> None:
        super().__init__(session.tr("Edit contribution"))
        self.s, self.before, self.text = session, before, text

    def redo(self) -> None:
        self.s.store.edit_contribution(self.before.uuid, self.text)
        self.s._changed((self.before.engagement_number, self.before.question_key))

    def undo(self) -> None:
        self.s.store.edit_contribution(self.before.uuid, self.before.text)
        self.s._changed((self.before.engagement_number, self.before.question_key))


class _Star(QUndoCommand):
    def __init__(self, session: CaptureSession, before: Contribution) -> None:
        super().__init__(session.tr("Star contribution"))
        self.s, self.before = session, before

    def _apply(self, starred: bool) -> None:
        self.s.store.set_starred(self.before.uuid, starred)
        self.s._changed((self.before.engagement_number, self.before.question_key))

    def redo(self) -> None:
        self._apply(not self.before.starred)

    def undo(self) -> None:
        self._apply(self.before.starred)


class _Delete(QUndoCommand):
    def __init__(self, session: CaptureSession, before: Contribution) -> None:
        super().__init__(session.tr("Delete contribution"))
        self.s, self.before = session, before

    def redo(self) -> None:
        self.s.store.delete_contribution(self.before.uuid)
        self.s._changed((self.before.engagement_number, self.before.question_key))

    def undo(self) -> None:
        self.s.store.restore_contribution(self.before.uuid)
        place = self.s.store.contribution(self.before.uuid)
        if place.position != self.before.position:
            self.s.store.move_contribution(self.before.uuid, self.before.position)
        self.s._changed((self.before.engagement_number, self.before.question_key))


class _Move(QUndoCommand):
    def __init__(self, session: CaptureSession, before: Contribution, position: int,
                 question: str, engagement: int) -> None:
        super().__init__(session.tr("Move contribution"))
        self.s, self.before = session, before
        self.position, self.question, self.engagement = position, question, engagement

    def redo(self) -> None:
        self.s.store.move_contribution(self.before.uuid, self.position,
                                       question_key=self.question,
                                       engagement_number=self.engagement)
        self.s._changed((self.before.engagement_number, self.before.question_key),
                        (self.engagement, self.question))

    def undo(self) -> None:
        self.s.store.move_contribution(self.before.uuid, self.before.position,
                                       question_key=self.before.question_key,
                                       engagement_number=self.before.engagement_number)
        self.s._changed((self.before.engagement_number, self.before.question_key),
                        (self.engagement, self.question))
