"""The run's facts that change during the hour: how many participants, which organisations."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from facilitator_app.text_rules import sanitise_name
from facilitator_app.ui.session import CaptureSession
from facilitator_app.ui.throttle import SaveThrottle


class RunDetails(QWidget):
    """Participant count and organisations present, saved as they are typed."""

    def __init__(self, session: CaptureSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.participants = QSpinBox()
        self.participants.setRange(0, 1000)
        self.participants.setValue(session.run.participant_count or 0)
        self.organisations = QLineEdit("; ".join(session.run.organisations))
        self.labels = [QLabel(), QLabel()]
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The column is narrow: labels above their fields rather than squeezing them.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for label, field in zip(self.labels, (self.participants, self.organisations)):
            label.setBuddy(field)
            layout.addRow(label, field)
        self._timer = SaveThrottle(self.save, self)
        self.participants.valueChanged.connect(self._timer.changed)
        self.organisations.textEdited.connect(self._timer.changed)
        self.retranslate()

    def save(self) -> None:
        self._timer.stop()
        names = [n for n in map(sanitise_name, self.organisations.text().split(";")) if n]
        changes = {}
        if self.participants.value() != (self.session.run.participant_count or 0):
            changes["participant_count"] = self.participants.value()
        if tuple(names) != self.session.run.organisations:
            changes["organisations"] = names
        if changes:
            self.session.update_run(**changes)

    def retranslate(self) -> None:
        texts = (self.tr("&Participants"), self.tr("&Organisations present"))
        for label, field, text in zip(self.labels, (self.participants, self.organisations), texts):
            label.setText(text)
            field.setAccessibleName(text.replace("&", ""))
        self.organisations.setPlaceholderText(self.tr("Names separated by ;"))
