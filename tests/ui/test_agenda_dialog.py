"""The agenda of the hour, edited from the Atelier menu by keyboard; the clocks follow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from facilitator_app.agenda import DEFAULT_SEGMENTS, Segment, segments_to_text

from .conftest import type_text
from .test_capture import start_atelier


def open_agenda(qtbot, window):
    window.a_agenda.trigger()
    dialog = window.agenda_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.table.hasFocus() or QApplication.focusWidget() is not None)
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    return dialog


def editor(qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().parent() is not None
                    and (QApplication.focusWidget().parent().objectName()
                         == "qt_scrollarea_viewport"))
    return QApplication.focusWidget()


def test_agenda_edited_by_keyboard_drives_both_clocks_and_survives_a_restart(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    window.a_room.trigger()
    room = window.room
    dialog = open_agenda(qtbot, window)
    table = dialog.table
    assert dialog.segments() == DEFAULT_SEGMENTS
    assert table.item(0, 0).text() == "Présentation de l’avancement"
    assert dialog.total.text() == "Total : 60 min, l’heure entière"

    # Rename the first segment: F2 opens the editor, typing replaces the selected text.
    qtbot.keyClick(table, Qt.Key.Key_F2)
    line = editor(qtbot)
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(line, "Tour de table et avancement")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(0, 0).text() == "Tour de table et avancement")

    # Its minutes: right arrow to the column, F2, a spin box bounded 1..240.
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    spin = editor(qtbot)
    assert (spin.minimum(), spin.maximum()) == (1, 240)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "15")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.total.text() == "Total : 65 min, dépasse l’heure de 5 min")

    # Insert adds a segment after the current one and opens its name.
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    line = editor(qtbot)
    type_text(line, "Pause café")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(1, 0).text() == "Pause café")
    assert dialog.total.text() == "Total : 70 min, dépasse l’heure de 10 min"
    # Alt+Up moves it first; Down then Delete removes "Questions des participants".
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [table.item(r, 0).text() for r in range(3)] == [
        "Pause café", "Tour de table et avancement", "Questions des participants"]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    wanted = (Segment("Pause café", 5), Segment("Tour de table et avancement", 15),
              Segment("guiding_questions", 30), Segment("wrap_up", 10))
    assert dialog.segments() == wanted, "untouched segments keep their key (both languages)"
    assert dialog.total.text() == "Total : 60 min, l’heure entière"

    # Enter outside an editor is the dialog's OK.
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.agenda_dialog is None)
    assert window.session.agenda() == wanted
    run = window.session.run.uuid
    assert window.store.state(run)["agenda"] == segments_to_text(wanted)
    # The atelier has just started: both clocks are in the first segment, now "Pause café".
    qtbot.waitUntil(lambda: window.capture.clock.segment.text().startswith("Pause café"))
    qtbot.waitUntil(lambda: room.clock.segment.text().startswith("Pause café"))
    assert window.capture.clock.bar.maximum() == 60 * 60

    make_window.close(window)
    again = make_window()
    assert again.session.agenda() == wanted
    assert again.capture.clock.segment.text().startswith("Pause café")


def test_cancel_keeps_the_agenda_and_reset_restores_the_usual_hour(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 1)
    window.session.set_agenda((Segment("Accueil", 20), Segment("wrap_up", 50)))

    dialog = open_agenda(qtbot, window)
    assert dialog.segments() == (Segment("Accueil", 20), Segment("wrap_up", 50))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # the last segment cannot go
    assert dialog.table.rowCount() == 1 and not dialog.remove_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.agenda_dialog is None)
    assert window.session.agenda() == (Segment("Accueil", 20), Segment("wrap_up", 50))

    dialog = open_agenda(qtbot, window)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.segments() == DEFAULT_SEGMENTS
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.agenda_dialog is None)
    assert window.session.agenda() == DEFAULT_SEGMENTS


def test_a_nameless_segment_cannot_be_saved_and_twelve_is_the_most(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 1)
    dialog = open_agenda(qtbot, window)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    line = editor(qtbot)
    qtbot.keyClick(line, Qt.Key.Key_Return)  # left empty
    qtbot.waitUntil(lambda: not ok.isEnabled())
    assert dialog.problem.isVisible() and dialog.segments() is None
    for _ in range(20):
        dialog.add_segment()
        if dialog.table.state() == dialog.table.State.EditingState:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.table.rowCount() == 12 and not dialog.add_button.isEnabled()
    dialog.reject()
    assert window.session.agenda() == DEFAULT_SEGMENTS
