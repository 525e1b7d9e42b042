"""The capture screen: the atelier's engagements on one side, the selected one's questions on
the other; resumes exactly where the facilitator was."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain import QUESTION_KEYS
from facilitator_app.ui.engagement_panel import EngagementPanel
from facilitator_app.ui.models import EngagementListModel
from facilitator_app.ui.run_details import RunDetails
from facilitator_app.ui.workshop_clock import WorkshopClock
from facilitator_app.ui.session import CaptureSession


def _is_text(event: QKeyEvent) -> bool:
    """Whether the key types text (AltGr, reported as Ctrl+Alt on Windows, included)."""
    text, modifiers = event.text(), event.modifiers()
    ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    return bool(text) and text.isprintable() and ctrl == alt \
        and not modifiers & Qt.KeyboardModifier.MetaModifier


class EngagementList(QListView):
    """The atelier's engagements; the keyboard belongs to the entry lines.

    A click shows an engagement and hands the keyboard to the entry line of the question being
    captured (``chosen``): the facilitator goes on typing. Reached with Tab, the list keeps
    what a keyboard user expects of a list: the arrows, Page Up/Down, Home and End browse the
    engagements, each shown as it becomes current; Enter then goes to the entry line. Qt's
    type-ahead search is off: typing "16 personnes…" in the list would jump to engagement 16
    and the text would be lost. What is typed goes to the entry line instead (``typed``), so
    no keystroke is lost wherever the list got the focus from."""

    chosen = Signal()
    typed = Signal(object)  # the QKeyEvent

    def keyboardSearch(self, search: str) -> None:
        """Off (see the class): text never reaches it, typed goes to the entry line."""

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.chosen.emit()
        elif _is_text(event):
            self.typed.emit(event)
        else:
            super().keyPressEvent(event)


class CaptureView(QWidget):
    """Engagement list plus one :class:`EngagementPanel` per engagement."""

    def __init__(self, session: CaptureSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.engagement_model = EngagementListModel(session.engagements, self)
        self.engagement_list = EngagementList()
        self.engagement_list.setModel(self.engagement_model)
        self.engagement_list.setWordWrap(True)
        self.engagement_list.setSelectionMode(QListView.SelectionMode.SingleSelection)

        # Each engagement's panel is built the first time it is shown: start-up builds one.
        self.stack = QStackedWidget()
        self._panels: list[EngagementPanel | None] = []
        self._switching = False  # the stack is changing pages: Qt moves the focus in between
        for engagement in session.engagements:
            self._panels.append(None)
            self.stack.addWidget(QWidget())
            self._update_count(engagement.number)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        self.clock = WorkshopClock(session)
        left_layout.addWidget(self.clock)
        self.details = RunDetails(session)
        left_layout.addWidget(self.details)
        left_layout.addWidget(self.engagement_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        # Sized in characters, so the column keeps its room at large font sizes.
        left_width = self.fontMetrics().averageCharWidth() * 40
        splitter.setSizes([left_width, left_width * 3])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.engagement_list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_chosen(current.row()))
        self.engagement_list.chosen.connect(self.focus_current_entry)
        self.engagement_list.typed.connect(self._type_into_entry)
        session.listChanged.connect(self._on_list_changed)
        session.changeToShow.connect(self.show_change)
        self.retranslate()
        self._restore()

    @property
    def panels(self) -> list[EngagementPanel]:
        """The panels built so far."""
        return [p for p in self._panels if p is not None]

    def panel(self, row: int) -> EngagementPanel:
        """The panel of the engagement in ``row``, built (and its resume state put back) now
        if it was never shown."""
        panel = self._panels[row]
        if panel is None:
            session = self.session
            panel = EngagementPanel(session, session.engagements[row])
            for key, box in panel.questions.items():
                box.activated.connect(lambda p=panel, k=key: self._activated(p, k))
                box.restore(session.state())
            placeholder = self.stack.widget(row)
            current = self.stack.currentIndex()
            self.stack.insertWidget(row, panel)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._panels[row] = panel
        return panel

    def current_panel(self) -> EngagementPanel:
        return self.panel(self.stack.currentIndex())

    def _activated(self, panel: EngagementPanel, question: str) -> None:
        if not self._switching:  # not Qt's stop on the new page's first list
            self.session.set_focus(panel.engagement.number, question)

    def _row_chosen(self, row: int) -> None:
        if row != self.stack.currentIndex():
            self.show_engagement(row)

    def show_engagement(self, row: int, question: str | None = None) -> None:
        """Show the engagement in ``row``. If the keyboard was in the engagement left, it goes
        to the entry line of ``question`` (the question the facilitator is on by default) in
        this one: Qt would give it to the first list, where typing goes nowhere."""
        if not 0 <= row < len(self._panels):
            return
        question = question or self.session.focus[1]
        focus = QApplication.focusWidget()
        keyboard_on_page = focus is not None and self.stack.currentWidget().isAncestorOf(focus)
        panel = self.panel(row)
        entry = panel.questions[question].entry
        if keyboard_on_page:
            # Hidden, the entry line only becomes its page's focus widget, the one Qt gives the
            # keyboard to when the page is shown.
            entry.setFocus(Qt.FocusReason.OtherFocusReason)
        self._switching = True
        try:
            self.stack.setCurrentIndex(row)
        finally:
            self._switching = False
        index = self.engagement_model.index(row)
        if self.engagement_list.currentIndex() != index:
            self.engagement_list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.session.set_focus(panel.engagement.number, question if keyboard_on_page else None)
        if keyboard_on_page and not entry.hasFocus():
            entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def step_engagement(self, delta: int) -> None:
        """Next or previous engagement (Ctrl+Page Down/Up): typing goes on in the entry line
        of the same question."""
        self.show_engagement((self.stack.currentIndex() + delta) % len(self._panels))
        self.focus_current_entry()

    def focus_question(self, number: int) -> None:
        key = QUESTION_KEYS[number - 1]
        self.current_panel().questions[key].focus_entry()

    def current_entry(self) -> QLineEdit:
        """The entry line of the question the facilitator is on (after a restart, the one they
        were on when the run was left)."""
        return self.current_panel().questions[self.session.focus[1]].entry

    def focus_current_entry(self) -> None:
        self.current_entry().setFocus(Qt.FocusReason.OtherFocusReason)

    def _type_into_entry(self, event: QKeyEvent) -> None:
        """Text typed in the engagement list: to the entry line, as if typed there."""
        entry = self.current_entry()
        entry.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.sendEvent(entry, QKeyEvent(event.type(), event.key(), event.modifiers(),
                                                event.text(), event.isAutoRepeat(),
                                                event.count()))

    def show_change(self, engagement: int, question: str, uuid: str) -> None:
        """Show where an undo or a redo changed a contribution and select it (``uuid`` "" when
        it is now deleted): Ctrl+Z may change an engagement not on screen. The keyboard stays
        where it is if that engagement is on screen; else see :meth:`show_engagement`."""
        row = self.engagement_model.row_of(engagement)
        if row < 0:
            return
        if row != self.stack.currentIndex():
            self.show_engagement(row, question)
        if uuid:
            self.current_panel().questions[question].select_uuid(uuid)

    def _on_list_changed(self, engagement: int, question: str) -> None:
        row = self.engagement_model.row_of(engagement)
        if row < 0:
            return
        panel = self._panels[row]
        if panel is not None:
            panel.questions[question].refresh()
        self._update_count(engagement)

    def _update_count(self, engagement: int) -> None:
        count = sum(len(self.session.contributions(engagement, key)) for key in QUESTION_KEYS)
        self.engagement_model.set_count(engagement, count)

    def save_drafts(self) -> None:
        """Write every unfinished text, edit and scroll position, and the notes, now (before
        closing); the resume state goes in one write."""
        self.details.save()
        values: dict[str, str] = {}
        for panel in self.panels:
            panel.save_notes()
            for box in panel.questions.values():
                values.update(box.resume_state())
        self.session.remember(values)

    def unentered(self) -> dict[str, str]:
        """Texts typed in an entry line and never added with Enter, by draft key (after
        saving them): a draft is not a contribution, and no bundle carries it."""
        self.save_drafts()
        return {key: text for key, text in self.session.state().items()
                if key.startswith("draft:") and text.strip()}

    def enter_unentered(self) -> None:
        """Add every such text as a contribution of its question, as Enter would have."""
        drafts = self.unentered()
        with self.session.writer.batch():
            for key, text in drafts.items():
                _, engagement, question = key.split(":")
                self.session.add(int(engagement), question, text.strip())
            for panel in self.panels:
                for box in panel.questions.values():
                    box.entry.setText("")
            self.session.remember(dict.fromkeys(drafts, ""))

    def _restore(self) -> None:
        row = self.engagement_model.row_of(self.session.focus[0])  # as saved (see session)
        self.show_engagement(max(row, 0))

    def retranslate(self) -> None:
        atelier = self.session.atelier
        self.heading.setText(
            self.tr("Atelier {number}: {title}").format(number=atelier.number, title=atelier.title)
            + "\n" + self.tr("Room: {room}").format(room=atelier.room or "—"))
        self.engagement_list.setAccessibleName(self.tr("Engagements of the atelier"))
        self.details.retranslate()
        self.clock.tick()
        for panel in self.panels:
            panel.retranslate()
