"""The keyboard always ends in an entry line: after changing engagement (keys, click, list),
after an undo elsewhere, after deleting a list's last contribution, after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator_app.ui.models import UUID_ROLE

from .conftest import type_text
from .test_capture import start_atelier, type_into
from .test_resume import editor_of

CTRL = Qt.KeyboardModifier.ControlModifier


def open_capture(qtbot, make_window):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, start_atelier(qtbot, window, 3)


def entries(capture) -> dict[str, str]:
    return {key: box.entry.text() for key, box in capture.current_panel().questions.items()}


def current_uuid(box) -> str | None:
    return box.view.currentIndex().data(UUID_ROLE)


def test_ctrl_page_down_keeps_typing_in_the_same_question(qtbot, make_window):
    window, capture = open_capture(qtbot, make_window)
    type_into(qtbot, window, 2, "Sur 11")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: capture.current_panel().engagement.number == 15)
    entry = capture.current_panel().questions["inspirations"].entry
    qtbot.waitUntil(entry.hasFocus)
    type_text(QApplication.focusWidget(), "Sur 15")
    assert entries(capture)["inspirations"] == "Sur 15"
    qtbot.keyClick(entry, Qt.Key.Key_PageUp, CTRL)
    qtbot.waitUntil(lambda: capture.current_panel().engagement.number == 11)
    qtbot.waitUntil(capture.current_panel().questions["inspirations"].entry.hasFocus)
    assert window.session.focus == (11, "inspirations")


def test_clicking_an_engagement_hands_the_keyboard_to_the_entry_line(qtbot, make_window):
    window, capture = open_capture(qtbot, make_window)
    type_into(qtbot, window, 3, "Défi")
    engagements = capture.engagement_list
    qtbot.mouseClick(engagements.viewport(), Qt.MouseButton.LeftButton,
                     pos=engagements.visualRect(capture.engagement_model.index(1)).center())
    qtbot.waitUntil(lambda: capture.current_panel().engagement.number == 15)
    entry = capture.current_panel().questions["challenges"].entry
    qtbot.waitUntil(entry.hasFocus)
    type_text(QApplication.focusWidget(), "16 personnes veulent des indicateurs")
    assert capture.current_panel().engagement.number == 15
    assert entry.text() == "16 personnes veulent des indicateurs"


def test_the_engagement_list_browses_by_keyboard_and_sends_typing_to_the_entry(
        qtbot, make_window):
    window, capture = open_capture(qtbot, make_window)
    engagements = capture.engagement_list
    engagements.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(engagements.hasFocus)
    qtbot.keyClick(engagements, Qt.Key.Key_Down)  # the arrows browse; the list keeps the keys
    qtbot.waitUntil(lambda: capture.current_panel().engagement.number == 15)
    assert engagements.hasFocus()
    qtbot.keyClick(engagements, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: capture.current_panel().engagement.number == 16)
    # No type-ahead search ("1" would jump to engagement 11): the text goes to the entry line.
    type_text(engagements, "11 idées")
    assert capture.current_panel().engagement.number == 16
    entry = capture.current_panel().questions["indicators"].entry
    assert entry.text() == "11 idées" and entry.hasFocus()
    engagements.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.waitUntil(engagements.hasFocus)
    qtbot.keyClick(engagements, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: capture.current_panel().engagement.number == 15)
    qtbot.keyClick(engagements, Qt.Key.Key_Return)  # Enter: to the entry line
    qtbot.waitUntil(capture.current_panel().questions["indicators"].entry.hasFocus)


def test_undo_of_a_change_in_another_engagement_shows_it(qtbot, make_window):
    window, capture = open_capture(qtbot, make_window)
    session = window.session
    type_into(qtbot, window, 1, "A sur 11")
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: capture.current_panel().engagement.number == 15)
    type_into(qtbot, window, 3, "B sur 15")
    qtbot.keyClick(window, Qt.Key.Key_PageUp, CTRL)
    qtbot.waitUntil(lambda: capture.current_panel().engagement.number == 11)
    entry = capture.current_panel().questions["inspirations"].entry
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)
    qtbot.keyClick(entry, Qt.Key.Key_Z, CTRL)  # takes "B sur 15" back
    assert [c.text for c in window.store.contributions(session.run.uuid)] == ["A sur 11"]
    qtbot.waitUntil(lambda: capture.current_panel().engagement.number == 15)
    assert capture.engagement_list.currentIndex().row() == 1
    challenges = capture.current_panel().questions["challenges"]
    qtbot.waitUntil(challenges.entry.hasFocus)  # where it happened; typing lands there
    assert session.focus == (15, "challenges")

    qtbot.keyClick(challenges.entry, Qt.Key.Key_PageUp, CTRL)
    qtbot.waitUntil(lambda: capture.current_panel().engagement.number == 11)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z,
                   CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo: shown and selected
    qtbot.waitUntil(lambda: capture.current_panel().engagement.number == 15)
    assert challenges.model.rowCount() == 1
    assert current_uuid(challenges) == challenges.model.contribution(0).uuid
    assert challenges.view.selectionModel().isSelected(challenges.view.currentIndex())


def test_undo_in_the_engagement_on_screen_selects_without_moving_the_keyboard(
        qtbot, make_window):
    window, capture = open_capture(qtbot, make_window)
    session = window.session
    for text in ("Un", "Deux"):
        type_into(qtbot, window, 1, text)
    box = capture.current_panel().questions["indicators"]
    first = box.model.contribution(0).uuid
    session.delete(first)
    type_into(qtbot, window, 2, "Ailleurs")
    entry = capture.current_panel().questions["inspirations"].entry
    session.undo_stack.undo()  # "Ailleurs"
    session.undo_stack.undo()  # the deletion: "Un" back, selected
    qtbot.waitUntil(lambda: current_uuid(box) == first)
    assert entry.hasFocus() and capture.current_panel().engagement.number == 11


def test_an_action_itself_does_not_move_the_screen(qtbot, make_window):
    """Only undo and redo show what they changed: adding drafts of other engagements (on
    ending the atelier) leaves the screen where it is."""
    window, capture = open_capture(qtbot, make_window)
    window.session.add(16, "indicators", "Ailleurs")  # an undo would show it right away
    assert capture.current_panel().engagement.number == 11


def test_deleting_the_last_contribution_gives_the_keyboard_to_the_entry(qtbot, make_window):
    window, capture = open_capture(qtbot, make_window)
    type_into(qtbot, window, 1, "Seul")
    box = capture.current_panel().questions["indicators"]
    qtbot.keyClick(box.entry, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(box.view.hasFocus)
    qtbot.keyClick(box.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: box.model.rowCount() == 0)
    qtbot.waitUntil(box.entry.hasFocus)
    type_text(QApplication.focusWidget(), "Nouveau")
    assert box.entry.text() == "Nouveau"


def test_shift_tab_then_f2_edits_the_contribution_just_added(qtbot, make_window):
    window, capture = open_capture(qtbot, make_window)
    for text in ("Premier", "Deuxième", "Troisième avec fote"):
        type_into(qtbot, window, 1, text)
    box = capture.current_panel().questions["indicators"]
    # Current, not highlighted while typing goes on in the entry line; selected once there.
    assert box.view.currentIndex().data() == "Troisième avec fote"
    assert not box.view.selectionModel().hasSelection()
    qtbot.keyClick(box.entry, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(box.view.hasFocus)
    assert box.view.currentIndex().data() == "Troisième avec fote"
    assert box.view.selectionModel().isSelected(box.view.currentIndex())
    qtbot.keyClick(box.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: editor_of(box) is not None)
    editor = editor_of(box)
    assert editor.text() == "Troisième avec fote"
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    type_text(editor, "Troisième avec faute")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [c.text for c in window.session.contributions(11, "indicators")]
                    == ["Premier", "Deuxième", "Troisième avec faute"])


def test_a_restart_comes_back_to_the_question_being_typed(qtbot, make_window):
    window, capture = open_capture(qtbot, make_window)
    run = window.session.run.uuid
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: capture.current_panel().engagement.number == 15)
    type_into(qtbot, window, 3, "Un défi")
    make_window.close(window)
    again = make_window()
    assert again.store.state(run)["question"] == "challenges"
    assert again.capture.current_panel().engagement.number == 15
    assert again.capture.current_entry() is (
        again.capture.current_panel().questions["challenges"].entry)
    again.capture.focus_current_entry()  # what the main window does once the run is resumed
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    qtbot.waitUntil(again.capture.current_entry().hasFocus)
    assert again.session.focus == (15, "challenges")
    assert again.store.state(run)["question"] == "challenges"


def test_a_saved_state_naming_no_question_of_the_run_starts_at_the_first(qtbot, make_window):
    window, capture = open_capture(qtbot, make_window)
    run = window.session.run.uuid
    window.session.remember({"engagement": "99", "question": "nonsense"})
    make_window.close(window)
    again = make_window()
    assert again.session.run.uuid == run
    assert again.session.focus == (11, "indicators")
    assert again.capture.current_panel().engagement.number == 11
