"""Someone typing without ever pausing still has their text on disk while they type: the
entry line, the in-place editor and the notes save through a throttle, not a debounce (a
timer restarted at each keystroke never fired while the typing went on)."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from .test_capture import start_atelier
from .test_resume import edit_first

KEY_EVERY_MS = 30
TYPING_MS = 3000
SENTENCE = "les indicateurs sont publiés chaque trimestre "


def read_disk(path, sql: str, *args) -> str | None:
    """One value read with a connection of our own, as another process would find the file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute(sql, args).fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def type_steadily(qtbot, widget, on_disk) -> tuple[list[str], str]:
    """Type a character into ``widget`` every 30 ms for 3 s, driven by a QTimer, never
    pausing; after each keystroke read what ``on_disk()`` finds. Returns every different
    text found on disk while the typing went on, and the text typed."""
    typed: list[str] = []
    seen: list[str] = []
    keys = TYPING_MS // KEY_EVERY_MS
    timer = QTimer(interval=KEY_EVERY_MS)
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def key() -> None:
        if len(typed) >= keys:
            timer.stop()
            return
        char = SENTENCE[len(typed) % len(SENTENCE)]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))
        typed.append(char)
        found = on_disk()
        if found and (not seen or seen[-1] != found) and len(typed) < keys:
            seen.append(found)

    timer.timeout.connect(key)
    timer.start()
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=TYPING_MS * 4)
    return seen, "".join(typed)


def assert_saved_while_typing(seen: list[str], typed: str, before: str = "") -> None:
    assert seen, "nothing typed reached the disk before the typing ended"
    assert len(seen) >= 2, "saved once, not again while the typing went on"
    for found in seen:  # each a text really typed, up to some keystroke
        assert found.startswith(before) and typed.startswith(found[len(before):])


def test_steady_typing_in_an_entry_line_is_on_disk_before_it_ends(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    path, run = window.store.path, window.session.run.uuid
    box = window.capture.current_panel().questions["indicators"]
    box.entry.setFocus()

    def draft():
        return read_disk(path, "SELECT value FROM run_state WHERE run_uuid = ? AND key = ?",
                         run, "draft:11:indicators")

    seen, typed = type_steadily(qtbot, box.entry, draft)
    assert box.entry.text() == typed
    assert_saved_while_typing(seen, typed)
    qtbot.waitUntil(lambda: draft() == typed, timeout=3000)  # and the last keystroke too


def test_steady_typing_in_the_in_place_editor_is_on_disk_before_it_ends(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    session, path, run = window.session, window.store.path, window.session.run.uuid
    session.add(11, "indicators", "Première idée")
    box = window.capture.current_panel().questions["indicators"]
    line = edit_first(qtbot, window, box, " ")
    uuid = session.contributions(11, "indicators")[0].uuid

    def edit():
        value = read_disk(path, "SELECT value FROM run_state WHERE run_uuid = ? AND key = ?",
                          run, "edit:11:indicators")
        if not value:
            return None
        edited, text = json.loads(value)
        assert edited == uuid
        return text

    seen, typed = type_steadily(qtbot, line, edit)
    assert line.text() == "Première idée " + typed
    assert_saved_while_typing(seen, typed, before="Première idée ")
    qtbot.waitUntil(lambda: edit() == "Première idée " + typed, timeout=3000)


def test_steady_typing_in_the_notes_is_on_disk_before_it_ends(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    path, run = window.store.path, window.session.run.uuid
    notes = window.capture.current_panel().notes
    notes.setFocus()

    def saved():
        return read_disk(path, "SELECT text FROM engagement_notes WHERE run_uuid = ? AND "
                         "engagement_number = 11", run)

    seen, typed = type_steadily(qtbot, notes, saved)
    assert notes.toPlainText() == typed
    assert_saved_while_typing(seen, typed)
    qtbot.waitUntil(lambda: saved() == typed, timeout=3000)


def test_steady_typing_of_the_organisations_is_on_disk_before_it_ends(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    path, run = window.store.path, window.session.run.uuid
    field = window.capture.details.organisations
    field.setFocus()

    def saved():
        value = read_disk(path, "SELECT organisations FROM runs WHERE uuid = ?", run)
        names = json.loads(value) if value else []
        return "; ".join(names) or None

    seen, typed = type_steadily(qtbot, field, saved)
    # The store keeps the names without their surrounding spaces.
    assert seen and len(seen) >= 2, "not saved while the typing went on"
    qtbot.waitUntil(lambda: saved() == typed.strip(), timeout=3000)
