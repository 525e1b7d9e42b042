"""Text pasted into the capture (from a mail, a PDF, a terminal) may hold what the text rules
forbid: a bell, an escape, a lone carriage return, a line break in a name. It is cleaned on the
way in, never refused inside an undo command (it raised ValueError there), and the store and
the bundle hold the cleaned text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from .test_capture import start_atelier


def _paste(qtbot, widget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_text_with_control_characters_is_added_cleaned(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    box = window.capture.current_panel().questions["indicators"]
    _paste(qtbot, box.entry, "Nombre\x07 de jeux\x1b publiés")
    qtbot.keyClick(box.entry, Qt.Key.Key_Return)
    run = window.session.run.uuid
    qtbot.waitUntil(lambda: [c.text for c in window.store.contributions(run)] ==
                    ["Nombre de jeux publiés"])
    window.session.undo_stack.undo()
    window.session.undo_stack.redo()
    assert [c.text for c in window.session.doc.live(11, "indicators")] == [
        "Nombre de jeux publiés"]


def test_edits_and_notes_are_cleaned_too(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    session = window.session
    uuid = session.add(11, "challenges", "Premier texte")
    session.edit(uuid, "Texte\rcorrigé\x00")
    assert session.doc.get(uuid).text == "Texte\ncorrigé"
    session.set_notes(11, "Q : quand ?\rR : en 2017.\x07")
    assert session.doc.notes(11) == "Q : quand ?\nR : en 2017."
    run = session.run.uuid
    qtbot.waitUntil(lambda: window.store.notes(run).get(11) is not None
                    and window.store.notes(run)[11].text == "Q : quand ?\nR : en 2017.")


def test_names_are_one_line_without_control_characters(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    window.session.update_run(organisations=["Etalab\n", "La\x1b Quadrature", "\x07"])
    assert window.session.run.organisations == ("Etalab", "La Quadrature")
    run = window.session.run.uuid
    qtbot.waitUntil(lambda: window.store.run(run).organisations == ("Etalab", "La Quadrature"))


def test_a_name_with_a_bidirectional_override_is_shown_visibly(qapp):
    """A facilitator named "Zoé\u202eresoJ" would show reversed text after the override, in the
    organiser's keys table; the table shows the control instead of obeying it."""
    from datetime import UTC, datetime

    from PySide6.QtCore import Qt as QtNs

    from facilitator_app.central.store import TrustedKey
    from facilitator_app.ui.organiser_models import KeyTableModel

    model = KeyTableModel()
    model.set_rows([TrustedKey("3F2A-9C1B-77D0-E4A5", ("Zoé\u202eresoJ",), "recorded",
                               datetime(2016, 6, 21, tzinfo=UTC), "")])
    shown = model.data(model.index(0, KeyTableModel.FACILITATORS), QtNs.ItemDataRole.DisplayRole)
    assert "\u202e" not in shown and "<U+202E>" in shown
