"""The capture session: the thin layer between the facilitator's widgets and the local store.

The run lives in memory as a :class:`~facilitator_app.capture.RunDocument`; every action is a
QUndoCommand that changes the document and hands the changed rows to :class:`PendingWrites`,
which commits them at once (or keeps them until the disk accepts them). Widgets read the
document and redraw when told which list changed; they never call the store.
"""

from __future__ import annotations

import logging
import uuid as uuidlib
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator_app.agenda import DEFAULT_SEGMENTS, Segment, segments_from_text, segments_to_text
from facilitator_app.capture import RunDocument
from facilitator_app.domain import Catalogue, Contribution, WorkshopRun
from facilitator_app.storage import LocalStore
from facilitator_app.storage.types import utcnow
from facilitator_app.ui.writer import PendingWrites

log = logging.getLogger(__name__)


class CaptureSession(QObject):
    """One run being captured: its catalogue, its contributions, its undo history."""

    listChanged = Signal(int, str)  # engagement number, question key
    runChanged = Signal()
    focusChanged = Signal(int, str)  # the engagement and question the facilitator is on
    agendaChanged = Signal()
    notesChanged = Signal(int)  # engagement number

    def __init__(self, store: LocalStore, run: WorkshopRun, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.catalogue: Catalogue = store.catalogue_of(run.uuid)
        self.engagements = self.catalogue.engagements_of(run.atelier_number)
        self.atelier = self.catalogue.atelier(run.atelier_number)
        self.doc: RunDocument = store.load_document(run.uuid)
        self._state = store.state(run.uuid)
        self.writer = PendingWrites(store, self)
        self.undo_stack = QUndoStack(self)
        self.focus: tuple[int, str] = (self.engagements[0].number, "indicators")

    def set_focus(self, engagement: int, question: str | None = None) -> None:
        """Where the facilitator is: followed by the room display, remembered for a restart."""
        focus = (engagement, question or self.focus[1])
        if focus != self.focus:
            self.focus = focus
            self.remember({"engagement": str(focus[0]), "question": focus[1]})
            self.focusChanged.emit(*focus)

    # -- reading ---------------------------------------------------------------------------

    def contributions(self, engagement: int, question: str) -> list[Contribution]:
        return self.doc.live(engagement, question)

    def notes(self, engagement: int) -> str:
        return self.doc.notes(engagement)

    def state(self) -> dict[str, str]:
        return dict(self._state)

    def state_value(self, key: str, default: str = "") -> str:
        return self._state.get(key, default)

    def agenda(self) -> tuple[Segment, ...]:
        """The run's segments of the hour: as edited for it, else the usual ones."""
        saved = self._state.get("agenda")
        try:
            return segments_from_text(saved) if saved else DEFAULT_SEGMENTS
        except ValueError:
            log.warning("agenda of run %s unreadable, using the usual one", self.run.uuid)
            return DEFAULT_SEGMENTS

    def set_agenda(self, segments: tuple[Segment, ...]) -> None:
        text = segments_to_text(segments)
        segments_from_text(text)  # refuse here what could not be read back
        self.remember({"agenda": text})
        self.agendaChanged.emit()

    # -- actions (undoable) ----------------------------------------------------------------

    def add(self, engagement: int, question: str, text: str, position: int | None = None) -> None:
        if text.strip():
            self.undo_stack.push(_Add(self, engagement, question, text, position))

    def edit(self, uuid: str, text: str) -> None:
        current = self.doc.get(uuid)
        if text.strip() and text.strip() != current.text:
            self.undo_stack.push(_Simple(self, self.tr("Edit contribution"), uuid,
                                         lambda now: self.doc.edit(uuid, text, now),
                                         lambda now: self.doc.edit(uuid, current.text, now)))

    def toggle_star(self, uuid: str) -> None:
        starred = self.doc.get(uuid).starred
        self.undo_stack.push(_Simple(self, self.tr("Star contribution"), uuid,
                                     lambda now: self.doc.set_starred(uuid, not starred, now),
                                     lambda now: self.doc.set_starred(uuid, starred, now)))

    def delete(self, uuid: str) -> None:
        self.undo_stack.push(_Simple(self, self.tr("Delete contribution"), uuid,
                                     lambda now: self.doc.delete(uuid, now),
                                     lambda now: self.doc.restore(uuid, now)))

    def move(self, uuid: str, position: int, question: str | None = None,
             engagement: int | None = None) -> None:
        before = self.doc.get(uuid)
        question = question or before.question_key
        engagement = engagement or before.engagement_number
        siblings = self.doc.live(before.engagement_number, before.question_key)
        # Where undo puts it back: its rank among the live contributions (doc.move counts
        # those; the stored position also counts deleted ones).
        rank = next((i for i, c in enumerate(siblings, 1) if c.uuid == uuid), before.position)
        if (question, engagement) == (before.question_key, before.engagement_number):
            if siblings[min(max(position, 1), len(siblings)) - 1].uuid == uuid:
                return
        self.undo_stack.push(_Simple(
            self, self.tr("Move contribution"), uuid,
            lambda now: self.doc.move(uuid, position, now, question=question,
                                      engagement=engagement),
            lambda now: self.doc.move(uuid, rank, now, question=before.question_key,
                                      engagement=before.engagement_number)))

    # -- not undoable: saved as typed ------------------------------------------------------

    def set_notes(self, engagement: int, text: str) -> None:
        notes = self.doc.set_notes(engagement, text, utcnow())
        if notes is not None:
            self.writer.put(notes=notes)
            self.notesChanged.emit(engagement)

    def update_run(self, **changes) -> None:
        self.run = replace(self.run, **{k: tuple(v) if isinstance(v, list) else v
                                        for k, v in changes.items()})
        self.writer.put(run=(self.run.uuid, changes))
        self.runChanged.emit()

    def remember(self, values: dict[str, str]) -> None:
        """Keep resume state (drafts, selection, scroll) for a restart; one write for all of
        ``values``. An empty value for a key never stored is not written."""
        changed = {k: v for k, v in values.items() if self._state.get(k, "") != v}
        if changed:
            self._state.update(changed)
            self.writer.put(state=(self.run.uuid, changed))

    def _apply(self, rows: Sequence[Contribution], before: Sequence[tuple[int, str]] = ()) -> None:
        self.writer.put(rows)
        places = dict.fromkeys([*before, *((r.engagement_number, r.question_key) for r in rows)])
        for engagement, question in places:
            self.listChanged.emit(engagement, question)


class _Add(QUndoCommand):
    def __init__(self, session: CaptureSession, engagement: int, question: str, text: str,
                 position: int | None) -> None:
        super().__init__(session.tr("Add contribution"))
        self.s, self.engagement, self.question = session, engagement, question
        self.text, self.position = text, position
        self.uuid = str(uuidlib.uuid4())
        self.added = False

    def redo(self) -> None:
        now = utcnow()
        if not self.added:
            rows = self.s.doc.add(self.engagement, self.question, self.text, now,
                                  position=self.position, uuid=self.uuid)
            self.added = True
        else:
            rows = self.s.doc.restore(self.uuid, now)
        self.s._apply(rows)

    def undo(self) -> None:
        self.s._apply(self.s.doc.delete(self.uuid, utcnow()))


class _Simple(QUndoCommand):
    """An action on one contribution whose undo is another action on it."""

    def __init__(self, session: CaptureSession, text: str, uuid: str, do, undo) -> None:
        super().__init__(text)
        self.s, self.uuid, self._do, self._undo = session, uuid, do, undo

    def _run(self, action) -> None:
        row = self.s.doc.get(self.uuid)
        self.s._apply(action(utcnow()), before=[(row.engagement_number, row.question_key)])

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)
