"""The room display: a second window for the projector, read-only, in large type.

It shows the engagement being discussed and its follow-up, the question being captured with its
contributions as they are typed, and the clock; it follows the facilitator's selection.

Type is sized to the display's height, not to the facilitator's font: what matters to the room
is the share of the projected image a letter takes. Sizes are given for a 1080-line image and
scale with the window. No text is ever smaller than 40 pixels on 1080 lines (1/27 of the
image's height), because: a room of twenty is about 7 m deep, and its screen shows an image
about 2 m wide, 1.1 m tall, so a pixel is about 1 mm; a 40-pixel font has capitals about
29 px, 30 mm, tall, which from 6.5 m subtend 16 minutes of arc, the smallest character height
the ergonomics standard for reading displays accepts (ANSI/HFES 100; 20-22 preferred). The
contributions start at 52 pixels (about 21 minutes of arc) and shrink to 40 when they do not
all fit; beyond that the newest stay on screen and the oldest give way (``room_list.py``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator_app import i18n
from facilitator_app.domain import (
    GUIDING_QUESTIONS,
    QUESTION_KEYS,
    QUESTIONS_BY_KEY,
)
from facilitator_app.ui import accessibility
from facilitator_app.ui.follow_up import follow_up_line, milestone_lines
from facilitator_app.ui.room_list import ContributionList, pixel_font
from facilitator_app.ui.session import CaptureSession
from facilitator_app.ui.workshop_clock import WorkshopClock

ROOM_DELAY_MS = 30
REFERENCE_LINES = 1080  # the sizes below are in pixels of a 1080-line image
SMALLEST_PX = 40  # no text smaller (see the module's docstring)
CONTRIBUTION_PX = 52  # the contributions when they all fit
ENGAGEMENT_PX, QUESTION_PX = 56, 48  # bold titles


class RoomDisplay(QWidget):
    """Large, high-contrast view of the current engagement and question."""

    def __init__(self, session: CaptureSession, parent=None) -> None:
        # Read-only and never takes the keyboard: the facilitator keeps typing in the main window.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.session = session
        self.setObjectName("room-display")
        accessibility.set_role(self, accessibility.Role.Window)  # a window, not a filler
        # A palette, not a style sheet: style sheets would override the large fonts set below.
        palette = self.palette()
        for role, colour in ((QPalette.ColorRole.Window, "white"),
                             (QPalette.ColorRole.Base, "white"),
                             (QPalette.ColorRole.WindowText, "#111111"),
                             (QPalette.ColorRole.Text, "#111111")):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.engagement = self._label()
        self.follow_up = self._label()
        self.question = self._label()
        self.contributions = ContributionList()
        self.footer = self._label()
        self.clock = WorkshopClock(session)
        self.clock.announces = False  # the main window's clock speaks already
        self._sized_for = 0
        self._size_type()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        for widget in (self.clock, self.engagement, self.follow_up, self.question):
            layout.addWidget(widget)
        layout.addWidget(self.contributions, 1)
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
    def _label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def _size_type(self) -> None:
        """Size every text to the window's height (again when it changes: full screen, another
        screen)."""
        height = max(self.height(), 1)
        if height == self._sized_for:
            return
        self._sized_for = height
        scale, dpi = height / REFERENCE_LINES, self.logicalDpiY()
        smallest = SMALLEST_PX * scale
        # The clock, the follow-up and the counts at the smallest size; the clock's time is
        # drawn larger than its font by the clock itself.
        self.setFont(pixel_font(self.font(), smallest, dpi))
        self.clock.set_scale(1.0)
        for label, px, bold in ((self.engagement, ENGAGEMENT_PX, True),
                                (self.follow_up, SMALLEST_PX, False),
                                (self.question, QUESTION_PX, True),
                                (self.footer, SMALLEST_PX, False)):
            label.setFont(pixel_font(self.font(), px * scale, dpi, bold))
        self.contributions.set_sizes(CONTRIBUTION_PX * scale, smallest)

    def resizeEvent(self, event) -> None:
        self._size_type()
        super().resizeEvent(event)
        self._pending.start()  # the follow-up may fit again, or have to give way

    def _make_room(self) -> None:
        """The follow-up and milestones give way to the contributions when these no longer fit
        whole beside them (the room saw them when the engagement began). Decided from the space
        the list has with the follow-up shown, so that showing it never makes it go again."""
        shown = not self.follow_up.isHidden()
        follow_up = self.follow_up.heightForWidth(self.contributions.width()) \
            + self.layout().spacing()
        beside = self.contributions.height() - (0 if shown else follow_up)
        fits = self.contributions.fit_whole(beside)
        if fits != shown:
            self.follow_up.setVisible(fits)

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
        self.contributions.set_contributions(
            [f"{'★ ' if c.starred else '• '}{c.text}" for c in items])
        self._make_room()
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
