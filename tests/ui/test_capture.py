"""The capture flow driven by keystrokes, and its exact restoration after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator_app.domain import QUESTION_KEYS

from .conftest import type_text


def start_atelier(qtbot, window, number: int):
    page = window.start_page
    page.select_atelier(number)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.capture is not None)
    return window.capture


def type_into(qtbot, window, question_number: int, text: str) -> None:
    key = getattr(Qt.Key, f"Key_{question_number}")
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    box = window.capture.current_panel().questions[QUESTION_KEYS[question_number - 1]]
    qtbot.waitUntil(lambda: box.entry.hasFocus())
    type_text(box.entry, text)
    qtbot.keyClick(box.entry, Qt.Key.Key_Return)


def snapshot(store, run_uuid):
    return [(c.engagement_number, c.question_key, c.position, c.text, c.starred, c.deleted)
            for c in store.contributions(run_uuid, include_deleted=True)]


def test_capture_atelier_3_by_keyboard_then_restart_restores_everything(qtbot, make_window):
    window = make_window()
    capture = start_atelier(qtbot, window, 3)
    session = window.session
    assert [e.number for e in session.engagements] == [11, 15, 16]

    for step in range(3):
        engagement = capture.current_panel().engagement.number
        for q in range(1, 5):
            type_into(qtbot, window, q, f"E{engagement} Q{q} première")
            type_into(qtbot, window, q, f"E{engagement} Q{q} deuxième — éèà 🌍")
        if step < 2:
            qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda e=engagement: capture.current_panel().engagement.number != e)

    store = window.store
    assert session.writer.flush()
    live = store.contributions(session.run.uuid)
    assert len(live) == 3 * 4 * 2
    assert capture.engagement_model.data(capture.engagement_model.index(0)).endswith("(8)")

    # On engagement 16 now: star, move, delete, edit, undo, redo.
    box = capture.current_panel().questions["indicators"]
    box.view.setFocus()
    box.view.setCurrentIndex(box.model.index(0))
    qtbot.keyClick(box.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: box.model.contribution(0).starred)
    qtbot.keyClick(box.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: box.model.contribution(1).text == "E16 Q1 première")
    box.model.setData(box.model.index(0), "E16 Q1 deuxième, corrigée")
    assert box.model.contribution(0).text == "E16 Q1 deuxième, corrigée"
    box.view.setCurrentIndex(box.model.index(0))
    qtbot.keyClick(box.view, Qt.Key.Key_Delete)
    assert box.model.rowCount() == 1

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo delete
    assert [c.text for c in box.model._rows] == ["E16 Q1 deuxième, corrigée", "E16 Q1 première"]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo edit
    assert box.model.contribution(0).text == "E16 Q1 deuxième — éèà 🌍"
    window.session.undo_stack.redo()  # redo edit
    assert box.model.contribution(0).text == "E16 Q1 deuxième, corrigée"

    # Move across questions (what a drop does), then leave unfinished text in an entry.
    uuid = box.model.contribution(1).uuid
    window.session.move(uuid, 1, question="challenges")
    challenges = capture.current_panel().questions["challenges"]
    assert challenges.model.contribution(0).text == "E16 Q1 première"
    type_text(challenges.entry, "Texte pas encore validé")
    qtbot.waitUntil(lambda: store.state(session.run.uuid).get("draft:16:challenges")
                    == "Texte pas encore validé", timeout=2000)

    run_uuid = session.run.uuid
    before = snapshot(store, run_uuid)
    make_window.close(window)

    again = make_window()
    assert again.capture is not None, "the run in progress is resumed at start"
    assert again.session.run.uuid == run_uuid
    assert again.capture.current_panel().engagement.number == 16
    assert again.capture.current_panel().questions["challenges"].entry.text() == \
        "Texte pas encore validé"
    assert snapshot(again.store, run_uuid) == before


def test_models_pass_qtmodeltester(qtbot, qtmodeltester, make_window):
    window = make_window()
    capture = start_atelier(qtbot, window, 2)
    type_into(qtbot, window, 1, "Un indicateur")
    type_into(qtbot, window, 1, "Un autre")
    qtmodeltester.check(capture.engagement_model)
    qtmodeltester.check(capture.current_panel().questions["indicators"].model)


def test_notes_are_saved_as_typed(qtbot, make_window):
    window = make_window()
    capture = start_atelier(qtbot, window, 1)
    panel = capture.current_panel()
    type_text(panel.notes, "Q : quand ? R : en 2017")
    run = window.session.run.uuid
    qtbot.waitUntil(lambda: 4 in window.store.notes(run)
                    and window.store.notes(run)[4].text == "Q : quand ? R : en 2017", timeout=2000)


def test_participants_and_organisations_update_at_any_time(qtbot, make_window):
    window = make_window()
    capture = start_atelier(qtbot, window, 4)
    details = capture.details
    assert details.participants.value() == 20  # the expected count from the start page
    details.participants.setValue(23)
    type_text(details.organisations, "Etalab; La Fabrique de la Loi")
    run = window.session.run.uuid
    qtbot.waitUntil(lambda: window.store.run(run).organisations
                    == ("Etalab", "La Fabrique de la Loi"), timeout=2000)
    assert window.store.run(run).participant_count == 23


def test_the_start_page_says_when_no_atelier_was_held_here(qtbot, make_window):
    page = make_window().start_page
    assert page.runs.count() == 1 and not page.resume_button.isEnabled()
    empty = page.runs.item(0)
    assert "Aucun atelier" in empty.text() and empty.flags() == Qt.ItemFlag.NoItemFlags
