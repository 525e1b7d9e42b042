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
from facilitator_app.domain import QUESTION_KEYS, Catalogue, Contribution, WorkshopRun
from facilitator_app.storage import LocalStore
from facilitator_app.storage.types import utcnow
from facilitator_app.text_rules import sanitise_name, sanitise_text
from facilitator_app.ui.writer import PendingWrites

log = logging.getLogger(__name__)


class CaptureSession(QObject):
    """One run being captured: its catalogue, its contributions, its undo history."""

    listChanged = Signal(int, str)  # engagement number, question key
    runChanged = Signal()
    focusChanged = Signal(int, str)  # the engagement and question the facilitator is on
    agendaChanged = Signal()
    notesChanged = Signal(int)  # engagement number
    # Where an undo or a redo changed a contribution, to show it: engagement number, question
    # key, and the contribution's UUID ("" once it is deleted: nothing to select).
    changeToShow = Signal(int, str, str)

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
        # Shown once the undo or redo is over: showing it may close an in-place edit, whose
        # text is then committed, a new command that must not land in the middle of the undo.
        self._change_to_show: str | None = None
        self.undo_stack.indexChanged.connect(self._show_change)
        self.focus: tuple[int, str] = self._saved_focus()

    def _saved_focus(self) -> tuple[int, str]:
        """Where the facilitator was when the run was left (see :meth:`set_focus`); the first
        question of the first engagement for a new run or a state naming none of this run's."""
        numbers = [e.number for e in self.engagements]
        try:
            engagement = int(self._state.get("engagement", ""))
        except ValueError:
            engagement = numbers[0]
        question = self._state.get("question", "")
        return (engagement if engagement in numbers else numbers[0],
                question if question in QUESTION_KEYS else QUESTION_KEYS[0])

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

    def add(self, engagement: int, question: str, text: str,
            position: int | None = None) -> str | None:
        """Add a contribution; its UUID, or None when ``text`` is blank (nothing added). What
        the text rules forbid (a pasted control character, a lone carriage return) is removed
        or made a line feed first, as :func:`~facilitator_app.text_rules.sanitise_text` says."""
        text = sanitise_text(text)
        if not text.strip():
            return None
        command = _Add(self, engagement, question, text, position)
        self.undo_stack.push(command)
        return command.uuid

    def edit(self, uuid: str, text: str) -> None:
        text = sanitise_text(text)
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
        if (question, engagement) == (before.question_key, before.engagement_number):
            siblings = self.doc.live(engagement, question)
            if siblings[min(max(position, 1), len(siblings)) - 1].uuid == uuid:
                return
        self.undo_stack.push(_Move(self, self.tr("Move contribution"), uuid, position, question,
                                   engagement))

    # -- not undoable: saved as typed ------------------------------------------------------

    def set_notes(self, engagement: int, text: str) -> None:
        notes = self.doc.set_notes(engagement, sanitise_text(text), utcnow())
        if notes is not None:
            self.writer.put(notes=notes)
            self.notesChanged.emit(engagement)

    def update_run(self, **changes) -> None:
        for key in ("facilitators", "organisations"):  # names: one line, no control character
            if key in changes:
                changes[key] = [n for n in map(sanitise_name, changes[key]) if n]
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

    def _show_change(self, _index: int) -> None:
        uuid, self._change_to_show = self._change_to_show, None
        if uuid is not None:
            row = self.doc.get(uuid)
            self.changeToShow.emit(row.engagement_number, row.question_key,
                                   "" if row.deleted else uuid)


Placement = tuple[str, tuple[int, str], int]  # UUID, (engagement, question), position


def _placement(row: Contribution) -> Placement:
    return row.uuid, (row.engagement_number, row.question_key), row.position


class _Command(QUndoCommand):
    """An action on one contribution. Its undo, and each redo after the first (the action
    itself), ask the screen to show the contribution: Ctrl+Z may change an engagement that is
    not on screen."""

    def __init__(self, session: CaptureSession, text: str, uuid: str) -> None:
        super().__init__(text)
        self.s, self.uuid = session, uuid
        self._done = False

    def redo(self) -> None:
        self._redo(utcnow(), first=not self._done)
        if self._done:
            self.s._change_to_show = self.uuid
        self._done = True

    def undo(self) -> None:
        self._undo(utcnow())
        self.s._change_to_show = self.uuid

    def _redo(self, now, first: bool) -> None:
        raise NotImplementedError

    def _undo(self, now) -> None:
        raise NotImplementedError


class _Add(_Command):
    def __init__(self, session: CaptureSession, engagement: int, question: str, text: str,
                 position: int | None) -> None:
        super().__init__(session, session.tr("Add contribution"), str(uuidlib.uuid4()))
        self.engagement, self.question = engagement, question
        self.text, self.position = text, position
        # The other contributions an insertion renumbered: where they were, where they went.
        self._before: list[Placement] = []
        self._after: list[Placement] = []

    def _redo(self, now, first: bool) -> None:
        doc = self.s.doc
        if first:
            siblings = {c.uuid: c for c in doc.live(self.engagement, self.question)}
            rows = doc.add(self.engagement, self.question, self.text, now,
                           position=self.position, uuid=self.uuid)
            self._before = [_placement(siblings[r.uuid]) for r in rows if r.uuid in siblings]
            self._after = [_placement(r) for r in rows if r.uuid in siblings]
        else:
            rows = doc.restore(self.uuid, now) + doc.place(self._after, now)
        self.s._apply(rows)

    def _undo(self, now) -> None:
        doc = self.s.doc
        self.s._apply(doc.delete(self.uuid, now) + doc.place(self._before, now))


class _Move(_Command):
    """A move within a list or to another; undo puts back exactly the positions it changed
    (not a rank among the live contributions, which would misplace a deleted one's later
    restore), redo exactly those it gave."""

    def __init__(self, session: CaptureSession, text: str, uuid: str, position: int,
                 question: str, engagement: int) -> None:
        super().__init__(session, text, uuid)
        self.position, self.question, self.engagement = position, question, engagement
        row = session.doc.get(uuid)
        self._places = list(dict.fromkeys([(row.engagement_number, row.question_key),
                                           (engagement, question)]))
        self._before: list[Placement] = []
        self._after: list[Placement] = []

    def _redo(self, now, first: bool) -> None:
        doc = self.s.doc
        if first:
            rows_before = {c.uuid: c for place in self._places for c in doc.live(*place)}
            rows = doc.move(self.uuid, self.position, now, question=self.question,
                            engagement=self.engagement)
            self._before = [_placement(rows_before[r.uuid]) for r in rows]
            self._after = [_placement(r) for r in rows]
        else:
            rows = doc.place(self._after, now)
        self.s._apply(rows, before=self._places)

    def _undo(self, now) -> None:
        self.s._apply(self.s.doc.place(self._before, now), before=self._places)


class _Simple(_Command):
    """An action on one contribution whose undo is another action on it."""

    def __init__(self, session: CaptureSession, text: str, uuid: str, do, undo) -> None:
        super().__init__(session, text, uuid)
        self._do, self._undo_action = do, undo

    def _run(self, action, now) -> None:
        row = self.s.doc.get(self.uuid)
        self.s._apply(action(now), before=[(row.engagement_number, row.question_key)])

    def _redo(self, now, first: bool) -> None:
        self._run(self._do, now)

    def _undo(self, now) -> None:
        self._run(self._undo_action, now)
