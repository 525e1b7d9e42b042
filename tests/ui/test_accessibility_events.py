"""What changes is announced to screen readers: the save status at each change (quietly), the
save banner as an alert, saving working again, the clock's segments and warning (never its
seconds), the end of a merge."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

from facilitator_app.ui import accessibility
from tests.support.merging import contribution, write_bundle

from .test_capture import start_atelier, type_into

E = QAccessible.Event


@pytest.fixture
def events(monkeypatch):
    """Every accessible event the app sends: (type, widget, announced text or None)."""
    sent: list[tuple] = []
    original = accessibility._send

    def record(ev):
        text = ev.message() if isinstance(ev, QAccessibleAnnouncementEvent) else None
        polite = ev.politeness() if isinstance(ev, QAccessibleAnnouncementEvent) else None
        sent.append((ev.type(), ev.object(), text, polite))
        original(ev)

    monkeypatch.setattr(accessibility, "_send", record)
    return sent


def test_banner_and_save_status_raise_events_when_they_change(qtbot, make_window, events,
                                                              refuse_writes):
    window = make_window()
    start_atelier(qtbot, window, 3)
    type_into(qtbot, window, 1, "Avant la panne")
    qtbot.waitUntil(lambda: any(o is window.save_label and t == E.NameChanged
                                for t, o, _, _ in events))
    assert not any(t == E.Announcement for t, _, _, _ in events), "a save is not spoken"

    refusal = refuse_writes(window.store)
    events.clear()
    try:
        type_into(qtbot, window, 1, "Pendant la panne")
        qtbot.waitUntil(window.banner.isVisible)
        alerts = [(t, text, polite) for t, o, text, polite in events if o is window.banner]
        assert (E.Alert, None, None) in alerts
        said = [text for t, text, _ in alerts if t == E.Announcement]
        assert said and "Rien n’est perdu" in said[0], "the banner's message itself is said"
        assert any(polite == QAccessible.AnnouncementPoliteness.Assertive
                   for *_, polite in alerts)
        assert any(o is window.save_label and t == E.NameChanged for t, o, _, _ in events)
    finally:
        refusal.heal()
    events.clear()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5000)
    said = [text for t, o, text, _ in events if t == E.Announcement and o is window.save_label]
    assert said == ["L’enregistrement fonctionne à nouveau\u00a0: tout est sur le disque."]


def test_the_clock_announces_its_segments_and_warning_not_its_seconds(qtbot, session, events):
    from facilitator_app.ui.workshop_clock import WorkshopClock

    started = session.run.started_at
    now = [started + timedelta(seconds=5)]
    clock = WorkshopClock(session, now=lambda: now[0])
    qtbot.addWidget(clock)
    for second in range(6, 60):  # a minute inside the first segment: nothing said
        now[0] = started + timedelta(seconds=second)
        clock.tick()
    assert [e for e in events if e[0] == E.Announcement] == []
    first = session.agenda()[0]
    now[0] = started + timedelta(minutes=first.minutes, seconds=1)
    clock.tick()
    clock.tick()
    said = [(text, polite) for t, _, text, polite in events if t == E.Announcement]
    assert len(said) == 1 and said[0][1] == QAccessible.AnnouncementPoliteness.Polite
    now[0] = started + timedelta(minutes=sum(s.minutes for s in session.agenda()) - 4)
    clock.tick()
    said = [(text, polite) for t, _, text, polite in events if t == E.Announcement]
    assert len(said) == 2 and said[1][1] == QAccessible.AnnouncementPoliteness.Assertive
    assert any(t == E.Alert for t, *_ in events), "the five-minute warning is an alert"


def test_the_end_of_a_merge_is_announced(qtbot, tmp_path, translations, events):
    from facilitator_app.ui.organiser_window import OrganiserWindow
    from facilitator_app.ui.settings import Settings

    window = OrganiserWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    with qtbot.waitSignal(window.runner.idle, timeout=60_000):  # the store opens on a worker
        assert window.open_store(str(tmp_path / "central.sqlite"))
    bundle = write_bundle(tmp_path, "a", [contribution(1), contribution(2)])
    with qtbot.waitSignal(window.runner.idle, timeout=60_000):
        window.add_paths([str(bundle)])
    said = [text for t, o, text, _ in events if t == E.Announcement and o is window.totals]
    assert said and "2" in said[-1] and said[-1] == " ".join(window.totals.text().split())
    window.close()
