"""The capture screen: the atelier's engagements on one side, the selected one's questions on
the other; resumes exactly where the facilitator was."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QListView, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from facilitator_app.domain import QUESTION_KEYS
from facilitator_app.ui.engagement_panel import EngagementPanel
from facilitator_app.ui.models import EngagementListModel
from facilitator_app.ui.run_details import RunDetails
from facilitator_app.ui.workshop_clock import WorkshopClock
from facilitator_app.ui.session import CaptureSession


class CaptureView(QWidget):
    """Engagement list plus one :class:`EngagementPanel` per engagement."""

    def __init__(self, session: CaptureSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.engagement_model = EngagementListModel(session.engagements, self)
        self.engagement_list = QListView()
        self.engagement_list.setModel(self.engagement_model)
        self.engagement_list.setWordWrap(True)
        self.engagement_list.setSelectionMode(QListView.SelectionMode.SingleSelection)

        # Each engagement's panel is built the first time it is shown: start-up builds one.
        self.stack = QStackedWidget()
        self._panels: list[EngagementPanel | None] = []
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
            lambda current, _previous: self.show_engagement(current.row()))
        session.listChanged.connect(self._on_list_changed)
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
                box.activated.connect(
                    lambda p=panel, k=key: session.set_focus(p.engagement.number, k))
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

    def show_engagement(self, row: int) -> None:
        if not 0 <= row < len(self._panels):
            return
        self.panel(row)
        self.stack.setCurrentIndex(row)
        index = self.engagement_model.index(row)
        if self.engagement_list.currentIndex() != index:
            self.engagement_list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.session.set_focus(self.session.engagements[row].number)

    def step_engagement(self, delta: int) -> None:
        self.show_engagement((self.stack.currentIndex() + delta) % len(self._panels))

    def focus_question(self, number: int) -> None:
        key = QUESTION_KEYS[number - 1]
        self.current_panel().questions[key].focus_entry()

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
        state = self.session.state()
        row = self.engagement_model.row_of(int(state.get("engagement", "0") or 0))
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
