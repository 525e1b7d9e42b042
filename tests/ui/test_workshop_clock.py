"""The clock in the capture window counts the hour down and warns once, five minutes before."""

from __future__ import annotations

from datetime import timedelta

from facilitator_app.agenda import Segment, segments_to_text
from facilitator_app.ui.workshop_clock import WorkshopClock

from .test_capture import start_atelier


def test_countdown_segments_warning_and_overtime(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    session = window.session
    start = session.run.started_at
    clock_now = [start + timedelta(minutes=12, seconds=30)]
    clock = WorkshopClock(session, now=lambda: clock_now[0])
    qtbot.addWidget(clock)
    assert clock.time.text() == "47:30"
    assert clock.segment.text().startswith("Questions des participants")
    assert window.capture.clock.time.text()  # the window shows its own clock too

    with qtbot.waitSignal(clock.warningStarted, timeout=1000):
        clock_now[0] = start + timedelta(minutes=56)
        clock.tick()
    assert clock.time.text() == "04:00"
    with qtbot.assertNotEmitted(clock.warningStarted):
        clock_now[0] = start + timedelta(minutes=57)
        clock.tick()
    clock_now[0] = start + timedelta(minutes=61, seconds=5)
    clock.tick()
    assert clock.time.text() == "+01:05"

    session.remember({"agenda": segments_to_text((Segment("progress", 30),
                                                  Segment("wrap_up", 30)))})
    clock_now[0] = start + timedelta(minutes=12, seconds=30)
    clock.tick()
    assert clock.segment.text() == "Présentation de l’avancement, reste 17:30"
