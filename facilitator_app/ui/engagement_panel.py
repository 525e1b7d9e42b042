"""One engagement during the atelier: its follow-up, the four guiding questions, the notes."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain import GUIDING_QUESTIONS, Engagement
from facilitator_app.ui.follow_up import follow_up_line, milestone_lines
from facilitator_app.ui.question_box import QuestionBox
from facilitator_app.ui.session import CaptureSession
from facilitator_app.ui.throttle import SaveThrottle


class EngagementPanel(QWidget):
    """Everything captured about one engagement; the questions are built from the domain."""

    def __init__(self, session: CaptureSession, engagement: Engagement, parent=None) -> None:
        super().__init__(parent)
        self.session, self.engagement = session, engagement
        self.follow_up = QLabel()
        self.follow_up.setWordWrap(True)
        self.follow_up.setTextFormat(Qt.TextFormat.RichText)
        self.follow_up.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Once the layout has settled: both titles of a row then have their final width.
        self._align = QTimer(self, singleShot=True, interval=0)
        self._align.timeout.connect(self._align_titles)
        grid = QWidget()
        layout = QGridLayout(grid)
        layout.setContentsMargins(0, 0, 0, 0)
        self.questions: dict[str, QuestionBox] = {}
        for i, question in enumerate(GUIDING_QUESTIONS):
            box = QuestionBox(session, engagement.number, question, i + 1)
            self.questions[question.key] = box
            layout.addWidget(box, i // 2, i % 2)
            box.title.installEventFilter(self)
            box.title.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setPlainText(session.notes(engagement.number))
        self.notes.setTabChangesFocus(True)
        self._notes_timer = SaveThrottle(self.save_notes, self)
        self.notes.textChanged.connect(self._notes_timer.changed)
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.notes_label)
        notes_layout.addWidget(self.notes)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(grid)
        splitter.addWidget(notes_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        outer = QVBoxLayout(self)
        outer.addWidget(self.follow_up)
        outer.addWidget(splitter, 1)
        self.retranslate()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._align.start()
        return super().eventFilter(watched, event)

    def _align_titles(self) -> None:
        """The two titles of a row take the height of the taller one, so that a title that
        wraps (question 1's, in a narrow window) does not push its list below its neighbour's."""
        boxes = list(self.questions.values())
        for row in (boxes[0:2], boxes[2:4]):
            height = max(box.title.heightForWidth(box.title.width()) for box in row)
            for box in row:
                if box.title.minimumHeight() != height:
                    box.title.setMinimumHeight(height)

    def save_notes(self) -> None:
        self._notes_timer.stop()
        text = self.notes.toPlainText()
        if text != self.session.notes(self.engagement.number):
            self.session.set_notes(self.engagement.number, text)

    def contribution_count(self) -> int:
        return sum(box.model.rowCount() for box in self.questions.values())

    def retranslate(self) -> None:
        e = self.engagement
        heading = self.tr("Engagement {number}").format(number=e.number)
        # At the window's own size: no text smaller than the system font's size x 0.9.
        parts = [f"<b>{html.escape(heading)}</b> — {html.escape(e.title)}",
                 f"<br>{html.escape(follow_up_line(e))}"]
        if e.milestones:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in milestone_lines(e))
            # The box says whether a milestone is done; no bullet besides it.
            parts.append(f"<ul style='margin:0; list-style-type:none'>{items}</ul>")
        self.follow_up.setText("".join(parts))
        self.notes_label.setText(self.tr("Notes: questions asked by participants, answers given"))
        self.notes.setAccessibleName(self.notes_label.text())
        for box in self.questions.values():
            box.retranslate()
