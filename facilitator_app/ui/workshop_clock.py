"""The countdown of the hour, with the agenda's current segment and a discreet warning."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from facilitator_app import i18n
from facilitator_app.agenda import Segment, clock_at
from facilitator_app.storage.types import utcnow
from facilitator_app.ui import accessibility
from facilitator_app.ui.session import CaptureSession


def _mmss(delta: timedelta) -> str:
    seconds = int(abs(delta).total_seconds())
    return f"{'+' if delta < timedelta(0) else ''}{seconds // 60:02d}:{seconds % 60:02d}"


class WorkshopClock(QWidget):
    """Time left in the hour and in the current segment, updated every second.

    Screen readers get a fixed name for each part and its value; only a new segment, the
    warning and the end of the time are announced (``announces``), never each second."""

    warningStarted = Signal()

    def __init__(self, session: CaptureSession, now: Callable[[], datetime] = utcnow,
                 parent=None) -> None:
        super().__init__(parent)
        self.session, self._now = session, now
        self.announces = True  # the room display's copy stays quiet
        self._said = ""  # the segment (or warning, or end) last announced
        self.time = QLabel()
        self.segment = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.segment.setWordWrap(True)
        self._name_parts()  # before any text is set: the interfaces are made with the names
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.time, 0, 0)
        layout.addWidget(self.segment, 0, 1)
        layout.addWidget(self.bar, 1, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        self._factor = 1.0
        self._size_fonts()
        self._warned = False
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        session.agendaChanged.connect(self.tick)
        self.tick()

    def _name_parts(self) -> None:
        """Fixed names, the times read with them (Qt sends no name change each second)."""
        accessibility.live_value(self.time, self.tr("Time left in the atelier"))
        accessibility.live_value(self.segment, self.tr("Current segment of the agenda"))
        self.bar.setAccessibleName(self.tr("Time elapsed in the atelier"))

    def set_scale(self, factor: float) -> None:
        """Enlarge the clock (the room display shows it from afar)."""
        self._factor = factor
        self._size_fonts()

    def _size_fonts(self) -> None:
        """The time in bold at 1.5× the clock's font, both times the scale: again whenever
        that font changes (View menu)."""
        for label, extra, bold in ((self.time, 1.5, True), (self.segment, 1.0, False)):
            font = QFont(self.font())
            font.setPointSizeF(self.font().pointSizeF() * self._factor * extra)
            font.setBold(bold)
            label.setFont(font)
        self.bar.setMaximumHeight(int(8 * self._factor))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._size_fonts()
        super().changeEvent(event)

    def segments(self) -> tuple[Segment, ...]:
        return self.session.agenda()

    def tick(self) -> None:
        segments = self.segments()
        started = self.session.run.started_at or self._now()
        state = clock_at(started, segments, self._now())
        total = sum(s.minutes for s in segments) * 60
        self.bar.setRange(0, total)
        self.bar.setValue(min(int(state.elapsed.total_seconds()), total))
        self.time.setText(_mmss(state.remaining))
        label = segments[state.segment].label(i18n.language())
        if state.over:
            self.segment.setText(self.tr("Time is up"))
            self.time.setStyleSheet(f"color: {accessibility.tone(self, accessibility.ALERT_HUE)};")
        elif state.warning:
            minutes = int(state.remaining.total_seconds() // 60) + 1
            self.segment.setText(self.tr("%n minute(s) left · {segment}", "", minutes).format(
                segment=label))
            self.time.setStyleSheet(
                f"color: {accessibility.tone(self, accessibility.WARNING_HUE)};")
        else:
            self.segment.setText(self.tr("{segment}, {time} left").format(
                segment=label, time=_mmss(state.segment_remaining)))
            self.time.setStyleSheet("")
        self._name_parts()  # again in the language now chosen
        said = "over" if state.over else "warning" if state.warning else label
        if said != self._said:
            if self._said and self.announces:
                accessibility.announce(self.segment, self.segment.text(),
                                       assertive=said in ("over", "warning"))
            self._said = said
        if state.warning and not self._warned:
            self._warned = True
            self.warningStarted.emit()
