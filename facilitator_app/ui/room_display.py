"""The room display: a second window for the projector, read-only, in large type.

It shows the engagement being discussed and its follow-up, the question being captured with its
contributions as they are typed, and the clock; it follows the facilitator's selection.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QScreen
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from facilitator_app import i18n
from facilitator_app.domain import (
    GUIDING_QUESTIONS,
    QUESTION_KEYS,
    QUESTIONS_BY_KEY,
)
from facilitator_app.ui.follow_up import follow_up_line, milestone_lines
from facilitator_app.ui.session import CaptureSession
from facilitator_app.ui.workshop_clock import WorkshopClock

SHOWN = 12  # the most recent contributions that fit on a projected screen
ROOM_DELAY_MS = 30


class RoomDisplay(QWidget):
    """Large, high-contrast view of the current engagement and question."""

    def __init__(self, session: CaptureSession, parent=None) -> None:
        # Read-only and never takes the keyboard: the facilitator keeps typing in the main window.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.session = session
        self.setObjectName("room-display")
        # A palette, not a style sheet: style sheets would override the large fonts set below.
        palette = self.palette()
        for role, colour in ((QPalette.ColorRole.Window, "white"),
                             (QPalette.ColorRole.Base, "white"),
                             (QPalette.ColorRole.WindowText, "#111111"),
                             (QPalette.ColorRole.Text, "#111111")):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        base = self.font().pointSizeF()
        # Read from the back of a room of twenty: several times the system font size.
        self.engagement = self._label(base * 3.2, bold=True)
        self.follow_up = self._label(base * 1.9)
        self.question = self._label(base * 2.8, bold=True)
        self.contributions = self._label(base * 2.6)
        self.footer = self._label(base * 1.7)
        self.clock = WorkshopClock(session)
        self.clock.set_scale(2.2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.contributions)
        scroll.viewport().setAutoFillBackground(False)
        self.contributions.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        for widget in (self.clock, self.engagement, self.follow_up, self.question):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.footer)
        # Redrawn a moment later, once per burst of changes: the keystroke that caused them is
        # handled and painted in the facilitator's window first, in its own turn of the loop
        # (together they could exceed a 16 ms frame). 30 ms is still instant to the room.
        self._pending = QTimer(self, singleShot=True, interval=ROOM_DELAY_MS)
        self._pending.timeout.connect(self.refresh)
        session.focusChanged.connect(lambda *_: self._pending.start())
        session.listChanged.connect(lambda *_: self._pending.start())
        self.refresh()

    @staticmethod
    def _label(size: float, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        font = label.font()
        font.setPointSizeF(size)
        font.setBold(bold)
        label.setFont(font)
        return label

    def refresh(self) -> None:
        lang = i18n.language()
        number, key = self.session.focus
        engagement = next(e for e in self.session.engagements if e.number == number)
        self.setWindowTitle(self.tr("Room display — Atelier {number}").format(
            number=self.session.atelier.number))
        self.engagement.setText(html.escape(
            self.tr("Engagement {number}").format(number=number) + " — " + engagement.title))
        lines = [html.escape(line) for line in [follow_up_line(engagement),
                                                *milestone_lines(engagement)]]
        self.follow_up.setText("<br>".join(lines))
        items = self.session.contributions(number, key)
        number_of = QUESTION_KEYS.index(key) + 1  # as in the capture window and the summary
        self.question.setText(html.escape(
            f"{number_of}. {QUESTIONS_BY_KEY[key].label(lang)}  ({len(items)})"))
        shown = items[-SHOWN:]
        self.contributions.setText("".join(
            f"<p>{'★ ' if c.starred else '• '}{html.escape(c.text)}</p>" for c in shown))
        counts = " · ".join(
            self.tr("question {number}: {count}").format(
                number=i + 1, count=len(self.session.contributions(number, q.key)))
            for i, q in enumerate(GUIDING_QUESTIONS))
        self.footer.setText(html.escape(self.tr("Contributions per question: {counts}").format(
            counts=counts)))
        self.clock.tick()

    def show_on(self, screen: QScreen | None) -> None:
        """Show full screen on ``screen`` (the projector), or as a normal window with None."""
        if screen is None:
            self.showNormal()
            return
        if self.isFullScreen():  # leave full screen before moving to another screen
            self.showNormal()
        self.setScreen(screen)
        self.move(screen.geometry().topLeft())
        self.showFullScreen()



def screen_key(screen: QScreen) -> str:
    """How a screen is remembered: its name (``HDMI-1``), else its make and serial number, else
    its place on the desktop (some platforms, offscreen among them, leave names empty)."""
    if screen.name():
        return screen.name()
    made = " ".join(p for p in (screen.manufacturer(), screen.model(), screen.serialNumber()) if p)
    if made:
        return made
    g = screen.geometry()
    return f"{g.width()}x{g.height()}+{g.x()}+{g.y()}"


def projector_screen() -> QScreen | None:
    """The screen other than the facilitator's, when there is one."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    return next((s for s in screens if s is not primary), None)
