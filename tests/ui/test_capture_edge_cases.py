"""Capture at the edges: very long texts, undo while editing or typing, moves after deletions."""

from __future__ import annotations

import json

import pytest

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator_app.capture import MAX_CONTRIBUTION_CHARS
from facilitator_app.storage import LocalStore

from .conftest import type_text
from .test_capture import start_atelier, type_into
from .test_resume import edit_first, editor_of


def test_a_text_longer_than_qt_default_is_captured_whole_from_the_entry(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    box = window.capture.current_panel().questions["indicators"]
    text = "Start " + "z" * 35_000 + " END"  # beyond QLineEdit's default 32 767
    QApplication.clipboard().setText(text)
    box.entry.setFocus()
    box.entry.paste()
    qtbot.keyClick(box.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.model.rowCount() == 1)
    assert window.session.writer.flush()
    assert [c.text for c in window.store.contributions(window.session.run.uuid)] == [text]
    assert box.entry.maxLength() == MAX_CONTRIBUTION_CHARS


def test_a_long_text_corrected_in_place_is_not_cut(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    long_text = "Typo at the start. " + "x" * 40_000 + " END"
    # As an imported sheet or a central merge stores it (up to MAX_CONTRIBUTION_CHARS).
    window.store.add_contribution(window.session.run.uuid, 11, "indicators", long_text)
    window.resume_run(window.session.run.uuid)
    box = window.capture.current_panel().questions["indicators"]
    assert box.model.contribution(0).text == long_text
    box.view.setFocus()
    box.view.setCurrentIndex(box.model.index(0))
    qtbot.keyClick(box.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: editor_of(box) is not None)
    line = editor_of(box)
    assert line.text() == long_text
    qtbot.keyClick(line, Qt.Key.Key_Home)
    for _ in range(5):  # delete "Typo "
        qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_of(box) is None)
    stored = window.store.contributions(window.session.run.uuid, 11, "indicators")
    assert [c.text for c in stored] == [long_text[5:]]


def test_undo_from_the_menu_during_an_in_place_edit_keeps_the_edit(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    session = window.session
    box = window.capture.current_panel().questions["indicators"]
    session.add(11, "indicators", "First")
    session.add(11, "indicators", "Second")  # what Edit > Undo takes back
    uuid = box.model.contribution(0).uuid
    edit_first(qtbot, window, box, " corrected")
    window.a_undo.trigger()  # with the mouse: a menu leaves the focus in the editor
    assert [c.text for c in box.model._rows] == ["First"]
    line = editor_of(box)
    assert line is not None and shiboken6.isValid(line) and line is box._editor
    assert line.text() == "First corrected"
    assert line.cursorPosition() == len("First corrected")
    assert window.session.writer.flush()
    state = window.store.state(session.run.uuid)
    assert json.loads(state["edit:11:indicators"]) == [uuid, "First corrected"]
    type_text(line, "!")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor_of(box) is None)
    assert window.store.contribution(uuid).text == "First corrected!"
    assert window.store.state(session.run.uuid).get("edit:11:indicators", "") == ""


def test_closing_after_an_undo_during_an_edit_saves_every_draft(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    session, run = window.session, window.session.run.uuid
    box = window.capture.current_panel().questions["indicators"]
    session.add(11, "indicators", "First")
    session.add(11, "indicators", "Second")
    edit_first(qtbot, window, box, " corrected")
    window.a_undo.trigger()
    # The edit-draft timer fires on the editor it knows of (a dropped one raised here).
    with qtbot.waitSignal(box._edit_timer.timeout, timeout=2000):
        type_text(editor_of(box), " again")
    other = window.capture.current_panel().questions["challenges"]
    other.entry.setFocus()
    type_text(other.entry, "typed just before quitting")
    store = window.store
    make_window.close(window)
    assert not window.isVisible()
    reopened = LocalStore.in_folder(store.path.parent)
    try:
        assert reopened.state(run).get("draft:11:challenges") == "typed just before quitting"
        assert [c.text for c in reopened.contributions(run, 11, "indicators")] == [
            "First corrected again"]
    finally:
        reopened.close()


def test_an_undo_removing_the_contribution_being_edited_forgets_the_edit(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    session = window.session
    box = window.capture.current_panel().questions["indicators"]
    session.add(11, "indicators", "Only")
    edit_first(qtbot, window, box, " corrected")
    box.save_edit()
    assert window.session.writer.flush()
    assert window.store.state(session.run.uuid)["edit:11:indicators"] != ""
    window.a_undo.trigger()  # takes back the add of the contribution being edited
    assert box.model.rowCount() == 0
    assert box._editor is None and editor_of(box) is None
    assert window.session.writer.flush()
    assert window.store.state(session.run.uuid)["edit:11:indicators"] == ""
    box.save_edit()  # what the edit-draft timer and closing do: no dead editor to read
    box.resume_state()


def test_ctrl_z_in_the_entry_line_undoes_the_last_contribution(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_into(qtbot, window, 1, "Kept")
    type_into(qtbot, window, 1, "Typed by mistake")
    box = window.capture.current_panel().questions["indicators"]
    assert box.entry.hasFocus() and box.entry.text() == ""
    qtbot.keyClick(box.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c.text for c in box.model._rows] == ["Kept"]
    assert box.entry.text() == ""  # the line's clearing was not undone instead
    qtbot.keyClick(box.entry, Qt.Key.Key_Return)  # nothing to capture a second time
    run = window.session.run.uuid
    assert [c.text for c in window.store.contributions(run)] == ["Kept"]
    qtbot.keyClick(box.entry, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [c.text for c in box.model._rows] == ["Kept", "Typed by mistake"]


def test_ctrl_z_undoes_typing_in_the_entry_line_first(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_into(qtbot, window, 1, "Kept")
    box = window.capture.current_panel().questions["indicators"]
    type_text(box.entry, "half typed")
    qtbot.keyClick(box.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.entry.text() != "half typed"  # the line's own undo
    assert [c.text for c in box.model._rows] == ["Kept"]  # not the window's


def _texts(window, question: str) -> list[str]:
    return [c.text for c in window.session.contributions(11, question)]


def test_undo_of_a_move_after_a_deletion_puts_it_back_in_place(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    session = window.session
    for text in "ABCDE":
        session.add(11, "indicators", text)
    uuid = {c.text: c.uuid for c in session.contributions(11, "indicators")}
    session.delete(uuid["B"])  # stored positions now have a gap: 1, 3, 4, 5
    session.move(uuid["C"], 4)  # Alt+Down twice, or a drag to the end
    assert _texts(window, "indicators") == list("ADEC")
    session.undo_stack.undo()
    assert _texts(window, "indicators") == list("ACDE")
    assert window.session.writer.flush()
    on_disk = window.store.contributions(session.run.uuid, 11, "indicators")
    assert [c.text for c in on_disk] == list("ACDE")
    session.undo_stack.redo()
    assert _texts(window, "indicators") == list("ADEC")


def test_undo_of_a_move_to_another_question_after_a_deletion(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    session = window.session
    for text in "ABCDE":
        session.add(11, "indicators", text)
    session.add(11, "challenges", "X")
    uuid = {c.text: c.uuid for c in session.contributions(11, "indicators")}
    session.delete(uuid["A"])
    session.delete(uuid["B"])
    session.move(uuid["D"], 1, question="challenges")  # dragged onto another list
    assert (_texts(window, "indicators"), _texts(window, "challenges")) == (
        list("CE"), list("DX"))
    session.undo_stack.undo()
    assert (_texts(window, "indicators"), _texts(window, "challenges")) == (
        list("CDE"), list("X"))
