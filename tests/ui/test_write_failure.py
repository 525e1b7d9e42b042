"""When the disk refuses writes, a banner says so, typing goes on, and everything is saved once
writing works again."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from .conftest import type_text
from .test_capture import start_atelier, type_into


def on_disk(path, run_uuid):
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT text, deleted FROM contributions WHERE run_uuid = ? "
                            "ORDER BY engagement_number, question_key, position",
                            (run_uuid,)).fetchall()
        notes = conn.execute("SELECT text FROM engagement_notes WHERE run_uuid = ?",
                             (run_uuid,)).fetchall()
    conn.close()
    return rows, [n[0] for n in notes]


def test_banner_while_unwritable_then_everything_saved(qtbot, make_window, refuse_writes):
    window = make_window()
    start_atelier(qtbot, window, 3)
    store, run = window.store, window.session.run.uuid
    type_into(qtbot, window, 1, "Avant la panne")
    assert window.session.writer.flush()
    assert on_disk(store.path, run)[0] == [("Avant la panne", 0)]

    refusal = refuse_writes(store)
    try:
        type_into(qtbot, window, 1, "Pendant la panne, première")
        qtbot.waitUntil(lambda: window.banner.isVisible())
        assert "Rien n’est perdu" in window.banner.text()
        type_into(qtbot, window, 2, "Pendant la panne, deuxième ✓")
        panel = window.capture.current_panel()
        type_text(panel.notes, "Note prise pendant la panne")
        box = panel.questions["indicators"]
        box.view.setCurrentIndex(box.model.index(0))
        box.view.setFocus()
        qtbot.keyClick(box.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        # On screen and in memory...
        assert [c.text for c in box.model._rows] == ["Avant la panne", "Pendant la panne, première"]
        assert box.model.contribution(0).starred
        qtbot.waitUntil(lambda: window.session.writer.pending >= 4, timeout=3000)
        qtbot.waitUntil(lambda: str(window.session.writer.pending) in window.save_label.text(),
                        timeout=3000)
        # ...but not on disk, and not half-written either.
        assert on_disk(store.path, run) == ([("Avant la panne", 0)], [])
    finally:
        refusal.heal()

    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5000)
    assert window.session.writer.pending == 0
    rows, notes = on_disk(store.path, run)
    assert [text for text, _ in rows] == [
        "Avant la panne", "Pendant la panne, première", "Pendant la panne, deuxième ✓"]
    assert notes == ["Note prise pendant la panne"]
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT starred FROM contributions WHERE text = 'Avant la panne'"
                            ).fetchone()[0] == 1
    conn.close()


def test_changes_discarded_on_leaving_are_never_written_later(qtbot, make_window, monkeypatch,
                                                             refuse_writes):
    """Leaving a run while the disk refuses, the facilitator answers Discard; they resume the
    run and correct the contribution again. The discarded change must not land on the disk
    after the new one once the disk is back."""
    import shiboken6
    from facilitator_app.ui import unsaved

    window = make_window()
    start_atelier(qtbot, window, 3)
    old = window.session
    run = old.run.uuid
    old.add(11, "indicators", "Original")
    uuid = old.contributions(11, "indicators")[0].uuid
    assert old.writer.flush()
    refusal = refuse_writes(window.store)
    old.edit(uuid, "Old correction (discarded)")
    qtbot.waitUntil(lambda: old.writer.failing)
    assert old.writer.pending
    qtbot.waitUntil(window.banner.isVisible)
    monkeypatch.setattr(unsaved, "ask", lambda *a: unsaved.Choice.LOSE)
    window.show_start_page()  # File > New or resume…, answered « Leave and lose »
    assert window.session is None
    assert not old.writer.pending and not old.writer._retry.isActive()
    assert not window.banner.isVisible(), "nothing waits for the disk any more"
    window.resume_run(run)
    new = window.session
    assert new.contributions(11, "indicators")[0].text == "Original"
    new.edit(uuid, "New correction")
    refusal.heal()
    assert new.writer.flush()
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))  # gone, and its retry timer with it
    with sqlite3.connect(window.store.path) as conn:
        text = conn.execute("SELECT text FROM contributions WHERE uuid = ?", (uuid,)).fetchone()
    assert text == ("New correction",)
